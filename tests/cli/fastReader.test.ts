/**
 * The fast reader (src/cli/xlsx) against exceljs, the reader it replaced on the check path:
 * - every fixture (the real tables, both samples, the hostile corpus): the same sheets — cells, displayed texts,
 *   merges, caps, uncalculated formulas — and so the same findings, sheet by sheet; an unreadable file gives the
 *   same zh-CN message either way;
 * - hand-written SpreadsheetML for what real files carry and the fixtures may not: shared formulas saved without
 *   results, dates under 1900/1904 systems and formula results under date formats, rich text with phonetic runs,
 *   `_x000D_` escapes, entities, CRLF, CDATA, values hidden under a merge, booleans, errors, `t="str"`, custom and
 *   built-in number formats, cells without addresses.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { checkSheet } from "../../src/core/check";
import { checkOneFile } from "../../src/cli/checkOneFile";
import { readWorkbookSheets } from "../../src/cli/readWorkbookSnapshots";
import { openWorkbookBuffer } from "../../src/cli/safeOpen";
import { FastReaderUnsupported, readXlsxSheets } from "../../src/cli/xlsx/readXlsx";
import { generateHostileCorpus, miniXlsx, type ZipPart } from "../fixtures/hostile/generate";

const ROOT = path.join(__dirname, "..", "..");
const REAL = path.join(ROOT, "tests", "fixtures", "real");
const SAMPLES = path.join(ROOT, "assets", "samples");

let tmp: string;
let hostile: string[] = [];
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "jx-fast-reader-"));
  const dir = path.join(tmp, "hostile");
  mkdirSync(dir);
  hostile = generateHostileCorpus(dir, path.join(SAMPLES, "shenmu-2021.xlsx")).map((h) => h.file);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const fixtures = [
  ...readdirSync(REAL)
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => path.join(REAL, f)),
  ...readdirSync(SAMPLES)
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => path.join(SAMPLES, f)),
];

async function both(file: string) {
  const read = async (reader: "fast" | "exceljs") => {
    try {
      return { sheets: await readWorkbookSheets(file, undefined, reader) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  };
  return { fast: await read("fast"), exceljs: await read("exceljs") };
}

describe("fast reader = exceljs on every fixture", () => {
  it.each(fixtures.map((f) => [path.basename(f), f]))("%s: same sheets, same findings", async (_name, file) => {
    // The fast reader itself, not its fallback: it must read every real table on its own.
    const direct = readXlsxSheets(await openWorkbookBuffer(file));
    const { exceljs } = await both(file);
    expect(exceljs.sheets).toBeDefined();
    expect(direct).toEqual(exceljs.sheets);
    for (let i = 0; i < direct.length; i++) {
      expect(checkSheet(direct[i].snapshot)).toEqual(checkSheet(exceljs.sheets![i].snapshot));
    }
  });

  it("the hostile corpus: same sheets or the same refusal, file by file", async () => {
    expect(hostile.length).toBeGreaterThanOrEqual(10);
    for (const file of hostile) {
      const { fast, exceljs } = await both(file);
      expect({ file: path.basename(file), ...fast }).toEqual({ file: path.basename(file), ...exceljs });
    }
  });

  it("checkOneFile (the CLI's path) gives the findings the exceljs reader gives, on every fixture", async () => {
    let findings = 0;
    for (const file of [...fixtures, ...hostile]) {
      const run = await checkOneFile(file);
      const { exceljs } = await both(file);
      if (exceljs.error !== undefined) {
        expect(run.error).toBeDefined();
        continue;
      }
      expect(run.sheets.map((s) => s.findings)).toEqual(exceljs.sheets!.map((s) => checkSheet(s.snapshot).findings));
      findings += run.sheets.reduce((n, s) => n + s.findings.length, 0);
    }
    expect(findings).toBeGreaterThan(100);
  });
});

/* ------------------------------------------------------------------ hand-written SpreadsheetML */

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const part = (name: string, xml: string): ZipPart => ({ name, data: Buffer.from(xml, "utf8") });

function workbook(sheetXml: string, opts: { sst?: string; styles?: string; date1904?: boolean } = {}): string {
  const extra: ZipPart[] = [part("xl/worksheets/sheet1.xml", sheetXml)];
  if (opts.sst) extra.push(part("xl/sharedStrings.xml", opts.sst));
  if (opts.styles) extra.push(part("xl/styles.xml", opts.styles));
  if (opts.date1904)
    extra.push(
      part(
        "xl/workbook.xml",
        `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS}><workbookPr date1904="1"/><sheets><sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    );
  const file = path.join(tmp, `crafted-${Math.random().toString(36).slice(2)}.xlsx`);
  writeFileSync(file, miniXlsx([{ name: "表1", cells: {} }], extra));
  return file;
}

const sheet = (rows: string, tail = "") =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet ${NS}><sheetData>${rows}</sheetData>${tail}</worksheet>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}>
<numFmts count="3"><numFmt numFmtId="176" formatCode="&quot;≥&quot;0%"/><numFmt numFmtId="177" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="178" formatCode="0.00_ ;[Red]\\-0.00\\ "/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="176"/><xf numFmtId="177"/><xf numFmtId="14"/><xf numFmtId="10"/><xf numFmtId="178"/><xf numFmtId="3"/></cellXfs>
</styleSheet>`;

const SST = `<?xml version="1.0" encoding="UTF-8"?><sst ${NS} count="6" uniqueCount="6">
<si><t>项目名称</t></si>
<si><r><rPr><b/></rPr><t>产出</t></r><r><t xml:space="preserve"> 指标 </t></r><rPh sb="0" eb="2"><t>チャンシュツ</t></rPh></si>
<si><t>第一行_x000D_\r\n第二行 &amp; &lt;三&gt;</t></si>
<si><t/></si>
<si><t><![CDATA[a<b>&amp;]]></t></si>
<si><t>≥98%</t><phoneticPr fontId="1"/></si>
</sst>`;

async function expectSameAsExceljs(file: string) {
  const direct = readXlsxSheets(await openWorkbookBuffer(file));
  const viaExceljs = await readWorkbookSheets(file, undefined, "exceljs");
  expect(direct).toEqual(viaExceljs);
  return direct;
}

describe("fast reader = exceljs on hand-written SpreadsheetML", () => {
  it("shared strings: rich runs joined, phonetic runs left out, _x000D_, entities, CRLF, CDATA, empty items", async () => {
    const rows = `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c></row>`;
    const [s] = await expectSameAsExceljs(workbook(sheet(rows), { sst: SST }));
    expect(s.snapshot.values[0]).toEqual(["项目名称", "产出 指标 ", "第一行\r\n第二行 & <三>", null, null, "≥98%"]);
  });

  it("numbers, booleans, errors, inline and formula strings, number formats shown as displayed", async () => {
    const rows =
      `<row r="2"><c r="A2" s="1"><v>0.98</v></c><c r="B2" s="4"><v>0.125</v></c><c r="C2" s="5"><v>-3</v></c>` +
      `<c r="D2" s="6"><v>1234567</v></c><c r="E2" t="b"><v>1</v></c><c r="F2" t="e"><v>#DIV/0!</v></c>` +
      `<c r="G2" t="inlineStr"><is><t>行内 &amp; 文字</t></is></c><c r="H2" t="str"><f>"a"&amp;"b"</f><v>a&amp;amp;b</v></c>` +
      `<c r="I2" s="0"><v>1e3</v></c><c r="J2" s="1"/></row>`;
    const [s] = await expectSameAsExceljs(workbook(sheet(rows), { styles: STYLES }));
    expect(s.snapshot.values[0].slice(0, 7)).toEqual([0.98, 0.125, -3, 1234567, true, "#DIV/0!", "行内 & 文字"]);
    expect(s.snapshot.texts?.[0][0]).toBe("≥98%");
    expect(s.snapshot.texts?.[0][3]).toBe("1,234,567");
  });

  it('a Chinese Excel\'s General with a unit (G/通用格式"人") is shown with its unit, in both readers', async () => {
    const styles = `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}>
<numFmts count="2"><numFmt numFmtId="176" formatCode="G/通用格式&quot;人&quot;"/><numFmt numFmtId="177" formatCode="&quot;≥&quot;G/通用格式&quot;人次&quot;"/></numFmts>
<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="176"/><xf numFmtId="177"/></cellXfs>
</styleSheet>`;
    const rows = `<row r="1"><c r="A1" s="1"><v>300</v></c><c r="B1" s="2"><v>1200</v></c></row>`;
    const [s] = await expectSameAsExceljs(workbook(sheet(rows), { styles }));
    expect(s.snapshot.values[0]).toEqual([300, 1200]);
    expect(s.snapshot.texts?.[0]).toEqual(["300人", "≥1200人次"]);
  });

  it("dates: built-in and custom date formats, the 1904 system, a formula result under a date format", async () => {
    const rows =
      `<row r="1"><c r="A1" s="3"><v>44197</v></c><c r="B1" s="2"><v>44561.5</v></c>` +
      `<c r="C1" s="3"><f>TODAY()</f><v>45000</v></c><c r="D1" s="3" t="str"><f>"x"</f><v>x</v></c></row>`;
    const [s] = await expectSameAsExceljs(workbook(sheet(rows), { styles: STYLES }));
    expect(s.snapshot.values[0].slice(0, 3)).toEqual(["2021-01-01", "2021-12-31", "2023-03-15"]);
    const [s1904] = await expectSameAsExceljs(workbook(sheet(rows), { styles: STYLES, date1904: true }));
    expect(s1904.snapshot.values[0][0]).toBe("2025-01-02");
  });

  it("formulas saved without results are listed (a shared formula's follower by its leader's address)", async () => {
    const rows =
      `<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f></c></row>` +
      `<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/></c></row>` +
      `<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>6</v></c><c r="C3"><f>SUM(A1:A3)</f></c></row>`;
    const [s] = await expectSameAsExceljs(workbook(sheet(rows)));
    expect(s.uncalculated).toEqual([
      { cell: "B1", formula: "A1*2" },
      { cell: "B2", formula: "B1" },
      { cell: "C3", formula: "SUM(A1:A3)" },
    ]);
  });

  it("merges: a value under a merge other than its top-left is not read; 1×1 merges kept", async () => {
    const rows =
      `<row r="1"><c r="A1" t="inlineStr"><is><t>绩效指标</t></is></c><c r="B1" t="inlineStr"><is><t>藏起来</t></is></c></row>` +
      `<row r="2"><c r="A2"><v>5</v></c><c r="B2"><v>6</v></c></row>`;
    const tail = `<mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="B2"/></mergeCells>`;
    const [s] = await expectSameAsExceljs(workbook(sheet(rows, tail)));
    expect(s.snapshot.values).toEqual([
      ["绩效指标", null],
      [5, 6],
    ]);
    expect(s.snapshot.merges).toHaveLength(2);
  });

  it("overlapping merges are handed to exceljs (same outcome as before)", async () => {
    const tail = `<mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>`;
    const file = workbook(sheet(`<row r="1"><c r="A1"><v>1</v></c></row>`, tail));
    expect(() => readXlsxSheets(readFileSync(file))).toThrow(FastReaderUnsupported);
    const { fast, exceljs } = await both(file);
    expect(fast).toEqual(exceljs);
  });

  it("cells and rows without addresses follow the previous ones (as Excel reads them)", async () => {
    const rows = `<row><c><v>1</v></c><c><v>2</v></c></row><row><c t="inlineStr"><is><t>x</t></is></c></row>`;
    const direct = readXlsxSheets(await openWorkbookBuffer(workbook(sheet(rows))));
    expect(direct[0].snapshot.values).toEqual([
      [1, 2],
      ["x", null],
    ]);
  });

  it("namespace-prefixed SpreadsheetML (x:c) is read", () => {
    const xml = `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>项目名称</x:t></x:is></x:c><x:c r="B1"><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const direct = readXlsxSheets(miniXlsx([{ name: "s", cells: {} }], [part("xl/worksheets/sheet1.xml", xml)]));
    expect(direct[0].snapshot.values).toEqual([["项目名称", 3]]);
  });
});

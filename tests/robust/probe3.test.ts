/**
 * Issue 18 / the third hostile-input probe, replayed through the real CLI on files generated at test time:
 * D1 memory bombs (bounded before exceljs; the other files' results complete), D2/D4/D8 outputs never touch inputs or
 * special files, D3 formulas move with inserted rows, D5 a skipped sheet exits 1 and a stray cell never skips a form,
 * D7 terminal-safe output, D11 --library BOM/FIFO, D12 no stack traces.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/cli";
import { generateProbe3Corpus, FORM_SHEET, writeFormulasWorkbook, writeSharedFormulaWorkbook } from "../fixtures/hostile/probe3";
import type { HostileFile } from "../fixtures/hostile/generate";
import { makeTempDir, ReportSchema, SHENMU, WUHAI } from "../cli/helpers";

jest.setTimeout(180_000);

let tmp: ReturnType<typeof makeTempDir>;
let corpus: HostileFile[];
let dir: string;

async function run(args: string[]) {
  let out = "";
  let err = "";
  const code = await main(["node", "jxcheck", ...args], {
    writeOut: (t) => (out += t),
    writeErr: (t) => (err += t),
    colorSupported: false,
  });
  return { code, out, err };
}
const hash = (f: string) => createHash("sha256").update(readFileSync(f)).digest("hex");
const file = (name: string) => corpus.find((c) => c.file.endsWith(name))!.file;

beforeAll(async () => {
  tmp = makeTempDir("jxcheck-probe3-");
  dir = path.join(tmp.dir, "corpus");
  mkdirSync(dir);
  corpus = await generateProbe3Corpus(dir, SHENMU);
  copyFileSync(SHENMU, path.join(dir, "shenmu.xlsx"));
  copyFileSync(WUHAI, path.join(dir, "wuhai.xlsx"));
});
afterAll(() => tmp.cleanup());

describe("D1 memory bombs are bounded before exceljs; every other file's result is complete", () => {
  let json: ReturnType<typeof ReportSchema.parse>;
  beforeAll(async () => {
    const r = await run(["check", "--format", "json", "--jobs", "1", dir]);
    expect(r.code).toBe(1);
    json = ReportSchema.parse(JSON.parse(r.out));
  });
  it("answers each file, with the trimmed or refused sheet named and explained", () => {
    expect(json.files).toHaveLength(corpus.length + 2);
    for (const c of corpus.filter((x) => x.sheet?.reason)) {
      const s = json.files.find((f) => f.file === c.file)!.sheets.find((x) => x.name === c.sheet!.name)!;
      expect({ kind: c.kind, reason: s.reason }).toEqual({ kind: c.kind, reason: expect.stringMatching(c.sheet!.reason!) });
    }
    const rep = json.files.find((f) => f.file.endsWith("p3-repeated-cells.xlsx"))!;
    expect(rep.sheets.map((s) => [s.name, s.skipped ?? false])).toEqual([
      ["重复", true],
      ["正常", false],
    ]);
  });
  it("checks the samples completely next to the bombs", () => {
    const shenmu = json.files.find((f) => f.file.endsWith("shenmu.xlsx"))!;
    expect(shenmu.sheets).toHaveLength(6);
    expect(shenmu.sheets.every((s) => s.recognized)).toBe(true);
  });
  it("D5: the form with a stray cell at Z1000000 is checked and the stray cell reported", () => {
    const s = json.files.find((f) => f.file.endsWith("p3-single-stray.xlsx"))!.sheets[0];
    expect(s.recognized).toBe(true);
    expect(s.skipped).toBeUndefined();
    expect(s.findings.filter((f) => f.severity === "error").map((f) => f.cell)).toEqual(expect.arrayContaining(["B9", "F30"]));
    const stray = s.findings.find((f) => f.rule === "stray-cells-not-checked")!;
    expect(stray).toMatchObject({ cell: "Z1000000", severity: "warning" });
    expect(stray.message).toContain("远处有 1 个零散单元格未检查（Z1000000）");
  });
  it("templates --suggest and insert-template answer the merge bomb at once", async () => {
    const s = await run(["templates", "--suggest", file("p3-merge-bomb.xlsx")]);
    expect(s.code).toBe(0);
    expect(s.out).toContain("工作表「S」：不是绩效表");
    const i = await run(["insert-template", file("p3-merge-bomb.xlsx"), "--sheet", "S", "--out", path.join(tmp.dir, "mb.xlsx")]);
    expect(i.code).toBe(1);
    expect(i.err).toContain("为免另存时丢失这些内容，未写出任何文件");
    expect(existsSync(path.join(tmp.dir, "mb.xlsx"))).toBe(false);
  });
});

describe("D5 a sheet that is not checked is never a pass", () => {
  it("exits 1 for a workbook whose only findings-free outcome is a refused sheet; text says 未检查", async () => {
    const r = await run(["check", file("p3-repeated-cells.xlsx")]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("太大，未检查");
  });
});

describe("D2/D4/D8 outputs never touch inputs or special files", () => {
  let ds: string;
  beforeAll(() => {
    ds = path.join(tmp.dir, "ds");
    mkdirSync(path.join(ds, "sub"), { recursive: true });
    copyFileSync(SHENMU, path.join(ds, "sub", "shenmu.xlsx"));
    copyFileSync(WUHAI, path.join(ds, "sub", "wuhai.xlsx"));
    symlinkSync(path.join("sub", "wuhai.xlsx"), path.join(ds, "link.xlsx"));
    linkSync(path.join(ds, "sub", "shenmu.xlsx"), path.join(ds, "hard.xlsx"));
  });
  const hashes = () => readdirSync(path.join(ds, "sub")).map((f) => hash(path.join(ds, "sub", f)));
  it.each([
    [
      "an input found inside a folder argument",
      (d: string) => ["check", path.join(d, "sub"), "--out", path.join(d, "sub", "shenmu.xlsx"), "--force"],
    ],
    [
      "an input reached through a symlink",
      (d: string) => ["check", path.join(d, "link.xlsx"), "--out", path.join(d, "sub", "wuhai.xlsx"), "--force"],
    ],
    [
      "a hard link to an input",
      (d: string) => [
        "check",
        path.join(d, "sub", "shenmu.xlsx"),
        "--format",
        "csv",
        "--out",
        path.join(d, "hard.xlsx"),
        "--force",
      ],
    ],
  ])("refuses %s (exit 2, no input changed)", async (_what, args) => {
    const before = hashes();
    const r = await run(args(ds));
    expect(r.code).toBe(2);
    expect(r.err).toContain("是要检查的文件之一");
    expect(hashes()).toEqual(before);
  });
  it("an earlier report needs --force; with it the report is replaced atomically", async () => {
    const out = path.join(tmp.dir, "报告.csv");
    writeFileSync(out, "审核人的笔记");
    const r = await run(["check", SHENMU, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("文件已存在；要覆盖请加 --force");
    expect(readFileSync(out, "utf8")).toBe("审核人的笔记");
    const f = await run(["check", SHENMU, "--out", out, "--force"]);
    expect(f.code).toBe(1);
    expect(readFileSync(out, "utf8")).toContain("系统升级维护费");
    expect(readdirSync(tmp.dir).filter((x) => x.endsWith(".tmp"))).toEqual([]);
  });
  it("refuses a FIFO as --out (it stays a FIFO)", async () => {
    const fifo = path.join(tmp.dir, "out.fifo");
    try {
      execFileSync("mkfifo", [fifo]);
    } catch {
      return; // no mkfifo here
    }
    const r = await run(["check", SHENMU, "--format", "csv", "--out", fifo, "--force"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("命名管道（FIFO），不是普通文件");
    expect(execFileSync("stat", ["-c", "%F", fifo], { encoding: "utf8" }).trim()).toBe("fifo");
  });
  it("insert-template --force through a symlink does not overwrite its input", async () => {
    const victim = path.join(tmp.dir, "victim.xlsx");
    copyFileSync(WUHAI, victim);
    symlinkSync(victim, path.join(tmp.dir, "in.xlsx"));
    const before = hash(victim);
    const r = await run([
      "insert-template",
      path.join(tmp.dir, "in.xlsx"),
      "--sheet",
      "医保业务经费",
      "--out",
      victim,
      "--force",
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("是输入文件本身");
    expect(hash(victim)).toBe(before);
  });
});

describe("D3 insert-template keeps every formula on the same contents", () => {
  it("moves same-sheet and cross-sheet formulas, ranges, defined names and hyperlinks", async () => {
    const src = path.join(tmp.dir, "formulas.xlsx");
    await writeFormulasWorkbook(src, SHENMU);
    const out = path.join(tmp.dir, "formulas-out.xlsx");
    const r = await run(["insert-template", src, "--sheet", FORM_SHEET, "--out", out]);
    expect(r.code).toBe(0);
    const before = new ExcelJS.Workbook();
    await before.xlsx.readFile(src);
    const w = new ExcelJS.Workbook();
    await w.xlsx.readFile(out);
    const s = w.getWorksheet(FORM_SHEET)!;
    const o = w.getWorksheet("引用")!;
    // One row is inserted above row 34 (the 时效 rows are filled in place, 社会效益 gets its row).
    const shift = s.getCell("D35").value === "参保职工满意度" ? 1 : 0;
    expect(shift).toBe(1);
    const f = (c: ExcelJS.Cell) => (c.value as { formula: string }).formula;
    expect(f(s.getCell("H2"))).toBe("D35");
    expect(f(s.getCell("H3"))).toBe("SUM(H35:H41)");
    expect(f(o.getCell("A1"))).toBe(`'${FORM_SHEET}'!D35`);
    expect(f(o.getCell("A2"))).toBe(`'${FORM_SHEET}'!H41`);
    expect(f(o.getCell("A3"))).toBe(`SUM('${FORM_SHEET}'!$F$18:$F$41)`);
    expect(w.definedNames.model).toEqual([{ name: "satisfaction_name", ranges: [`'${FORM_SHEET}'!$D$35`] }]);
    expect((s.getCell("H42").value as { hyperlink: string }).hyperlink).toBe(`#'${FORM_SHEET}'!D35`);
    // Each single-cell reference still shows what it showed before.
    expect(s.getCell("D35").value).toBe(before.getWorksheet(FORM_SHEET)!.getCell("D34").value);
    expect((s.getCell("H41").value as { formula: string }).formula).toBe("SUM(F18:F19)");
  });
  it("writes shared (filled-down) formulas out in full instead of failing", async () => {
    const src = path.join(tmp.dir, "shared.xlsx");
    await writeSharedFormulaWorkbook(src, SHENMU);
    const out = path.join(tmp.dir, "shared-out.xlsx");
    const r = await run(["insert-template", src, "--sheet", FORM_SHEET, "--out", out]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const w = new ExcelJS.Workbook();
    await w.xlsx.readFile(out);
    const s = w.getWorksheet(FORM_SHEET)!;
    expect(["H36", "H37", "H38"].map((a) => (s.getCell(a).value as { formula: string }).formula)).toEqual([
      "F18+1",
      "F19+1",
      "F20+1",
    ]);
  });
});

describe("D7/D11/D12 messages: terminal-safe, BOM and FIFO libraries, no stack traces", () => {
  it("--new-sheet History and a name with control characters are usage errors", async () => {
    for (const name of ["History", "a\u0001b\nc"]) {
      const r = await run([
        "insert-template",
        SHENMU,
        "--new-sheet",
        name,
        "--template",
        "it-maintenance",
        "--out",
        path.join(tmp.dir, "h.xlsx"),
        "--force",
      ]);
      expect(r.code).toBe(2);
      expect(r.err).not.toMatch(/\n\s+at /);
      // eslint-disable-next-line no-control-regex -- no control characters may reach the terminal
      expect(r.err).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    }
  });
  it("a library with a UTF-8 BOM is accepted; a FIFO is refused at once", async () => {
    const bom = path.join(tmp.dir, "bom.json");
    const tpl = {
      id: "my-audit",
      name: "本单位稽核经费",
      kinds: ["稽核"],
      keywords: ["稽核"],
      rows: [
        {
          level2: "数量指标",
          name: "外调稽核人次",
          operator: "≥",
          value: "120",
          unit: "人次",
          explanation: "全年外调稽核人次。",
        },
      ],
    };
    writeFileSync(bom, "\uFEFF" + JSON.stringify({ templates: [tpl] }));
    const r = await run(["templates", "--library", bom]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("本单位稽核经费");
    const fifo = path.join(tmp.dir, "lib.fifo");
    try {
      execFileSync("mkfifo", [fifo]);
    } catch {
      return;
    }
    const f = await run(["templates", "--library", fifo]);
    expect(f.code).toBe(2);
    expect(f.err).toContain("这不是普通文件");
  });
});

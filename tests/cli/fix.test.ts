/**
 * `jxcheck fix` (issue 14 item 2). Property over every workbook fixture: the cells that differ between input and
 * output are exactly the reported ones, none of them keeps an error or warning, errors + warnings of the file never
 * grow; the input is never modified; merges, styles, widths and print settings are kept.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/cli";
import { readWorkbookSnapshots } from "../../src/cli/readWorkbookSnapshots";
import { checkSheet } from "../../src/core/check";
import { toA1 } from "../../src/core/cellAddress";
import { SheetGrid } from "../../src/core/read/sheetGrid";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { fixtureWorkbooks } from "../core/suggest/fixtures";
import { makeTempDir, SHENMU } from "./helpers";

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(["node", "jxcheck", ...args], {
    writeOut: (t) => void (out += t),
    writeErr: (t) => void (err += t),
    colorSupported: false,
  });
  return { code, out, err };
}
const hash = (f: string) => createHash("sha256").update(readFileSync(f)).digest("hex");

function texts(s: SheetSnapshot): Map<string, string> {
  const grid = new SheetGrid(s);
  const out = new Map<string, string>();
  grid.forEachCell((row, col, text) => {
    if (text !== "") out.set(toA1(row, col), text);
  });
  return out;
}

interface Change {
  sheet: string;
  cell: string;
  before: string;
  after: string;
  rule: string;
}

const serious = (s: SheetSnapshot) => checkSheet(s).findings.filter((d) => d.severity === "error" || d.severity === "warning");

let tmp: ReturnType<typeof makeTempDir>;
beforeAll(() => (tmp = makeTempDir("jxcheck-fix-")));
afterAll(() => tmp.cleanup());

describe("jxcheck fix over every fixture", () => {
  const files = fixtureWorkbooks();
  it("has fixtures", () => expect(files.length).toBeGreaterThan(10));

  it.each(files.map((f) => [path.basename(f), f]))(
    "%s",
    async (_name, file) => {
      const out = path.join(tmp.dir, `fixed-${path.basename(file)}`);
      const before = hash(file);
      const r = await run(["fix", file, "--out", out, "--format", "json", "--force"]);
      expect(r.err).toBe("");
      expect([0, 1]).toContain(r.code);
      expect(hash(file)).toBe(before);
      const report = JSON.parse(r.out) as { changes: Change[] };
      const input = await readWorkbookSnapshots(file);
      if (report.changes.length === 0) {
        expect(existsSync(out)).toBe(false);
        return;
      }
      const output = await readWorkbookSnapshots(out);
      expect(output.map((s) => s.name)).toEqual(input.map((s) => s.name));
      let seriousBefore = 0;
      let seriousAfter = 0;
      input.forEach((a, k) => {
        const b = output[k];
        const ta = texts(a);
        const tb = texts(b);
        const differ = [...new Set([...ta.keys(), ...tb.keys()])].filter((c) => ta.get(c) !== tb.get(c)).sort();
        const reported = report.changes.filter((c) => c.sheet === a.name);
        expect([a.name, differ]).toEqual([a.name, reported.map((c) => c.cell).sort()]);
        for (const c of reported) {
          expect([c.cell, ta.get(c.cell) ?? ""]).toEqual([c.cell, c.before]);
          expect([c.cell, tb.get(c.cell)]).toEqual([c.cell, c.after]);
        }
        const after = serious(b);
        for (const c of reported)
          expect([c.cell, after.filter((d) => d.cell === c.cell).map((d) => d.message)]).toEqual([c.cell, []]);
        seriousBefore += serious(a).length;
        seriousAfter += after.length;
        expect(b.merges).toEqual(a.merges);
      });
      expect(seriousAfter).toBeLessThanOrEqual(seriousBefore);
    },
    60_000,
  );
});

describe("jxcheck fix", () => {
  it("神木: the operator and value-format fixes, input untouched, styles/widths/print settings kept", async () => {
    const out = path.join(tmp.dir, "shenmu-fixed.xlsx");
    const r = await run(["fix", SHENMU, "--out", out, "--force"]);
    expect(r.out).toContain("F25   “≤1850人” → “=1850人”  （operator-direction）");
    expect(r.out).toContain("已写入");
    const orig = new ExcelJS.Workbook();
    await orig.xlsx.readFile(SHENMU);
    const plain = path.join(tmp.dir, "plain.xlsx");
    await orig.xlsx.writeFile(plain); // exceljs' own round trip, to compare like with like (as insert-template's test)
    const a = new ExcelJS.Workbook();
    await a.xlsx.readFile(plain);
    const b = new ExcelJS.Workbook();
    await b.xlsx.readFile(out);
    for (const wa of a.worksheets) {
      const wb = b.getWorksheet(wa.name)!;
      expect(wb.pageSetup).toEqual(wa.pageSetup);
      expect(wb.columns?.map((c) => c.width)).toEqual(wa.columns?.map((c) => c.width));
    }
    const src = a.getWorksheet("退休职工医疗保险缴费")!;
    const dst = b.getWorksheet("退休职工医疗保险缴费")!;
    expect(dst.getCell("F25").value).toBe("=1850人");
    expect(dst.getCell("F25").style).toEqual(src.getCell("F25").style);
  });

  it("--dry-run lists the changes and writes nothing; --only keeps one rule's changes", async () => {
    const out = path.join(tmp.dir, "never.xlsx");
    const dry = await run(["fix", SHENMU, "--out", out, "--dry-run", "--format", "json"]);
    expect(existsSync(out)).toBe(false);
    const all = JSON.parse(dry.out) as { changes: Change[]; dryRun: boolean };
    expect(all.dryRun).toBe(true);
    expect(all.changes.length).toBeGreaterThan(5);
    const only = JSON.parse(
      (await run(["fix", SHENMU, "--dry-run", "--only", "operator-direction", "--format", "json"])).out,
    ) as {
      changes: Change[];
    };
    expect(only.changes.length).toBeGreaterThan(0);
    expect(only.changes.every((c) => c.rule === "operator-direction")).toBe(true);
    expect(only.changes).toEqual(all.changes.filter((c) => c.rule === "operator-direction"));
  });

  it("refuses to write the input, an existing file without --force, unknown rules (exit 2)", async () => {
    expect((await run(["fix", SHENMU, "--out", SHENMU])).code).toBe(2);
    expect((await run(["fix", SHENMU])).err).toContain("--out");
    const exists = path.join(tmp.dir, "exists.xlsx");
    await new ExcelJS.Workbook().xlsx.writeFile(exists).catch(() => undefined);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("x");
    await wb.xlsx.writeFile(exists);
    const r = await run(["fix", SHENMU, "--out", exists]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--force");
    const u = await run(["fix", SHENMU, "--dry-run", "--only", "no-such-rule"]);
    expect(u.code).toBe(2);
    expect(u.err).toContain("no-such-rule");
  });

  it("an unreadable file: exit 1 with a zh-CN message", async () => {
    const r = await run(["fix", path.join(tmp.dir, "missing.xlsx"), "--dry-run"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("无法读取");
    expect(r.err).toContain("不存在");
  });
});

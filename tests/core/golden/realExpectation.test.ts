/**
 * The answer key for the real tables is checked against the workbooks themselves: every file parses,
 * names an existing sheet, and every cell it cites holds the text it claims (top-left cell of a merge).
 * This keeps the hand-written expectations honest; it does not run the checker.
 */
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { EXPECTED_DIR, REAL_DIR, formsOf, loadRealExpectations, type FormBody, type LoadedExpectation } from "./realExpectation";

type Sheet = ExcelJS.Worksheet;

function rawText(ws: Sheet, addr: string): string {
  const v = ws.getCell(addr).value as unknown;
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return String(v);
  if (typeof v === "string") return v;
  if (typeof v === "object" && v !== null && "richText" in v) {
    return (v as { richText: { text: string }[] }).richText.map((r) => r.text).join("");
  }
  return String(v);
}
const text = (ws: Sheet, addr: string) => rawText(ws, addr).trim();
const rowOf = (addr: string) => Number(addr.replace(/^[A-Z]+/, ""));

function expectTopLeft(ws: Sheet, addr: string, where: string) {
  const c = ws.getCell(addr);
  if (c.isMerged && c.master.address !== addr) {
    throw new Error(`${where}: ${addr} 在合并区 ${c.master.address} 内，应写左上角单元格`);
  }
}

function expectText(ws: Sheet, addr: string, want: string | null, where: string) {
  expectTopLeft(ws, addr, where);
  const got = text(ws, addr);
  if (got !== (want ?? "")) throw new Error(`${where}: ${addr} 是“${got}”，期望“${want ?? ""}”`);
}

function expectContains(ws: Sheet, addr: string, part: string, where: string) {
  expectTopLeft(ws, addr, where);
  const got = text(ws, addr);
  if (!got.includes(part)) throw new Error(`${where}: ${addr}“${got}”不含“${part}”`);
}

function checkForm(ws: Sheet, f: FormBody, where: string) {
  const inForm = (addr: string) => rowOf(addr) >= f.rows.first && rowOf(addr) <= f.rows.last;
  const cells: string[] = [];
  if (f.title) {
    expectText(ws, f.title.cell, f.title.text, `${where} title`);
    cells.push(f.title.cell);
  }
  for (const fd of f.fields) {
    const w = `${where} field ${fd.key}`;
    if (fd.labelCell && fd.label !== null) {
      if (fd.labelCell === fd.valueCell) expectContains(ws, fd.labelCell, fd.label, w);
      else expectText(ws, fd.labelCell, fd.label, w);
    }
    if (fd.labelCell === fd.valueCell || fd.labelCell === null || fd.part) {
      expect(fd.text).not.toBeNull();
      expectContains(ws, fd.valueCell, fd.text!, w);
    } else {
      expectText(ws, fd.valueCell, fd.text, w);
    }
    cells.push(fd.valueCell);
  }
  for (const m of f.money) {
    const w = `${where} money ${m.key}`;
    if (m.labelCell === m.valueCell) expectContains(ws, m.labelCell, m.label, w);
    else expectText(ws, m.labelCell, m.label, w);
    if (m.valueCell === null) {
      expect(m.amountWan).toBeNull();
      continue;
    }
    cells.push(m.valueCell);
    const v = ws.getCell(m.valueCell).value;
    if (m.amountWan === null) {
      expect([null, undefined, ""]).toContain(v);
    } else if (typeof v === "number") {
      const wan = m.unitSource === "note" ? v / 10000 : v;
      if (Math.abs(wan - m.amountWan) > 1e-9) throw new Error(`${w}: ${m.valueCell}=${v}, amountWan ${m.amountWan}`);
    } else {
      expect(m.unitSource).toBe("cell");
      expectContains(ws, m.valueCell, String(m.amountWan), w);
    }
  }
  for (const g of f.goals) {
    const w = `${where} goal ${g.period}/${g.role}`;
    if (g.headerCell) expectTopLeft(ws, g.headerCell, w);
    expectTopLeft(ws, g.cell, w);
    const full = text(ws, g.cell);
    if (g.text === null) expect(full).toBe("");
    else {
      expect(full.startsWith(g.text)).toBe(true);
      expect(g.text.length).toBe(Math.min(20, full.length));
    }
  }
  for (const t of f.tables) {
    for (const c of t.columns) {
      expectText(ws, c.cell, c.text, `${where} column ${c.role}`);
      expect(t.headerRows).toContain(rowOf(c.cell));
    }
  }
  const indicatorRows = new Set<number>();
  f.indicators.forEach((ind, k) => {
    const w = `${where} indicator #${k + 1} (row ${ind.row}, ${ind.period})`;
    indicatorRows.add(ind.row);
    expect(rowOf(ind.level3Cell)).toBe(ind.row);
    expectText(ws, ind.level1Cell, ind.level1, w);
    expectText(ws, ind.level2Cell, ind.level2, w);
    expectText(ws, ind.level3Cell, ind.level3, w);
    expect(rowOf(ind.level1Cell)).toBeLessThanOrEqual(ind.row);
    expect(rowOf(ind.level2Cell)).toBeLessThanOrEqual(ind.row);
    if (ind.valueCell) {
      expect(rowOf(ind.valueCell)).toBe(ind.row);
      expectText(ws, ind.valueCell, ind.value, w);
      cells.push(ind.valueCell);
    } else {
      expect(ind.value).toBeNull();
    }
    expect(ind.valueKind === "empty").toBe(ind.value === null && !ind.values);
    for (const v of ind.values ?? []) {
      expect(rowOf(v.cell)).toBe(ind.row);
      expectText(ws, v.cell, v.text, `${w} area ${v.area}`);
    }
    for (const [key, e] of Object.entries(ind.extra)) {
      expect(rowOf(e.cell)).toBe(ind.row);
      expectText(ws, e.cell, e.text, `${w} extra ${key}`);
    }
    cells.push(ind.level3Cell);
  });
  for (const n of f.notIndicators) {
    if (indicatorRows.has(n.row)) throw new Error(`${where}: row ${n.row} is both an indicator and not one`);
  }
  for (const p of f.projects ?? []) {
    expectText(ws, p.nameCell, p.name, `${where} project`);
    expect(rowOf(p.nameCell)).toBe(p.rows.first);
    const v = ws.getCell(p.budgetCell).value;
    expect(typeof v).toBe("number");
    expect(Math.abs((p.unitSource === "note" ? (v as number) / 10000 : (v as number)) - p.amountWan)).toBeLessThan(1e-9);
    expect(text(ws, p.goalCell).startsWith(p.goal)).toBe(true);
    for (const ind of f.indicators.filter((i) => i.project === p.name)) {
      expect(ind.row).toBeGreaterThanOrEqual(p.rows.first);
      expect(ind.row).toBeLessThanOrEqual(p.rows.last);
    }
  }
  for (const s of f.scores ?? []) {
    const w = `${where} score ${s.key}`;
    expectText(ws, s.labelCell, s.label, w);
    if (s.weightCell) expectText(ws, s.weightCell, s.weight === null ? null : String(s.weight), w);
    if (s.scoreCell) expectText(ws, s.scoreCell, s.score === null ? null : String(s.score), w);
    if (s.rateCell) expectText(ws, s.rateCell, s.rate ?? null, w);
  }
  for (const [part, lines] of Object.entries(f.other ?? {})) {
    for (const line of lines) for (const [k, c] of Object.entries(line)) expectText(ws, c.cell, c.text, `${where} ${part}.${k}`);
  }
  for (const fd of f.findings) {
    expectTopLeft(ws, fd.cell, `${where} finding ${fd.rule}`);
    expect(inForm(fd.cell)).toBe(true);
  }
  for (const n of f.notFindings) {
    expectTopLeft(ws, n.cell, `${where} notFinding`);
    expect(inForm(n.cell)).toBe(true);
  }
  for (const c of cells) expect(inForm(c)).toBe(true);
}

const loaded: LoadedExpectation[] = loadRealExpectations();

describe("real 绩效表 answer key", () => {
  it("has one expectation per sheet of every workbook in tests/fixtures/real", async () => {
    const want: string[] = [];
    for (const file of fs
      .readdirSync(REAL_DIR)
      .filter((f) => f.endsWith(".xlsx"))
      .sort()) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(REAL_DIR, file));
      wb.worksheets.forEach((_ws, i) => want.push(`${file.replace(/\.xlsx$/, "")}--${i + 1}.json`));
    }
    expect(loaded.map((l) => l.file).sort()).toEqual(want.sort());
    expect(fs.existsSync(path.join(EXPECTED_DIR, "NOTES.md"))).toBe(true);
  });

  it.each(loaded.map((l) => [l.file, l] as const))("%s matches its workbook cell by cell", async (file, l) => {
    const e = l.expectation;
    expect(file).toBe(`${e.workbook.replace(/\.xlsx$/, "")}--${e.sheetIndex}.json`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(REAL_DIR, e.workbook));
    const ws = wb.worksheets[e.sheetIndex - 1];
    expect(ws).toBeDefined();
    expect(ws.name).toBe(e.sheet);
    const forms = formsOf(e);
    if ("forms" in e) expect(new Set(forms.map((f) => f.kind)).has(e.kind)).toBe(true);
    for (const [k, f] of forms.entries()) {
      expect(f.rows.last).toBeLessThanOrEqual(ws.rowCount);
      if (k > 0) expect(f.rows.first).toBeGreaterThan(forms[k - 1].rows.last);
      checkForm(ws, f, `${file} form ${k + 1}`);
    }
  });
});

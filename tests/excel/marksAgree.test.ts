/**
 * Marks where the problem is (issue 14 item 4), over every sheet of every fixture:
 * - the highlight of every finding is painted on the finding's own cell (planMarks has a mark there, with its
 *   message), for every rule;
 * - a missing 一级 or 二级 is marked on its group's 一级 label cell or on the header row of its indicator block,
 *   never on an indicator row of another 二级 (that row is not wrong).
 */
import { checkSheet } from "../../src/core/check";
import { fromA1 } from "../../src/core/cellAddress";
import { readSheet } from "../../src/core/read/readSheet";
import { normalizeCell, planMarks } from "../../src/excel/marks";
import { type FixtureSheet, fixtureSheets } from "../core/suggest/fixtures";

let sheets: FixtureSheet[] = [];
beforeAll(async () => {
  sheets = await fixtureSheets();
}, 120_000);

it("every finding's cell is where its mark is painted", () => {
  let n = 0;
  for (const s of sheets) {
    const findings = checkSheet(s.snapshot).findings;
    const marks = new Map(planMarks(findings).map((m) => [m.cell, m]));
    for (const d of findings) {
      const cell = normalizeCell(d.cell);
      expect([s.file, d.rule, d.cell, cell !== null]).toEqual([s.file, d.rule, d.cell, true]);
      const m = marks.get(cell!);
      expect([d.rule, d.cell, m?.note.includes(d.message)]).toEqual([d.rule, d.cell, true]);
      n++;
    }
  }
  expect(n).toBeGreaterThan(150);
});

it("a missing 一级/二级 is marked on its group's 一级 label or the block's header row", () => {
  let n = 0;
  for (const s of sheets) {
    const forms = readSheet(s.snapshot).forms;
    const result = checkSheet(s.snapshot);
    for (const d of result.findings.filter((x) => x.rule === "framework-coverage")) {
      const form = forms[d.formIndex];
      const tables = form.indicators?.tables ?? [];
      const headerRows = new Set(tables.map((t) => fromA1(t.headerCell).row));
      const level1Cells = new Set(tables.flatMap((t) => t.rows.map((r) => r.level1.cell)));
      const otherCells = new Set(
        tables.flatMap((t) => t.rows.flatMap((r) => [r.level2.cell, r.level3.cell, ...r.values.map((v) => v.cell)])),
      );
      const ok = headerRows.has(fromA1(d.cell).row) || (level1Cells.has(d.cell) && !otherCells.has(d.cell));
      expect([s.file, s.snapshot.name, d.messageId, d.cell, ok]).toEqual([s.file, s.snapshot.name, d.messageId, d.cell, true]);
      n++;
    }
  }
  expect(n).toBeGreaterThan(5);
});

/** 检查全部工作表: src/excel/runCheckAll.ts and the pane controller's checkAll, over the strict fake. */
import { checkSheet } from "../../src/core/check";
import { isMarkFormula } from "../../src/excel/marks";
import { runCheckAll, UNSUPPORTED_CHECK_ALL } from "../../src/excel/runCheckAll";
import type { SheetHost } from "../../src/excel/sheetHost";
import { PaneController } from "../../src/taskpane/controller";
import type { FakeSheet } from "../../src/fakeExcel/fakeExcel";
import { hostFor, loadSample } from "./helpers";

const marked = (s: FakeSheet) => s.conditionalFormats.filter((cf) => isMarkFormula(cf.formula)).length;

describe("src/excel/runCheckAll.ts", () => {
  it("checks and marks every shenmu sheet in one pass: 1 sync to list + ≤ 2 per sheet; 清除标记 clears all", async () => {
    const fake = await loadSample("shenmu");
    const host = hostFor(fake);
    const progress: string[] = [];
    const outcome = await runCheckAll(host, { onProgress: (p) => progress.push(`${p.index}/${p.total} ${p.name}`) });
    const n = fake.sheets.length;
    expect(n).toBe(6);
    expect(fake.syncCount).toBeLessThanOrEqual(1 + 2 * n);
    expect(progress).toEqual(fake.sheets.map((s, i) => `${i + 1}/${n} ${s.name}`));
    expect(outcome.cancelled).toBe(false);
    expect(outcome.sheets.map((s) => s.name)).toEqual(fake.sheets.map((s) => s.name));
    for (const s of outcome.sheets) {
      // same findings as a one-sheet check of that sheet
      expect(s.result?.findings).toEqual(checkSheet(s.snapshot!).findings);
      expect(s.painted).toBe(true);
      expect(marked(fake.sheet(s.name))).toBe(new Set(s.result!.findings.map((f) => f.cell)).size);
    }
    expect(outcome.summary).toMatch(/^已检查 6\/6 张工作表：/);
    expect(fake.activeSheet?.name).toBe(fake.sheets[0].name); // no sheet was activated
    const cleared = await host.clearMarks();
    expect(cleared.ok).toBe(true);
    for (const s of fake.sheets) expect(marked(s)).toBe(0);
  });

  it("stops after the current sheet when asked, keeping (and marking) what was checked", async () => {
    const fake = await loadSample("wuhai");
    let seen = 0;
    const outcome = await runCheckAll(hostFor(fake), { onProgress: () => void seen++, shouldStop: () => seen >= 2 });
    expect(outcome.cancelled).toBe(true);
    expect(outcome.sheets).toHaveLength(2);
    expect(outcome.total).toBe(fake.sheets.length);
    expect(outcome.summary).toContain("已取消");
    expect(marked(fake.sheets[0]) + marked(fake.sheets[1])).toBeGreaterThan(0);
    for (const s of fake.sheets.slice(2)) expect(marked(s)).toBe(0);
  });

  it("a protected sheet is checked but not marked; the others go on", async () => {
    const fake = await loadSample("shenmu");
    fake.sheets[1].protected = true;
    const outcome = await runCheckAll(hostFor(fake));
    expect(outcome.sheets[1]).toMatchObject({ painted: false, errors: [{ code: "sheet-protected" }] });
    expect(outcome.sheets[1].result?.recognized).toBe(true);
    expect(outcome.sheets[2].painted).toBe(true);
  });

  it("says so on a host without the optional members", async () => {
    const fake = await loadSample("shenmu");
    const h = hostFor(fake);
    const minimal: SheetHost = {
      readActiveSheet: () => h.readActiveSheet(),
      paintFindings: (s, f) => h.paintFindings(s, f),
      clearMarks: (s) => h.clearMarks(s),
      selectCell: (s, a) => h.selectCell(s, a),
      writeCell: (s, a, v, e) => h.writeCell(s, a, v, e),
      onUserEdit: (s, f) => h.onUserEdit(s, f),
    };
    const outcome = await runCheckAll(minimal);
    expect(outcome.errors[0]).toEqual({ code: "unsupported-host", message: UNSUPPORTED_CHECK_ALL });
  });
});

describe("PaneController.checkAll", () => {
  it("shows progress, stops on 取消 after the current sheet, and opens a checked sheet's findings", async () => {
    const fake = await loadSample("shenmu");
    const controller = new PaneController(hostFor(fake));
    const states: string[] = [];
    controller.subscribe(() => {
      const w = controller.getState().workbook;
      if (w?.running && w.current) {
        const line = `${w.index}/${w.total} ${w.current}`;
        if (states[states.length - 1] !== line) states.push(line);
        if (w.index === 2 && !w.stopping) controller.stopCheckAll();
      }
    });
    await controller.checkAll();
    const w = controller.getState().workbook!;
    expect(states).toEqual([`1/6 ${fake.sheets[0].name}`, `2/6 ${fake.sheets[1].name}`]);
    expect(w).toMatchObject({ running: false, cancelled: true, total: 6 });
    expect(w.sheets).toHaveLength(2);
    expect(controller.getState().busy).toBeNull();
    const second = fake.sheets[1].name;
    await controller.openSheetResult(second);
    expect(controller.getState().result?.name).toBe(second);
    expect(controller.getState().findings.length).toBe(w.sheets[1].result!.findings.length);
    expect(fake.activeSheet?.name).toBe(second);
    await controller.clearMarks();
    expect(controller.getState().workbook).toBeNull();
    for (const s of fake.sheets) expect(marked(s)).toBe(0);
    controller.dispose();
  });
});

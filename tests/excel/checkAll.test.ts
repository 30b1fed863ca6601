/** 检查全部工作表: src/excel/runCheckAll.ts and the pane controller's checkAll, over the strict fake. */
import { checkSheet } from "../../src/core/check";
import { isMarkFormula } from "../../src/excel/marks";
import { runCheckAll, summarizeWorkbook, UNSUPPORTED_CHECK_ALL, type SheetOutcome } from "../../src/excel/runCheckAll";
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
  it("shows progress, stops on 取消 before the next sheet's work, and opens a checked sheet's findings", async () => {
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
    // 取消 was pressed while "2/6" showed, before sheet 2 was read: sheet 1 is kept, sheet 2 not touched.
    expect(w.sheets).toHaveLength(1);
    expect(marked(fake.sheets[1])).toBe(0);
    expect(controller.getState().busy).toBeNull();
    const first = fake.sheets[0].name;
    await controller.openSheetResult(first);
    expect(controller.getState().result?.name).toBe(first);
    expect(controller.getState().findings.length).toBe(w.sheets[0].result!.findings.length);
    await controller.clearMarks();
    expect(controller.getState().workbook).toBeNull();
    for (const s of fake.sheets) expect(marked(s)).toBe(0);
    controller.dispose();
  });
});

describe("检查全部工作表: hidden sheets, a page that stays responsive, one consistent state afterwards (issue 15)", () => {
  it("skips hidden and very hidden sheets with a notice naming them; nothing on them is painted or activated", async () => {
    const fake = await loadSample("shenmu");
    fake.sheets[1].visibility = "Hidden";
    fake.sheets[2].visibility = "VeryHidden";
    const syncs = fake.syncCount;
    const outcome = await runCheckAll(hostFor(fake));
    expect(outcome.sheets.map((s) => s.name)).toEqual(fake.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name));
    expect(outcome.hidden).toEqual([fake.sheets[1].name, fake.sheets[2].name]);
    expect(outcome.notices[0]).toContain("2 张隐藏的工作表未检查");
    expect(outcome.summary).toMatch(/^已检查 4\/4 张工作表/);
    expect(marked(fake.sheets[1]) + marked(fake.sheets[2])).toBe(0);
    expect(fake.syncCount - syncs).toBeLessThanOrEqual(1 + 2 * 4);
  });

  it("the pane's pass yields to the page before each sheet (a click on 取消 is taken while it runs)", async () => {
    const fake = await loadSample("shenmu");
    const controller = new PaneController(hostFor(fake)); // default yieldToUi: a macrotask
    let clicked = false;
    const pass = controller.checkAll();
    // A "click" queued as a macrotask right after the pass starts: handled before the pass ends.
    setTimeout(() => {
      clicked = true;
      controller.stopCheckAll();
    }, 0);
    await pass;
    expect(clicked).toBe(true);
    const w = controller.getState().workbook!;
    expect(w.cancelled).toBe(true);
    expect(w.sheets.length).toBeLessThan(6);
    controller.dispose();
  });

  it("afterwards: the summary once (no notice repeating it), and 导出结果 writes every sheet's findings", async () => {
    const fake = await loadSample("shenmu");
    const controller = new PaneController(hostFor(fake), { yieldToUi: async () => undefined });
    await controller.checkAll();
    const state = controller.getState();
    expect(state.notice).toBeNull();
    expect(state.workbook?.summary).toMatch(/^已检查 6\/6/);
    expect(controller.hasExportable()).toBe(true);
    await controller.exportResults();
    const expected = state.workbook!.sheets.reduce((n, s) => n + s.result!.findings.length, 0);
    expect(controller.getState().notice).toEqual({ kind: "exported", sheet: "检查结果", rows: expected });
    const out = fake.sheet("检查结果");
    const sheetsListed = new Set([...Array(expected).keys()].map((i) => out.cellAt(i + 1, 1)?.value));
    expect(sheetsListed).toEqual(new Set(state.workbook!.sheets.filter((s) => s.result!.findings.length > 0).map((s) => s.name)));
    controller.dispose();
  });

  it("a sheet checked again on its own updates its row of the pass (and so what 导出结果 writes)", async () => {
    const fake = await loadSample("shenmu");
    const controller = new PaneController(hostFor(fake), { yieldToUi: async () => undefined });
    await controller.checkAll();
    const name = fake.sheets[0].name;
    fake.activate(name);
    fake.sheet(name).setValue("B9", null);
    await controller.check();
    const row = controller.getState().workbook!.sheets.find((s) => s.name === name)!;
    expect(row.result).toBe(controller.getState().result);
    controller.dispose();
  });
});

describe("summarizeWorkbook: a sheet not checked is never part of 未发现问题 (issue 18)", () => {
  const outcome = (name: string, skipped: boolean, error = 0): SheetOutcome => ({
    name,
    result: { name, recognized: !skipped, ...(skipped ? { skipped, reason: "太大，未检查：…" } : {}), forms: [], findings: [] },
    painted: !skipped,
    marked: 0,
    counts: { error, warning: 0, info: 0 },
    errors: [],
    notices: [],
  });
  it("counts it apart and does not call it checked", () => {
    expect(summarizeWorkbook([outcome("甲", false), outcome("乙", true)], 2, false)).toBe(
      "已检查 1/2 张工作表：未发现问题；1 张未检查。",
    );
    expect(summarizeWorkbook([outcome("乙", true)], 1, false)).toBe("已检查 0/1 张工作表：没有结果；1 张未检查。");
    expect(summarizeWorkbook([outcome("甲", false, 2), outcome("乙", true)], 3, true)).toBe(
      "已检查 1/3 张工作表：2 个错误；1 张未检查。已取消，其余工作表未检查。",
    );
  });
});

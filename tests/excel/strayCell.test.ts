/**
 * A far stray cell (issue 8 / issue 10 "Range.values may come back null…; a stray value far away must not make the
 * read slow"): the add-in reads only the window A1:BL2000 of the used range, in the one read sync of a check, tells
 * the user where the stray content is, and checks the real form. Assertions are on syncs and cells read, not time.
 */
import { MESSAGES } from "../../src/excel/hostErrors";
import { MAX_READ_COLS, MAX_READ_ROWS } from "../../src/excel/readSheet";
import { runCheck, type CheckOutcome } from "../../src/excel/runCheck";
import { fakeWorkbookFromGrids, type FakeWorkbook } from "../../src/fakeExcel/fakeExcel";
import { PaneController } from "../../src/taskpane/controller";
import { hostFor, loadSample } from "./helpers";

function cellsRead(out: CheckOutcome): number {
  return (out.snapshot?.values ?? []).reduce((n, row) => n + row.length, 0);
}

async function checkWithSyncs(fake: FakeWorkbook): Promise<{ out: CheckOutcome; syncs: number; logged: string[][] }> {
  const before = fake.syncCount;
  const out = await runCheck(hostFor(fake));
  return { out, syncs: fake.syncCount - before, logged: fake.syncLog.slice(before) };
}

describe("a far stray cell in the add-in path", () => {
  it("A1 + XFD1048576: one read sync, at most the read window, and a zh-CN notice naming the stray extent", async () => {
    const fake = fakeWorkbookFromGrids({ 表: [["项目名称"]] });
    fake.sheets[0].setValue("XFD1048576", "远处");
    const { out, syncs } = await checkWithSyncs(fake);
    expect(out.errors).toEqual([]);
    expect(syncs).toBeLessThanOrEqual(2);
    expect(cellsRead(out)).toBeLessThanOrEqual(MAX_READ_ROWS * MAX_READ_COLS);
    const told = MESSAGES.strayCells("A1:XFD1048576", `A1:BL${MAX_READ_ROWS}`);
    expect(out.checkNotices).toEqual([told]);
    // The ribbon shows the summary: it carries the notice too.
    expect(out.summary).toContain(told);
  });

  it("the task pane shows the stray-cell notice after its check", async () => {
    const fake = await loadSample("shenmu");
    fake.activeSheet!.setValue("ZZ100000", "多余");
    const pane = new PaneController(hostFor(fake));
    await pane.check();
    const s = pane.getState();
    expect(s.result?.recognized).toBe(true);
    expect(s.notice).toEqual({ kind: "external", intent: "warning", text: expect.stringContaining("ZZ100000") });
    pane.dispose();
  });

  it("readActiveSheet alone: one sync", async () => {
    const fake = fakeWorkbookFromGrids({ 表: [["项目名称"]] });
    fake.sheets[0].setValue("XFD1048576", "远处");
    const before = fake.syncCount;
    const r = await hostFor(fake).readActiveSheet();
    expect(r.ok).toBe(true);
    expect(fake.syncCount - before).toBe(1);
  });

  it.each(["ZZ100000", "P300000", "XFD300"])(
    "the sample form plus a stray value at %s gets the findings of the form alone, in 2 syncs",
    async (stray) => {
      const plain = await loadSample("shenmu");
      const base = await checkWithSyncs(plain);
      const fake = await loadSample("shenmu");
      fake.activeSheet!.setValue(stray, "多余");
      const { out, syncs, logged } = await checkWithSyncs(fake);
      expect(out.errors).toEqual([]);
      expect(out.result?.recognized).toBe(true);
      expect(out.result?.findings).toEqual(base.out.result?.findings);
      expect(syncs).toBe(base.syncs);
      expect(syncs).toBeLessThanOrEqual(2);
      // The read sync never asks for the used range's values (which could be millions of cells): only the window's.
      expect(logged[0].some((op) => /UsedRange.*load\(.*values/.test(op))).toBe(false);
      expect(cellsRead(out)).toBeLessThanOrEqual(MAX_READ_ROWS * MAX_READ_COLS);
      expect(out.notices.some((n) => n.includes(stray))).toBe(true);
    },
  );

  it("content only far away (outside the window): read by the fallback in few syncs, at its real place", async () => {
    const fake = fakeWorkbookFromGrids({ 表: [[null]] });
    fake.sheets[0].setValue("ZZ100000", "远处").setValue("A1", null);
    fake.sheets[0].setValue("ZY99999", "也远");
    const { out, syncs } = await checkWithSyncs(fake);
    expect(out.errors).toEqual([]);
    expect(syncs).toBeLessThanOrEqual(4);
    expect(out.snapshot?.origin).toEqual({ row: 99998, col: 700 });
  });
});

describe("the read window grows by a cell budget (issue 15, audit 3 N13)", () => {
  it("a second form stacked below row 2000 is read and checked; no notice", async () => {
    const fake = fakeWorkbookFromGrids({ 叠放: [["x"]] });
    const s = fake.sheets[0];
    for (let r = 1; r <= 30; r++) s.setValue(`A${r}`, `表一 第${r}行`);
    for (let r = 2100; r <= 2130; r++) s.setValue(`A${r}`, `表二 第${r}行`);
    const r = await hostFor(fake).readAndPaint((snap) => ({ value: snap.values.length, findings: [] }));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.value).toBe(2130);
    expect(r.value.snapshot.values[2129][0]).toBe("表二 第2130行");
    expect(r.value.notices).toBeUndefined();
  });

  it("beyond the budget: the notice names the rows not checked and never calls them stray", async () => {
    const fake = await loadSample("shenmu");
    fake.activeSheet!.setValue("P300000", "另一张表");
    const out = await runCheck(hostFor(fake));
    const notice = out.checkNotices.join("");
    expect(notice).toContain("第 2001–300000 行");
    expect(notice).toContain("未检查");
    expect(notice).not.toMatch(/多余|stray/);
  });
});

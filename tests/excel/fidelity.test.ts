/**
 * Issue 10: the adapter against a fake that behaves as Excel is documented to (and with its known bugs switched on).
 * Each test here failed against the code before the fix (see the report of the wt-excel branch) and passes now.
 */
import { NOTE_PREFIX, isMarkFormula } from "../../src/excel/marks";
import { MESSAGES, toHostError } from "../../src/excel/hostErrors";
import { FakeConditionalFormatCollection, FakeExcelError } from "../../src/fakeExcel/fakeExcel";
import { MAX_READ_COLS, MAX_READ_ROWS } from "../../src/excel/readSheet";
import { checkActiveSheet } from "../../src/commands/ribbonCommands";
import type { HostResult } from "../../src/excel/sheetHost";
import { FakeWorkbook, type FakeSheet } from "../../src/fakeExcel/fakeExcel";
import { diag, hostFor, loadSample } from "./helpers";
import "../../src/fakeExcel/rowsAndMerges";
import { findTemplate } from "../../src/core/templates/library";
import { planInsertion } from "../../src/core/templates/plan";
import { cellA1, fakeExcelRun } from "../../src/fakeExcel/fakeExcel";

function unwrap<T>(r: HostResult<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}

const ours = (s: FakeSheet) => s.conditionalFormats.filter((cf) => isMarkFormula(cf.formula));

function form(): { fake: FakeWorkbook; sheet: FakeSheet } {
  const fake = new FakeWorkbook();
  const sheet = fake.addSheet("表");
  for (let r = 1; r <= 8; r++) sheet.setValue(`A${r}`, `标签${r}`).setValue(`B${r}`, r * 10);
  sheet.setValue("C3", "合并").merge("C3:E3");
  return { fake, sheet };
}

const FOUR = [diag("A1", "error"), diag("B2", "warning"), diag("B3", "info"), diag("B4", "error")];

describe("issue 10 — Excel fidelity of src/excel", () => {
  describe("will break 1: repaint and clear with positional conditional-format ids", () => {
    it("repainting 4 marks replaces exactly those 4, and leaves a user's rules alone", async () => {
      const { fake, sheet } = form();
      expect(fake.cfIdMode).toBe("index");
      const host = hostFor(fake);
      unwrap(await host.readAndPaint(() => ({ value: null, findings: FOUR })));
      sheet.addConditionalFormat({ address: "A1:A8", formula: "=LEN(A1)>3", fill: "#00B050" });
      const again = unwrap(await host.readAndPaint(() => ({ value: null, findings: FOUR })));
      expect(again.paint).toEqual({ ok: true, value: { marked: 4 } });
      expect(
        ours(sheet)
          .map((cf) => cf.box.top)
          .sort(),
      ).toEqual([0, 1, 2, 3]);
      expect(sheet.conditionalFormats.filter((cf) => cf.fill === "#00B050")).toHaveLength(1);
    });

    it("clearing removes every mark on every sheet and reports no missing sheet", async () => {
      const { fake, sheet } = form();
      const other = fake.addSheet("表2").setValue("A1", "x").setValue("A5", "y");
      const host = hostFor(fake);
      unwrap(await host.readAndPaint(() => ({ value: null, findings: FOUR })));
      fake.activate("表2");
      unwrap(
        await host.readAndPaint(() => ({
          value: null,
          findings: [diag("A1", "error"), diag("A5", "info"), diag("A3", "warning")],
        })),
      );
      expect(await host.clearMarks()).toEqual({ ok: true, value: { cleared: 4 + 3 } });
      expect(ours(sheet)).toHaveLength(0);
      expect(ours(other)).toHaveLength(0);
      expect(sheet.notes.concat(other.notes).filter((n) => n.content.startsWith(NOTE_PREFIX))).toHaveLength(0);
    });
  });

  describe("will break 2: writeCell and merged areas (office-js #3611)", () => {
    it("refuses a covered cell of a merged area, naming the top-left cell", async () => {
      const { fake, sheet } = form();
      const r = await hostFor(fake).writeCell("表", "D3", "写入", "");
      expect(r).toEqual({ ok: false, error: { code: "cell-changed", message: MESSAGES.cellInMerge("D3", "C3") } });
      expect(sheet.value("D3")).toBeNull();
    });

    it("still writes the top-left cell of a merge", async () => {
      const { fake, sheet } = form();
      unwrap(await hostFor(fake).writeCell("表", "C3", "新", "合并"));
      expect(sheet.value("C3")).toBe("新");
    });
  });

  describe("cell-edit mode", () => {
    it.each(["InvalidOperation", "InvalidOperationInCellEditMode"] as const)(
      "%s: the check, the write and the clear all say 请先结束单元格编辑",
      async (code) => {
        const { fake, sheet } = form();
        const host = hostFor(fake);
        fake.cellEditMode = true;
        fake.editModeErrorCode = code;
        const check = await host.readAndPaint(() => ({ value: null, findings: FOUR }));
        const write = await host.writeCell("表", "B1", "11", "10");
        const clear = await host.clearMarks();
        for (const r of [check, write, clear]) {
          expect(r.ok).toBe(false);
          if (!r.ok) {
            expect(r.error.code).toBe("cell-edit-mode");
            expect(r.error.message).toMatch(/^请先结束单元格编辑/);
          }
        }
        expect(sheet.value("B1")).toBe(10);
      },
    );

    it("InvalidOperation means cell-edit mode only while no later sync of the batch went through", () => {
      const e = new FakeExcelError("InvalidOperation", "The operation is not permitted.");
      expect(toHostError(e, "paint", { sheetName: "表" }).code).toBe("cell-edit-mode");
      expect(toHostError(e, "paint", { sheetName: "表", protectedSheet: true }).code).toBe("sheet-protected");
      expect(toHostError(e, "paint", { sheetName: "表", notEditMode: true }).code).toBe("unknown");
    });

    it("a ribbon check waits for the edit to end (delayForCellEdit) instead of failing", async () => {
      const { fake, sheet } = form();
      const host = hostFor(fake);
      fake.cellEditMode = true;
      const notices: string[] = [];
      let done = false;
      const p = checkActiveSheet(host.forRibbon(), (n) => void notices.push(n.message), undefined, {
        check: (snap) => ({ name: snap.name, recognized: true, findings: [diag("B2", "error")] }) as never,
      }).then(() => (done = true));
      await new Promise((r) => setTimeout(r, 20));
      expect(done).toBe(false);
      fake.endCellEdit();
      await p;
      expect(ours(sheet)).toHaveLength(1);
      expect(notices).toHaveLength(1);
    });
  });

  describe("rule-inventory faults", () => {
    it("#6827: two user cellValue rules on one range make the inventory load fail — the check still runs and marks", async () => {
      const { fake, sheet } = form();
      fake.faults.cfInventoryRead = true;
      sheet.addConditionalFormat({ address: "B1:B8", rule: { formula1: "=50", operator: "GreaterThan" }, fill: "#FF0000" });
      sheet.addConditionalFormat({ address: "B1:B8", rule: { formula1: "=20", operator: "LessThan" }, fill: "#0000FF" });
      const host = hostFor(fake);
      const first = unwrap(await host.readAndPaint(() => ({ value: "结果", findings: FOUR })));
      expect(first.value).toBe("结果");
      expect(first.snapshot.values).toHaveLength(8);
      expect(first.paint).toEqual({ ok: true, value: { marked: 4 } });
      const second = unwrap(await host.readAndPaint(() => ({ value: "结果", findings: FOUR.slice(0, 2) })));
      expect(second.paint).toEqual({ ok: true, value: { marked: 2 } });
      expect(ours(sheet)).toHaveLength(2); // replaced, not stacked
      expect(sheet.conditionalFormats).toHaveLength(4);
    });

    it("#5222: a mark whose cell has a user rule cannot be deleted through the whole sheet — deleted cell by cell instead", async () => {
      const { fake, sheet } = form();
      const host = hostFor(fake);
      unwrap(await host.readAndPaint(() => ({ value: null, findings: FOUR })));
      sheet.addConditionalFormat({ address: "B2", formula: "=B2>0", fill: "#00B050" });
      fake.faults.cfDeleteOverlap = true;
      const before = fake.syncCount;
      const r = unwrap(await host.readAndPaint(() => ({ value: "结果", findings: FOUR.slice(1) })));
      expect(r.value).toBe("结果");
      expect(r.paint).toEqual({ ok: true, value: { marked: 3 } });
      expect(fake.syncCount - before).toBe(1 + 1 + 4 + 1); // read, the refused paint, 4 to delete cell by cell, the paint
      expect(
        ours(sheet)
          .map((cf) => cf.box.top)
          .sort(),
      ).toEqual([1, 2, 3]);
      expect(sheet.conditionalFormats.filter((cf) => cf.fill === "#00B050")).toHaveLength(1);
    });

    it.each([["表"], [undefined]])(
      "#5222 on 清除标记 (%s): marks are deleted cell by cell, notes too, the user's rule stays",
      async (name) => {
        const { fake, sheet } = form();
        const host = hostFor(fake);
        unwrap(await host.readAndPaint(() => ({ value: null, findings: FOUR })));
        sheet.addConditionalFormat({ address: "B2", formula: "=B2>0", fill: "#00B050" });
        sheet.addConditionalFormat({ address: "A1:B4", formula: "=FALSE", fill: "#654321" });
        fake.faults.cfDeleteOverlap = true;
        expect(await host.clearMarks(name)).toEqual({ ok: true, value: { cleared: 4 } });
        expect(ours(sheet)).toHaveLength(0);
        expect(sheet.notes).toHaveLength(0);
        expect(sheet.conditionalFormats.map((cf) => cf.fill)).toEqual(["#654321", "#00B050"]);
      },
    );
  });

  it("a note Excel refuses (threaded comment) never undoes the highlights already added", async () => {
    const { fake, sheet } = form();
    sheet.addThreadedComment("B3");
    const r = unwrap(await hostFor(fake).readAndPaint(() => ({ value: null, findings: FOUR })));
    expect(r.paint).toEqual({ ok: true, value: { marked: 4 } });
    expect(ours(sheet)).toHaveLength(4);
    expect(r.notices).toEqual([MESSAGES.notesSkipped]);
  });

  it("a stray value far away: values come back null above 5M cells; the read is capped, few syncs, and the user is told", async () => {
    const { fake, sheet } = form();
    sheet.setValue("XFD1048576", "远处");
    const before = fake.syncCount;
    const r = unwrap(await hostFor(fake).readAndPaint(() => ({ value: null, findings: [diag("B2", "error")] })));
    const syncs = fake.syncCount - before;
    expect(syncs).toBeLessThanOrEqual(12);
    expect(r.snapshot.values).toHaveLength(MAX_READ_ROWS);
    expect(r.snapshot.values[0]).toHaveLength(MAX_READ_COLS);
    expect(r.snapshot.values[1][1]).toBe(20);
    expect(r.notices?.[0]).toContain("XFD1048576");
    expect(r.paint.ok).toBe(true);
  });

  it("应用建议 writes text as text: zh-CN Excel would turn 3月5日 into a date", async () => {
    const { fake, sheet } = form();
    sheet.setValue("F1", "待定");
    unwrap(await hostFor(fake).writeCell("表", "F1", "3月5日", "待定"));
    expect(sheet.value("F1")).toBe("3月5日");
    unwrap(await hostFor(fake).writeCell("表", "B1", "12", "10"));
    expect(sheet.value("B1")).toBe(12);
  });

  it("应用建议 into a cell formatted as Text writes the text verbatim (no apostrophe kept in the cell)", async () => {
    const { fake, sheet } = form();
    sheet.setValue("F2", "待定").setNumberFormat("F2", "@");
    unwrap(await hostFor(fake).writeCell("表", "F2", "3月5日", "待定"));
    expect(sheet.value("F2")).toBe("3月5日");
  });

  it("maps ItemNotFound: a sheet gone vs marks changed", async () => {
    const { fake, sheet } = form();
    const host = hostFor(fake);
    expect(await host.clearMarks("不存在")).toEqual({
      ok: false,
      error: { code: "no-active-sheet", message: MESSAGES.sheetNotFound("不存在") },
    });
    expect(await host.paintFindings("不存在", FOUR)).toEqual({
      ok: false,
      error: { code: "no-active-sheet", message: MESSAGES.sheetNotFound("不存在") },
    });
    unwrap(await host.paintFindings("表", FOUR));
    expect(ours(sheet)).toHaveLength(4);
  });

  it("removes its change handler through Excel.run(handler context) (documented pattern)", async () => {
    const { fake, sheet } = form();
    const host = hostFor(fake);
    let calls = 0;
    const off = await host.onUserEdit("表", () => calls++);
    expect(sheet.changedHandlers.size).toBe(1);
    const runsBefore = fake.runCount;
    off();
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.runCount).toBe(runsBefore + 1);
    expect(sheet.changedHandlers.size).toBe(0);
    sheet.userEdit("B1", "改");
    await fake.flushEvents();
    expect(calls).toBe(0);
  });
});

describe("issue 15 — audit 3 items against the strict fake", () => {
  it("old #1 on behaviour: a user rule whose priority lies BETWEEN the marks survives a repaint (ascending deletes would remove it)", async () => {
    const { fake, sheet } = form();
    const host = hostFor(fake);
    const four = [diag("A1", "error"), diag("B1", "error"), diag("A2", "error"), diag("B2", "error")];
    unwrap(await host.readAndPaint(() => ({ value: 0, findings: four })));
    const user = sheet.addConditionalFormat({ address: "A1:B8", formula: "=TRUE", fill: "#123456" });
    sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(user), 1);
    sheet.conditionalFormats.splice(2, 0, user); // priorities: mark, mark, USER, mark, mark
    const r = unwrap(await host.readAndPaint(() => ({ value: 0, findings: [diag("A3", "warning")] })));
    expect(r.paint).toEqual({ ok: true, value: { marked: 1 } });
    expect(sheet.conditionalFormats.filter((cf) => cf.fill === "#123456")).toHaveLength(1);
    expect(ours(sheet).map((cf) => cf.box.top)).toEqual([2]);
  });

  it.each([["表"], [undefined]])(
    "old #1 on behaviour, 清除标记(%s): a user rule BETWEEN the marks survives; only the marks go",
    async (name) => {
      const { fake, sheet } = form();
      const host = hostFor(fake);
      const four = [diag("A1", "error"), diag("B1", "error"), diag("A2", "error"), diag("B2", "error")];
      unwrap(await host.readAndPaint(() => ({ value: 0, findings: four })));
      const user = sheet.addConditionalFormat({ address: "A1:B8", formula: "=TRUE", fill: "#123456" });
      sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(user), 1);
      sheet.conditionalFormats.splice(2, 0, user);
      expect(await host.clearMarks(name)).toEqual({ ok: true, value: { cleared: 4 } });
      expect(sheet.conditionalFormats).toEqual([user]);
    },
  );

  it("L11: notes are addressed by position too — a user's note between the marks' notes survives 清除标记 and a repaint", async () => {
    const { fake, sheet } = form();
    expect(fake.noteItemMode).toBe("index");
    const host = hostFor(fake);
    const marks = [diag("A1", "error"), diag("B2", "error"), diag("B4", "error"), diag("B6", "error")];
    unwrap(await host.readAndPaint(() => ({ value: 0, findings: marks })));
    sheet.addNote("B3", "用户的批注"); // kept in position order: between B2's and B4's notes
    unwrap(await host.readAndPaint(() => ({ value: 0, findings: marks.slice(1) })));
    expect(sheet.notes.map((n) => cellA1(n.row, n.col))).toEqual(["B2", "B3", "B4", "B6"]);
    expect(await host.clearMarks("表")).toEqual({ ok: true, value: { cleared: 3 } });
    expect(sheet.notes.map((n) => n.content)).toEqual(["用户的批注"]);
  });

  it("old #11: a threaded comment on one finding cell costs only that cell's note", async () => {
    const { fake, sheet } = form();
    sheet.addThreadedComment("B3");
    const findings = [diag("A1", "error"), diag("B2", "warning"), diag("B3", "info"), diag("B4", "error"), diag("B8", "error")];
    const r = unwrap(await hostFor(fake).readAndPaint(() => ({ value: null, findings })));
    expect(ours(sheet)).toHaveLength(5);
    expect(["A1", "B2", "B3", "B4", "B8"].filter((c) => sheet.note(c)?.content.startsWith(NOTE_PREFIX))).toEqual([
      "A1",
      "B2",
      "B4",
      "B8",
    ]);
    expect(r.notices).toEqual([MESSAGES.notesSkipped]);
  });

  function twoUserValueRules(sheet: FakeSheet): void {
    sheet.addConditionalFormat({ address: "B1:B8", rule: { formula1: "=50", operator: "GreaterThan" }, fill: "#FF0000" });
    sheet.addConditionalFormat({ address: "B1:B8", rule: { formula1: "=20", operator: "LessThan" }, fill: "#0000FF" });
  }

  it("L10: the add-in's own row inserts and deletes (插入模板, 撤销插入) are not taken for user edits; a co-author's edit is", async () => {
    const wb = await loadSample("wuhai");
    wb.activate("医保业务经费");
    const host = hostFor(wb);
    const sheet = wb.sheet("医保业务经费");
    const args: string[] = [];
    sheet.changedHandlers.add((a) => void args.push(`${a.changeType} ${a.source} ${a.triggerSource}`));
    let calls = 0;
    await host.onUserEdit("医保业务经费", () => calls++);
    const r = await host.insertTemplate((snap) => planInsertion(snap, findTemplate("work-funds")!));
    if (!r.ok) throw new Error(r.error.message);
    expect(unwrap(await host.undoInsertTemplate(r.value.record!))).toBeUndefined();
    await wb.flushEvents();
    expect(args).toEqual(expect.arrayContaining(["RowInserted Local ThisLocalAddin", "RowDeleted Local ThisLocalAddin"]));
    expect(calls).toBe(0);
    sheet.userEdit("J30", "同事写的", "Remote");
    await wb.flushEvents();
    expect(args[args.length - 1]).toBe("RangeEdited Remote Unknown");
    expect(calls).toBe(1);
  });

  it("L9: a sheet-qualified address naming another sheet is refused by the fake, and the add-in never passes one", async () => {
    const { fake, sheet } = form();
    fake.addSheet("表2");
    const got = await fakeExcelRun(fake)(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("表").getRange("'表'!B2");
      r.load("values");
      await ctx.sync();
      return r.values;
    });
    expect(got).toEqual([[20]]);
    await expect(
      fakeExcelRun(fake)(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem("表").getRange("表2!B2");
        r.load("values");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    // Every host operation over the strict fake (check, paint, clear, apply, select) runs with it.
    const host = hostFor(fake);
    unwrap(await host.readAndPaint(() => ({ value: null, findings: FOUR })));
    unwrap(await host.writeCell("表", "B1", "11", "10"));
    unwrap(await host.selectCell("表", "B4"));
    unwrap(await host.clearMarks());
    expect(sheet.value("B1")).toBe(11);
  });

  it("N7: with #6827, repainting and clearing a NAMED sheet work (the fallback loads the sheet again)", async () => {
    const { fake, sheet } = form();
    const host = hostFor(fake);
    unwrap(await host.readAndPaint(() => ({ value: null, findings: [diag("B2", "error")] })));
    twoUserValueRules(sheet);
    fake.faults.cfInventoryRead = true;
    expect(await host.paintFindings("表", [diag("B3", "warning")])).toEqual({ ok: true, value: { marked: 1 } });
    expect(ours(sheet).map((cf) => cf.box.top)).toEqual([2]);
    expect(await host.clearMarks("表")).toEqual({ ok: true, value: { cleared: 1 } });
    expect(ours(sheet)).toHaveLength(0);
  });

  it("N8: #5222 and #6827 together — the cell-by-cell fallback loads by type, so 检查 and 清除标记 still replace the marks", async () => {
    const { fake, sheet } = form();
    const host = hostFor(fake);
    unwrap(await host.readAndPaint(() => ({ value: null, findings: [diag("B2", "error"), diag("B3", "warning")] })));
    twoUserValueRules(sheet);
    fake.faults.cfInventoryRead = true;
    fake.faults.cfDeleteOverlap = true;
    const r = unwrap(await host.readAndPaint(() => ({ value: "结果", findings: [diag("B4", "error")] })));
    expect(r.paint).toEqual({ ok: true, value: { marked: 1 } });
    expect(ours(sheet).map((cf) => cf.box.top)).toEqual([3]);
    expect(await host.clearMarks("表")).toEqual({ ok: true, value: { cleared: 1 } });
    expect(ours(sheet)).toHaveLength(0);
    expect(sheet.conditionalFormats).toHaveLength(2); // the user's rules stay
  });

  it("N9: an inventory that fails with ItemNotFound (office-js #6396) keeps the check; only the marks are not updated", async () => {
    const { fake, sheet } = form();
    const host = hostFor(fake);
    unwrap(await host.readAndPaint(() => ({ value: 1, findings: [diag("B2", "error")] })));
    const corrupt = sheet.addConditionalFormat({ address: "B1:B5", formula: "=B1>2", fill: "#FF0000" });
    const proto = FakeConditionalFormatCollection.prototype as unknown as {
      beforeItemsLoad: (l: unknown[], p: string[][]) => void;
    };
    const original = proto.beforeItemsLoad;
    proto.beforeItemsLoad = function (list: unknown[], paths: string[][]) {
      if (list.includes(corrupt) && paths.length > 0)
        throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist. (office-js #6396)");
    };
    try {
      const r = unwrap(await host.readAndPaint(() => ({ value: "结果", findings: [diag("B2", "error")] })));
      expect(r.value).toBe("结果");
      expect(r.snapshot.values).toHaveLength(8);
      expect(r.paint).toEqual({ ok: false, error: { code: "unknown", message: MESSAGES.inventoryUnreadable("表") } });
    } finally {
      proto.beforeItemsLoad = original;
    }
    // A sheet that is really gone is still reported as gone.
    const gone = await host.readAndPaintSheet!("没有这张表", () => ({ value: 0, findings: [] }));
    expect(gone.ok).toBe(false);
  });

  it("N10: 应用建议 on a sheet with more than 512 merged areas asks only around the cell, and still refuses covered cells", async () => {
    const fake = new FakeWorkbook();
    const s = fake.addSheet("表");
    for (let r = 1; r <= 600; r++) s.setValue(`A${r}`, `项${r}`).merge(`A${r}:B${r}`);
    s.setValue("C1", "旧").setValue("C590", "旧");
    const host = hostFor(fake);
    expect(await host.writeCell("表", "C590", "新", "旧")).toEqual({ ok: true, value: undefined });
    expect(s.value("C590")).toBe("新");
    const covered = await host.writeCell("表", "B599", "新", "");
    expect(covered).toEqual({ ok: false, error: { code: "cell-changed", message: MESSAGES.cellInMerge("B599", "A599") } });
  });
});

import type { Diagnostic } from "../../src/core/diagnostics";
import { MARK_FILL, NOTE_PREFIX, isMarkFormula } from "../../src/excel/marks";
import { NOTICE_NO_MERGES, NOTICE_NO_NOTES } from "../../src/excel/requirements";
import type { HostResult } from "../../src/excel/sheetHost";
import { FakeWorkbook, snapshotFakeWorkbook, type FakeRequestContext, type FakeSheet } from "../../src/fakeExcel/fakeExcel";
import { diag, handFindings, hostFor, loadSample, type SampleName } from "./helpers";

const EDIT_MODE_CHECK = "请先结束单元格编辑（按 Enter 或 Esc），再点击检查。";

function unwrap<T>(r: HostResult<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}

function ourFormats(sheet: FakeSheet) {
  return sheet.conditionalFormats.filter((cf) => isMarkFormula(cf.formula));
}

async function checkWith(fake: FakeWorkbook, findings: Diagnostic[], host = hostFor(fake)) {
  return host.readAndPaint(() => ({ value: null, findings }));
}

function lastCellOf(sheet: FakeSheet): string {
  const b = sheet.usedBox(true)!;
  return `${String.fromCharCode(65 + b.right - 1)}${b.bottom + 1}`;
}

describe("src/excel/officeSheetHost.ts", () => {
  describe("readActiveSheet", () => {
    it.each<SampleName>(["shenmu", "wuhai"])("reads every %s sheet (values + merges) in one sync", async (name) => {
      const fake = await loadSample(name);
      const host = hostFor(fake);
      for (const sheet of fake.sheets) {
        fake.activate(sheet.name);
        const before = fake.syncCount;
        const snap = unwrap(await host.readActiveSheet());
        expect(fake.syncCount - before).toBe(1);
        const box = sheet.usedBox(true)!;
        expect(snap.name).toBe(sheet.name);
        expect(snap.origin).toEqual({ row: 0, col: 0 });
        expect(snap.values).toHaveLength(box.bottom + 1);
        expect(snap.values[0]).toHaveLength(box.right + 1);
        expect(snap.merges).toHaveLength(sheet.merges.length);
        expect(snap.values[0][0]).toBe(sheet.value("A1"));
        expect(snap.values[0][1]).toBeNull();
      }
      expect(fake.discardedOps).toBe(0);
    });

    it("reads a date cell (serial number + date format) as YYYY-MM-DD text, in the same one sync", async () => {
      const fake = new FakeWorkbook();
      fake
        .addSheet("日期")
        .setValue("A1", "项目实施起止时间")
        .setValue("B1", 44197) // 2021-01-01
        .setNumberFormat("B1", "yyyy/m/d")
        .setValue("C1", 44561) // 2021-12-31
        .setNumberFormat("C1", 'yyyy"年"m"月"d"日"')
        .setValue("D1", 50)
        .setValue("E1", 0.95)
        .setNumberFormat("E1", "0%");
      const before = fake.syncCount;
      const snap = unwrap(await hostFor(fake).readActiveSheet());
      expect(fake.syncCount - before).toBe(1);
      expect(snap.values[0]).toEqual(["项目实施起止时间", "2021-01-01", "2021-12-31", 50, 0.95]);
    });

    it("returns an empty snapshot for a blank sheet", async () => {
      const fake = new FakeWorkbook();
      fake.addSheet("空表").merge("A1:C1");
      const snap = unwrap(await hostFor(fake).readActiveSheet());
      expect(snap).toEqual({ name: "空表", origin: { row: 0, col: 0 }, values: [], merges: [] });
      expect(fake.syncCount).toBe(1);
    });

    it("also copes with an Excel whose getUsedRange throws on a blank sheet", async () => {
      const fake = new FakeWorkbook();
      fake.blankUsedRangeThrows = true;
      fake.addSheet("空表");
      const snap = unwrap(await hostFor(fake).readActiveSheet());
      expect(snap.values).toEqual([]);
      const r = await hostFor(fake).readAndPaint(() => ({ value: 0, findings: [] }));
      expect(r.ok).toBe(true);
    });

    it("reports the origin of a used range that does not start at A1", async () => {
      const fake = new FakeWorkbook();
      fake.addSheet("偏移").setValue("C5", "左上").setValue("D6", 7);
      const snap = unwrap(await hostFor(fake).readActiveSheet());
      expect(snap.origin).toEqual({ row: 4, col: 2 });
      expect(snap.values).toEqual([
        ["左上", null],
        [null, 7],
      ]);
    });

    it("degrades to no merges without ExcelApi 1.13 and says so in capabilities()", async () => {
      const fake = await loadSample("shenmu");
      fake.apiVersion = "1.12";
      const host = hostFor(fake);
      const snap = unwrap(await host.readActiveSheet());
      expect(snap.merges).toEqual([]);
      expect(snap.values).toHaveLength(34);
      expect(host.capabilities()).toEqual({
        supported: true,
        merges: false,
        notes: false,
        notices: [NOTICE_NO_MERGES, NOTICE_NO_NOTES],
      });
    });

    it("refuses below ExcelApi 1.7 without touching Excel", async () => {
      const fake = await loadSample("shenmu");
      fake.apiVersion = "1.6";
      const r = await hostFor(fake).readActiveSheet();
      expect(r).toEqual({ ok: false, error: { code: "unsupported-host", message: expect.stringContaining("ExcelApi 1.7") } });
      expect(fake.syncCount).toBe(0);
    });

    it("asks the user to finish editing the cell first", async () => {
      const fake = await loadSample("wuhai");
      fake.cellEditMode = true;
      const r = await hostFor(fake).readActiveSheet();
      expect(r).toEqual({ ok: false, error: { code: "cell-edit-mode", message: EDIT_MODE_CHECK } });
    });

    it("reads a used range over the 5 MB limit in row chunks and gets the same snapshot", async () => {
      const fake = await loadSample("shenmu");
      const sheet = fake.sheet("系统升级维护费");
      const host = hostFor(fake);
      const whole = unwrap(await host.readActiveSheet());
      fake.payloadLimitBytes = 2500; // one 7-column row of this form is < 1 KB; the sheet is ~6 KB
      const before = fake.syncCount;
      const chunked = unwrap(await host.readActiveSheet());
      expect(chunked).toEqual(whole);
      expect(fake.syncCount - before).toBeGreaterThan(2);
      expect(sheet.conditionalFormats).toHaveLength(0);
    });

    it("gives request-too-large when even one row is over the limit", async () => {
      const fake = new FakeWorkbook();
      fake.addSheet("大").setValue("A1", "字".repeat(400));
      fake.payloadLimitBytes = 600;
      const r = await hostFor(fake).readActiveSheet();
      expect(r.ok ? null : r.error.code).toBe("request-too-large");
    });

    it("reads merged areas in row bands when a range has more than Office's merged-area limit", async () => {
      const fake = await loadSample("wuhai");
      const host = hostFor(fake);
      const whole = unwrap(await host.readActiveSheet());
      fake.maxMergedAreas = 10;
      const banded = unwrap(await host.readActiveSheet());
      expect(banded.merges).toEqual(whole.merges);
      expect(banded.values).toEqual(whole.values);
    });
  });

  describe("readAndPaint", () => {
    it("paints one conditional format per finding cell, coloured by the worst severity, and notes with the messages", async () => {
      const fake = await loadSample("shenmu");
      const sheet = fake.activeSheet!;
      const values = snapshotFakeWorkbook(fake).sheets[0].cells;
      const r = unwrap(await checkWith(fake, handFindings("F34")));
      expect(r.paint).toEqual({ ok: true, value: { marked: 4 } });
      const byCell = Object.fromEntries(ourFormats(sheet).map((cf) => [`${cf.box.top},${cf.box.left}`, cf.fill]));
      expect(byCell).toEqual({
        "2,1": MARK_FILL.error,
        "4,1": MARK_FILL.warning,
        "0,0": MARK_FILL.info,
        "33,5": MARK_FILL.error,
      });
      expect(sheet.note("F34")?.content).toBe(`${NOTE_PREFIX}\n［错误］指标值缺少单位\n［提示］同一单元格的第二条提示`);
      expect(sheet.note("B5")?.content).toContain("（建议改为：50）");
      // the cells themselves (values, fills) are untouched
      expect(snapshotFakeWorkbook(fake).sheets[0].cells).toEqual(values);
    });

    it("checking twice replaces the marks instead of stacking them", async () => {
      const fake = await loadSample("wuhai");
      const sheet = fake.activeSheet!;
      const host = hostFor(fake);
      unwrap(await checkWith(fake, handFindings(lastCellOf(sheet)), host));
      const once = snapshotFakeWorkbook(fake);
      unwrap(await checkWith(fake, handFindings(lastCellOf(sheet)), host));
      expect(snapshotFakeWorkbook(fake)).toEqual(once);
      expect(ourFormats(sheet)).toHaveLength(4);
      unwrap(await checkWith(fake, [diag("C2", "warning")], host));
      expect(ourFormats(sheet).map((cf) => cf.box)).toEqual([{ top: 1, left: 2, bottom: 1, right: 2 }]);
      expect(sheet.notes.map((n) => `${n.row},${n.col}`)).toEqual(["1,2"]);
    });

    it("runs one operation at a time, so a ribbon check and a pane check started together do not stack marks", async () => {
      const fake = await loadSample("shenmu");
      const host = hostFor(fake);
      const both = await Promise.all([
        checkWith(fake, handFindings("F34"), host),
        checkWith(fake, handFindings("F34"), host),
        host.clearMarks(),
        checkWith(fake, handFindings("F34"), host),
      ]);
      expect(both.every((r) => r.ok)).toBe(true);
      expect(ourFormats(fake.activeSheet!)).toHaveLength(4);
      expect(fake.activeSheet!.notes).toHaveLength(4);
    });

    it("tolerates marks the user already deleted (or that Ctrl+Z removed)", async () => {
      const fake = await loadSample("shenmu");
      const sheet = fake.activeSheet!;
      unwrap(await checkWith(fake, handFindings("F34")));
      expect(sheet.deleteConditionalFormats((cf) => cf.box.top === 2)).toBe(1);
      sheet.deleteNote("B5");
      const r = unwrap(await checkWith(fake, handFindings("F34")));
      expect(r.paint).toEqual({ ok: true, value: { marked: 4 } });
      expect(ourFormats(sheet)).toHaveLength(4);
      expect(sheet.notes).toHaveLength(4);
    });

    it("leaves the user's own conditional formats and notes alone, and never puts a note over the user's", async () => {
      const fake = await loadSample("shenmu");
      const sheet = fake.activeSheet!;
      sheet.addConditionalFormat({ address: "B3:C3", formula: "=LEN(B3)>20", fill: "#00B050" });
      sheet.addConditionalFormat({ address: "F25", rule: { formula1: "=0", operator: "GreaterThan" }, fontColor: "#0000FF" });
      sheet.addNote("B3", "用户自己的批注");
      const host = hostFor(fake);
      const before = fake.syncCount;
      unwrap(await checkWith(fake, handFindings("F34"), host));
      expect(fake.syncCount - before).toBe(3); // +1: a note of the user's exists, so free cells are probed first
      expect(sheet.note("B3")?.content).toBe("用户自己的批注");
      expect(sheet.note("F34")?.content.startsWith(NOTE_PREFIX)).toBe(true);
      expect(ourFormats(sheet).some((cf) => cf.box.top === 2 && cf.box.left === 1)).toBe(true);
      expect(sheet.conditionalFormats.filter((cf) => !isMarkFormula(cf.formula))).toHaveLength(2);
      unwrap(await host.clearMarks(sheet.name));
      expect(sheet.conditionalFormats.map((cf) => cf.formula ?? cf.rule?.formula1)).toEqual(["=0", "=LEN(B3)>20"]);
      expect(sheet.notes.map((n) => n.content)).toEqual(["用户自己的批注"]);
    });

    it("never deletes a user's rule when conditional-format ids are positions (cfIdMode index)", async () => {
      const fake = await loadSample("wuhai");
      fake.cfIdMode = "index";
      const sheet = fake.activeSheet!;
      const host = hostFor(fake);
      unwrap(await checkWith(fake, handFindings(lastCellOf(sheet)), host));
      sheet.addConditionalFormat({ address: "A1:H1", formula: "=TRUE", fill: "#123456" });
      unwrap(await checkWith(fake, [diag("D4", "error"), diag("A1", "info")], host));
      expect(sheet.conditionalFormats.filter((cf) => cf.fill === "#123456")).toHaveLength(1);
      expect(ourFormats(sheet)).toHaveLength(2);
    });

    it("still returns the check on a protected sheet, but paints nothing and says why", async () => {
      const fake = await loadSample("shenmu");
      const sheet = fake.activeSheet!;
      sheet.protected = true;
      const before = snapshotFakeWorkbook(fake);
      const r = unwrap(await fake.run(async () => checkWith(fake, handFindings("F34"))));
      expect(r.snapshot.values).toHaveLength(34);
      expect(r.paint).toEqual({ ok: false, error: { code: "sheet-protected", message: expect.stringContaining("受保护") } });
      expect(snapshotFakeWorkbook(fake)).toEqual(before);
    });

    it("makes no change in cell edit mode", async () => {
      const fake = await loadSample("shenmu");
      const before = snapshotFakeWorkbook(fake);
      fake.cellEditMode = true;
      const r = await checkWith(fake, handFindings("F34"));
      expect(r).toEqual({ ok: false, error: { code: "cell-edit-mode", message: EDIT_MODE_CHECK } });
      expect(snapshotFakeWorkbook(fake)).toEqual(before);
    });

    it("finds a previous session's marks by their marker (no stored ids needed)", async () => {
      const fake = await loadSample("wuhai");
      unwrap(await checkWith(fake, handFindings("H31"), hostFor(fake)));
      const later = hostFor(fake); // a new runtime: nothing remembered in memory
      unwrap(await checkWith(fake, [diag("B2", "warning")], later));
      expect(ourFormats(fake.activeSheet!)).toHaveLength(1);
      expect(fake.activeSheet!.notes).toHaveLength(1);
    });

    it("paints highlights only (no notes) without ExcelApi 1.18", async () => {
      const fake = await loadSample("shenmu");
      fake.apiVersion = "1.17";
      const host = hostFor(fake);
      const r = unwrap(await checkWith(fake, handFindings("F34"), host));
      expect(r.paint).toEqual({ ok: true, value: { marked: 4 } });
      expect(ourFormats(fake.activeSheet!)).toHaveLength(4);
      expect(fake.activeSheet!.notes).toHaveLength(0);
      expect(host.capabilities().notices).toEqual([NOTICE_NO_NOTES]);
    });

    it("treats a note whose marker the user removed as the user's own", async () => {
      const fake = await loadSample("shenmu");
      const sheet = fake.activeSheet!;
      const host = hostFor(fake);
      unwrap(await checkWith(fake, handFindings("F34"), host));
      sheet.note("B5")!.content = "我改写了这条批注";
      unwrap(await host.clearMarks());
      expect(sheet.notes.map((n) => n.content)).toEqual(["我改写了这条批注"]);
    });

    it("skips findings whose cell is not a usable address", async () => {
      const fake = await loadSample("shenmu");
      const r = unwrap(await checkWith(fake, [diag("XFE1", "error"), diag("B3:C3", "error"), diag("$b$3", "warning")]));
      expect(r.paint).toEqual({ ok: true, value: { marked: 1 } });
    });
  });

  describe("paintFindings", () => {
    it("paints a named sheet in two syncs (find existing marks, then paint)", async () => {
      const fake = await loadSample("shenmu");
      const host = hostFor(fake);
      const before = fake.syncCount;
      expect(unwrap(await host.paintFindings("制卡费", handFindings("F33")))).toEqual({ marked: 4 });
      expect(fake.syncCount - before).toBe(2);
      expect(ourFormats(fake.sheet("制卡费"))).toHaveLength(4);
      expect(ourFormats(fake.activeSheet!)).toHaveLength(0);
    });

    it("reports a sheet that no longer exists", async () => {
      const fake = await loadSample("shenmu");
      const r = await hostFor(fake).paintFindings("不存在", handFindings("F33"));
      expect(r).toEqual({
        ok: false,
        error: { code: "no-active-sheet", message: "找不到工作表“不存在”，它可能已被重命名或删除。" },
      });
    });

    it("refuses on a protected sheet without changing it", async () => {
      const fake = await loadSample("shenmu");
      fake.sheet("制卡费").protected = true;
      const before = snapshotFakeWorkbook(fake);
      const r = await hostFor(fake).paintFindings("制卡费", handFindings("F33"));
      expect(r.ok ? null : r.error.code).toBe("sheet-protected");
      expect(snapshotFakeWorkbook(fake)).toEqual(before);
    });

    it("maps a write rejected by protection that appeared after the inventory was read", async () => {
      const fake = await loadSample("shenmu");
      const host = hostFor(fake);
      const real = fake.run.bind(fake);
      // protect the sheet between the host's first and second sync
      fake.run = (async (batch: (ctx: FakeRequestContext) => Promise<unknown>) =>
        real(async (ctx: FakeRequestContext) => {
          const sync = ctx.sync.bind(ctx);
          let n = 0;
          ctx.sync = async () => {
            if (++n === 2) fake.sheet("制卡费").protected = true;
            return sync();
          };
          return batch(ctx);
        })) as typeof fake.run;
      const r = await host.paintFindings("制卡费", handFindings("F33"));
      expect(r.ok ? null : r.error.code).toBe("sheet-protected");
      expect(fake.sheet("制卡费").conditionalFormats).toHaveLength(0);
    });
  });

  describe("clearMarks", () => {
    it.each<SampleName>(["shenmu", "wuhai"])("check → clear leaves every %s sheet exactly as it was", async (name) => {
      const fake = await loadSample(name);
      fake.sheets[1].setFill("B3", "#FFFF00").addNote("A1", "原有批注");
      fake.sheets[1].addConditionalFormat({ address: "B3", formula: '=B3<>""', fill: "#CCCCCC" });
      const host = hostFor(fake);
      const pristine = snapshotFakeWorkbook(fake);
      for (const sheet of fake.sheets) {
        fake.activate(sheet.name);
        unwrap(await checkWith(fake, handFindings(lastCellOf(sheet)), host));
      }
      expect(snapshotFakeWorkbook(fake)).not.toEqual(pristine);
      const cleared = unwrap(await host.clearMarks());
      expect(cleared.cleared).toBe(4 * fake.sheets.length);
      expect(snapshotFakeWorkbook(fake)).toEqual(pristine);
      expect(fake.discardedOps).toBe(0);
    });

    it("clears one named sheet only, in two syncs", async () => {
      const fake = await loadSample("shenmu");
      const host = hostFor(fake);
      unwrap(await host.paintFindings("制卡费", handFindings("F33")));
      unwrap(await host.paintFindings("免费医疗工作经费", handFindings("F35")));
      const before = fake.syncCount;
      expect(unwrap(await host.clearMarks("制卡费"))).toEqual({ cleared: 4 });
      expect(fake.syncCount - before).toBe(2);
      expect(ourFormats(fake.sheet("制卡费"))).toHaveLength(0);
      expect(ourFormats(fake.sheet("免费医疗工作经费"))).toHaveLength(4);
    });

    it("clears what it can and names the protected sheets it could not clear", async () => {
      const fake = await loadSample("shenmu");
      const host = hostFor(fake);
      unwrap(await host.paintFindings("制卡费", handFindings("F33")));
      unwrap(await host.paintFindings("免费医疗工作经费", handFindings("F35")));
      fake.sheet("制卡费").protected = true;
      const r = await host.clearMarks();
      expect(r).toEqual({ ok: false, error: { code: "sheet-protected", message: expect.stringContaining("制卡费") } });
      expect(ourFormats(fake.sheet("制卡费"))).toHaveLength(4);
      expect(ourFormats(fake.sheet("免费医疗工作经费"))).toHaveLength(0);
    });

    it("has nothing to do on a workbook without marks", async () => {
      const fake = await loadSample("wuhai");
      const before = snapshotFakeWorkbook(fake);
      expect(unwrap(await hostFor(fake).clearMarks())).toEqual({ cleared: 0 });
      expect(fake.syncCount).toBe(2);
      expect(snapshotFakeWorkbook(fake)).toEqual(before);
    });

    it("asks to finish editing first in cell edit mode", async () => {
      const fake = await loadSample("wuhai");
      fake.cellEditMode = true;
      const r = await hostFor(fake).clearMarks();
      expect(r).toEqual({
        ok: false,
        error: { code: "cell-edit-mode", message: "请先结束单元格编辑（按 Enter 或 Esc），再点击清除标记。" },
      });
    });
  });

  describe("selectCell", () => {
    it("activates the sheet and selects the cell in one sync", async () => {
      const fake = await loadSample("wuhai");
      const r = await hostFor(fake).selectCell("聘用人员工资", "h25");
      expect(r).toEqual({ ok: true, value: undefined });
      expect(fake.activeSheetName).toBe("聘用人员工资");
      expect(fake.sheet("聘用人员工资").selection).toBe("H25");
      expect(fake.syncCount).toBe(1);
    });

    it("reports a missing sheet and a malformed address", async () => {
      const fake = await loadSample("wuhai");
      const host = hostFor(fake);
      expect(await host.selectCell("没有这张表", "A1")).toEqual({
        ok: false,
        error: { code: "no-active-sheet", message: "找不到工作表“没有这张表”，它可能已被重命名或删除。" },
      });
      expect(await host.selectCell("聘用人员工资", "A1:B2")).toMatchObject({ ok: false, error: { code: "unknown" } });
      expect(fake.syncCount).toBe(1);
    });
  });

  describe("writeCell", () => {
    it("writes the suggestion when the cell still holds the expected text, keeping text as text", async () => {
      const fake = await loadSample("shenmu");
      const sheet = fake.activeSheet!;
      const host = hostFor(fake);
      expect(sheet.value("F25")).toBe("=3 套");
      expect(await host.writeCell(sheet.name, "F25", "=3套", "=3 套")).toEqual({ ok: true, value: undefined });
      expect(sheet.cell("F25")).toEqual({ value: "=3套" });
      expect(fake.syncCount).toBe(2);
      await host.writeCell(sheet.name, "F28", "100%", "=100%");
      expect(sheet.value("F28")).toBe("100%");
    });

    it("writes a number into a cell that holds a number", async () => {
      const fake = await loadSample("shenmu");
      const sheet = fake.activeSheet!;
      unwrap(await hostFor(fake).writeCell(sheet.name, "B5", "55", "50"));
      expect(sheet.value("B5")).toBe(55);
    });

    it("refuses with cell-changed when the cell no longer holds the expected text, and writes nothing", async () => {
      const fake = await loadSample("shenmu");
      const sheet = fake.activeSheet!;
      sheet.userEdit("F25", "用户改过了");
      const r = await hostFor(fake).writeCell(sheet.name, "F25", "=3套", "=3 套");
      expect(r).toEqual({ ok: false, error: { code: "cell-changed", message: expect.stringContaining("F25") } });
      expect(sheet.value("F25")).toBe("用户改过了");
      expect(fake.syncCount).toBe(1);
    });

    it("never writes into a cell that has content when an empty cell was expected", async () => {
      const fake = await loadSample("shenmu");
      const sheet = fake.activeSheet!;
      const r = await hostFor(fake).writeCell(sheet.name, "F25", "补充", "");
      expect(r.ok ? null : r.error.code).toBe("cell-not-empty");
      expect(sheet.value("F25")).toBe("=3 套");
    });

    it("refuses a formula cell and a covered cell of a merged area", async () => {
      const fake = await loadSample("shenmu");
      const sheet = fake.activeSheet!;
      sheet.setValue("G25", 3, "=1+2");
      const host = hostFor(fake);
      expect(await host.writeCell(sheet.name, "G25", "4", "3")).toMatchObject({
        ok: false,
        error: { code: "cell-changed", message: expect.stringContaining("公式") },
      });
      expect(await host.writeCell(sheet.name, "C3", "x", "")).toMatchObject({
        ok: false,
        error: { message: expect.stringContaining("B3") },
      });
      expect(sheet.value("C3")).toBeNull();
    });

    it("refuses on a protected sheet and in cell edit mode", async () => {
      const fake = await loadSample("shenmu");
      const sheet = fake.activeSheet!;
      const host = hostFor(fake);
      sheet.protected = true;
      expect(await host.writeCell(sheet.name, "F25", "=3套", "=3 套")).toMatchObject({
        ok: false,
        error: { code: "sheet-protected" },
      });
      sheet.protected = false;
      fake.cellEditMode = true;
      expect(await host.writeCell(sheet.name, "F25", "=3套", "=3 套")).toEqual({
        ok: false,
        error: { code: "cell-edit-mode", message: "请先结束单元格编辑（按 Enter 或 Esc），再应用修改。" },
      });
      expect(sheet.value("F25")).toBe("=3 套");
    });
  });

  describe("onUserEdit", () => {
    it("calls back for user edits but not for this add-in's own writeCell, until unsubscribed", async () => {
      const fake = await loadSample("shenmu");
      const sheet = fake.activeSheet!;
      const host = hostFor(fake);
      let calls = 0;
      const off = await host.onUserEdit(sheet.name, () => calls++);
      unwrap(await host.writeCell(sheet.name, "F25", "=3套", "=3 套"));
      await fake.flushEvents();
      expect(calls).toBe(0);
      sheet.userEdit("F26", "改");
      await fake.flushEvents();
      expect(calls).toBe(1);
      off();
      await fake.flushEvents();
      sheet.userEdit("F27", "再改");
      await fake.flushEvents();
      expect(calls).toBe(1);
    });

    it("without the event's triggerSource (before ExcelApi 1.14) ignores own writes only within the window", async () => {
      const fake = await loadSample("shenmu");
      fake.apiVersion = "1.13";
      const sheet = fake.activeSheet!;
      let now = 1000;
      const host = hostFor(fake, { now: () => now, ownWriteWindowMs: 3000 });
      let calls = 0;
      await host.onUserEdit(sheet.name, () => calls++);
      unwrap(await host.writeCell(sheet.name, "F25", "=3套", "=3 套"));
      await fake.flushEvents();
      expect(calls).toBe(0);
      now += 10_000;
      sheet.userEdit("F25", "用户");
      await fake.flushEvents();
      expect(calls).toBe(1);
    });

    it("returns a no-op unsubscribe when the host is unsupported", async () => {
      const fake = await loadSample("shenmu");
      fake.apiVersion = "1.6";
      const off = await hostFor(fake).onUserEdit("制卡费", () => undefined);
      expect(() => off()).not.toThrow();
      expect(fake.syncCount).toBe(0);
    });
  });
});

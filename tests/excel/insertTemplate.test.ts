/**
 * Template insertion through the Office.js host over the fake Excel: one batch (2 context.sync), the
 * re-check sees no missing indicator, and the add-in's 撤销插入 restores the workbook exactly (values,
 * formats, merges, conditional formats, notes) — or refuses when the inserted cells were edited since.
 */
import "../../src/fakeExcel/rowsAndMerges";
import { checkSheet } from "../../src/core/check";
import { findTemplate } from "../../src/core/templates/library";
import { planInsertion } from "../../src/core/templates/plan";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { INSERT_MESSAGES } from "../../src/excel/insertTemplate";
import { FakeExcelError, FakeRange, cellA1, snapshotFakeWorkbook, type FakeWorkbook } from "../../src/fakeExcel/fakeExcel";
import { hostFor, loadSample } from "./helpers";

const MISSING = new Set(["framework-coverage", "level2-without-level3", "indicator-section"]);
const planWith = (id: string) => (snap: SheetSnapshot) => planInsertion(snap, findTemplate(id)!);

async function setUp(sheet: string): Promise<FakeWorkbook> {
  const wb = await loadSample("wuhai");
  wb.activate(sheet);
  const s = wb.sheet(sheet);
  // Some of the user's own things that must survive insert + undo unchanged.
  s.addConditionalFormat({ address: "B15:F20", formula: "=E15>5", fill: "#FFFF00" });
  s.addConditionalFormat({ address: "A1:H40", formula: "=FALSE", fill: "#00FF00" });
  // Right of the form, on a row the insertion moves (反欺诈: inside the table) or not (医保业务经费: above it).
  s.addNote(sheet === "反欺诈专项经费" ? "J25" : "J5", "用户自己的批注");
  s.setValue(sheet === "反欺诈专项经费" ? "J26" : "J6", "表外的备注");
  s.setFill("H21", "#DDEEFF");
  // The table's grid lines (cell borders, as the 乌海 form prints them): inserted rows get them, undo takes them away.
  for (let r = 13; r < 32; r++)
    for (let c = 0; c < 8; c++) s.borderLines.set(`${r},${c}`, new Set(["top", "bottom", "left", "right"] as const));
  return wb;
}

/** The workbook's content; merged areas as a set (their order is not observable in Excel). */
function content(wb: FakeWorkbook): ReturnType<typeof snapshotFakeWorkbook> {
  const snap = snapshotFakeWorkbook(wb);
  for (const s of snap.sheets) s.merges.sort();
  return snap;
}

describe("insertTemplate / undoInsertTemplate (fake Excel)", () => {
  it("医保业务经费: inserts the block in 2 syncs; re-check finds nothing missing; undo restores exactly in 2 syncs", async () => {
    const wb = await setUp("医保业务经费");
    const host = hostFor(wb);
    const before = content(wb);
    const syncs = wb.syncCount;
    const r = await host.insertTemplate(planWith("work-funds"));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(wb.syncCount - syncs).toBe(2);
    const sheet = wb.sheet("医保业务经费");
    expect(sheet.value("G24")).toBe("检查定点医药机构数量");
    expect(sheet.value("H24")).toBe("≥（待填）家");
    expect(sheet.value("H29")).toBe("≤20万元");
    expect(sheet.merges.map((m) => `${m.top},${m.left},${m.bottom},${m.right}`)).toContain("23,1,28,1"); // B24:B29 产出指标
    expect(sheet.note("J5")?.content).toBe("用户自己的批注");
    expect(sheet.cell("H33")?.fill).toBe("#DDEEFF"); // H21's fill moved down with its row
    const read = await host.readActiveSheet();
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const check = checkSheet(read.value);
    expect(check.findings.filter((f) => MISSING.has(f.rule))).toEqual([]);
    // (goals-present on the empty 年度目标 F22 is the engine's business — main's reader currently misreads an
    // empty 乌海 年度目标 cell, so it is not asserted either way here.)
    expect(check.findings.filter((f) => f.rule !== "goals-present").map((f) => `${f.cell} ${f.rule}`)).toEqual([
      "D8 basic-expenditure",
      // Project-dependent figures are （待填） and each is flagged by template-placeholder (issue 14).
      "H24 template-placeholder",
      "H25 template-placeholder",
      "H26 template-placeholder",
      "H27 template-placeholder",
      "H30 template-placeholder",
    ]);

    const before2 = wb.syncCount;
    const u = await host.undoInsertTemplate(r.value.record!);
    expect(u).toEqual({ ok: true, value: undefined });
    expect(wb.syncCount - before2).toBe(2);
    expect(content(wb)).toEqual(before);
  });

  it("反欺诈专项经费: fills the empty 数量 row in place, extends the merges; undo restores exactly", async () => {
    const wb = await setUp("反欺诈专项经费");
    const host = hostFor(wb);
    const before = content(wb);
    const r = await host.insertTemplate(planWith("work-funds"));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = wb.sheet("反欺诈专项经费");
    expect([s.value("G22"), s.value("G23"), s.value("G24")]).toEqual([
      "检查定点医药机构数量",
      "开展专项检查次数",
      "定点稽核覆盖率",
    ]);
    expect(s.note("J26")?.content).toBe("用户自己的批注"); // moved down one row with the table
    expect(s.value("J27")).toBe("表外的备注");
    const read = await host.readActiveSheet();
    if (!read.ok) throw new Error(read.error.message);
    expect(checkSheet(read.value).findings.filter((f) => MISSING.has(f.rule) && f.severity !== "info")).toEqual([]);
    expect((await host.undoInsertTemplate(r.value.record!)).ok).toBe(true);
    expect(content(wb)).toEqual(before);
  });

  it("undo refuses when an inserted cell was edited since, and changes nothing", async () => {
    const wb = await setUp("医保业务经费");
    const host = hostFor(wb);
    const r = await host.insertTemplate(planWith("work-funds"));
    if (!r.ok) throw new Error(r.error.message);
    wb.sheet("医保业务经费").userEdit("H24", "≥30家");
    const after = content(wb);
    const u = await host.undoInsertTemplate(r.value.record!);
    expect(u).toEqual({ ok: false, error: { code: "cell-changed", message: INSERT_MESSAGES.undoChanged("H24") } });
    expect(content(wb)).toEqual(after);
  });

  it("refuses on Excel without merged-area reading (ExcelApi < 1.13), on a protected sheet, and when the sheet changed since the preview", async () => {
    const old = await setUp("医保业务经费");
    old.apiVersion = "1.7";
    const before = content(old);
    const r = await hostFor(old).insertTemplate(planWith("work-funds"));
    expect(r).toEqual({ ok: false, error: { code: "unsupported-host", message: INSERT_MESSAGES.noMerges } });
    expect(content(old)).toEqual(before);

    const wb = await setUp("医保业务经费");
    wb.sheet("医保业务经费").protected = true;
    const p = await hostFor(wb).insertTemplate(planWith("work-funds"));
    expect(p.ok ? "" : p.error.code).toBe("sheet-protected");

    const wb2 = await setUp("医保业务经费");
    const host2 = hostFor(wb2);
    const seen = await host2.readActiveSheet();
    if (!seen.ok) throw new Error("read");
    wb2.sheet("医保业务经费").userEdit("D9", "改过的依据");
    const snap = content(wb2);
    const c = await host2.insertTemplate(planWith("work-funds"), seen.value);
    expect(c).toEqual({ ok: false, error: { code: "cell-changed", message: INSERT_MESSAGES.sheetChanged("医保业务经费") } });
    expect(content(wb2)).toEqual(snap);
  });

  it("the style row's rules are pasted onto the new rows (copyFrom Formats carries them) and undo takes them back exactly", async () => {
    const wb = await setUp("反欺诈专项经费");
    const s = wb.sheet("反欺诈专项经费");
    expect(wb.copyFormatsCarries).toBe("all");
    s.addConditionalFormat({ address: "G22:H22", formula: "=LEN(G22)>30", fill: "#ABCDEF" }); // on the style row only
    s.setValue("K22", "表外").merge("K22:L22"); // a merged area on the style row, right of the form
    const before = content(wb);
    const host = hostFor(wb);
    const r = await host.insertTemplate(planWith("work-funds"));
    if (!r.ok) throw new Error(r.error.message);
    const rule = s.conditionalFormats.find((cf) => cf.fill === "#ABCDEF")!;
    expect(rule.box.bottom).toBeGreaterThan(21); // now also over the inserted row(s) below G22:H22
    expect(s.borderLines.get("22,6")?.size).toBe(4); // G23, an inserted row, has the table's grid lines
    // K23:L23 is the plan's own copy of the style row's merge (copyFrom skips those columns: it would paste it too).
    expect(s.merges.filter((m) => m.left === 10).length).toBe(2);
    const u = await host.undoInsertTemplate(r.value.record!);
    expect(u).toEqual({ ok: true, value: undefined });
    expect(content(wb)).toEqual(before);
  });

  it("new rows take the formats of their style row", async () => {
    const wb = await setUp("反欺诈专项经费");
    wb.sheet("反欺诈专项经费").setFill("G22:H22", "#EEEEEE");
    const r = await hostFor(wb).insertTemplate(planWith("work-funds"));
    if (!r.ok) throw new Error(r.error.message);
    expect(wb.sheet("反欺诈专项经费").cell("G23")?.fill).toBe("#EEEEEE");
  });
});

describe("insertTemplate when Excel refuses one step of the write batch (audit 3 N3/N6)", () => {
  type Proto = Record<string, (...a: unknown[]) => unknown>;
  /** Makes the `nth` call of FakeRange[method] (1-based; 0 = every call) queue an InvalidOperation instead. */
  async function withRefused<T>(method: string, nth: number, body: () => Promise<T>): Promise<T> {
    const proto = FakeRange.prototype as unknown as Proto;
    const original = proto[method];
    let calls = 0;
    proto[method] = function (this: FakeRange, ...args: unknown[]) {
      calls++;
      if (nth !== 0 && calls !== nth) return original.apply(this, args);
      (this as unknown as { queue: (l: string, f: () => void) => void }).queue(`${method}()`, () => {
        throw new FakeExcelError("InvalidOperation", "We can't do that to a merged cell.");
      });
      return this;
    };
    try {
      return await body();
    } finally {
      proto[method] = original;
    }
  }

  for (const [sheet, method, nth, when] of [
    ["反欺诈专项经费", "copyFrom", 1, "after the rows were inserted and merges undone"],
    ["反欺诈专项经费", "merge", 2, "after every value was written and a merge redone"],
    ["医保业务经费", "merge", 5, "after the rows and every value were written"],
    ["医保业务经费", "unmerge", 1, "at the first step"],
    ["医保业务经费", "copyFrom", 1, "after rows were inserted below the last value"],
  ] as const) {
    it(`${sheet}: ${method} refused ${when} — the sheet is put back exactly, with an honest message`, async () => {
      const wb = await setUp(sheet);
      const before = content(wb);
      const r = await withRefused(method, nth, () => hostFor(wb).insertTemplate(planWith("work-funds")));
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).not.toBe("cell-edit-mode");
        expect(r.error.message).toContain("已把工作表恢复原状");
      }
      expect(content(wb)).toEqual(before);
    });
  }

  it("in cell-edit mode nothing runs: the edit-mode advice, and the sheet untouched", async () => {
    const wb = await setUp("医保业务经费");
    const before = content(wb);
    wb.cellEditMode = true;
    const r = await hostFor(wb).insertTemplate(planWith("work-funds"));
    wb.cellEditMode = false;
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("cell-edit-mode");
    expect(content(wb)).toEqual(before);
  });
});

describe("insertTemplate writes with the target's number format; undo looks at the whole inserted rows (audit 3 N4, N5)", () => {
  it("into a table formatted as Text (@): no visible apostrophe, and the undo accepts its own insertion and restores exactly", async () => {
    const wb = await setUp("医保业务经费");
    wb.sheet("医保业务经费").setNumberFormat("A1:J40", "@");
    const before = content(wb);
    const host = hostFor(wb);
    const r = await host.insertTemplate(planWith("work-funds"));
    if (!r.ok) throw new Error(r.error.message);
    const stored = [...wb.sheet("医保业务经费").cells.values()].map((c) => c.value).filter((v) => typeof v === "string");
    expect(stored.filter((v) => String(v).startsWith("'"))).toEqual([]);
    expect(stored).toContain("检查定点医药机构数量");
    const u = await host.undoInsertTemplate(r.value.record!);
    expect(u).toEqual({ ok: true, value: undefined });
    expect(content(wb)).toEqual(before);
  });

  it("refuses the undo when the user typed into an inserted row right of the form (the note would go with the row)", async () => {
    const wb = await setUp("医保业务经费");
    const host = hostFor(wb);
    const r = await host.insertTemplate(planWith("work-funds"));
    if (!r.ok) throw new Error(r.error.message);
    const rec = r.value.record!;
    const at = cellA1(24, rec.right + 2); // sheet row 25: an inserted row
    wb.sheet("医保业务经费").userEdit(at, "用户在插入行右侧写的备注");
    const u = await host.undoInsertTemplate(rec);
    expect(u.ok).toBe(false);
    if (!u.ok) expect(u.error.message).toBe(INSERT_MESSAGES.undoChanged(at));
    expect(wb.sheet("医保业务经费").value(at)).toBe("用户在插入行右侧写的备注");
  });
});

/**
 * 在新工作表中新建 through the Office.js host over the fake Excel: a new sheet (never an existing one) with the
 * whole form — values, merges, bold title and header, column widths — in 2 context.sync; a name that is taken gets
 * " (2)"; a batch failing part-way leaves the workbook exactly as it was (the new sheet deleted again).
 */
import "../../src/fakeExcel/rowsAndMerges";
import { checkSheet } from "../../src/core/check";
import { findTemplate } from "../../src/core/templates/library";
import { newFormGrid, type NewFormLayout } from "../../src/core/templates/newForm";
import { formValues, newFormSheetName } from "../../src/excel/createForm";
import { cellBorders } from "../../src/fakeExcel/borders";
import { FakeExcelError, FakeRange, boxToA1, snapshotFakeWorkbook } from "../../src/fakeExcel/fakeExcel";
import { hostFor, loadSample } from "./helpers";

const builder = (layout: NewFormLayout) => (sheetName: string) => newFormGrid(findTemplate("work-funds")!, layout, { sheetName });
const INDICATOR_RULES = new Set(["framework-coverage", "level2-without-level3", "indicator-section", "level1-order"]);

describe("createForm (fake Excel)", () => {
  it("神木式: adds 新建绩效表 at the end, writes the form in 2 syncs, activates it; other sheets untouched", async () => {
    const wb = await loadSample("shenmu");
    const host = hostFor(wb);
    const before = snapshotFakeWorkbook(wb);
    const syncs = wb.syncCount;
    const r = await host.createForm(builder("policy-table"));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(wb.syncCount - syncs).toBe(2);
    expect(r.value).toEqual({ sheet: "新建绩效表", indicators: 9, rows: 25, cols: 7 });
    const after = snapshotFakeWorkbook(wb);
    expect(after.sheets.slice(0, -1)).toEqual(before.sheets); // every existing sheet exactly as it was
    expect(after.sheets.at(-1)!.name).toBe("新建绩效表");
    expect(wb.activeSheetName).toBe("新建绩效表");

    const s = wb.sheet("新建绩效表");
    expect(s.value("A1")).toBe("项目（政策）支出绩效表");
    expect(s.value("A3")).toBe("项目名称");
    expect(s.value("B3")).toBeNull(); // header fields left for the unit to fill
    expect(s.value("A16")).toBe("绩效指标");
    expect(s.value("D16")).toBe("三级指标");
    expect(s.value("B17")).toBe("产出指标");
    expect(s.value("C17")).toBe("数量指标");
    expect(s.value("D17")).toBe("检查定点医药机构数量");
    expect(s.value("F17")).toBe("≥（待填）家"); // text, not a formula or number
    expect(s.cell("F17")?.formula).toBeUndefined();
    const merges = s.merges.map(boxToA1);
    expect(merges).toEqual(expect.arrayContaining(["A1:G1", "A2:G2", "B3:C3", "A16:A25", "A11:A13"]));
    expect(merges).toHaveLength(29);
    expect(s.cell("A1")?.bold).toBe(true);
    expect(s.cell("D16")?.bold).toBe(true);
    expect(s.cell("D17")?.bold).toBeFalsy();
    expect(s.cell("D17")?.wrapText).toBe(true);
    expect(s.columnWidths.get(3)).toBe(24 * 7);
    // Thin lines round every cell from row 3 down (the title and year lines have none).
    expect(cellBorders(s, 0, 0)).toEqual([]);
    expect(cellBorders(s, 1, 3)).toEqual([]);
    expect(cellBorders(s, 2, 0)).toEqual(["bottom", "left", "right", "top"]);
    expect(cellBorders(s, 24, 6)).toEqual(["bottom", "left", "right", "top"]);
    expect(cellBorders(s, 25, 0)).toEqual([]);
    expect(cellBorders(s, 10, 7)).toEqual([]);
  });

  it("what is written reads back as the form, and a check of it finds the indicator table complete", async () => {
    for (const layout of ["policy-table", "declaration-form", "core-101-table"] as const) {
      const wb = await loadSample("wuhai");
      const host = hostFor(wb);
      const r = await host.createForm(builder(layout));
      expect(r.ok).toBe(true);
      const read = await host.readActiveSheet();
      expect(read.ok).toBe(true);
      if (!read.ok) continue;
      const form = builder(layout)("新建绩效表");
      expect(read.value.name).toBe("新建绩效表");
      const norm = (rows: readonly (readonly unknown[])[]) =>
        rows.map((row) => Array.from({ length: form.widths.length }, (_, c) => (row[c] ?? "") as unknown));
      expect(norm(read.value.values)).toEqual(norm(form.snapshot.values));
      const check = checkSheet(read.value);
      expect(check.forms).toHaveLength(1);
      expect(check.findings.filter((f) => INDICATOR_RULES.has(f.rule))).toEqual([]);
      // What is left is for the unit: the empty header fields and the （待填） values.
      expect(check.findings.length).toBeGreaterThan(0);
    }
  });

  it("a taken name gets (2), (3) … compared case-insensitively; the existing sheet is never changed", async () => {
    const wb = await loadSample("wuhai");
    wb.addSheet("新建绩效表").setValue("A1", "用户自己的表");
    const host = hostFor(wb);
    const r1 = await host.createForm(builder("policy-table"));
    const r2 = await host.createForm(builder("core-101-table"));
    expect(r1.ok && r1.value.sheet).toBe("新建绩效表 (2)");
    expect(r2.ok && r2.value.sheet).toBe("新建绩效表 (3)");
    expect(wb.sheet("新建绩效表").value("A1")).toBe("用户自己的表");
    expect(wb.sheet("新建绩效表 (3)").value("E16")).toBe("指标性质");
    expect(newFormSheetName(["Sheet1"])).toBe("新建绩效表");
    expect(newFormSheetName(["新建绩效表", "新建绩效表 (2)"])).toBe("新建绩效表 (3)");
    expect(newFormSheetName(["abc"], "ABC")).toBe("ABC (2)");
  });

  it("a batch failing part-way takes the new sheet away again (4 syncs): the workbook is exactly as before", async () => {
    const wb = await loadSample("shenmu");
    const host = hostFor(wb);
    host.capabilities(); // the host saw ExcelApi 1.18 …
    const before = snapshotFakeWorkbook(wb);
    const active = wb.activeSheetName;
    wb.apiVersion = "1.6"; // … now getRangeByIndexes (1.7) fails after add() (1.1) ran
    const syncs = wb.syncCount;
    const r = await host.createForm(builder("policy-table"));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(wb.syncCount - syncs).toBe(4);
    expect(wb.syncLog.at(-3)![0]).toBe("WorksheetCollection.add(新建绩效表)");
    // Decided by comparing names (the add() proxy is invalid after a failed batch in Office.js): list, then delete.
    expect(wb.syncLog.at(-2)).toEqual(["WorksheetCollection.load(items/name)"]);
    expect(wb.syncLog.at(-1)).toEqual(["Worksheet(新建绩效表).delete()"]);
    expect(snapshotFakeWorkbook(wb)).toEqual(before);
    expect(wb.activeSheetName).toBe(active);
  });

  it("a merge refused part-way (InvalidOperation): no half-written sheet stays, and no 'finish editing' advice (audit 3 N1, N6)", async () => {
    const wb = await loadSample("shenmu");
    expect(wb.addProxyAfterFailedSync).toBe("invalid"); // as Office.js: reusing add()'s proxy would throw
    const before = snapshotFakeWorkbook(wb);
    const proto = FakeRange.prototype as unknown as { merge: (...a: unknown[]) => void };
    const original = proto.merge;
    proto.merge = function (this: FakeRange) {
      (this as unknown as { queue: (l: string, f: () => void) => void }).queue("merge()", () => {
        throw new FakeExcelError("InvalidOperation", "The operation attempted is invalid on the object.");
      });
    };
    try {
      const r = await hostFor(wb).createForm(builder("policy-table"));
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).not.toBe("cell-edit-mode");
        expect(r.error.message).toContain("Excel 拒绝了这项操作");
        expect(r.error.message).not.toContain("结束单元格编辑");
      }
    } finally {
      proto.merge = original;
    }
    expect(snapshotFakeWorkbook(wb)).toEqual(before);
  });

  it("when add() itself is refused (the user took the name meanwhile), the user's sheet is not deleted", async () => {
    const wb = await loadSample("wuhai");
    const host = hostFor(wb);
    // `build` runs between the two syncs: the user adds a sheet of that very name just then.
    const r = await host.createForm((name) => {
      wb.addSheet(name).setValue("A1", "用户刚建的表");
      return builder("policy-table")(name);
    });
    expect(r.ok).toBe(false);
    expect(wb.sheet("新建绩效表").alive).toBe(true);
    expect(wb.sheet("新建绩效表").value("A1")).toBe("用户刚建的表");
    expect(wb.sheets.filter((s) => s.alive && s.name.startsWith("新建绩效表"))).toHaveLength(1);
  });

  it("in cell-edit mode: a zh-CN message and no new sheet", async () => {
    const wb = await loadSample("wuhai");
    const host = hostFor(wb);
    const before = snapshotFakeWorkbook(wb);
    wb.cellEditMode = true;
    const r = await host.createForm(builder("policy-table"));
    wb.cellEditMode = false;
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("cell-edit-mode");
    expect(snapshotFakeWorkbook(wb)).toEqual(before);
  });

  it("formValues: text gets an apostrophe (stored verbatim), blanks are empty strings, rows are full width", () => {
    const form = builder("policy-table")("x");
    const v = formValues(form);
    expect(v).toHaveLength(25);
    expect(v.every((row) => row.length === 7)).toBe(true);
    expect(v[0][0]).toBe("'项目（政策）支出绩效表");
    expect(v[2][1]).toBe("");
  });
});

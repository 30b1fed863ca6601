/** The fake ET object model itself: strict where WPS is (each case names the documented behaviour it follows). */
import { createFakeEt, EtFakeError, sheetOf } from "../../src/wpsFake/fakeEt";
import { bgrToHex, countOf, hexToBgr, readMatrix, read as readMember } from "../../src/wps/etApi";

/* eslint-disable @typescript-eslint/no-explicit-any -- the tests poke the fake's JS objects as WPS would hand them out */

function book(quirks = {}) {
  const fake = createFakeEt(quirks);
  const s = fake.app.workbook.addSheet("Sheet1");
  s.setValue(0, 0, "项目名称").setValue(0, 1, 12.5).setValue(1, 0, "合并");
  s.merges.push({ top: 1, left: 0, bottom: 1, right: 2 });
  s.cellRecord(0, 1).numberFormat = "0.00";
  return { fake, app: fake.Application as any, sheet: s };
}

describe("fake ET", () => {
  it("refuses members it does not have (a typo in the adapter fails here, as in WPS)", () => {
    const { app } = book();
    expect(() => app.ActiveSheet.Range("A1").Valeu2).toThrow(EtFakeError);
    expect(() => app.ActiveSheet.GetUsedRange()).toThrow(EtFakeError);
    expect(() => (app.ActiveSheet.Name = "a/b")).toThrow("无效的工作表名称");
  });

  it("counts every member access as a call into WPS", () => {
    const { fake, app } = book();
    const before = fake.app.calls;
    void app.ActiveSheet.Range("A1").Value2;
    expect(fake.app.calls - before).toBe(3); // ActiveSheet, Range, Value2
  });

  it("Range.Value2: a 2-D array for a block (or the Item(r,c) wrapper), the bare value for one cell, undefined when empty", () => {
    const { app } = book();
    expect(app.ActiveSheet.Range("A1:B2").Value2).toEqual([
      ["项目名称", 12.5],
      ["合并", undefined],
    ]);
    expect(app.ActiveSheet.Range("B1").Value2).toBe(12.5);
    const wrapped = book({ value2: "item-wrapper" }).app.ActiveSheet.Range("A1:B2").Value2;
    expect(Array.isArray(wrapped)).toBe(false);
    expect(readMatrix(wrapped, 2, 2)).toEqual([
      ["项目名称", 12.5],
      ["合并", undefined],
    ]);
  });

  it("Range.NumberFormat is null when the cells' formats differ; MergeCells/MergeArea; MergeArea only for one cell", () => {
    const { app } = book();
    expect(app.ActiveSheet.Range("B1").NumberFormat).toBe("0.00");
    expect(app.ActiveSheet.Range("A1:B1").NumberFormat).toBeNull();
    expect(app.ActiveSheet.Range("A1:C1").MergeCells).toBe(false);
    expect(app.ActiveSheet.Range("A1:C3").MergeCells).toBe(true);
    expect(readMember(app.ActiveSheet.Range("B2").MergeArea.Address)).toBe("$A$2:$C$2");
    expect(() => app.ActiveSheet.Range("A1:A2").MergeArea).toThrow("单个单元格");
  });

  it("Range.Address is a method (Range page) or a property (quirk); both read through etApi.read", () => {
    const m = book().app.ActiveSheet.Range("B2:C3");
    expect(typeof m.Address).toBe("function");
    expect(m.Address()).toBe("$B$2:$C$3");
    const p = book({ address: "property" }).app.ActiveSheet.Range("B2:C3");
    expect(p.Address).toBe("$B$2:$C$3");
    expect(readMember(m.Address, m)).toBe(readMember(p.Address, p));
  });

  it("FormatConditions.Add: StopIfTrue starts True (documented), at most 3 per range, colours are BGR", () => {
    const { app, fake } = book();
    const fc = app.ActiveSheet.Range("A1").FormatConditions.Add(2, undefined, "=TRUE");
    expect(fc.StopIfTrue).toBe(true);
    fc.Interior.Color = hexToBgr("#FFC7CE");
    expect(fc.Interior.Color).toBe(0xcec7ff);
    expect(bgrToHex(fc.Interior.Color)).toBe("#FFC7CE");
    app.ActiveSheet.Range("A1").FormatConditions.Add(2, undefined, "=TRUE");
    app.ActiveSheet.Range("A1:B1").FormatConditions.Add(2, undefined, "=TRUE");
    expect(() => app.ActiveSheet.Range("A1").FormatConditions.Add(2, undefined, "=TRUE")).toThrow("3 个条件格式");
    expect(countOf(app.ActiveSheet.Cells.FormatConditions)).toBe(3);
    expect(createFakeEt({ stopIfTrueDefault: false }).app.quirks.stopIfTrueDefault).toBe(false);
    expect(fake.app.quirks.maxConditionsPerRange).toBe(3);
  });

  it("comments: AddComment refuses a cell that has one; Text() is a method", () => {
    const { app } = book();
    const c = app.ActiveSheet.Range("C3").AddComment("说明");
    expect(c.Text()).toBe("说明");
    expect(() => app.ActiveSheet.Range("C3").AddComment("再一条")).toThrow("已有批注");
    expect(app.ActiveSheet.Range("C3").Comment.Text()).toBe("说明");
    expect(app.ActiveSheet.Range("C4").Comment).toBeNull();
  });

  it("Worksheet.Delete needs DisplayAlerts off (else WPS asks the user); Sheets.Add activates the new sheet", () => {
    const { app, fake } = book();
    const ws = app.ActiveWorkbook.Worksheets.Add();
    expect(fake.app.workbook.active?.name).toBe(ws.Name);
    expect(() => ws.Delete()).toThrow("确认对话框");
    app.DisplayAlerts = false;
    ws.Delete();
    expect(fake.app.workbook.live().map((s) => s.name)).toEqual(["Sheet1"]);
  });

  it("a protected sheet refuses changes; a string written to Value2 is parsed like typed input", () => {
    const { app, fake } = book();
    const r = app.ActiveSheet.Range("D1");
    r.Value2 = "'=3套";
    r.Value2 = r.Value2 === "=3套" ? "'50" : "x";
    expect(sheetOf(fake, "Sheet1").cellAt(0, 3)?.value).toBe("50");
    app.ActiveSheet.Range("D2").Value2 = "50";
    expect(sheetOf(fake, "Sheet1").cellAt(1, 3)?.value).toBe(50);
    sheetOf(fake, "Sheet1").protectContents = true;
    expect(() => (app.ActiveSheet.Range("D3").Value2 = "x")).toThrow("受保护");
  });
});

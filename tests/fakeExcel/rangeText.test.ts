/**
 * The fake's Range.text and Range.getIntersectionOrNullObject, as documented:
 * - Range.text: displayed text, independent of the column width; null above the cell limit like values
 *   (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-text-member).
 * - getIntersectionOrNullObject (ExcelApi 1.4): the rectangle both ranges cover, or a null object.
 */
import { fakeWorkbookFromGrids, run } from "../../src/fakeExcel/fakeExcel";

describe("fake Range.text", () => {
  it("is a grid of displayed texts, needs a load and a sync", async () => {
    const wb = fakeWorkbookFromGrids({ 表: [[0.98, "甲", null]] });
    wb.sheets[0].setNumberFormat("A1", '"≥"0%');
    await run(wb, async (context) => {
      const range = context.workbook.worksheets.getItem("表").getRange("A1:C1");
      range.load("text");
      expect(() => range.text).toThrow();
      await context.sync();
      expect(range.text).toEqual([["≥98%", "甲", ""]]);
    });
  });

  it("comes back null above the cell limit, like values", async () => {
    const wb = fakeWorkbookFromGrids({ 表: [[1, 2, 3]] });
    wb.valuesCellLimit = 2;
    await run(wb, async (context) => {
      const range = context.workbook.worksheets.getItem("表").getRange("A1:C1");
      range.load("text");
      await context.sync();
      expect(range.text).toBeNull();
    });
  });
});

describe("fake Range.getIntersectionOrNullObject", () => {
  it("gives the common rectangle, or a null object when there is none", async () => {
    const wb = fakeWorkbookFromGrids({ 表: [["x"]] });
    await run(wb, async (context) => {
      const sheet = context.workbook.worksheets.getItem("表");
      const both = sheet.getRange("A1:C3").getIntersectionOrNullObject(sheet.getRange("B2:D9"));
      const none = sheet.getRange("A1:B2").getIntersectionOrNullObject("D4:E5");
      both.load("address,rowIndex,columnIndex,rowCount,columnCount");
      none.load("address");
      await context.sync();
      expect(both.isNullObject).toBe(false);
      expect([both.address, both.rowIndex, both.columnIndex, both.rowCount, both.columnCount]).toEqual(["表!B2:C3", 1, 1, 2, 2]);
      expect(none.isNullObject).toBe(true);
    });
  });

  it("refuses ranges on two different sheets", async () => {
    const wb = fakeWorkbookFromGrids({ 甲: [["x"]], 乙: [["y"]] });
    await expect(
      run(wb, async (context) => {
        const a = context.workbook.worksheets.getItem("甲").getRange("A1:B2");
        const b = context.workbook.worksheets.getItem("乙").getRange("A1:B2");
        a.getIntersectionOrNullObject(b).load("address");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("needs ExcelApi 1.4", async () => {
    const wb = fakeWorkbookFromGrids({ 表: [["x"]] });
    wb.apiVersion = "1.3";
    await expect(
      run(wb, async (context) => {
        const sheet = context.workbook.worksheets.getItem("表");
        sheet.getRange("A1:B2").getIntersectionOrNullObject("A1").load("address");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

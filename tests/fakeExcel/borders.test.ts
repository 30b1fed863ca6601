/** RangeFormat.borders in the fake Excel (ExcelApi 1.1): edges and inside lines recorded per cell; bad input refused. */
import "../../src/fakeExcel/rowsAndMerges";
import { cellBorders } from "../../src/fakeExcel/borders";
import { FakeWorkbook, fakeExcelRun } from "../../src/fakeExcel/fakeExcel";

function book(): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet("S");
  return wb;
}

describe("fake RangeFormat.borders", () => {
  it("edges go round the range, inside lines between its cells; None takes a line away", async () => {
    const wb = book();
    await fakeExcelRun(wb)(async (context) => {
      const b = context.workbook.worksheets.getItem("S").getRange("B2:C3").format.borders;
      b.getItem("EdgeTop").style = "Continuous";
      b.getItem("EdgeLeft").style = "Continuous";
      b.getItem("InsideHorizontal").style = "Continuous";
      await context.sync();
      context.workbook.worksheets.getItem("S").getRange("B2:C3").format.borders.getItem("EdgeLeft").style = "None";
      await context.sync();
    });
    const s = wb.sheet("S");
    expect(cellBorders(s, 1, 1)).toEqual(["bottom", "top"]);
    expect(cellBorders(s, 2, 2)).toEqual(["top"]);
    expect(cellBorders(s, 0, 1)).toEqual([]);
  });

  it("refuses an unknown index or style (InvalidArgument) and a protected sheet (AccessDenied)", async () => {
    const wb = book();
    const run = fakeExcelRun(wb);
    await expect(
      run(async (context) => {
        context.workbook.worksheets
          .getItem("S")
          .getRange("A1")
          .format.borders.getItem("Around" as Excel.BorderIndex);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").format.borders.getItem("EdgeTop").style =
          "Thin" as Excel.BorderLineStyle;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    wb.sheet("S").protected = true;
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").format.borders.getItem("EdgeTop").style = "Continuous";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(cellBorders(wb.sheet("S"), 0, 0)).toEqual([]);
  });
});

/**
 * The fake's whole-row insert/delete, merge/unmerge and copyFrom(Formats) (src/fakeExcel/rowsAndMerges.ts),
 * each against what its Office documentation says.
 */
import "../../src/fakeExcel/rowsAndMerges";
import { FakeWorkbook, fakeExcelRun, snapshotFakeWorkbook } from "../../src/fakeExcel/fakeExcel";

function book(): FakeWorkbook {
  const wb = new FakeWorkbook();
  const s = wb.addSheet("表");
  s.setValue("A1", "标题").setValue("A2", "一级").setValue("B2", "x").setValue("B3", "y").setValue("B5", "z");
  s.merge("A2:A4").merge("C1:D1");
  s.setFill("B3", "#FFEEDD").setNumberFormat("B3", "0.00");
  s.addConditionalFormat({ address: "B2:B5", formula: "=TRUE", fill: "#00FF00" });
  s.addNote("B5", "批注");
  return wb;
}

describe("fake Excel: rows and merges", () => {
  it("insert(Down) of entire rows shifts cells, notes, merges and CF ranges; a merge spanning the row grows; formats come from the row above", async () => {
    const wb = book();
    const s = wb.sheet("表");
    await fakeExcelRun(wb)(async (ctx) => {
      ctx.workbook.worksheets
        .getItem("表")
        .getRange("4:5")
        .insert("Down" as Excel.InsertShiftDirection);
      await ctx.sync();
    });
    expect(s.value("B7")).toBe("z");
    expect(s.value("B3")).toBe("y");
    expect(s.note("B7")?.content).toBe("批注");
    expect(s.merges.map((m) => [m.top, m.bottom])).toEqual([
      [1, 5],
      [0, 0],
    ]); // A2:A4 → A2:A6 (row 4 was inside)
    expect(s.conditionalFormats[0].box).toMatchObject({ top: 1, bottom: 6 });
    expect(s.cell("B4")).toMatchObject({ value: null, fill: "#FFEEDD", numberFormat: "0.00" });
  });

  it("delete(Up) undoes an insert exactly", async () => {
    const wb = book();
    const before = snapshotFakeWorkbook(wb);
    await fakeExcelRun(wb)(async (ctx) => {
      const sh = ctx.workbook.worksheets.getItem("表");
      sh.getRange("4:5").insert("Down" as Excel.InsertShiftDirection);
      sh.getRange("4:5").delete("Up" as Excel.DeleteShiftDirection);
      await ctx.sync();
    });
    expect(snapshotFakeWorkbook(wb)).toEqual(before);
  });

  it("merge keeps only the top-left value and refuses to overlap a merged area; unmerge splits", async () => {
    const wb = book();
    const s = wb.sheet("表");
    const run = fakeExcelRun(wb);
    await run(async (ctx) => {
      ctx.workbook.worksheets.getItem("表").getRange("B2:B3").merge(false);
      await ctx.sync();
    });
    expect([s.value("B2"), s.value("B3")]).toEqual(["x", null]);
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem("表").getRange("A3:B3").merge(false);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    await run(async (ctx) => {
      ctx.workbook.worksheets.getItem("表").getRange("A1:B9").unmerge();
      await ctx.sync();
    });
    expect(s.merges.map((m) => [m.top, m.left, m.bottom, m.right])).toEqual([[0, 2, 0, 3]]);
  });

  it("copyFrom(Formats) needs ExcelApi 1.9 and repeats the source over the target; a protected sheet refuses inserts", async () => {
    const wb = book();
    const s = wb.sheet("表");
    await fakeExcelRun(wb)(async (ctx) => {
      const sh = ctx.workbook.worksheets.getItem("表");
      sh.getRange("7:8").copyFrom(sh.getRange("3:3"), "Formats" as Excel.RangeCopyType);
      await ctx.sync();
    });
    expect([s.cell("B7")?.fill, s.cell("B8")?.fill]).toEqual(["#FFEEDD", "#FFEEDD"]);
    wb.apiVersion = "1.8";
    await expect(
      fakeExcelRun(wb)(async (ctx) => {
        const sh = ctx.workbook.worksheets.getItem("表");
        sh.getRange("9:9").copyFrom(sh.getRange("3:3"), "Formats" as Excel.RangeCopyType);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    s.protected = true;
    await expect(
      fakeExcelRun(wb)(async (ctx) => {
        ctx.workbook.worksheets
          .getItem("表")
          .getRange("2:2")
          .insert("Down" as Excel.InsertShiftDirection);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });
});

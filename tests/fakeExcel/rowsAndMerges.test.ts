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

  it("borders move with their rows, new rows take the row above's, and delete(Up) takes them back", async () => {
    const wb = book();
    const s = wb.sheet("表");
    s.borderLines.set("2,1", new Set(["top", "bottom"] as const)).set("5,1", new Set(["left"] as const));
    const before = snapshotFakeWorkbook(wb);
    expect(before.sheets[0].borders).toEqual({ B3: "bottom,top", B6: "left" });
    const run = fakeExcelRun(wb);
    await run(async (ctx) => {
      ctx.workbook.worksheets
        .getItem("表")
        .getRange("4:5")
        .insert("Down" as Excel.InsertShiftDirection);
      await ctx.sync();
    });
    expect(snapshotFakeWorkbook(wb).sheets[0].borders).toEqual({
      B3: "bottom,top",
      B4: "bottom,top",
      B5: "bottom,top",
      B8: "left",
    });
    await run(async (ctx) => {
      ctx.workbook.worksheets
        .getItem("表")
        .getRange("4:5")
        .delete("Up" as Excel.DeleteShiftDirection);
      await ctx.sync();
    });
    expect(snapshotFakeWorkbook(wb)).toEqual(before);
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

  describe("copyFrom(Formats) carries merged areas and conditional formats, as Paste Special › Formats (audit 3 L6)", () => {
    const a1 = (b: { top: number; left: number; bottom: number; right: number }) => `${b.top},${b.left}:${b.bottom},${b.right}`;
    function styled(): FakeWorkbook {
      const wb = new FakeWorkbook();
      const s = wb.addSheet("表");
      s.setValue("A1", "源").merge("B1:C1").setFill("A1", "#123456");
      s.addConditionalFormat({ address: "A1:D1", formula: "=TRUE", fill: "#FF0000" }); // the source row's rule
      s.addConditionalFormat({ address: "A3:D8", formula: "=FALSE", fill: "#00FF00" }); // a rule the target cuts
      s.merge("E5:F5"); // a merge of the target, replaced
      return wb;
    }
    const paste = (wb: FakeWorkbook, target: string, source = "1:1") =>
      fakeExcelRun(wb)(async (ctx) => {
        const sh = ctx.workbook.worksheets.getItem("表");
        sh.getRange(target).copyFrom(sh.getRange(source), "Formats" as Excel.RangeCopyType);
        await ctx.sync();
      });

    it("pastes the source's merges and rules over the target; the target's merges and other rules give way there", async () => {
      const wb = styled();
      const s = wb.sheet("表");
      await paste(wb, "5:6");
      expect(s.cell("A5")?.fill).toBe("#123456");
      expect(s.merges.map(a1).sort()).toEqual(["0,1:0,2", "4,1:4,2", "5,1:5,2"]); // B1:C1, B5:C5, B6:C6; E5:F5 gone
      const rules = s.conditionalFormats.map((cf) => `${cf.fill} ${a1(cf.box)}`);
      expect(rules).toEqual([
        "#00FF00 2,0:3,3", // A3:D8 cut by rows 5-6: A3:D4 …
        "#00FF00 6,0:7,3", // … and A7:D8 (split in two, as Excel fragments rules)
        "#FF0000 0,0:0,3",
        "#FF0000 4,0:5,3", // the source's rule, copied over A5:D6 just below it in priority
      ]);
    });

    it("extends the source's rule where that keeps one rectangle (the next rows)", async () => {
      const wb = styled();
      await paste(wb, "2:2");
      expect(
        wb
          .sheet("表")
          .conditionalFormats.filter((cf) => cf.fill === "#FF0000")
          .map((cf) => a1(cf.box)),
      ).toEqual(["0,0:1,3"]);
    });

    it("refuses to paste onto part of a merged area, changing nothing; the switch 'cells' copies the cells' formats only", async () => {
      const wb = styled();
      wb.sheet("表").merge("H4:H6");
      const before = snapshotFakeWorkbook(wb);
      await expect(paste(wb, "5:6")).rejects.toMatchObject({ code: "InvalidOperation" });
      expect(snapshotFakeWorkbook(wb)).toEqual(before);
      const old = styled();
      old.copyFormatsCarries = "cells";
      await paste(old, "5:6");
      expect(old.sheet("表").merges.map(a1).sort()).toEqual(["0,1:0,2", "4,4:4,5"]);
      expect(old.sheet("表").conditionalFormats).toHaveLength(2);
      expect(old.sheet("表").cell("A6")?.fill).toBe("#123456");
    });
  });
});

import path from "node:path";
import ExcelJS from "exceljs";
import { SheetSnapshotSchema, type SheetSnapshot } from "../../src/core/snapshot";
import { formatDate, readWorkbookSnapshots, toCellValue, worksheetToSnapshot } from "../../src/cli/readWorkbookSnapshots";
import { SHENMU, WUHAI, makeTempDir } from "./helpers";

/** Value at a sheet cell (0-based sheet coordinates), or null outside the grid. */
function at(s: SheetSnapshot, row: number, col: number) {
  return s.values[row - s.origin.row]?.[col - s.origin.col] ?? null;
}

describe("readWorkbookSnapshots.ts", () => {
  describe("readWorkbookSnapshots", () => {
    it("reads the six 神木 sheets with title, budget number and merges", async () => {
      const sheets = await readWorkbookSnapshots(SHENMU);
      expect(sheets.map((s) => s.name)).toEqual([
        "系统升级维护费",
        "药品及耗材集中采购工作经费",
        "退休职工医疗保险缴费",
        "退休职工医保费代缴代理费",
        "免费医疗工作经费",
        "制卡费",
      ]);
      for (const s of sheets) expect(SheetSnapshotSchema.safeParse(s).success).toBe(true);
      const first = sheets[0];
      expect(first.origin).toEqual({ row: 0, col: 0 });
      expect(at(first, 0, 0)).toBe("项目（政策）支出绩效表"); // A1
      expect(at(first, 4, 1)).toBe(50); // B5
      expect(at(first, 2, 1)).toBe("系统升级维护费"); // B3
      expect(first.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 6 }); // A1:G1
      expect(first.merges).toContainEqual({ top: 4, left: 1, bottom: 4, right: 2 }); // B5:C5
      expect(first.merges).toHaveLength(41);
      // A merged cell other than its master is empty (C5 is covered by B5:C5).
      expect(at(first, 4, 2)).toBeNull();
      // 7 columns A–G; 24 header rows + 10 indicator rows.
      expect(first.values).toHaveLength(34);
      expect(Math.max(...first.values.map((r) => r.length))).toBe(7);
    });

    it("reads the six 乌海 sheets with their titles and merge counts", async () => {
      const sheets = await readWorkbookSnapshots(WUHAI);
      expect(sheets).toHaveLength(6);
      expect(sheets[0].name).toBe("反欺诈专项经费");
      expect(at(sheets[0], 0, 0)).toBe("财政预算支出绩效目标申报表");
      expect(at(sheets[2], 0, 0)).toBe("项目支出绩效目标申报表");
      expect(sheets.map((s) => s.merges.length)).toEqual([58, 54, 50, 56, 54, 54]);
      expect(sheets[0].merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 7 }); // A1:H1
      // 项目资金总额 is a number (B13 on sheet 1).
      expect(at(sheets[0], 12, 1)).toBe(15);
    });

    it("throws on a missing file", async () => {
      await expect(readWorkbookSnapshots(path.join(__dirname, "does-not-exist.xlsx"))).rejects.toThrow();
    });
  });

  describe("worksheetToSnapshot", () => {
    let tmp: ReturnType<typeof makeTempDir>;
    let sheets: SheetSnapshot[];

    beforeAll(async () => {
      tmp = makeTempDir();
      const wb = new ExcelJS.Workbook();
      const odd = wb.addWorksheet("odd");
      odd.getCell("A1").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
      odd.getCell("B1").value = { formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue;
      odd.getCell("C1").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
      odd.getCell("D1").value = { richText: [{ text: "富" }, { text: "文本" }] };
      odd.getCell("E1").value = new Date(Date.UTC(2021, 0, 15));
      odd.getCell("F1").value = { text: "链接", hyperlink: "https://example.com/" };
      odd.getCell("G1").value = true;
      odd.getCell("A2").value = { formula: "Z99" } as ExcelJS.CellFormulaValue; // no cached result
      odd.getCell("C3").value = "合并";
      odd.mergeCells("C3:D4");
      const offset = wb.addWorksheet("offset");
      offset.getCell("C3").value = "左上";
      offset.getCell("E6").value = 7;
      wb.addWorksheet("empty");
      const mergesOnly = wb.addWorksheet("merges-only");
      mergesOnly.mergeCells("B2:C2");
      const file = path.join(tmp.dir, "odd.xlsx");
      await wb.xlsx.writeFile(file);
      sheets = await readWorkbookSnapshots(file);
    });
    afterAll(() => tmp.cleanup());

    it("turns error cells, formulas, rich text, dates, hyperlinks and booleans into plain values", () => {
      const odd = sheets.find((s) => s.name === "odd")!;
      expect(SheetSnapshotSchema.safeParse(odd).success).toBe(true);
      expect(at(odd, 0, 0)).toBe("#REF!");
      expect(at(odd, 0, 1)).toBe(2);
      expect(at(odd, 0, 2)).toBe("#DIV/0!");
      expect(at(odd, 0, 3)).toBe("富文本");
      expect(at(odd, 0, 4)).toBe("2021-01-15");
      expect(at(odd, 0, 5)).toBe("链接");
      expect(at(odd, 0, 6)).toBe(true);
      expect(at(odd, 1, 0)).toBeNull();
    });

    it("keeps merged areas in sheet coordinates and empties the covered cells", () => {
      const odd = sheets.find((s) => s.name === "odd")!;
      expect(odd.merges).toEqual([{ top: 2, left: 2, bottom: 3, right: 3 }]);
      expect(at(odd, 2, 2)).toBe("合并");
      expect(at(odd, 2, 3)).toBeNull();
      expect(at(odd, 3, 2)).toBeNull();
    });

    it("sets the origin to the top-left of the used range", () => {
      const offset = sheets.find((s) => s.name === "offset")!;
      expect(offset.origin).toEqual({ row: 2, col: 2 });
      expect(offset.values[0][0]).toBe("左上");
      expect(at(offset, 5, 4)).toBe(7);
      expect(offset.values).toHaveLength(4);
      expect(offset.values[0]).toHaveLength(3);
    });

    it("gives an empty grid for an empty sheet", () => {
      const empty = sheets.find((s) => s.name === "empty")!;
      expect(empty).toEqual({ name: "empty", origin: { row: 0, col: 0 }, values: [], merges: [] });
      const mergesOnly = sheets.find((s) => s.name === "merges-only")!;
      expect(mergesOnly.values).toEqual([]);
      expect(mergesOnly.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
    });

    it("never throws on a worksheet whose cells cannot be iterated", () => {
      const broken = {
        name: "broken",
        eachRow: () => {
          throw new Error("boom");
        },
      } as unknown as ExcelJS.Worksheet;
      expect(worksheetToSnapshot(broken)).toEqual({ name: "broken", origin: { row: 0, col: 0 }, values: [], merges: [] });
    });
  });

  describe("toCellValue", () => {
    it.each([
      [null, null],
      [undefined, null],
      ["", null],
      ["文本", "文本"],
      [12.5, 12.5],
      [Number.NaN, null],
      [Number.POSITIVE_INFINITY, null],
      [false, false],
      [{ error: "#N/A" }, "#N/A"],
      [{ sharedFormula: "A1", result: 3 }, 3],
      [{ formula: "A1", result: { richText: [{ text: "a" }, { text: "b" }] } }, "ab"],
      [{ text: { richText: [{ text: "链" }, { text: "接" }] }, hyperlink: "x" }, "链接"],
      [{ richText: [{ text: "a" }, null, { font: {} }, { text: 1 }] }, "a1"],
      [{ richText: [] }, null],
      [{}, null],
      [{ unknown: 1 }, null],
      [[1, 2], null],
      [() => 1, null],
      [Symbol("s"), null],
    ])("converts %p to %p", (raw, expected) => {
      expect(toCellValue(raw)).toEqual(expected);
    });

    it("stops on deeply nested results", () => {
      let v: unknown = 1;
      for (let i = 0; i < 20; i++) v = { formula: "A1", result: v };
      expect(toCellValue(v)).toBeNull();
    });
  });

  describe("formatDate", () => {
    it("formats UTC dates as YYYY-MM-DD and rejects invalid dates", () => {
      expect(formatDate(new Date(Date.UTC(2021, 11, 31)))).toBe("2021-12-31");
      expect(formatDate(new Date(Number.NaN))).toBeNull();
    });
  });
});

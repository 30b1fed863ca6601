/** The bounds scan made before any spreadsheet library builds a sheet (src/core/xlsxBounds). */
import { boundSheetXml, scanSheetXml, worksheetParts } from "../../src/core/xlsxBounds";
import { loadFakeWorkbookFromXlsx, readNotesOf } from "../../src/fakeExcel/loadFakeWorkbookFromXlsx";
import { miniXlsx } from "../fixtures/hostile/generate";

const sheet = (cells: string, tail = "") =>
  `<worksheet xmlns="x"><dimension ref="A1:XFD1048576"/><sheetData>${cells}</sheetData>${tail}</worksheet>`;

describe("scanSheetXml", () => {
  it("counts cells and rows, the used area, the dimension, merges and repeated references", () => {
    const s = scanSheetXml(
      sheet(
        '<row r="2"><c r="B2"><v>1</v></c><c r="D2" t="s"/><c r="B2"/></row><row r="2"><c r="A2"/></row><x:row r="9"><x:c r="C9"/></x:row>',
        '<mergeCells><mergeCell ref="A1:C3"/></mergeCells>',
      ),
    );
    expect(s).toMatchObject({
      cells: 5,
      rows: 3,
      dimension: "A1:XFD1048576",
      used: { top: 2, left: 1, bottom: 9, right: 4 },
      mergedCells: 9,
    });
    expect(s.repeated).toBe(3); // B2 again, row 2 again, A2 after D2
    expect(s.firstRepeated).toBe("B2");
  });
  it("does not take <col>, <cfRule> or <rowBreaks> for cells or rows", () => {
    expect(scanSheetXml('<cols><col min="1" max="16384"/></cols><rowBreaks/><cfRule type="x"/>')).toMatchObject({
      cells: 0,
      rows: 0,
    });
  });
});

describe("boundSheetXml", () => {
  it("drops a merged area wholly outside the cells and clips one that reaches far beyond them", () => {
    const b = boundSheetXml(
      sheet(
        '<row r="1"><c r="A1"/><c r="C5"/></row>',
        '<mergeCells count="2"><mergeCell ref="A2:XFD1048576"/><mergeCell ref="A7:B9"/></mergeCells>',
      ),
    );
    expect(b.refused).toBeUndefined();
    expect(b.xml).toContain('<mergeCell ref="A2:C5"/>');
    expect(b.xml).toContain('<mergeCell ref="A7:B9"/>');
    expect(b.notes[0]).toContain("合并单元格 A2:XFD1048576（17,179,852,800 个单元格）远超表格内容，只按有内容的部分 A2:C5 读取");
    const gone = boundSheetXml(
      sheet('<row r="1"><c r="A1"/></row>', '<mergeCells count="1"><mergeCell ref="A2:XFD1048576"/></mergeCells>'),
    );
    expect(gone.xml).not.toContain("mergeCell");
    expect(gone.notes[0]).toContain("在表格内容之外，已忽略");
  });
  it("refuses a sheet over the cell cap with the numbers, and leaves small sheets untouched", () => {
    const caps = { maxCells: 3, maxRows: 10, maxMergedCells: 100, maxMerges: 10, clipMergeAbove: 50 };
    const b = boundSheetXml(sheet('<row r="1"><c r="A1"/><c r="A1"/><c r="A1"/><c r="A1"/><c r="A1"/></row>'), caps);
    expect(b.refused).toBe(
      "太大，未检查：工作表有超过 3 个单元格（其中 2 个是重复或倒序的单元格引用，首个 A1），超过上限 3；请拆分后再检查",
    );
    expect(b.xml).not.toContain("<c ");
    const ok = sheet('<row r="1"><c r="A1"/></row>');
    expect(boundSheetXml(ok, caps)).toMatchObject({ changed: false, xml: ok, notes: [] });
  });
});

it("worksheetParts maps names (entities decoded) to parts through the relationships", () => {
  expect(
    worksheetParts(
      '<workbook><sheets><sheet name="A&amp;B&#10;C" sheetId="1" r:id="rId2"/></sheets></workbook>',
      '<Relationships><Relationship Id="rId2" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
  ).toEqual([{ name: "A&B\nC", part: "xl/worksheets/sheet1.xml" }]);
});

it("the playground loader bounds the merge bomb the same way (bytes in, no crash, the reason kept)", async () => {
  const bytes = miniXlsx([
    {
      name: "S",
      cells: { A1: "项目名称", B1: "x" },
      tail: '<mergeCells count="1"><mergeCell ref="A2:XFD1048576"/></mergeCells>',
    },
  ]);
  const book = await loadFakeWorkbookFromXlsx(new Uint8Array(bytes));
  expect(readNotesOf(book)!.notes.get("S")![0]).toContain("A2:XFD1048576");
});

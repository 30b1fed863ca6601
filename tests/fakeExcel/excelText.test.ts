/**
 * The fake's Range.text renderer against the texts Excel displays for Microsoft's documented format-code examples
 * (src/fakeExcel/excelText.ts cites each page). Independent of the engine's renderer (audit 3 L8).
 */
import { EXCEL_RENDERED, excelDisplayText } from "../../src/fakeExcel/excelText";
import { fakeWorkbookFromGrids, run } from "../../src/fakeExcel/fakeExcel";

describe("excelDisplayText: Excel's documented examples", () => {
  it.each(EXCEL_RENDERED.map((e) => [e.format, e.value, e.text, e.source] as const))(
    "%s on %p shows %p (%s)",
    (format, value, text) => {
      expect(excelDisplayText(value, format)).toBe(text);
    },
  );
});

describe("fake Range.text source switch", () => {
  it("excel (default) renders from the documented rules; engine (old) uses the engine's renderer", async () => {
    const wb = fakeWorkbookFromGrids({ 表: [[12200000]] });
    wb.sheets[0].setNumberFormat("A1", "0.0,,");
    const read = () =>
      run(wb, async (context) => {
        const r = context.workbook.worksheets.getItem("表").getRange("A1");
        r.load("text");
        await context.sync();
        return r.text[0][0];
      });
    expect(wb.rangeTextSource).toBe("excel");
    expect(await read()).toBe("12.2");
    wb.rangeTextSource = "engine";
    expect(typeof (await read())).toBe("string");
  });
});

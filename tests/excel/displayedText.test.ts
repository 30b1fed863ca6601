/**
 * Formatted numbers are checked as displayed, in the add-in (issue 8): the read batch loads Range.text, the fake
 * renders it as Excel documents it, and a number 0.98 formatted `"≥"0%` is checked exactly like the text "≥98%".
 */
import { runCheck } from "../../src/excel/runCheck";
import { shownTexts } from "../../src/excel/readSheet";
import { fakeExcelRun, fakeWorkbookFromGrids, type FakeWorkbook } from "../../src/fakeExcel/fakeExcel";
import { hostFor, loadSample } from "./helpers";

async function textOf(fake: FakeWorkbook, address: string): Promise<string> {
  return fakeExcelRun(fake)(async (context) => {
    const range = context.workbook.worksheets.getActiveWorksheet().getRange(address);
    range.load("text");
    await context.sync();
    return range.text[0][0];
  });
}

describe("fake Range.text (displayed text, independent of column width)", () => {
  it.each<[string | number | boolean, string | undefined, string]>([
    [0.98, undefined, "0.98"],
    [3, "General", "3"],
    [-2.5, undefined, "-2.5"],
    [0.98, "0%", "98%"],
    [0.98, '"≥"0%', "≥98%"],
    [0.055, "0.0%", "5.5%"],
    [1234.5, "0.00", "1234.50"],
    [1234.5, "#,##0.00", "1,234.50"],
    [12, '0"套"', "12套"],
    [45000, "yyyy-mm-dd", "2023-03-15"],
    [45000, "yyyy/m/d", "2023/3/15"],
    [45000, 'yyyy"年"m"月"d"日"', "2023年3月15日"],
    [45000, "[$-804]yyyy年m月d日", "2023年3月15日"],
    [45000.5, "yyyy-mm-dd hh:mm", "2023-03-15 12:00"],
    ["达标", undefined, "达标"],
    [true, undefined, "TRUE"],
  ])("%p under %p shows %p", async (value, format, shown) => {
    const fake = fakeWorkbookFromGrids({ 表: [[value]] });
    if (format) fake.sheets[0].setNumberFormat("A1", format);
    expect(await textOf(fake, "A1")).toBe(shown);
  });

  it("an empty cell shows an empty string", async () => {
    const fake = fakeWorkbookFromGrids({ 表: [["x"]] });
    expect(await textOf(fake, "B2")).toBe("");
  });
});

describe("shownTexts (which displayed texts the snapshot carries)", () => {
  it("keeps a text only where a non-General, non-date format changes what is shown", () => {
    const values = [[0.98, 0.98, "2023-03-15", 5, "甲"]];
    const text = [["≥98%", "0.98", "2023/3/15", "5", "甲"]];
    const formats = [['"≥"0%', "General", "yyyy/m/d", "0", "@"]];
    expect(shownTexts(values, text, formats)).toEqual([["≥98%", null, null, null, null]]);
  });

  it("renders value + number format itself when Excel gave no text", () => {
    expect(shownTexts([[0.98]], undefined, [['"≥"0%']])).toEqual([["≥98%"]]);
    expect(shownTexts([[0.98]], undefined, [["General"]])).toBeNull();
  });
});

describe('runCheck on the fake: 0.98 formatted "≥"0% is checked as ≥98%', () => {
  const SHEET = "系统升级维护费";
  const CELL = "F33"; // 指标值 "≥98%" in the shenmu sample (row 33, column F)

  async function check(edit: (fake: FakeWorkbook) => void) {
    const fake = await loadSample("shenmu");
    fake.activate(SHEET);
    edit(fake);
    const before = fake.syncCount;
    const out = await runCheck(hostFor(fake));
    return { out, syncs: fake.syncCount - before };
  }

  it("gets exactly the findings of the text ≥98%, in 2 syncs, and never suggests ≥0.98", async () => {
    const asText = await check((fake) => expect(fake.activeSheet!.value(CELL)).toBe("≥98%"));
    const asNumber = await check((fake) => fake.activeSheet!.setValue(CELL, 0.98).setNumberFormat(CELL, '"≥"0%'));
    expect(asNumber.out.errors).toEqual([]);
    expect(asNumber.out.result?.recognized).toBe(true);
    expect(asNumber.out.snapshot?.texts?.[32 - asNumber.out.snapshot.origin.row]?.[5 - asNumber.out.snapshot.origin.col]).toBe(
      "≥98%",
    );
    expect(asNumber.out.result?.findings).toEqual(asText.out.result?.findings);
    expect(asNumber.syncs).toBe(2);
    for (const f of asNumber.out.result?.findings ?? []) expect(f.suggestion ?? "").not.toContain("0.98");
  });

  it("the same number under General is checked as 0.98 (so the test above is not vacuous)", async () => {
    const asText = await check(() => undefined);
    const general = await check((fake) => fake.activeSheet!.setValue(CELL, 0.98));
    expect(general.out.snapshot?.texts).toBeUndefined();
    const onCell = (general.out.result?.findings ?? []).filter((f) => f.cell === CELL);
    expect(onCell.length).toBeGreaterThan(0);
    expect(general.out.result?.findings).not.toEqual(asText.out.result?.findings);
  });
});

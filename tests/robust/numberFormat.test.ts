import { displayText, formatNumber, formatText, generalNumber, isDateTimeFormat } from "../../src/cli/numberFormat";

describe("numberFormat: what Excel displays for a formatted number", () => {
  it.each([
    [0.98, '"≥"0%', "≥98%"],
    [0.985, "0%", "99%"],
    [0.5, "0.0%", "50.0%"],
    [1234.5, "#,##0.00", "1,234.50"],
    [12, '0"套"', "12套"],
    [3, '"≥"0"人"', "≥3人"],
    [100, '"≤"0"元"', "≤100元"],
    [-3, "0;(0)", "(3)"],
    [0, '0;-0;"-"', "-"],
    [1.005, "0.00", "1.01"],
    [2.5, "0.##", "2.5"],
    [1234567, '#,##0,"千"', "1,235千"],
    [5, "[Red]0", "5"],
    [5, "[$¥-804]#,##0.00", "¥5.00"],
    [-0.3, "0.00%;[Red]-0.00%", "-30.00%"],
    [-2, "0.0", "-2.0"],
    [7, "000", "007"],
  ])("%p under %p shows %p", (value, code, shown) => {
    expect(formatNumber(value, code)).toBe(shown);
  });

  it.each([
    [45000, "yyyy-mm-dd"],
    [0.5, "h:mm"],
    [1.5, "# ?/?"],
    [12345, "0.00E+00"],
    [5, "[>=100]0;0"],
    [5551234, "000-0000"],
  ])("does not guess %p under %p (null → the caller keeps the value)", (value, code) => {
    expect(formatNumber(value, code)).toBeNull();
  });

  it("leaves General and empty codes to the value", () => {
    expect(formatNumber(0.98, "General")).toBeNull();
    expect(formatNumber(0.98, "")).toBeNull();
    expect(formatNumber(0.98, undefined)).toBeNull();
    expect(generalNumber(1 / 3)).toBe("0.33333333333");
  });

  it("renders text under a text section", () => {
    expect(formatText("98", '"≥"@')).toBe("≥98");
    expect(formatText("x", '0;0;0;"["@"]"')).toBe("[x]");
    expect(formatText("x", "@")).toBeNull();
    expect(formatText("x", "0.00")).toBeNull();
  });
});

describe("numberFormat: codes a Chinese Excel saves (fifteenth session)", () => {
  it.each([
    [300, 'G/通用格式"人"', "300人"],
    [300, '"≥"G/通用格式"人次"', "≥300人次"],
    [12.5, "G/通用格式", "12.5"],
    [-3, 'G/通用格式"天"', "-3天"],
    [3, "[DBNum1][$-804]G/通用格式", "3"],
  ])("%p under %p shows %p (G/通用格式 is General; a digit style keeps Arabic digits)", (value, code, shown) => {
    expect(displayText(value, code)).toBe(shown);
  });

  it.each([
    [44530, "[$-F800]dddd, mmmm dd, yyyy", "2021年11月30日"],
    [44530, '[DBNum1][$-804]yyyy"年"m"月"d"日"', "2021年11月30日"],
    [44530, 'yyyy"年"m"月"', "2021年11月"],
  ])("the date %p under %p shows %p (the system's long date; a digit style keeps Arabic digits)", (value, code, shown) => {
    expect(isDateTimeFormat(code)).toBe(true);
    expect(displayText(value, code)).toBe(shown);
  });

  it("G/通用格式 with a unit is no date format", () => {
    expect(isDateTimeFormat('G/通用格式"人"')).toBe(false);
  });
});

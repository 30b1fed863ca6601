import { formatNumber, formatText, generalNumber } from "../../src/cli/numberFormat";

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

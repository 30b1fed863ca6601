import {
  cleanFloat,
  findNumbers,
  formatNumber,
  parseChineseNumber,
  parseChineseNumerals,
  readNumberAt,
} from "../../../src/core/parse/number";

describe("number.ts", () => {
  describe("parseChineseNumber", () => {
    it.each<[string, number]>([
      ["2.5万", 25000],
      ["1,850", 1850],
      ["１８５０", 1850],
      ["１，８５０", 1850],
      ["3千", 3000],
      ["1.2亿", 120000000],
      ["3千万", 30000000],
      [" 185 ", 185],
      ["0.025", 0.025],
      [".5", 0.5],
      ["-3", -3],
      ["12,000.5", 12000.5],
      ["三", 3],
      ["十二", 12],
      ["两千五百", 2500],
      ["一万二千", 12000],
    ])("reads %j as %d", (text, expected) => {
      expect(parseChineseNumber(text)).toBe(expected);
    });

    it.each(["", "   ", "万", "千", "abc", "3套", "2.5万元", "98%", "1.2.3", "12,34"])("returns null for %j", (text) => {
      expect(parseChineseNumber(text)).toBeNull();
    });

    it("does not carry float noise into the result", () => {
      expect(parseChineseNumber("1.1万")).toBe(11000);
      expect(parseChineseNumber("0.07万")).toBe(700);
    });
  });

  describe("parseChineseNumerals", () => {
    it.each<[string, number]>([
      ["零", 0],
      ["九", 9],
      ["十", 10],
      ["二十", 20],
      ["一百零五", 105],
      ["十万", 100000],
      ["一亿二千万", 120000000],
    ])("reads %j as %d", (text, expected) => {
      expect(parseChineseNumerals(text)).toBe(expected);
    });

    it.each(["", "万", "百", "3", "三套"])("returns null for %j", (text) => {
      expect(parseChineseNumerals(text)).toBeNull();
    });
  });

  describe("findNumbers", () => {
    it("finds every number with its position", () => {
      expect(findNumbers("人均3000元*0.025*1,850人")).toEqual([
        { value: 3000, text: "3000", start: 2, end: 6 },
        { value: 0.025, text: "0.025", start: 8, end: 13 },
        { value: 1850, text: "1,850", start: 14, end: 19 },
      ]);
    });

    it("does not join numbers across a list comma", () => {
      expect(findNumbers("30,20").map((n) => n.value)).toEqual([30, 20]);
    });

    it("returns [] when there is no digit", () => {
      expect(findNumbers("有效保障")).toEqual([]);
    });
  });

  describe("readNumberAt", () => {
    it("reads the number starting at the index", () => {
      expect(readNumberAt("≥98.5%", 1)).toEqual({ value: 98.5, text: "98.5", start: 1, end: 5 });
    });

    it("returns null when no digit starts there", () => {
      expect(readNumberAt("≥98%", 0)).toBeNull();
    });
  });

  describe("formatNumber / cleanFloat", () => {
    it.each<[number, string]>([
      [0.1 + 0.2, "0.3"],
      [25000, "25000"],
      [0.018, "0.018"],
      [184.26000000000002, "184.26"],
    ])("formats %d as %s", (n, expected) => {
      expect(formatNumber(n)).toBe(expected);
    });

    it("cleanFloat removes float noise", () => {
      expect(cleanFloat(3000 * 0.025 * 12)).toBe(900);
    });
  });
});

import {
  compareWithPeriod,
  isSingleYearPeriod,
  parseImplementationPeriod,
  periodYears,
} from "../../../src/core/parse/implementationPeriod";
import type { DateParts } from "../../../src/core/model/form";

const d = (year: number, month: number, day: number | null = null): DateParts => ({ year, month, day });

describe("implementationPeriod.ts", () => {
  describe("parseImplementationPeriod", () => {
    it.each<[string, DateParts | null, DateParts | null]>([
      ["2021.01.01-2021.12.31", d(2021, 1, 1), d(2021, 12, 31)],
      ["2021-01至2021-12", d(2021, 1), d(2021, 12)],
      ["2021年1月-2021年12月", d(2021, 1), d(2021, 12)],
      ["2021.01-2021.12", d(2021, 1), d(2021, 12)],
      ["2021年", d(2021, 1), d(2021, 12)],
      ["2021年1月1日至2021年12月31日", d(2021, 1, 1), d(2021, 12, 31)],
      ["2021年1月1日 至 2021年12月31日", d(2021, 1, 1), d(2021, 12, 31)],
      ["2021年1月-12月", d(2021, 1), d(2021, 12)],
      ["2021/1/1-2021/12/31", d(2021, 1, 1), d(2021, 12, 31)],
      ["20210101-20211231", d(2021, 1, 1), d(2021, 12, 31)],
      ["2021.1—2021.12", d(2021, 1), d(2021, 12)],
      ["2021.07~2022.06", d(2021, 7), d(2022, 6)],
      ["２０２１．０１－２０２１．１２", d(2021, 1), d(2021, 12)],
      ["2021-2023年", d(2021, 1), d(2023, 12)],
      ["2021年-2023年", d(2021, 1), d(2023, 12)],
      ["项目期：2021年1月1日至2021年12月31日", d(2021, 1, 1), d(2021, 12, 31)],
      ["2021年1月起", d(2021, 1), null],
      // 岳阳 2021 自评报告: "起至 … 止" printed around the dates, with spaces where the blanks were filled in.
      ["2021年   1    月起至     2021    年    12   月止", d(2021, 1), d(2021, 12)],
      ["2021年1月开始至2022年6月", d(2021, 1), d(2022, 6)],
      ["2021年 1 月起至    年    月止", d(2021, 1), null],
      ["2021年12月31日前", null, d(2021, 12, 31)],
      ["长期", null, null],
      ["持续", null, null],
      ["", null, null],
      ["无", null, null],
    ])("reads %j", (text, start, end) => {
      expect(parseImplementationPeriod(text)).toEqual({ start, end });
    });

    it.each(["2021.13-2021.14", "1年", "3年", "abc"])("does not invent dates from %j", (text) => {
      expect(parseImplementationPeriod(text)).toEqual({ start: null, end: null });
    });

    it("never throws on odd input", () => {
      for (const text of ["-", "至", "2021-", "-2021", "2021至", "((", undefined as unknown as string]) {
        expect(() => parseImplementationPeriod(text)).not.toThrow();
      }
    });
  });

  describe("periodYears", () => {
    it.each<[DateParts | null, DateParts | null, number | null]>([
      [d(2021, 1, 1), d(2021, 12, 31), 1],
      [d(2021, 7), d(2022, 6), 2],
      [d(2021, 1), d(2023, 12), 3],
      [null, d(2021, 12), null],
      [d(2021, 1), null, null],
      [d(2022, 1), d(2021, 12), null],
    ])("%j – %j → %s", (start, end, expected) => {
      expect(periodYears(start, end)).toBe(expected);
    });
  });

  describe("isSingleYearPeriod", () => {
    it.each<[string, boolean]>([
      ["2021.01.01-2021.12.31", true],
      ["2021年", true],
      ["2021.07-2022.06", false],
      ["长期", false],
    ])("%j → %s", (text, expected) => {
      expect(isSingleYearPeriod(parseImplementationPeriod(text))).toBe(expected);
    });
  });

  describe("compareWithPeriod", () => {
    const period2021 = parseImplementationPeriod("2021.01.01-2021.12.31");
    it.each<[{ year: number | null; month: number | null; day: number | null }, -1 | 0 | 1 | null]>([
      [{ year: 2021, month: 12, day: 31 }, 0],
      [{ year: 2021, month: 6, day: null }, 0],
      [{ year: 2021, month: null, day: null }, 0],
      [{ year: 2020, month: 12, day: 31 }, -1],
      [{ year: 2022, month: 1, day: 1 }, 1],
      [{ year: null, month: 10, day: 31 }, null],
    ])("%j → %s", (date, expected) => {
      expect(compareWithPeriod(date, period2021)).toBe(expected);
    });

    it("is null for an unknown period", () => {
      expect(compareWithPeriod({ year: 2021, month: 1, day: 1 }, { start: null, end: null })).toBeNull();
    });

    it("compares against a month-precision end as the whole month", () => {
      const p = parseImplementationPeriod("2021.01-2021.12");
      expect(compareWithPeriod({ year: 2021, month: 12, day: 31 }, p)).toBe(0);
    });
  });
});

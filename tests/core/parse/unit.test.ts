import { isPlainMoney, isUnitWordOfKind, parseUnit, readUnitAt } from "../../../src/core/parse/unit";
import type { Unit } from "../../../src/core/model/parsedValue";

describe("unit.ts", () => {
  describe("parseUnit", () => {
    const money = (text: string, base: string, toWan: number, per: string[] = []): Unit => ({
      text,
      kind: "money",
      base,
      toWan,
      per,
    });
    const simple = (text: string, kind: Unit["kind"]): Unit => ({ text, kind, base: text, per: [] });

    it.each<[string, Unit]>([
      ["%", simple("%", "percent")],
      ["％", simple("%", "percent")],
      ["人", simple("人", "count")],
      ["人次", simple("人次", "count")],
      ["户", simple("户", "count")],
      ["家", simple("家", "count")],
      ["个", simple("个", "count")],
      ["项", simple("项", "count")],
      ["套", simple("套", "count")],
      ["台", simple("台", "count")],
      ["次", simple("次", "count")],
      ["场", simple("场", "count")],
      ["张", simple("张", "count")],
      ["卷", simple("卷", "count")],
      ["份", simple("份", "count")],
      ["篇", simple("篇", "count")],
      ["件", simple("件", "count")],
      ["辆", simple("辆", "count")],
      ["所", simple("所", "count")],
      ["批", simple("批", "count")],
      ["册", simple("册", "count")],
      ["本", simple("本", "count")],
      ["期", simple("期", "count")],
      ["元", money("元", "元", 0.0001)],
      ["万元", money("万元", "万元", 1)],
      ["万", money("万元", "万元", 1)],
      ["亿元", money("亿元", "亿元", 10000)],
      ["千元", money("千元", "千元", 0.1)],
      ["元/人/年", money("元/人/年", "元", 0.0001, ["人", "年"])],
      ["元/人·年", money("元/人·年", "元", 0.0001, ["人", "年"])],
      ["元/张", money("元/张", "元", 0.0001, ["张"])],
      ["元/卷", money("元/卷", "元", 0.0001, ["卷"])],
      ["万元/套/年", money("万元/套/年", "万元", 1, ["套", "年"])],
      ["万/套/年", money("万元/套/年", "万元", 1, ["套", "年"])],
      ["元/月", money("元/月", "元", 0.0001, ["月"])],
      ["元/人/天", money("元/人/天", "元", 0.0001, ["人", "天"])],
      ["小时", simple("小时", "time")],
      ["天", simple("天", "time")],
      ["日", simple("日", "time")],
      ["个工作日", simple("个工作日", "time")],
      ["分钟", simple("分钟", "time")],
      ["月", simple("月", "time")],
      ["个月", simple("个月", "time")],
      ["年", simple("年", "time")],
      ["周", simple("周", "time")],
      ["平方米", simple("平方米", "other")],
      ["分", simple("分", "other")],
      ["人次/年", { text: "人次/年", kind: "count", base: "人次", per: ["年"] }],
    ])("parses %j", (text, expected) => {
      expect(parseUnit(text)).toEqual(expected);
    });

    it("ignores surrounding brackets and spaces", () => {
      expect(parseUnit(" （元/人/年） ")).toEqual(money("元/人/年", "元", 0.0001, ["人", "年"]));
    });

    it.each(["", "  ", "abc", "套医保系统", "元/", "98%", "人均", "万元万元"])("returns null for %j", (text) => {
      expect(parseUnit(text)).toBeNull();
    });
  });

  describe("readUnitAt", () => {
    it("reads the longest unit and its denominators inside a text", () => {
      const m = readUnitAt("17万/套/年医保", 2);
      expect(m).toMatchObject({ start: 2, end: 7, unit: { text: "万元/套/年", per: ["套", "年"] } });
    });

    it("prefers 人次 over 人 and 个工作日 over 个", () => {
      expect(readUnitAt("5人次", 1)?.unit.text).toBe("人次");
      expect(readUnitAt("3个工作日内", 1)?.unit.text).toBe("个工作日");
    });

    it("skips leading spaces", () => {
      expect(readUnitAt("3 套", 1)).toMatchObject({ start: 2, end: 3 });
    });

    it("does not take a slash that is not followed by a unit", () => {
      expect(readUnitAt("元/其他", 0)).toMatchObject({ end: 1, unit: { text: "元", per: [] } });
    });

    it("returns null when no unit starts there", () => {
      expect(readUnitAt("医保", 0)).toBeNull();
    });
  });

  describe("isPlainMoney / isUnitWordOfKind", () => {
    it("is true only for money without denominators", () => {
      expect(isPlainMoney(parseUnit("万元"))).toBe(true);
      expect(isPlainMoney(parseUnit("元/人/年"))).toBe(false);
      expect(isPlainMoney(parseUnit("人"))).toBe(false);
      expect(isPlainMoney(null)).toBe(false);
    });

    it("knows the kind of unit words", () => {
      expect(isUnitWordOfKind("人", "count")).toBe(true);
      expect(isUnitWordOfKind("小时", "time")).toBe(true);
      expect(isUnitWordOfKind("小时", "count")).toBe(false);
      expect(isUnitWordOfKind("医保", "count")).toBe(false);
    });
  });
});

import {
  describeValue,
  findVagueWords,
  formatQuantitative,
  isFillerText,
  lastDayOfMonth,
  parseIndicatorValue,
  VAGUE_WORDS,
} from "../../../src/core/parse/indicatorValue";
import { ParsedValueSchema, type Operator } from "../../../src/core/model/parsedValue";

describe("indicatorValue.ts", () => {
  describe("parseIndicatorValue", () => {
    describe("quantitative values", () => {
      it.each<[string, Operator | null, string | null, number, string | null]>([
        ["=3 套", "＝", "=", 3, "套"],
        ["＝3套", "＝", "＝", 3, "套"],
        ["≥98%", "≥", "≥", 98, "%"],
        ["=100%", "＝", "=", 100, "%"],
        ["≤2.5万张", "≤", "≤", 25000, "张"],
        ["=400元/卷", "＝", "=", 400, "元/卷"],
        ["4000", null, null, 4000, null],
        ["大于等于1项", "≥", "大于等于", 1, "项"],
        [">5人", "＞", ">", 5, "人"],
        ["48%", null, null, 48, "%"],
        ["1年", null, null, 1, "年"],
        ["≥8小时", "≥", "≥", 8, "小时"],
        [">=90%", "≥", ">=", 90, "%"],
        ["≧90%", "≥", "≧", 90, "%"],
        ["不低于95%", "≥", "不低于", 95, "%"],
        ["不少于1850人", "≥", "不少于", 1850, "人"],
        ["不小于10次", "≥", "不小于", 10, "次"],
        ["<=5次", "≤", "<=", 5, "次"],
        ["≦5次", "≤", "≦", 5, "次"],
        ["小于等于3次", "≤", "小于等于", 3, "次"],
        ["不超过3次", "≤", "不超过", 3, "次"],
        ["不高于5%", "≤", "不高于", 5, "%"],
        ["不大于5%", "≤", "不大于", 5, "%"],
        ["低于5%", "＜", "低于", 5, "%"],
        ["＞９０％", "＞", "＞", 90, "%"],
        ["大于90%", "＞", "大于", 90, "%"],
        ["<1%", "＜", "<", 1, "%"],
        ["＜1%", "＜", "＜", 1, "%"],
        ["小于1%", "＜", "小于", 1, "%"],
        ["98%以上", "≥", "以上", 98, "%"],
        ["5次以下", "≤", "以下", 5, "次"],
        ["≥ 1,850 人次", "≥", "≥", 1850, "人次"],
        ["=4000元/人/年", "＝", "=", 4000, "元/人/年"],
      ])("reads %j", (text, operator, operatorText, number, unitText) => {
        const v = parseIndicatorValue(text);
        expect(v).toMatchObject({ kind: "quantitative", raw: text, operator, operatorText, number, prefix: "", suffix: "" });
        expect(v.kind === "quantitative" && (v.unit?.text ?? null)).toBe(unitText);
      });

      it("reads a cost cap with a per-unit money unit", () => {
        expect(parseIndicatorValue("≤17 万元/套/年")).toEqual({
          kind: "quantitative",
          raw: "≤17 万元/套/年",
          operator: "≤",
          operatorText: "≤",
          number: 17,
          unit: { text: "万元/套/年", kind: "money", toWan: 1, per: ["套", "年"], base: "万元" },
          prefix: "",
          suffix: "",
        });
      });

      it.each<[string, Operator | null, number, number]>([
        ["≤30 万", "≤", 30, 30],
        ["小于等于45万元", "≤", 45, 45],
        ["300万元", null, 300, 300],
        ["≤5000元", "≤", 5000, 0.5],
        ["≤1.2亿元", "≤", 1.2, 12000],
        ["100万元以内", "≤", 100, 100],
      ])("gives money %j an amount in 万元", (text, operator, number, amountWan) => {
        const v = parseIndicatorValue(text);
        expect(v).toMatchObject({ kind: "quantitative", operator, number, amountWan });
        expect(v.kind === "quantitative" && v.unit?.kind).toBe("money");
      });

      it("treats a bare 万 unit as 万元", () => {
        const v = parseIndicatorValue("≤30 万");
        expect(v.kind === "quantitative" && v.unit).toEqual({ text: "万元", kind: "money", toWan: 1, per: [], base: "万元" });
      });

      it("gives no amountWan to per-unit money", () => {
        const v = parseIndicatorValue("=400元/卷");
        expect(v.kind === "quantitative" && "amountWan" in v).toBe(false);
      });

      it.each<[string, string, Operator | null, number, string]>([
        ["医保基金使用率≥98%", "医保基金使用率", "≥", 98, ""],
        ["代缴完成率=100%", "代缴完成率", "＝", 100, ""],
        ["职工参保率≥98%", "职工参保率", "≥", 98, ""],
        ["2021年参保率≥98%", "2021年参保率", "≥", 98, ""],
        // A leading year says when; the figure after it is the quantity (百色 2023), not a deadline of 2023.
        ["2022年度新增10个", "2022年度新增", null, 10, ""],
        ["2023年预计在校生:小学600人,初中700人", "2023年预计在校生:小学", null, 600, ",初中700人"],
        ["培训 3 次", "培训", null, 3, ""],
        ["3套医保系统", "", null, 3, "医保系统"],
        ["达到95%", "达到", null, 95, ""],
        [">5A", "", "＞", 5, "A"],
      ])("keeps words around the value: %j", (text, prefix, operator, number, suffix) => {
        expect(parseIndicatorValue(text)).toMatchObject({ kind: "quantitative", prefix, operator, number, suffix });
      });
    });

    describe("deadlines", () => {
      it.each<[string, number | null, number | null, number | null, "none" | "monthly" | "yearly", boolean]>([
        ["2021.12.31前", 2021, 12, 31, "none", true],
        ["2021.12.31", 2021, 12, 31, "none", false],
        ["2021年12月31日前", 2021, 12, 31, "none", true],
        ["2021年12月31日", 2021, 12, 31, "none", false],
        ["2021-06-30", 2021, 6, 30, "none", false],
        ["2021/6/30之前", 2021, 6, 30, "none", true],
        ["≤2021-12-31", 2021, 12, 31, "none", true],
        ["10月底前完成", null, 10, 31, "none", true],
        ["11月底前", null, 11, 30, "none", true],
        ["2月底前", null, 2, 28, "none", true],
        ["2024年2月底前", 2024, 2, 29, "none", true],
        ["2021年12月", 2021, 12, null, "none", false],
        ["2021年底前", 2021, 12, 31, "none", true],
        ["每年10月底前完成参保缴费", null, 10, 31, "yearly", true],
        ["每月20号之前完成当月核查任务", null, null, 20, "monthly", true],
        ["每月20日前", null, null, 20, "monthly", true],
        ["每月底前", null, null, null, "monthly", true],
        ["当年10月31日", null, 10, 31, "none", false],
        ["截至2021年12月31日", 2021, 12, 31, "none", true],
        ["２０２１．１２．３１前", 2021, 12, 31, "none", true],
      ])("reads %j", (text, year, month, day, recurrence, hasBound) => {
        expect(parseIndicatorValue(text)).toMatchObject({ kind: "deadline", raw: text, year, month, day, recurrence, hasBound });
      });

      it("keeps the words around the date", () => {
        expect(parseIndicatorValue("每年10月底前完成参保缴费")).toMatchObject({ prefix: "", suffix: "完成参保缴费" });
        expect(parseIndicatorValue("完成时间 2021年12月31日前")).toMatchObject({ prefix: "完成时间", suffix: "" });
      });

      it("reads a date range as a deadline at its end with a start", () => {
        expect(parseIndicatorValue("2023.07-2024.01")).toMatchObject({
          kind: "deadline",
          year: 2024,
          month: 1,
          day: null,
          hasBound: true,
          start: { year: 2023, month: 7, day: null },
        });
        expect(parseIndicatorValue("2021年1月-12月")).toMatchObject({
          year: 2021,
          month: 12,
          start: { year: 2021, month: 1, day: null },
        });
      });

      it.each(["2021.5万元", "≥2021人", "4000"])("does not read %j as a date", (text) => {
        expect(parseIndicatorValue(text).kind).toBe("quantitative");
      });
    });

    describe("durations", () => {
      it.each<[string, Operator | null, number, string, string, string]>([
        ["故障发生 24 小时内维护完成", null, 24, "小时", "故障发生", "维护完成"],
        ["24小时内", null, 24, "小时", "", ""],
        ["≤24小时", "≤", 24, "小时", "", ""],
        ["＜2小时", "＜", 2, "小时", "", ""],
        ["不超过3天", "≤", 3, "天", "", ""],
        ["30分钟内响应", null, 30, "分钟", "", "响应"],
        ["3个工作日内", null, 3, "个工作日", "", ""],
        ["5个工作日以内办结", null, 5, "个工作日", "", "办结"],
        ["1年内", null, 1, "年", "", ""],
      ])("reads %j", (text, operator, amount, unit, prefix, suffix) => {
        expect(parseIndicatorValue(text)).toEqual({
          kind: "duration",
          raw: text,
          operator,
          amount,
          unit,
          immediate: false,
          prefix,
          suffix,
        });
      });

      it.each<[string, string]>([
        ["当面办结", ""],
        ["当场办结", ""],
        ["即时办结", ""],
        ["窗口当场办结", "窗口"],
        ["即办即结", ""],
      ])("reads %j as immediate", (text, prefix) => {
        expect(parseIndicatorValue(text)).toMatchObject({
          kind: "duration",
          amount: 0,
          unit: "小时",
          immediate: true,
          operator: null,
          prefix,
        });
      });
    });

    describe("qualitative values", () => {
      it.each<[string, string[]]>([
        ["及时", ["及时"]],
        ["有效保障", ["有效保障"]],
        ["正常运行", ["正常运行"]],
        ["长期", ["长期"]],
        ["建立健全", ["建立健全"]],
        ["高效快捷", ["高效快捷"]],
        ["有效提升", ["有效", "提升"]],
        ["显著显著", ["显著"]],
        ["有效缓解", ["有效"]],
        ["提高", ["提高"]],
        ["明显改善", ["明显", "改善"]],
        ["进一步提高", ["进一步", "提高"]],
        ["足额发放", []],
        ["按月发放", []],
        ["建立制度并印发", []],
        ["系统通过验收", []],
      ])("reads %j with vague words %j", (text, vagueWords) => {
        expect(parseIndicatorValue(text)).toEqual({ kind: "qualitative", raw: text, text, vagueWords, isFiller: false });
      });

      it.each(["无", "/", "—", "-", "暂无", "／", "——", " 无 ", "不适用"])("reads filler %j", (text) => {
        expect(parseIndicatorValue(text)).toMatchObject({ kind: "qualitative", isFiller: true, vagueWords: [] });
      });

      it("normalises the text it keeps", () => {
        expect(parseIndicatorValue("  有效　保障 ")).toMatchObject({ text: "有效 保障", vagueWords: ["有效"] });
      });
    });

    describe("empty values", () => {
      it.each(["", "   ", "\n\t", "　"])("reads %j as empty", (text) => {
        expect(parseIndicatorValue(text)).toEqual({ kind: "empty", raw: text });
      });
    });

    it("never throws and always returns a schema-valid value", () => {
      const odd = ["≥", "=", "%", "万", "2021.", "..", "每月", "月底", "-5%", "≥≥98%", "(", "１/３", "9".repeat(400), "每年每月"];
      for (const text of odd) {
        const v = parseIndicatorValue(text);
        expect(ParsedValueSchema.safeParse(v).success).toBe(true);
      }
      expect(parseIndicatorValue(undefined as unknown as string)).toEqual({ kind: "empty", raw: "" });
    });
  });

  describe("findVagueWords", () => {
    it("matches longest first without overlap", () => {
      expect(findVagueWords("有效保障群众利益，有效提升服务")).toEqual(["有效保障", "有效", "提升"]);
    });

    it("is empty for concrete wording", () => {
      expect(findVagueWords("足额按月发放到户")).toEqual([]);
    });

    it("uses the exported list", () => {
      expect(VAGUE_WORDS).toEqual(
        expect.arrayContaining(["有效", "显著", "及时", "提高", "正常运行", "长期", "建立健全", "高效快捷"]),
      );
    });
  });

  describe("isFillerText", () => {
    it.each<[string, boolean]>([
      ["无", true],
      ["—", true],
      ["N/A", true],
      ["无人机", false],
      ["0", false],
      ["", false],
    ])("%j → %s", (text, expected) => {
      expect(isFillerText(text)).toBe(expected);
    });
  });

  describe("lastDayOfMonth", () => {
    it.each<[number | null, number, number]>([
      [2021, 12, 31],
      [2021, 6, 30],
      [2024, 2, 29],
      [2023, 2, 28],
      [null, 2, 28],
    ])("%s-%s → %d", (year, month, day) => {
      expect(lastDayOfMonth(year, month)).toBe(day);
    });
  });

  describe("formatQuantitative", () => {
    it.each<[Operator | null, number, string | null, string]>([
      ["≥", 98, "%", "≥98%"],
      ["＝", 3, "套", "＝3套"],
      [null, 4000, null, "4000"],
      ["≤", 0.1 + 0.2, "万元", "≤0.3万元"],
    ])("%s %d %s → %s", (op, n, unit, expected) => {
      expect(formatQuantitative(op, n, unit)).toBe(expected);
    });
  });

  describe("describeValue", () => {
    it.each<[string, string]>([
      ["≥98%", "≥98%"],
      ["=3 套", "＝3套"],
      ["医保基金使用率≥98%", "≥98%"],
      ["≤2.5万张", "≤25000张"],
      ["≤30 万", "≤30万元"],
      ["98%以上", "≥98%"],
      ["24小时内", "≤24小时"],
      ["≤24小时", "≤24小时"],
      ["当场办结", "当场办结"],
      ["2021.12.31前", "2021年12月31日前"],
      ["2021-06-30", "2021年6月30日"],
      ["每年10月底前完成参保缴费", "每年10月31日前"],
      ["每月20号之前", "每月20日前"],
      ["2023.07-2024.01", "2023年7月至2024年1月"],
      ["有效保障", "有效保障"],
      ["无", ""],
      ["", ""],
    ])("%j → %j", (text, expected) => {
      expect(describeValue(parseIndicatorValue(text))).toBe(expected);
    });
  });
});

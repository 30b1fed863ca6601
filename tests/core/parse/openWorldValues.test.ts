/**
 * Open-world values (issue 13): a unit is any short noun phrase after the number, operators in every spelling.
 * "夹带了文字" is kept for sentences inside a value, never for an unknown unit.
 */
import { parseIndicatorValue } from "../../../src/core/parse/indicatorValue";
import { parseUnit } from "../../../src/core/parse/unit";

const q = (text: string) => {
  const p = parseIndicatorValue(text);
  if (p.kind !== "quantitative") throw new Error(`${text}: ${p.kind}`);
  return { operator: p.operator, number: p.number, unit: p.unit?.text ?? null, kind: p.unit?.kind ?? null, suffix: p.suffix };
};

describe("open-world units", () => {
  it.each([
    ["≥6批次", "≥", 6, "批次", "count"],
    ["≥220门", "≥", 220, "门", "count"],
    ["＝1座", "＝", 1, "座", "count"],
    ["＝5元/生·天", "＝", 5, "元/生·天", "money"],
    ["≥500元/生·年", "≥", 500, "元/生·年", "money"],
    ["≤17元/人·天", "≤", 17, "元/人·天", "money"],
    ["=1种", "＝", 1, "种", "count"],
    ["=1单", "＝", 1, "单", "count"],
    ["≥100百分比", "≥", 100, "%", "percent"],
    ["80M", null, 80, "M", "other"],
    ["≥3眼井", "≥", 3, "眼井", "count"],
    // Stand-ins typed for the middle dot (湘西 "元/人.每天", 濉溪 "元/人*月"): the same compound unit.
    ["≤17元/人.每天", "≤", 17, "元/人·天", "money"],
    [">=530元/人*月", "≥", 530, "元/人·月", "money"],
    ["≤20元/人×次", "≤", 20, "元/人·次", "money"],
    // 万 before an unlisted unit scales it (原州 2022 "=550万粒"): 5,500,000 粒, not 550 万元.
    ["=550万粒", "＝", 5500000, "粒", "count"],
  ])("%s → %s %s %s (%s)", (text, operator, number, unit, kind) => {
    expect(q(text)).toEqual({ operator, number, unit, kind, suffix: "" });
  });

  it.each([
    ["≥95%的学生", "的学生"],
    ["3次完成验收", "完成验收"],
    ["≥6批次，每批40人", "次,每批40人"],
    ["≥90%.5", ".5"],
  ])("a sentence inside a value is still extra text: %s", (text, suffix) => {
    expect(q(text).suffix).toBe(suffix);
  });

  it("keeps bound words as operators, not units (以上, 以内, 内)", () => {
    expect(q("100人以上")).toMatchObject({ operator: "≥", unit: "人", suffix: "" });
    expect(q("3%以内")).toMatchObject({ operator: "≤", unit: "%", suffix: "" });
    expect(parseIndicatorValue("24小时内").kind).toBe("duration");
  });

  it.each([
    ["6批次以上", "≥", 6, "批次"],
    ["220门以上", "≥", 220, "门"],
    ["2种以上", "≥", 2, "种"],
    ["3眼井以下", "≤", 3, "眼井"],
    ["5元/生·天以内", "≤", 5, "元/生·天"],
  ])(
    "a bound after an unlisted unit ends it: %s → %s %s %s (thirteenth session: “夹带了文字” before)",
    (text, operator, number, unit) => {
      expect(q(text)).toMatchObject({ operator, number, unit, suffix: "" });
    },
  );

  it("a clause after the bound is still extra text (6批次以上完成)", () => {
    expect(q("6批次以上完成").suffix).not.toBe("");
  });

  it("reads a unit cell written in an unlisted way", () => {
    expect(parseUnit("批次")?.kind).toBe("count");
    expect(parseUnit("元/生·天")?.per).toEqual(["生", "天"]);
    expect(parseUnit("人均")).toBeNull();
  });
});

describe("operators in every spelling", () => {
  it.each([
    ["‹=90%", "≤"],
    ["﹥95%", "＞"],
    ["小于等于5万元", "≤"],
    ["不低于98%", "≥"],
    ["≯5元/生·天", "≤"],
    ["≮90%", "≥"],
    ["3%以内", "≤"],
    ["100人以上", "≥"],
  ])("%s → %s", (text, operator) => {
    expect(q(text).operator).toBe(operator);
  });

  it("reads 不超过30天 as a duration limit", () => {
    expect(parseIndicatorValue("不超过30天")).toMatchObject({ kind: "duration", operator: "≤", amount: 30 });
  });
});

describe("counts written in words (fifteenth session)", () => {
  it.each([
    ["=三套", "＝", 3, "套"],
    ["三套", null, 3, "套"],
    ["≥两次", "≥", 2, "次"],
    ["不少于五场", "≥", 5, "场"],
    ["两场以上", "≥", 2, "场"],
    ["≥一个", "≥", 1, "个"],
    ["≥ 三套 ", "≥", 3, "套"],
  ])("%s → %s %s %s", (text, operator, number, unit) => {
    const p = q(text);
    expect([p.operator, p.number, p.unit]).toEqual([operator, number, unit]);
  });

  it("a count of time in words is a duration (一年内, 三个月内)", () => {
    expect(parseIndicatorValue("一年内")).toMatchObject({ kind: "duration" });
    expect(parseIndicatorValue("三个月内")).toMatchObject({ kind: "duration" });
  });

  it.each(["一次性", "一般", "统一", "一件事一次办", "第三方", "达到三个", "一流", "一级", "万无一失"])(
    "%s stays words (a numeral not standing alone, or before no counting word)",
    (text) => {
      expect(parseIndicatorValue(text).kind).toBe("qualitative");
    },
  );

  it("keeps the text as written (the numeral is read, never rewritten)", () => {
    expect(parseIndicatorValue("=三套").raw).toBe("=三套");
  });
});

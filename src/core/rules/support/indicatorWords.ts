/**
 * Words in an indicator's name that say what it measures, shared by the rules that judge where it belongs.
 */
import { normalizeText, withoutOutlineNumber } from "../../text/normalize";

/**
 * A result for a whole sector or economy (综合收入, 产值, 增加值, 税收, 营业额): what the spending is meant to bring about,
 * not what it delivers. A growth rate by itself is not one: the growth of what the project itself delivers (创业担保贷款
 * 发放额增长率, 四川 2021) is a change in its output; a sector's growth is named by its 收入 or 产值.
 */
const OUTCOME_NAME = /收入|产值|增加值|营业额|销售额|税收|利润|增收|GDP|经济增长/;
/** People with low income are a quantity's subject, not an outcome (低收入人口); a fund's money is an input. */
const NOT_OUTCOME = /低收入|收入(证明|核查|认定)|资金|经费|补助|补贴|奖补|预算/;

/** Whether an indicator's name (spaces removed) names an economic outcome. */
export function isOutcomeName(name: string): boolean {
  return OUTCOME_NAME.test(name) && !NOT_OUTCOME.test(name);
}

/**
 * The budget execution line printed as a row of the indicator table (预算执行率 | 预算执行率 | 预算执行率, 成安 2020 and
 * other 河北 自评表): scored with the indicators, but no indicator of any 一级.
 */
export function isExecutionRow(level1: string, level2: string): boolean {
  // Also a 一级 group of budget management (预算绩效 › 预算管理 / 财务管理, 检验检疫 2016): the process part a form carries
  // beside its framework, not a misplaced output or effect.
  const l1 = withoutOutlineNumber(level1.replace(/\s+/g, ""));
  const l2 = withoutOutlineNumber(level2.replace(/\s+/g, ""));
  return (
    (/^预算执行/.test(l1) && /^预算执行/.test(l2)) ||
    (/^(预算|资金|财务)(执行|管理|绩效)$/.test(l1) && /^(预算|资金|财务)/.test(l2))
  );
}

/**
 * A 三级 that is only an outline's number ("1.", "2、", "（3）", "一、"): the example row of a template left unfilled.
 * (A bare figure such as "0" is not one.)
 */
export function isTemplateNumbering(name: string): boolean {
  const t = normalizeText(name).replace(/\s+/g, "");
  return t !== "" && withoutOutlineNumber(t) === "";
}

/**
 * Column roles of an indicator table, found from its header row whatever their order and position:
 * the label vocabulary of the header cells (data; its shape is checked with ColumnVocabularySchema of
 * ./vocabularySchemas by the tests, so zod stays off the engine's run-time path).
 */
import type { Period } from "../model/form";
import type { SheetGrid } from "./sheetGrid";
import { labelKey, memo, normalizeText } from "../text/normalize";

export const EXTRA_ROLES = ["weight", "score", "actual", "reason", "explanation", "direction", "priorActual", "basis"] as const;
export type ExtraRole = (typeof EXTRA_ROLES)[number];

export type HeaderRole =
  | { role: "level1" }
  | { role: "level2" }
  | { role: "level3" }
  | { role: "value"; period: Period | null }
  | { role: "operator" }
  | { role: "unit" }
  | { role: "remark" }
  | { role: "extra"; extra: ExtraRole }
  /** Columns of a list table (many projects in one table). */
  | { role: "project" }
  | { role: "budget" }
  | { role: "goal" }
  | { role: "unitName" };

/** One column role's spellings (as written in COLUMN_DATA; `exact` and `patterns` default to none). */
export interface ColumnVocabularyEntry {
  role: string;
  extra?: ExtraRole;
  /** Exact header keys (after labelKey: no spaces, brackets or colons). */
  exact?: string[];
  /** Regular expressions over the header key. */
  patterns?: string[];
}

/** Spellings per column role, most specific first (the first match wins). */
export const COLUMN_DATA: ColumnVocabularyEntry[] = [
  // A level is its number whatever word follows it: 一级指标, 一级目标 (乐昌 2018), 一级指标名称.
  { role: "level1", patterns: ["^一级(指标|目标)(名称)?$"], exact: ["一级"] },
  { role: "level2", patterns: ["^二级(指标|目标)"], exact: ["二级"] },
  {
    role: "level3",
    patterns: ["^三级(指标|目标)"],
    exact: ["三级", "指标内容", "具体指标", "指标名称", "绩效指标名称", "指标项", "明细指标"],
  },
  { role: "operator", exact: ["指标性质", "计算符号", "符号", "比较符号", "运算符号"] },
  { role: "unit", exact: ["度量单位", "计量单位", "单位", "指标单位"] },
  { role: "extra", extra: "direction", exact: ["指标方向性", "指标方向", "方向"] },
  {
    role: "extra",
    extra: "weight",
    exact: ["分值", "权重", "指标分值", "指标权重", "权重分值", "标准分值"],
    // A qualifier before 分值/权重 (参考分值, 银川 2021; 设定分值; 权重分), or the two words together in either order
    // (权重分值, 分值权重): still the points a row is worth.
    patterns: ["^(参考|标准|指标|计划|设定|满|规定)?(分值|权重)(分值|权重)?$", "^权重分(值)?$"],
  },
  { role: "extra", extra: "score", exact: ["得分", "自评得分", "评价得分", "实际得分"] },
  {
    role: "extra",
    extra: "actual",
    exact: [
      "实际完成值",
      "完成值",
      "全年实际值",
      "实际值",
      "项目完成指标值",
      "全年实际完成值",
      "实际完成情况",
      "完成情况",
      "年度实际完成值",
      // 实施进度 beside each indicator's value (大英 2020 自评表): what was done, as the unit reports it.
      "实施进度",
    ],
    // 实际完成指标值 (历城 2019), 年终完成值 (随州 2022): what was achieved, whatever words frame it.
    patterns: ["^(全年|年度|年终)?实际(完成)?(指标)?值", "^(全年|年度|年终)完成(指标)?值$"],
  },
  { role: "extra", extra: "reason", patterns: ["^偏差原因", "^未完成原因", "原因分析", "改进措施$"] },
  {
    role: "extra",
    extra: "explanation",
    exact: ["指标解释", "指标说明", "指标定义", "计算公式", "评分标准", "评扣分标准", "评分规则", "指标内涵"],
  },
  { role: "extra", extra: "basis", exact: ["指标值设定依据", "设定依据", "指标值确定依据", "目标值设定依据", "数据来源"] },
  {
    role: "extra",
    extra: "priorActual",
    exact: ["上年实际完成值", "上年完成值", "上年实际值", "历史值", "上年度实际完成值", "上年指标值", "基期值"],
  },
  { role: "remark", patterns: ["^备注"] },
  {
    role: "value",
    exact: [
      "指标值",
      "目标值",
      "预期目标值",
      "指标目标值",
      "年度指标值",
      "计划指标值",
      "区域目标值",
      "年度目标值",
      "全年指标值",
      "预算设定指标值",
      "绩效目标值",
      "年度绩效指标值",
      "实施期指标值",
      "中长期指标值",
      "期望值",
      "指标值包含数字及文字描述",
    ],
    patterns: ["(实施期|实施周期|项目周期|中长期|长期|中期|项目期).*(值|目标)$", "年度.*(值|目标值)$", "指标值$"],
  },
  { role: "project", exact: ["项目名称"] },
  {
    role: "budget",
    exact: ["预算数", "预算金额", "项目预算", "资金总额", "预算资金", "年度预算数"],
    // 计划投入资金, 拟安排资金 (大冶 2024 衔接资金 项目计划安排表): the money a list gives each project, whatever verb.
    patterns: ["^(年度|本年|全年)?预算(安排|资金|金额)(数|合计|总额)?$", "^(计划|拟)(投入|安排|下达)?(资金|金额)(数|合计)?$"],
  },
  {
    role: "goal",
    exact: ["年度目标", "绩效目标", "年度绩效目标", "项目年度目标"],
    // 预期绩效目标, 预期目标: the goal a list gives each project.
    patterns: ["^预期(绩效)?目标$"],
  },
  { role: "unitName", exact: ["单位名称", "部门名称", "预算单位"] },
];

function parseVocabulary(): { role: string; extra?: ExtraRole; exact: Set<string>; patterns: RegExp[] }[] {
  return COLUMN_DATA.map((v) => ({
    role: v.role,
    extra: v.extra,
    exact: new Set(v.exact ?? []),
    patterns: (v.patterns ?? []).map((p) => new RegExp(p)),
  }));
}

const VOCABULARY = parseVocabulary();

/** The period named in a header, brackets included ("指标值(长期)", "年度指标值"), or null. */
export function periodInHeader(text: string): Period | null {
  const t = normalizeText(text).replace(/\s+/g, "");
  if (/中长期|长期|实施期|实施周期|项目周期|中期|项目期|滚动/.test(t)) return "implementation";
  if (/年度|当年|本年|全年/.test(t)) return "annual";
  return null;
}

/** Classifies one header cell of the indicator table (null when it names no known column). */
export const classifyIndicatorHeader = memo((text: string): HeaderRole | null => {
  const key = labelKey(text).replace(/[·•*＊]/g, "");
  if (!key) return null;
  // "实施期绩效目标", "年度绩效目标": a goal (a sentence per project), never an indicator value column.
  // So is a column of each project's performance ("项目绩效", "项目内容及绩效" beside 项目名称 in a fund's allocation list).
  if (/绩效目标$/.test(key) || (/绩效$/.test(key) && key.length >= 4 && key.length <= 8)) return { role: "goal" };
  for (const v of VOCABULARY) {
    const exact = v.exact.has(key);
    if (!exact && !v.patterns.some((p) => p.test(key))) continue;
    if (v.role === "extra") return { role: "extra", extra: v.extra! };
    // A column whose words say what was achieved or what came before (本年度实际完成值, 上年度实际值, 实施期实际完成值) is
    // no target, whatever period word a target's pattern found in it: its words decide (`inferHeaderRole`).
    if (v.role === "value" && !exact && saysAchievedOrEarlier(key)) return null;
    if (v.role === "value") return { role: "value", period: periodInHeader(text) };
    return { role: v.role } as HeaderRole;
  }
  return null;
});

/** The extra column a heading names (分值 and its spellings: weight; 得分, 自评得分 …: score), if any. */
export function extraRoleOf(text: string): ExtraRole | undefined {
  const role = classifyIndicatorHeader(text);
  return role?.role === "extra" ? role.extra : undefined;
}

/**
 * The indicator-table headings of one row, by the first column of each: its 二级 and 三级 headings (-1 when absent) and
 * whether it has a target heading.
 */
export function indicatorHeadings(grid: SheetGrid, row: number): { level2: number; level3: number; value: boolean } {
  const out = { level2: -1, level3: -1, value: false };
  for (const c of grid.occupiedCols(row)) {
    if (!grid.isAnchor(row, c)) continue;
    const role = classifyIndicatorHeader(grid.text(row, c))?.role;
    if (role === "level2" && out.level2 < 0) out.level2 = c;
    else if (role === "level3" && out.level3 < 0) out.level3 = c;
    else if (role === "value") out.value = true;
  }
  return out;
}

/** Words naming what was achieved (实际, 完成值 …) and what came before (上年, 历史 …). */
const ACHIEVED_WORDS = /实际|完成值|完成数|完成情况|已完成|实现情况/;
const EARLIER_WORDS = /上年|上一年|去年|前年|历史|基期|基数|往年|现状/;
/** Words naming a target outright (a period word — 本年, 当年 — names when, not what). */
const TARGET_WORDS = /预期|目标|计划|预计|拟|设定|指标值|标准值/;

/** Whether a header's words name an earlier time (上年, 历史 …), not a year written as a figure. */
export function namesEarlier(text: string): boolean {
  return EARLIER_WORDS.test(labelKey(text));
}

/** Whether a header's words say achieved or earlier, and nothing says target. */
function saysAchievedOrEarlier(key: string): boolean {
  return (ACHIEVED_WORDS.test(key) || EARLIER_WORDS.test(key)) && !TARGET_WORDS.test(key);
}

/**
 * The words a value-like header is made of, when no listed spelling matches: what the column holds is
 * told by its words, not by one spelling. 实际/完成/上年/历史/基期 name what was achieved (never a target,
 * whatever its position); 预期/目标/计划/预计/本年/指标值 name a target. Used for the lower rows of a
 * split header ("指标值" over "2021年实际实现值 | 预期2022年实现值") and for headers nobody listed.
 * Returns null when the words say neither.
 */
export const inferHeaderRole = memo((text: string): HeaderRole | null => {
  const listed = classifyIndicatorHeader(text);
  if (listed) return listed;
  const key = labelKey(text).replace(/[·•*＊]/g, "");
  if (!key || key.length > 20) return null;
  // A section label ("本年度绩效指标", "年度绩效目标(90分)") names the block, not a column.
  if (/绩效(指标|目标)$/.test(key)) return null;
  // What a value means or how it is scored ("指标值内容", "指标值说明", "评(扣)分标准"): an explanation.
  if (/内容|说明|解释|描述|含义|口径|评分|扣分|计分/.test(key)) return { role: "extra", extra: "explanation" };
  // The head noun comes last: "指标值设置依据" is a basis for the value, not the value.
  if (/(依据|来源|出处)$/.test(key)) return { role: "extra", extra: "basis" };
  const achieved = ACHIEVED_WORDS.test(key);
  const earlier = EARLIER_WORDS.test(key);
  // (本年, 当年 say when: "本年度实际完成值" is this year's achievement.)
  const named = TARGET_WORDS.test(key);
  const target = named || /本年|当年/.test(key);
  if (/类型|性质|方向/.test(key) && /指标|值/.test(key)) return { role: "operator" };
  if (earlier && !named) return { role: "extra", extra: "priorActual" };
  if (achieved && !named) return { role: "extra", extra: /\d{4}年/.test(key) ? "priorActual" : "actual" };
  // (The head noun of a measure: 值, 目标, 指标, 数, 水平 — "本年度计划水平" beside "上年度实际水平", 阳泉 2015.)
  if (target && /值|目标|指标|数$|水平$/.test(key)) return { role: "value", period: periodInHeader(text) };
  if (/单位$/.test(key) && key.length <= 6) return { role: "unit" };
  if (/依据|来源/.test(key)) return { role: "extra", extra: "basis" };
  if (/解释|说明|标准$|评分|扣分/.test(key)) return { role: "extra", extra: "explanation" };
  return null;
});

/** A year written in a header ("预期2022年实现值" → 2022), or null. */
export function yearInHeader(text: string): number | null {
  const m = /(?<!\d)(20\d{2})(?!\d)/.exec(normalizeText(text));
  return m ? Number(m[1]) : null;
}

/** Summary rows of an indicator table: never indicators. */
/** A heading of line or column numbers (行次, 列次, 序号 …): what stands under or beside it counts lines, it is no figure. */
export function isNumberingLabel(text: string): boolean {
  return /^(行次|列次|栏次|序号|编号|行号|列号|栏号|序)$/.test(labelKey(text).replace(/[:：()]/g, ""));
}

/** The stems that number a 决算 form's text columns before its figures' (栏次 | 甲 | 乙 | 1 | 2 …). */
const STEMS = "甲乙丙丁戊己庚辛";

/**
 * A row that numbers the columns above it: led by 列次 / 栏次 / 行次 (名山 2024: "列次 | 0 | 1 | … | 所需材料"), or three or
 * more marks rising from left to right and nothing else — whole numbers (1 | 2 | 3, 0 | 1 | 2), perhaps after the stems
 * 甲 | 乙 | 丙 … that number text columns. It belongs to the headings above it: no indicator, project, line or value.
 */
export function isColumnNumbersRow(grid: SheetGrid, row: number): boolean {
  if (row > grid.bottom) return false;
  let last = -1;
  let stems = 0;
  let numbers = 0;
  for (const c of grid.occupiedCols(row)) {
    if (!grid.isAnchor(row, c)) continue;
    const t = grid.text(row, c).replace(/\s+/g, "");
    if (t === "") continue;
    if (numbers + stems === 0 && /^(列次|栏次|行次)[:：]?$/.test(t)) return true;
    if (numbers === 0 && t.length === 1 && t === STEMS[stems]) {
      stems++;
      continue;
    }
    if (!/^\d{1,2}$/.test(t) || Number(t) <= last) return false;
    last = Number(t);
    numbers++;
  }
  return numbers + stems >= 3 && numbers >= 1;
}

export const SUMMARY_ROW = /^(合计|总计|小计|总分|总得分|评价等级|自评得分|自评等级|综合得分|得分合计|权重合计|分值合计)$/;

/** Template filler in a 二级/三级 cell ("……", "…", "..."). */
export const TEMPLATE_FILLER = /^[.…·。]+$|^(等|其他|……等)$/;

/**
 * The label catalogue: which printed labels mean which field. Data, not code paths.
 * Keys are compared after labelKey() normalisation (half width, no spaces, no brackets, no colon).
 */
import type { BudgetKey, CheckboxGroupKey, HeaderFieldKey } from "../model/form";

export type LabelTarget =
  | { kind: "field"; key: HeaderFieldKey }
  | { kind: "checkbox"; key: CheckboxGroupKey; exclusive: boolean }
  /** 项目属性 is a checkbox group on one layout and plain text on another. */
  | { kind: "field-or-checkbox"; field: HeaderFieldKey; checkbox: CheckboxGroupKey; exclusive: boolean }
  | { kind: "money"; key: BudgetKey; direction: "right" | "below" }
  /** 其中：财政拨款 / 其他资金: the period comes from the 总额 label above in the same column. */
  | { kind: "money-part"; part: "fiscal" | "other" }
  | { kind: "score" }
  | { kind: "assessment-code" }
  | { kind: "goal"; period: "implementation" | "annual" }
  | { kind: "section"; section: "assessment" | "budget" | "goals" | "indicators" | "funding" | "details" | "basic" }
  | { kind: "details-header" }
  | { kind: "indicator-header" };

interface LabelDef {
  labels: string[];
  target: LabelTarget;
  /** Also match when the cell text starts with the label (e.g. "中长期目标2021-2021"). */
  prefix?: boolean;
}

export const LABELS: readonly LabelDef[] = [
  { labels: ["项目名称"], target: { kind: "field", key: "projectName" } },
  { labels: ["主管部门", "主管部门及主管部门编码", "主管部门及编码"], target: { kind: "field", key: "department" } },
  { labels: ["项目实施单位", "项目单位", "实施单位"], target: { kind: "field", key: "implementingUnit" } },
  { labels: ["项目实施起止时间", "起止时间", "项目起止时间", "实施起止时间"], target: { kind: "field", key: "period" } },
  { labels: ["项目期限"], target: { kind: "field", key: "projectTerm" } },
  { labels: ["设立依据", "项目立项依据", "立项依据"], target: { kind: "field", key: "basis" } },
  { labels: ["项目概述", "项目概况"], target: { kind: "field", key: "overview" } },
  { labels: ["经费测算", "测算依据", "测算依据及说明", "经费测算依据"], target: { kind: "field", key: "costEstimate" } },
  { labels: ["项目实施方案", "实施方案"], target: { kind: "field", key: "implementationPlan" } },
  { labels: ["部门职能"], target: { kind: "field", key: "departmentFunction" } },
  { labels: ["预算功能科目", "功能科目"], target: { kind: "field", key: "functionalCode" } },
  {
    labels: ["项目属性"],
    target: { kind: "field-or-checkbox", field: "projectAttribute", checkbox: "projectAttribute", exclusive: true },
  },
  { labels: ["项目口径"], target: { kind: "checkbox", key: "projectScope", exclusive: true } },
  { labels: ["项目实施必要性及可行性", "必要性及可行性"], target: { kind: "field", key: "necessity" } },
  { labels: ["主管部门负责人及联系电话"], target: { kind: "field", key: "departmentContact" } },
  { labels: ["项目单位负责人及联系电话"], target: { kind: "field", key: "unitContact" } },
  { labels: ["当年预算变动情况及理由"], target: { kind: "field", key: "budgetChangeReason" } },
  { labels: ["立项必要性"], target: { kind: "field", key: "assessmentNecessity" } },
  { labels: ["投入经济性"], target: { kind: "field", key: "assessmentEconomy" } },
  { labels: ["绩效目标合理性"], target: { kind: "field", key: "assessmentGoals" } },
  { labels: ["项目可行性", "实施方案可行性"], target: { kind: "field", key: "assessmentFeasibility" } },
  { labels: ["筹资合规性"], target: { kind: "field", key: "assessmentFinancing" } },
  { labels: ["评估方式"], target: { kind: "checkbox", key: "assessmentMethod", exclusive: false } },
  { labels: ["参与"], target: { kind: "checkbox", key: "assessmentParticipants", exclusive: false } },
  { labels: ["评估结果", "评估结论"], target: { kind: "checkbox", key: "assessmentResult", exclusive: true } },
  { labels: ["评估得分", "评估分数"], target: { kind: "score" } },
  { labels: ["事前绩效评估编号", "评估编号"], target: { kind: "assessment-code" } },
  { labels: ["项目预算", "项目预算金额", "预算金额"], target: { kind: "money", key: "projectBudget", direction: "right" } },
  { labels: ["实施期资金总额"], target: { kind: "money", key: "implementationTotal", direction: "right" } },
  { labels: ["年度资金总额"], target: { kind: "money", key: "annualTotal", direction: "right" } },
  { labels: ["财政拨款", "其中财政拨款"], target: { kind: "money-part", part: "fiscal" } },
  { labels: ["其他资金", "其中其他资金"], target: { kind: "money-part", part: "other" } },
  { labels: ["项目资金总额"], target: { kind: "money", key: "fundTotal", direction: "below" } },
  { labels: ["上年度项目资金结转", "上年结转", "上年度结转"], target: { kind: "money", key: "carryOver", direction: "below" } },
  { labels: ["本年度预算申请"], target: { kind: "money", key: "currentRequest", direction: "below" } },
  { labels: ["本年度安排其他资金"], target: { kind: "money", key: "otherFunds", direction: "below" } },
  { labels: ["实施期总体目标", "实施期目标", "中长期目标", "长期目标"], target: { kind: "goal", period: "implementation" }, prefix: true },
  { labels: ["年度目标", "年度总体目标"], target: { kind: "goal", period: "annual" } },
  { labels: ["事前绩效评估情况", "事前绩效评估"], target: { kind: "section", section: "assessment" } },
  { labels: ["预算安排情况"], target: { kind: "section", section: "budget" } },
  { labels: ["绩效目标", "项目总体目标", "总体目标"], target: { kind: "section", section: "goals" } },
  { labels: ["绩效指标", "项目绩效指标"], target: { kind: "section", section: "indicators" } },
  { labels: ["项目资金来源", "资金来源"], target: { kind: "section", section: "funding" } },
  { labels: ["项目预算明细", "预算明细"], target: { kind: "section", section: "details" } },
  { labels: ["项目单位基本情况", "项目基本情况", "资金金额", "项目资金构成"], target: { kind: "section", section: "basic" } },
  { labels: ["明细项目名称"], target: { kind: "details-header" } },
  { labels: ["一级指标"], target: { kind: "indicator-header" } },
];

const EXACT = new Map<string, LabelTarget>();
const PREFIX: { label: string; target: LabelTarget }[] = [];
for (const def of LABELS) {
  for (const l of def.labels) {
    EXACT.set(l, def.target);
    if (def.prefix) PREFIX.push({ label: l, target: def.target });
  }
}

/** The target of an exact label key, or null. */
export function lookupLabel(key: string): LabelTarget | null {
  return EXACT.get(key) ?? null;
}

/** The target of a label that begins a longer text ("中长期目标2021-2021"), or null. */
export function lookupLabelPrefix(key: string): LabelTarget | null {
  for (const p of PREFIX) {
    // Only a period may follow ("中长期目标2021-2023"); "实施期总体目标值" is a column header, not a goal.
    if (key.startsWith(p.label) && /^[\d年月日\-~至—.]*$/.test(key.slice(p.label.length))) return p.target;
  }
  return null;
}

/** Title of a form: mentions 绩效 and ends like a table name. */
export function isFormTitle(normalizedNoSpace: string): boolean {
  return /绩效/.test(normalizedNoSpace) && /(绩效表|绩效目标表|申报表|目标表|绩效目标申报表)$/.test(normalizedNoSpace) && normalizedNoSpace.length <= 40;
}

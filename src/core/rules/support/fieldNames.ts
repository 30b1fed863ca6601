/**
 * zh-CN display names of fields, for messages.
 */
import type { BudgetKey, CheckboxGroupKey, HeaderFieldKey } from "../../model/form";

export const FIELD_NAMES: Record<HeaderFieldKey, string> = {
  projectName: "项目名称",
  department: "主管部门",
  implementingUnit: "项目实施单位",
  period: "项目实施起止时间",
  projectTerm: "项目期限",
  basis: "设立（立项）依据",
  overview: "项目概述",
  costEstimate: "经费测算",
  implementationPlan: "项目实施方案",
  implementationSchedule: "项目实施计划",
  departmentFunction: "部门职能",
  functionalCode: "预算功能科目",
  projectAttribute: "项目属性",
  necessity: "项目实施必要性及可行性",
  safeguards: "保证项目实施的制度、措施",
  departmentContact: "主管部门负责人及联系电话",
  unitContact: "项目单位负责人及联系电话",
  budgetChangeReason: "当年预算变动情况及理由",
  assessmentNecessity: "立项必要性",
  assessmentEconomy: "投入经济性",
  assessmentGoals: "绩效目标合理性",
  assessmentFeasibility: "项目可行性",
  assessmentFinancing: "筹资合规性",
  projectSource: "项目来源",
  contact: "项目负责人及联系电话",
  region: "补助区域",
  departmentCode: "部门预算编码",
  feasibility: "项目申报的可行性",
  goalCompletion: "年度总体目标完成情况",
  evaluationConclusion: "评价结论",
  problems: "存在问题",
  improvements: "改进措施",
  fundName: "资金名称",
  phone: "联系电话",
  selfScore: "自评得分",
  centralDepartment: "中央主管部门",
  evaluationMethod: "评价方式",
  executionWeight: "预算执行率权重",
};

export const CHECKBOX_NAMES: Record<CheckboxGroupKey, string> = {
  projectAttribute: "项目属性",
  projectScope: "项目口径",
  assessmentMethod: "评估方式",
  assessmentParticipants: "参与人员",
  assessmentResult: "评估结果",
};

export const BUDGET_NAMES: Record<BudgetKey, string> = {
  projectBudget: "项目预算",
  implementationTotal: "实施期资金总额",
  implementationFiscal: "实施期财政拨款",
  implementationOther: "实施期其他资金",
  annualTotal: "年度资金总额",
  annualFiscal: "年度财政拨款",
  annualOther: "年度其他资金",
  fundTotal: "项目资金总额",
  carryOver: "上年度项目资金结转",
  currentRequest: "本年度预算申请",
  otherFunds: "本年度安排其他资金",
  projectSpending: "项目支出",
  basicSpending: "基本支出",
};

/** Assessment dimensions required when the form has a 事前绩效评估 block. */
export const ASSESSMENT_FIELDS: HeaderFieldKey[] = [
  "assessmentNecessity",
  "assessmentEconomy",
  "assessmentGoals",
  "assessmentFeasibility",
  "assessmentFinancing",
];

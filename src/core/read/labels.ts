/**
 * The label catalogue: which printed labels mean which field. Data, not code paths.
 * Keys are compared after labelKey() normalisation (half width, no spaces, no brackets, no colon).
 */
import { labelKey } from "../text/normalize";
import type { BudgetKey, CheckboxGroupKey, HeaderFieldKey } from "../model/form";

export type LabelTarget =
  | { kind: "field"; key: HeaderFieldKey }
  | { kind: "checkbox"; key: CheckboxGroupKey; exclusive: boolean }
  /** 项目属性 is a checkbox group on one layout and plain text on another. */
  | { kind: "field-or-checkbox"; field: HeaderFieldKey; checkbox: CheckboxGroupKey; exclusive: boolean }
  | { kind: "money"; key: BudgetKey; direction: "right" | "below" }
  /** 其中：财政拨款 / 其他资金: the period comes from the 总额 label above in the same column. */
  | { kind: "money-part"; part: "fiscal" | "other" | "project" | "basic" }
  | { kind: "score" }
  | { kind: "assessment-code" }
  | { kind: "goal"; period: "implementation" | "annual" }
  | {
      kind: "section";
      section: "assessment" | "budget" | "goals" | "indicators" | "funding" | "details" | "basic" | "evaluation";
    }
  | { kind: "details-header" }
  /** 部门整体 年度履职目标 side table: 支出项目名称 | 预算金额. */
  | { kind: "spending-header" }
  | { kind: "indicator-header" };

export interface LabelDef {
  labels: string[];
  target: LabelTarget;
  /** Also match when the cell text starts with the label (e.g. "中长期目标2021-2021"). */
  prefix?: boolean;
}

/** The vocabulary (data; its shape is checked with LabelDefSchema of ./vocabularySchemas by the tests, so zod stays
 * off the engine's run-time path — the pane's first screen and the CLI's start-up). */
export const LABEL_DATA: LabelDef[] = [
  {
    labels: ["项目名称", "项目名称及编码", "项目名称及代码", "项目(政策)名称", "政策名称"],
    target: { kind: "field", key: "projectName" },
  },
  { labels: ["资金名称", "专项资金名称", "转移支付资金名称"], target: { kind: "field", key: "fundName" } },
  {
    labels: [
      "主管部门",
      "主管部门及主管部门编码",
      "主管部门及编码",
      "主管部门及代码",
      "项目主管部门",
      "主管单位",
      "主管部门名称",
      "项目主管单位",
      "部门名称",
      "部门(单位)名称",
      "部门单位名称",
      "单位名称",
      "预算单位",
      "预算部门",
      "填报单位",
      "地方主管部门",
    ],
    target: { kind: "field", key: "department" },
  },
  {
    labels: ["项目实施单位", "项目单位", "实施单位", "项目执行单位", "执行单位", "项目承担单位", "承担单位", "实施主体"],
    target: { kind: "field", key: "implementingUnit" },
  },
  {
    labels: [
      "项目实施起止时间",
      "起止时间",
      "项目起止时间",
      "实施起止时间",
      "实施期",
      "项目实施期",
      "项目实施周期",
      "实施周期",
      "项目周期",
      "实施时间",
      "项目实施时间",
    ],
    target: { kind: "field", key: "period" },
  },
  { labels: ["项目期限", "项目期", "实施年限", "项目年限"], target: { kind: "field", key: "projectTerm" } },
  { labels: ["评价方式", "自评方式", "评价形式"], target: { kind: "field", key: "evaluationMethod" } },
  { labels: ["预算执行率权重", "预算执行权重", "预算执行率分值"], target: { kind: "field", key: "executionWeight" } },
  {
    labels: ["设立依据", "项目立项依据", "立项依据", "项目立项的依据", "项目设立依据", "政策依据", "项目依据"],
    target: { kind: "field", key: "basis" },
  },
  {
    labels: ["项目概述", "项目概况", "项目简介", "项目主要内容", "项目内容", "项目实施内容及过程概述", "项目实施内容"],
    target: { kind: "field", key: "overview" },
  },
  {
    labels: ["经费测算", "测算依据", "测算依据及说明", "经费测算依据", "资金测算依据", "项目测算依据"],
    target: { kind: "field", key: "costEstimate" },
  },
  { labels: ["项目实施方案", "实施方案"], target: { kind: "field", key: "implementationPlan" } },
  {
    labels: ["项目实施计划", "实施计划", "实施进度计划", "项目实施进度计划", "专项实施进度计划", "专项实施计划"],
    target: { kind: "field", key: "implementationSchedule" },
  },
  { labels: ["部门职能", "部门职责", "主要职能"], target: { kind: "field", key: "departmentFunction" } },
  { labels: ["预算功能科目", "功能科目"], target: { kind: "field", key: "functionalCode" } },
  { labels: ["项目来源"], target: { kind: "field", key: "projectSource" } },
  {
    labels: ["项目负责人及电话", "项目负责人及联系电话", "项目负责人", "联系人及电话", "联系人"],
    target: { kind: "field", key: "contact" },
  },
  { labels: ["联系电话", "电话", "联系方式"], target: { kind: "field", key: "phone" } },
  // A transfer payment's central department (中央主管部门 | 财政部), beside the 地方主管部门 who fills the form; it
  // stands for the 主管部门 when the form prints no other (see FormReader.finish).
  { labels: ["中央主管部门"], target: { kind: "field", key: "centralDepartment" } },
  // The self-evaluation's total written in the header (自评得分 | 98, 银川 2021).
  { labels: ["自评得分", "自评总分", "自评总得分", "自评分数"], target: { kind: "field", key: "selfScore" } },
  { labels: ["补助区域", "实施区域", "分配区域", "补助项目/区域"], target: { kind: "field", key: "region" } },
  { labels: ["部门预算编码", "主管部门编码", "部门编码", "单位编码"], target: { kind: "field", key: "departmentCode" } },
  { labels: ["项目申报的可行性", "项目可行性分析"], target: { kind: "field", key: "feasibility" } },
  {
    labels: [
      "年度总体目标完成情况",
      "年度总体目标完成情况综述",
      "年度目标完成情况",
      "目标完成情况",
      // The completion column beside the goal's (年初设定目标 | 全年实际完成情况, 咸宁 2021, 炉霍 2021).
      "全年实际完成情况",
      "年度实际完成情况",
      "全年完成情况",
      "目标实际完成情况",
      "总体目标实际完成情况",
    ],
    target: { kind: "field", key: "goalCompletion" },
  },
  // 总体目标完成情况 over 总体目标 | 全年实际完成情况 (炉霍 2021): the goal block's section label.
  { labels: ["总体目标完成情况", "总体目标及完成情况"], target: { kind: "section", section: "goals" } },
  { labels: ["评价结论", "自评结论"], target: { kind: "field", key: "evaluationConclusion" } },
  { labels: ["存在问题", "存在的问题"], target: { kind: "field", key: "problems" } },
  { labels: ["改进措施", "整改措施"], target: { kind: "field", key: "improvements" } },
  { labels: ["保证项目实施的制度、措施", "保证项目实施的制度措施"], target: { kind: "field", key: "safeguards" } },
  {
    labels: ["项目属性", "项目类型", "项目类别", "专项属性"],
    target: { kind: "field-or-checkbox", field: "projectAttribute", checkbox: "projectAttribute", exclusive: true },
  },
  { labels: ["项目口径"], target: { kind: "checkbox", key: "projectScope", exclusive: true } },
  {
    labels: ["项目实施必要性及可行性", "必要性及可行性", "项目申报的必要性", "项目实施的必要性", "必要性"],
    target: { kind: "field", key: "necessity" },
  },
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
  {
    labels: [
      "项目预算",
      "项目预算金额",
      "预算金额",
      "项目金额",
      "项目总预算",
      "项目预算数",
      "申请金额",
      "预算数",
      "项目资金金额",
    ],
    target: { kind: "money", key: "projectBudget", direction: "right" },
  },
  {
    labels: [
      "实施期资金总额",
      "资金总额",
      "项目总金额",
      "总额",
      "中期财政预算",
      "中期市财政预算",
      "中期预算",
      "项目总投资",
      "总投资",
    ],
    target: { kind: "money", key: "implementationTotal", direction: "right" },
  },
  {
    labels: [
      "年度资金总额",
      "当年资金总额",
      "年度金额",
      "本年度资金总额",
      "年度预算",
      "年度预算金额",
      "本年度申请市财政预算资金",
      "本年度申请财政预算资金",
      "本年资金总额",
      "年度资金",
    ],
    target: { kind: "money", key: "annualTotal", direction: "right" },
  },
  {
    labels: [
      "财政拨款",
      "其中财政拨款",
      "当年财政拨款",
      "其中当年财政拨款",
      "本年财政拨款",
      "其中本年财政拨款",
      "财政拨款小计",
      "财政资金",
      "其中财政资金",
      "本级财政资金",
      "上级资金",
      "其中上级资金",
      "中央补助",
      "其中中央补助",
      "上级补助",
      "市级资金",
      "省级资金",
    ],
    target: { kind: "money-part", part: "fiscal" },
  },
  {
    labels: [
      "其他资金",
      "其中其他资金",
      "当年其他资金",
      "自有资金",
      "自有资金小计",
      "其他收入",
      "地方资金",
      "单位资金",
      "财政专户管理资金",
      "其他",
    ],
    target: { kind: "money-part", part: "other" },
  },
  { labels: ["项目支出", "其中项目支出"], target: { kind: "money-part", part: "project" } },
  { labels: ["基本支出", "其中基本支出"], target: { kind: "money-part", part: "basic" } },
  { labels: ["支出项目名称"], target: { kind: "spending-header" } },
  { labels: ["项目资金总额"], target: { kind: "money", key: "fundTotal", direction: "below" } },
  {
    labels: ["上年度项目资金结转", "上年结转", "上年度结转", "上年结余"],
    target: { kind: "money", key: "carryOver", direction: "below" },
  },
  { labels: ["本年度预算申请"], target: { kind: "money", key: "currentRequest", direction: "below" } },
  { labels: ["本年度安排其他资金"], target: { kind: "money", key: "otherFunds", direction: "below" } },
  {
    labels: [
      "实施期总体目标",
      "实施期目标",
      "中长期目标",
      "中长期绩效目标",
      "长期目标",
      "中期目标",
      "中期滚动目标",
      "长期绩效目标",
      "实施期绩效目标",
      "项目实施期目标",
    ],
    target: { kind: "goal", period: "implementation" },
    prefix: true,
  },
  {
    labels: [
      "年度目标",
      "年度总体目标",
      "年度绩效目标",
      "当年目标",
      "本年度目标",
      "年初设定目标",
      // The goal column beside its completion (预期目标 | 目标实际完成情况, 安居 2021).
      "预期目标",
      "项目年度目标",
      "年度履职目标",
    ],
    target: { kind: "goal", period: "annual" },
  },
  { labels: ["事前绩效评估情况", "事前绩效评估"], target: { kind: "section", section: "assessment" } },
  {
    labels: [
      "预算安排情况",
      "年度预算安排",
      "资金情况",
      "项目资金",
      "资金总额及构成",
      "预算执行情况",
      "部门总体资金情况",
      "总体资金情况",
    ],
    target: { kind: "section", section: "budget" },
  },
  { labels: ["绩效目标", "项目总体目标", "总体目标", "项目绩效目标", "整体目标"], target: { kind: "section", section: "goals" } },
  {
    labels: ["绩效指标", "项目绩效指标", "绩效项目指标表", "长期绩效指标", "中长期绩效指标", "年度绩效指标", "绩效指标表"],
    target: { kind: "section", section: "indicators" },
  },
  { labels: ["项目资金来源", "资金来源"], target: { kind: "section", section: "funding" } },
  { labels: ["项目预算明细", "预算明细"], target: { kind: "section", section: "details" } },
  { labels: ["项目单位基本情况", "项目基本情况", "资金金额", "项目资金构成"], target: { kind: "section", section: "basic" } },
  {
    labels: ["预算绩效评价结果", "绩效评价结果", "评价得分", "审核意见", "初审意见"],
    target: { kind: "section", section: "evaluation" },
  },
  // 项目支出明细 | 金额 | 测算依据及说明 (湖北 2020 申报表): the same lines under their heading.
  { labels: ["明细项目名称", "项目支出明细"], target: { kind: "details-header" } },
  { labels: ["一级指标", "一级", "一级指标名称", "一级目标"], target: { kind: "indicator-header" } },
];

export const LABELS: readonly LabelDef[] = parseLabels(LABEL_DATA);

function parseLabels(data: LabelDef[]): LabelDef[] {
  // Compared as they are matched (after labelKey), so two spellings that normalise alike cannot land in two groups.
  const seen = new Map<string, number>();
  data.forEach((d, i) =>
    d.labels.forEach((l) => {
      const key = labelKey(l);
      const prev = seen.get(key);
      if (prev !== undefined && prev !== i) throw new Error(`标签词表有误：“${l}”出现在两组里`);
      seen.set(key, i);
    }),
  );
  return data;
}

const EXACT = new Map<string, LabelTarget>();
const PREFIX: { label: string; target: LabelTarget }[] = [];
for (const def of LABELS) {
  for (const l of def.labels) {
    EXACT.set(labelKey(l), def.target);
    if (def.prefix) PREFIX.push({ label: labelKey(l), target: def.target });
  }
}

/**
 * Labels by their words, when no listed spelling matches: publishers compose labels from a few nouns
 * ("项目支出名称", "本年度绩效目标", "主管预算部门", "项目支出实施期", "年度本级预算金额"), so a short label is
 * read by the noun it ends in and the words that qualify it. Tried after the exact spellings; only for
 * short keys (a sentence is never a label). Data: the first pattern that matches wins.
 */
const LABEL_WORD_PATTERNS: { pattern: string; target: LabelTarget }[] = [
  { pattern: "^(?!支出项目|明细项目)(本?项目|项目支出|政策)[^绩指目]{0,4}名称$", target: { kind: "field", key: "projectName" } },
  // The goal of the thing the form is for, named first (专项年度绩效目标, 项目年度目标: 永兴 2017).
  { pattern: "^(专项|项目|资金|政策)?(本|当)?年度?[^指]{0,6}绩效目标$", target: { kind: "goal", period: "annual" } },
  {
    pattern: "^(专项|项目|资金|政策)?(本|当)?年度?[^指]{0,4}目标(和|及|与)?(成果|任务)?$",
    target: { kind: "goal", period: "annual" },
  },
  // 实施周期总目标(2022年--2024年) (东莞 2022): the period's goal whatever word names the period.
  {
    pattern: "^(专项|项目|资金|政策)?(实施期|实施周期|中长期|长期|项目期|项目周期)[^指]{0,4}目标$",
    target: { kind: "goal", period: "implementation" },
  },
  { pattern: "^主管[^名称]{0,4}(部门|单位)$", target: { kind: "field", key: "department" } },
  // 申报单位名称, 填报单位名称 (芜湖 2019): the unit filing the form stands in for its 主管部门.
  { pattern: "^(申报|填报)(单位|部门)(名称)?$", target: { kind: "field", key: "department" } },
  // The department by its place in the budget or the evaluation: 预算部门名称, 一级预算单位, 评价部门名称 (蚕茶 2021's
  // 整体支出自评), 被评价单位名称 — the unit the form is about.
  // (Not 评价单位 alone: in a 第三方 evaluation that may name the evaluator.)
  {
    pattern: "^(([一二三]级)?(预算|所属)(部门|单位)(名称)?|被评价(部门|单位)(名称)?|评价部门名称)$",
    target: { kind: "field", key: "department" },
  },
  {
    pattern: "^(项目|项目支出|资金|专项|专项资金|政策)?(实施期|实施周期|执行期|建设周期|起止时间|实施年限)$",
    target: { kind: "field", key: "period" },
  },
  { pattern: "^(专项|专项资金|资金|转移支付)名称$", target: { kind: "field", key: "fundName" } },
  // 项目资金情况, 项目资金申请(万元), 预算安排情况: a money section under any of its words (湘阴 2022).
  { pattern: "^(项目)?(资金|预算)(情况|申请|安排|来源)(情况)?$", target: { kind: "section", section: "budget" } },
  // The detail budget under any of its words: 支出明细预算 (湖南 申报表), 项目支出内容及明细预算 (阳泉 2015), 支出预算明细.
  { pattern: "^(项目)?(支出)?(内容及?)?(明细预算|预算明细)$", target: { kind: "section", section: "details" } },
  // 整体绩效目标 (澧县 部门整体), 总体绩效目标, 部门整体支出绩效目标: the goal section under any of its words.
  { pattern: "^(部门|单位|项目)?(整体|总体)(支出)?(绩效)?目标$", target: { kind: "section", section: "goals" } },
  // 年度绩效总目标, 年度总体目标 (浮梁 部门整体): the year's goal, however the 总/总体 is placed.
  { pattern: "^(本|当)?年度?(绩效)?总(体)?(绩效)?目标$", target: { kind: "goal", period: "annual" } },
  // The goal named with what is written in it: 绩效目标总体描述 (临海 2024), 总体目标描述, 年度绩效目标概述.
  {
    pattern: "^(本|当)?(年度?)?(绩效)?(总体)?(绩效)?目标(的)?(总体)?(描述|概述)$",
    target: { kind: "goal", period: "annual" },
  },
  { pattern: "^部门(主要)?(职能|职责)+(概述|简介|概况)?$", target: { kind: "field", key: "departmentFunction" } },
  // 项目设立必要性 (阳泉), 保证项目实施的制度、措施: what the project needs, how it will be carried out.
  { pattern: "^(项目)?(设立|申报|建设)的?必要性$", target: { kind: "field", key: "necessity" } },
  { pattern: "^(保证|保障)(项目)?(实施)?的?(制度|管理)?、?(措施|制度)$", target: { kind: "field", key: "safeguards" } },
  // 一级项目 / 二级项目 (甘肃 省级部门预算): the 二级 (or deeper) project is this form's project; the 一级 one is
  // its program (no field of ours: not a fund name, which would make it look like a transfer payment).
  // Only with 名称: a bare "二级项目" is the value of 项目等级 / 项目级别 (广东 2021, 肇庆 2024), not a label.
  { pattern: "^(二级|三级|子)项目名称$", target: { kind: "field", key: "projectName" } },
  { pattern: "^(项目)?(责任人|负责人)(姓名)?$", target: { kind: "field", key: "contact" } },
  // The unit that spends the money carries the project out: 资金使用单位 (名称).
  { pattern: "^(项目|资金|专项资金)?使用单位(名称)?$", target: { kind: "field", key: "implementingUnit" } },
  // 专项立项依据, 项目设立依据, 资金安排依据: the policy a project or fund rests on.
  { pattern: "^(项目|专项|资金)?(立项|设立|申报|安排|分配)(的)?(政策)?依据$", target: { kind: "field", key: "basis" } },
  {
    // Any level of government, or several joined: 自治区补助, 市县资金 (原州 2022), 盟市/旗县财政资金 (临河 2022), 中央、市级
    // 补助 (忠县 2021) as well as 中央/省级/县级.
    pattern:
      "^(中央|自治区级?|直辖市|[省市县区州盟旗乡镇]{1,2}级?|地方|本级|上级)([、,和及与](中央|自治区级?|[省市县区州盟旗]{1,2}级?|地方|本级))*(财政)?((补助|拨款|专项|配套)(资金)?|资金)$",
    target: { kind: "money-part", part: "fiscal" },
  },
  // 部门预算 收入 by its nature (按收入性质分, 湖南 部门整体 forms): the budget's standard income classes. The fiscal
  // ones (一般公共预算 / 政府性基金预算 / 国有资本经营预算 拨款, 纳入专户管理的非税收入) are parts of 财政拨款 and add up.
  {
    pattern:
      "^(一般公共预算|公共财政(预算)?|政府性基金(预算)?|国有资本经营预算|纳入(财政)?专户管理的?非税收入)(拨款|资金|收入)?$",
    target: { kind: "money-part", part: "fiscal" },
  },
  {
    pattern: "^(本|当)?年度?(本级|财政)?(预算|资金)(申请|安排)?(金额|总额|数)$|^(本|当)年度?预算$",
    target: { kind: "money", key: "annualTotal", direction: "right" },
  },
  // 部门整体支出年度绩效指标 (南岳 2017), 单位整体绩效指标: the indicator section named with its subject.
  {
    pattern: "^(部门|单位)?(整体)?(支出)?(年度|本年度|中期|实施期)?绩效指标(情况|表)?$",
    target: { kind: "section", section: "indicators" },
  },
  // 预算支出总额 heading its figure below (泸县 2024 部门整体: 预算支出总额 | 基本支出 | 项目支出 over the amounts), or
  // beside it.
  { pattern: "^(预算)?支出(总额|合计)$", target: { kind: "money", key: "annualTotal", direction: "below" } },
  // 年度预算资金总额 | 中期预算资金总额 (阳泉): 预算 and 资金 both written.
  { pattern: "^(本|当)?年度?预算资金(金额|总额)$", target: { kind: "money", key: "annualTotal", direction: "right" } },
  {
    pattern: "^(中期|实施期|实施周期|项目期|中长期)(预算)?资金(金额|总额)$",
    target: { kind: "money", key: "implementationTotal", direction: "right" },
  },
  // 下达中央预算内投资(万元) (宝坻, 中央预算内投资计划): the money this table is about.
  {
    pattern: "^(下达|安排|拨付)?(中央|省级?|市级?|县级?)?(预算内)?(投资|资金)(金额|总额|数)?$",
    target: { kind: "money", key: "fundTotal", direction: "right" },
  },
];
const WORD_PATTERNS = LABEL_WORD_PATTERNS.map((p) => ({ re: new RegExp(p.pattern), target: p.target }));

/** The target of an exact label key, or null. */
export function lookupLabel(key: string): LabelTarget | null {
  return EXACT.get(key) ?? null;
}

/** The target of a short label read by its words (see LABEL_WORD_PATTERNS), or null. */
export function lookupLabelByWords(key: string): LabelTarget | null {
  if (key.length < 4 || key.length > 16) return null;
  for (const p of WORD_PATTERNS) if (p.re.test(key)) return p.target;
  return null;
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
  // A year or edition in brackets may follow the name ("…自评表(2023年度)"), a note in brackets stand inside it
  // ("…绩效目标(申报)表", "区域(项目)绩效目标表"): the name without them.
  const t = normalizedNoSpace.replace(/\([^()]*\)/g, "").replace(/^附件\d*[:]?/, "");
  return (
    // (A 自评 is a performance self-evaluation whether or not 绩效 is written: "…项目自评结果", 湖北科技学院 2021.)
    /绩效|自评/.test(t) &&
    // The table's name ends it; a qualifier may sit before 表 ("…绩效目标申报明细表", 芜湖 2019).
    // … or any short qualifier between the form's word and 表 ("…绩效目标公开表", 百色 2023); a 自评报告 printed as a
    // form (岳阳's "部门(单位)整体支出绩效评价自评报告": 评价方式, 评价机构, 报告日期 over the tables).
    (/(绩效表|绩效目标表|申报表|目标表|绩效目标申报表|批复表|审批表|自评表|评价表|评价结果的公示|评价结果|自评报告|评价报告|(申报|批复|审批|目标|自评)(明细|汇总|情况)表)$/.test(
      t,
    ) ||
      /(绩效|目标|申报|批复|审批|自评|评价)[\u4e00-\u9fff]{0,4}表$/.test(t) ||
      // … or its result or state as published: "…绩效自评情况公示", "…项目自评结果" (大英 2022, 湖北科技学院 2021).
      /(自评|评价)(结果|情况)(的)?(公示|公开)?$/.test(t)) &&
    normalizedNoSpace.length <= 60
  );
}

/**
 * The built-in indicator library: one template per kind of project (issue 7), parsed with zod at load.
 *
 * Rows are written framework-neutral with the older 二级 names (数量/质量/时效/成本/…效益/服务对象满意度);
 * ./render.ts places them into old-88 (成本 under 产出) or core-101 (成本指标 › 经济成本指标 first).
 * Names, units and value ranges follow the published rows collected in shared/DOMAIN-sources.md §4
 * (e.g. 应急运维系统保障率 ≥80%, 资金支付及时率 =100%, 验收合格率 =100%, 满意度 ≥90%/≥95%, 人均标准 元/人,
 * 成本上限 ≤ 万元); the wording of every row and explanation is our own.
 * value null = a placeholder only the unit can fill (written "≥（待填）人"), with `example` as a hint.
 */
import { type Template, type TemplateInput, TemplateSchema } from "./schema";

const deadline = (name: string, explanation: string) =>
  ({ level2: "时效指标", name, operator: "时限", value: null, unit: "", explanation, fill: "period-end" }) as const;
const budgetCap = (name: string, explanation: string) =>
  ({ level2: "成本指标", name, operator: "≤", value: null, unit: "万元", explanation, fill: "budget", example: "10" }) as const;
const satisfaction = (name: string, value: "90" | "95", explanation: string) =>
  ({ level2: "服务对象满意度指标", name, operator: "≥", value, unit: "%", explanation }) as const;

const RAW: TemplateInput[] = [
  {
    id: "it-maintenance",
    name: "信息系统运维/升级",
    kinds: ["信息系统运维", "系统升级改造"],
    keywords: ["系统", "信息化", "运维", "维护", "升级", "软件", "网络", "机房", "服务器", "信息"],
    rows: [
      { level2: "数量指标", name: "运维系统数量", operator: "=", value: null, unit: "套", example: "3", fill: "estimate-quantity", explanation: "合同约定纳入运维（升级）范围的信息系统套数。" },
      { level2: "数量指标", name: "系统巡检次数", operator: "≥", value: "12", unit: "次", explanation: "全年按运维合同完成的例行巡检次数，以巡检记录为准。" },
      { level2: "质量指标", name: "系统可用率", operator: "≥", value: "99", unit: "%", explanation: "（全年服务时长－故障停机时长）÷全年服务时长。" },
      { level2: "质量指标", name: "运维服务验收合格率", operator: "=", value: "100", unit: "%", explanation: "验收合格的运维（升级）服务项目数÷服务项目总数。" },
      { level2: "时效指标", name: "故障响应修复时限", operator: "≤", value: "24", unit: "小时", explanation: "从报修到系统恢复使用的最长时间，以工单记录为准。" },
      deadline("运维（升级）服务完成时间", "合同约定的运维（升级）服务在实施期结束前完成并验收。"),
      { level2: "成本指标", name: "单套系统运维费", operator: "≤", value: null, unit: "万元/套/年", example: "4", fill: "estimate-unit-cost", explanation: "每套系统每年的运维合同价，不超过经费测算标准。" },
      { level2: "社会效益指标", name: "因系统故障导致业务中断次数", operator: "=", value: "0", unit: "次", explanation: "全年因系统故障造成经办、结算业务中断的次数。" },
      { level2: "可持续影响指标", name: "数据安全事故次数", operator: "=", value: "0", unit: "次", explanation: "全年发生数据泄露、丢失等安全事故的次数。" },
      satisfaction("系统使用人员满意度", "95", "对系统使用人员抽样问卷，满意及基本满意人数÷有效问卷数。"),
    ],
  },
  {
    id: "work-funds",
    name: "工作经费/业务经费（核查、监管）",
    kinds: ["工作经费", "业务经费", "稽核核查", "基金监管"],
    keywords: ["工作经费", "业务经费", "稽核", "核查", "监管", "检查", "督查", "反欺诈", "欺诈", "骗保", "专项治理", "经办", "业务"],
    rows: [
      { level2: "数量指标", name: "检查定点医药机构数量", operator: "≥", value: null, unit: "家", example: "30", explanation: "全年现场检查、核查的定点医药机构家数，以检查记录为准。" },
      { level2: "数量指标", name: "开展专项检查次数", operator: "≥", value: null, unit: "次", example: "4", explanation: "全年组织的专项检查、飞行检查等行动次数。" },
      { level2: "质量指标", name: "定点医药机构检查覆盖率", operator: "≥", value: "95", unit: "%", explanation: "已检查的定点医药机构数÷定点医药机构总数。" },
      { level2: "质量指标", name: "发现问题整改完成率", operator: "≥", value: "95", unit: "%", explanation: "已完成整改的问题数÷检查发现的问题总数。" },
      deadline("年度检查任务完成时间", "年度核查、监管任务在实施期结束前全部完成。"),
      budgetCap("工作经费总成本", "全年工作经费实际支出不超过项目预算。"),
      { level2: "经济效益指标", name: "违规资金追回到位率", operator: "≥", value: "90", unit: "%", explanation: "已追回的违规资金÷认定应追回的违规资金。" },
      { level2: "社会效益指标", name: "违规案件查处率", operator: "=", value: "100", unit: "%", explanation: "已查处的违规案件数÷立案的违规案件数。" },
      satisfaction("参保群众满意度", "90", "对参保群众抽样问卷，满意及基本满意人数÷有效问卷数。"),
    ],
  },
  {
    id: "publicity",
    name: "专项宣传",
    kinds: ["专项宣传", "政策宣传"],
    keywords: ["宣传", "宣讲", "政策解读", "宣传品", "知晓", "广告", "媒体", "宣传月"],
    rows: [
      { level2: "数量指标", name: "开展宣传活动次数", operator: "≥", value: null, unit: "次", example: "4", explanation: "全年组织的集中宣传、进社区宣讲等活动场次。" },
      { level2: "数量指标", name: "发放宣传资料数量", operator: "≥", value: null, unit: "份", example: "5000", explanation: "印制并发放的折页、海报、手册等份数，以发放登记为准。" },
      { level2: "数量指标", name: "媒体宣传发布期数", operator: "≥", value: null, unit: "期", example: "12", explanation: "在电视、广播、报刊、新媒体上发布宣传内容的期数。" },
      { level2: "质量指标", name: "宣传内容审核通过率", operator: "=", value: "100", unit: "%", explanation: "经审核后发布的宣传内容数÷发布的宣传内容总数。" },
      deadline("宣传任务完成时间", "全年宣传任务在实施期结束前完成。"),
      budgetCap("宣传经费总成本", "宣传品印制、媒体发布等支出合计不超过项目预算。"),
      { level2: "社会效益指标", name: "政策知晓率", operator: "≥", value: "85", unit: "%", explanation: "抽样调查中知晓相关政策的人数÷被调查人数。" },
      { level2: "社会效益指标", name: "宣传覆盖人次", operator: "≥", value: null, unit: "人次", example: "20000", explanation: "活动现场、资料发放和媒体传播覆盖的人次。" },
      satisfaction("群众满意度", "90", "对宣传对象抽样问卷，满意及基本满意人数÷有效问卷数。"),
    ],
  },
  {
    id: "subsidy",
    name: "补助/补贴/待遇发放",
    kinds: ["补助", "补贴", "待遇发放", "医疗救助"],
    keywords: ["补助", "补贴", "待遇", "救助", "发放", "抚恤", "慰问", "生活费", "保障金", "伙食", "离退休"],
    rows: [
      { level2: "数量指标", name: "补助对象人数", operator: "≥", value: null, unit: "人", example: "100", fill: "estimate-quantity", explanation: "按政策认定、全年享受补助（待遇）的人数。" },
      { level2: "质量指标", name: "补助对象认定准确率", operator: "=", value: "100", unit: "%", explanation: "符合政策条件的补助对象数÷实际发放对象数。" },
      { level2: "质量指标", name: "补助资金足额发放率", operator: "=", value: "100", unit: "%", explanation: "实际发放金额÷按标准应发放金额。" },
      { level2: "时效指标", name: "补助资金按时发放率", operator: "=", value: "100", unit: "%", explanation: "在规定发放日前发放的笔数÷应发放笔数。" },
      deadline("年度补助发放完成时间", "全年补助资金在实施期结束前发放完毕。"),
      { level2: "成本指标", name: "人均补助标准", operator: "≤", value: null, unit: "元/人", example: "1000", fill: "estimate-unit-cost", explanation: "每人补助金额，按政策文件规定的标准执行。" },
      { level2: "社会效益指标", name: "符合条件对象应享尽享率", operator: "=", value: "100", unit: "%", explanation: "已享受补助的符合条件对象数÷符合条件对象总数。" },
      satisfaction("受益对象满意度", "90", "对补助对象抽样回访，满意及基本满意人数÷有效回访数。"),
    ],
  },
  {
    id: "insurance-subsidy",
    name: "参保缴费资助与代缴",
    kinds: ["参保缴费资助", "个人缴费代缴", "代缴代理费"],
    keywords: ["参保", "缴费", "资助", "代缴", "代理费", "个人缴费", "配套", "居民医保", "城乡居民"],
    rows: [
      { level2: "数量指标", name: "资助（代缴）参保人数", operator: "≥", value: null, unit: "人", example: "1850", fill: "estimate-quantity", explanation: "由财政资助或代缴个人缴费部分的参保人数。" },
      { level2: "质量指标", name: "资助对象参保率", operator: "=", value: "100", unit: "%", explanation: "已参保的资助对象数÷应资助对象总数。" },
      { level2: "质量指标", name: "资助资金纳入统筹率", operator: "=", value: "100", unit: "%", explanation: "划入医保基金的资助资金÷安排的资助资金。" },
      deadline("资助资金划拨完成时间", "资助（代缴）资金在实施期结束前划入医保基金。"),
      { level2: "成本指标", name: "人均资助标准", operator: "≤", value: null, unit: "元/人", example: "75", fill: "estimate-unit-cost", explanation: "每名资助对象的资助（代缴）金额，按政策标准执行。" },
      { level2: "社会效益指标", name: "困难群众参保覆盖率", operator: "≥", value: "99", unit: "%", explanation: "参保的困难群众人数÷困难群众总人数。" },
      satisfaction("参保对象满意度", "90", "对资助对象抽样回访，满意及基本满意人数÷有效回访数。"),
    ],
  },
  {
    id: "procurement-platform",
    name: "药品耗材集中采购/平台运行",
    kinds: ["药品耗材集中采购", "采购平台建设运行"],
    keywords: ["集中采购", "带量采购", "集采", "药品", "耗材", "采购平台", "联盟", "挂网", "招采"],
    rows: [
      { level2: "数量指标", name: "集中采购药品（耗材）品种数", operator: "≥", value: null, unit: "个", example: "100", explanation: "全年纳入集中（带量）采购并执行的药品、耗材品种数。" },
      { level2: "数量指标", name: "接入平台医疗机构数", operator: "≥", value: null, unit: "家", example: "50", explanation: "通过平台采购、结算的公立医疗机构家数。" },
      { level2: "质量指标", name: "采购平台可用率", operator: "≥", value: "99", unit: "%", explanation: "（全年服务时长－故障停机时长）÷全年服务时长。" },
      { level2: "质量指标", name: "中选产品约定采购量完成率", operator: "≥", value: "90", unit: "%", explanation: "医疗机构实际采购中选产品量÷约定采购量。" },
      deadline("平台年度运行服务完成时间", "平台运行维护服务在实施期结束前完成并验收。"),
      budgetCap("平台建设运行总成本", "平台建设、运行维护支出合计不超过项目预算。"),
      { level2: "经济效益指标", name: "中选产品节约采购资金", operator: "≥", value: null, unit: "万元", example: "300", explanation: "按中选价与上年同品种采购价之差计算的节约金额。" },
      satisfaction("医疗机构满意度", "90", "对接入平台的医疗机构问卷，满意及基本满意家数÷有效问卷数。"),
    ],
  },
  {
    id: "hired-staff",
    name: "聘用人员经费",
    kinds: ["聘用人员经费", "劳务派遣", "公益性岗位"],
    keywords: ["聘用", "外聘", "临时人员", "劳务派遣", "编外", "人员工资", "公益性岗位", "工资", "协管员"],
    rows: [
      { level2: "数量指标", name: "聘用人员数量", operator: "=", value: null, unit: "人", example: "5", fill: "estimate-quantity", explanation: "按批准的岗位和合同实际聘用的人数。" },
      { level2: "质量指标", name: "聘用人员年度考核合格率", operator: "≥", value: "90", unit: "%", explanation: "年度考核合格的聘用人员数÷聘用人员总数。" },
      { level2: "质量指标", name: "劳动合同签订率", operator: "=", value: "100", unit: "%", explanation: "签订劳动（劳务）合同的人数÷聘用人数。" },
      { level2: "时效指标", name: "工资按月发放率", operator: "=", value: "100", unit: "%", explanation: "按月足额发放工资的月数÷12。" },
      { level2: "成本指标", name: "人均年度经费", operator: "≤", value: null, unit: "万元/人/年", example: "2.8", fill: "estimate-unit-cost", explanation: "每名聘用人员全年工资、社保等支出，不超过测算标准。" },
      { level2: "社会效益指标", name: "所承担业务按时办结率", operator: "≥", value: "95", unit: "%", explanation: "聘用人员承担的业务中按时办结的件数÷受理件数。" },
      satisfaction("服务对象满意度", "90", "对办事群众抽样问卷，满意及基本满意人数÷有效问卷数。"),
    ],
  },
  {
    id: "card-printing",
    name: "制卡/印制",
    kinds: ["社保卡（医保卡）制卡", "票据、资料印制"],
    keywords: ["制卡", "社保卡", "医保卡", "印制", "印刷", "色带", "卡片", "证件", "票据"],
    rows: [
      { level2: "数量指标", name: "制卡（印制）数量", operator: "≥", value: null, unit: "张", example: "2000", fill: "estimate-quantity", explanation: "全年完成制作（印制）的卡片、证件或资料数量。" },
      { level2: "质量指标", name: "制卡（印制）合格率", operator: "≥", value: "99", unit: "%", explanation: "检验合格的卡片（印制品）数÷制作总数。" },
      deadline("制卡（印制）完成时间", "全年制卡（印制）任务在实施期结束前完成。"),
      { level2: "成本指标", name: "单张制卡（印制）成本", operator: "≤", value: null, unit: "元/张", example: "20", fill: "estimate-unit-cost", explanation: "每张卡片（印制品）的材料和制作费用。" },
      { level2: "社会效益指标", name: "卡片发放到位率", operator: "≥", value: "95", unit: "%", explanation: "已发放到申领人手中的卡片数÷制作完成的卡片数。" },
      satisfaction("领卡群众满意度", "90", "对领卡群众抽样问卷，满意及基本满意人数÷有效问卷数。"),
    ],
  },
  {
    id: "meeting-training",
    name: "会议/培训",
    kinds: ["会议", "培训"],
    keywords: ["会议", "培训", "研讨", "讲座", "培训班", "学习", "业务培训"],
    rows: [
      { level2: "数量指标", name: "举办培训（会议）期数", operator: "≥", value: null, unit: "期", example: "2", explanation: "全年举办的培训班（会议）期数，以通知和签到为准。" },
      { level2: "数量指标", name: "参训（参会）人次", operator: "≥", value: null, unit: "人次", example: "200", explanation: "各期培训（会议）签到人数之和。" },
      { level2: "质量指标", name: "培训考核合格率", operator: "≥", value: "95", unit: "%", explanation: "考核合格的学员人数÷参加考核的学员人数。" },
      deadline("培训（会议）完成时间", "年度培训（会议）计划在实施期结束前完成。"),
      { level2: "成本指标", name: "人均每天培训（会议）费", operator: "≤", value: null, unit: "元/人/天", example: "350", explanation: "含住宿、伙食、场地、资料等，不超过培训（会议）费管理办法的综合定额。" },
      { level2: "社会效益指标", name: "参训人员业务测试合格率", operator: "≥", value: "90", unit: "%", explanation: "培训后业务测试合格人数÷参加测试人数。" },
      satisfaction("参训人员满意度", "95", "培训结束时问卷，满意及基本满意人数÷有效问卷数。"),
    ],
  },
  {
    id: "equipment",
    name: "设备购置",
    kinds: ["设备购置", "办公设备更新"],
    keywords: ["设备", "购置", "电脑", "仪器", "终端", "办公设备", "硬件", "更新"],
    rows: [
      { level2: "数量指标", name: "购置设备数量", operator: "=", value: null, unit: "台", example: "13", fill: "estimate-quantity", explanation: "按采购合同到货并登记入账的设备台（套）数。" },
      { level2: "质量指标", name: "设备验收合格率", operator: "=", value: "100", unit: "%", explanation: "验收合格的设备数÷到货设备数。" },
      { level2: "质量指标", name: "政府采购执行率", operator: "=", value: "100", unit: "%", explanation: "按政府采购程序购置的金额÷购置总金额。" },
      deadline("设备购置到位时间", "设备在实施期结束前到货、安装并验收。"),
      { level2: "成本指标", name: "设备单价", operator: "≤", value: null, unit: "万元/台", example: "0.8", fill: "estimate-unit-cost", explanation: "每台设备的采购价，不超过资产配置标准。" },
      { level2: "可持续影响指标", name: "设备使用年限", operator: "≥", value: null, unit: "年", example: "6", explanation: "按资产管理规定的最低使用年限。" },
      satisfaction("设备使用人员满意度", "90", "对使用人员问卷，满意及基本满意人数÷有效问卷数。"),
    ],
  },
  {
    id: "research",
    name: "调研/课题",
    kinds: ["调研", "课题研究", "第三方评估"],
    keywords: ["调研", "课题", "研究", "评估", "咨询", "规划", "编制", "报告"],
    rows: [
      { level2: "数量指标", name: "完成调研（研究）报告数量", operator: "≥", value: null, unit: "篇", example: "2", explanation: "按合同或计划提交并通过评审的报告篇数。" },
      { level2: "数量指标", name: "调研覆盖单位数", operator: "≥", value: null, unit: "家", example: "20", explanation: "实地调研、问卷覆盖的单位（机构）家数。" },
      { level2: "质量指标", name: "成果评审通过率", operator: "=", value: "100", unit: "%", explanation: "通过专家评审或验收的成果数÷提交成果数。" },
      deadline("成果提交时间", "调研（研究）成果在实施期结束前提交。"),
      budgetCap("调研（课题）总成本", "调研、专家咨询、委托服务等支出合计不超过项目预算。"),
      { level2: "社会效益指标", name: "研究成果采纳率", operator: "≥", value: "80", unit: "%", explanation: "被决策、制度或方案采纳的建议条数÷提出的建议条数。" },
      satisfaction("委托部门满意度", "90", "委托部门对成果质量的评价，满意及基本满意计入。"),
    ],
  },
  {
    id: "construction",
    name: "基本建设/维修改造",
    kinds: ["基本建设", "维修改造", "修缮"],
    keywords: ["建设", "维修", "改造", "修缮", "工程", "装修", "基建", "维护"],
    rows: [
      { level2: "数量指标", name: "维修改造面积", operator: "≥", value: null, unit: "平方米", example: "1000", explanation: "按施工合同完成并验收的维修改造面积。" },
      { level2: "数量指标", name: "建设（维修）项目个数", operator: "=", value: null, unit: "个", example: "2", explanation: "年度计划实施的建设、维修改造项目个数。" },
      { level2: "质量指标", name: "工程验收合格率", operator: "=", value: "100", unit: "%", explanation: "验收合格的单项工程数÷完工的单项工程数。" },
      deadline("工程完工时间", "工程在实施期结束前完工并通过验收。"),
      budgetCap("工程总造价", "工程结算总价不超过项目预算。"),
      { level2: "社会效益指标", name: "安全隐患整改率", operator: "=", value: "100", unit: "%", explanation: "改造消除的安全隐患数÷排查出的安全隐患数。" },
      { level2: "可持续影响指标", name: "改造后设施使用年限", operator: "≥", value: null, unit: "年", example: "10", explanation: "按设计或质保要求的设施正常使用年限。" },
      satisfaction("使用单位满意度", "90", "对使用单位和人员问卷，满意及基本满意人数÷有效问卷数。"),
    ],
  },
];

/** The built-in library, validated once at load (a broken entry fails loudly in tests and at start-up). */
export const BUILTIN_TEMPLATES: readonly Template[] = RAW.map((t) => TemplateSchema.parse({ ...t, source: "builtin" }));

/** The raw library data (for the schema tests). */
export const BUILTIN_TEMPLATE_DATA: readonly TemplateInput[] = RAW;

export function findTemplate(id: string, extra: readonly Template[] = []): Template | null {
  return [...extra, ...BUILTIN_TEMPLATES].find((t) => t.id === id) ?? null;
}

/**
 * What a rule rests on (its `basis`): the document and clause, the budget platform's save-time check, or the
 * return reason reviewers publish — with where it was read. Every rule and cross-project check declares one;
 * every finding carries its zh-CN text (`Diagnostic.basis`). The sources and the rules citing them are listed
 * in docs/domain-basis.md.
 *
 * A rule whose basis is only a proposed practice (kind "practice": no source supports it) reports at most a
 * warning — runRules lowers an error to a warning, and tests/core/rules/ruleBasis.test.ts checks the registry.
 */

/**
 * - platform: a save-time check in the public code of the 预算管理一体化 performance module;
 * - document: a published rule, guideline or form instruction (national or local);
 * - return-reason: a reason reviewers publish for returning tables;
 * - form: the table's own arithmetic or printed structure (a total it prints, a field it asks for);
 * - practice: a heuristic of this project, not found in any source (warning at most).
 */
export type BasisKind = "platform" | "document" | "return-reason" | "form" | "practice";

export interface BasisSource {
  /** Short zh-CN name of the source ("预算管理一体化 绩效模块公开代码"). */
  name: string;
  /** Where it was read: a URL, or a reference to the stored copy. */
  where: string;
}

export interface Basis {
  kind: BasisKind;
  /** zh-CN, shown to the user: the document and clause, the platform check or the return reason. */
  text: string;
  /** The sources it was read in (none for "form" and "practice"). */
  sources: readonly BasisSource[];
}

/** True when a source (or the table itself) supports the rule, so it may report errors. */
export function isSupported(basis: Basis): boolean {
  return basis.kind !== "practice";
}

/* ------------------------------------------------------------------ sources */

/** The sources the rules cite (see docs/domain-basis.md for what each says). */
export const SOURCES = {
  platform: {
    name: "预算管理一体化 绩效模块公开代码（gov.mof.fasp2.pmkpi）",
    where: "公开代码存档 id=54901654628、54905760550、54971269772、54504033813、54906613894（见 docs/domain-basis.md）",
  },
  framework88: {
    name: "项目支出绩效目标申报表 指标体系（产出/效益/满意度，二级细分三级）",
    where: "https://pinweizhan.com/xiaoshou/xinli/j9p272.html ；https://m.1wenmi.com/doc/435845.html",
  },
  fillingNotes: {
    name: "绩效目标申报表 填报说明（指标值应尽量细化、量化；一年期项目无需填写项目期目标）",
    where: "https://m.1wenmi.com/doc/435845.html",
  },
  doc101: {
    name: "财预〔2021〕101号《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》",
    where: "http://lsrwf.cn/news/708af42006d811ec81694b356a0c000d ；https://qddinggu.cn/caishui/35371.html",
  },
  definitions: {
    name: "绩效目标申报表 填报说明（数量、质量、时效、成本的含义）",
    where: "http://www.11946.cn/zx/2023/0528/65682.html",
  },
  localMeasures: {
    name: "地方预算绩效目标管理办法（尽量定量表述，否则分级分档定性表述）",
    where: "http://fsou.com/html/text/lar/173454/17345420_2.html ；http://ask.fsou.com/html/text/lar/174077/17407765_2.html",
  },
  returnReasonsS6: {
    name: "绩效目标编制常见问题（长期与年度目标混淆、质量与效益指标混淆、以满意度代替效益）",
    where: "https://m.shutu.cn/template/p9476085.html",
  },
  returnReasonsS7: {
    name: "绩效目标设置常见问题（模糊化、形式化、孤立化）",
    where: "http://zczrbj.com/public/news/detail/403",
  },
  inputsNotTargets: {
    name: "地方绩效目标申报指引（财力、人力、物力等投入数量不能作为绩效目标；定量指标说明计算公式）",
    where: "http://m.dybbs8.com/excel/974350.html",
  },
  misfiledMetrics: {
    name: "公开的项目支出绩效自评表（科目调整次数、结余率等预算管理指标误作产出、效益）",
    where: "https://dyrmt.com/article-132779-22.html",
  },
  selfEvalScoring: {
    name: "项目支出绩效自评表 填表说明（正向/反向指标得分公式，定性指标分档，得分不超过分值）",
    where: "https://1wenmi.com/doc/330418.html ；http://biz.doczj.com/doc/174893555.html",
  },
  selfEvalWeights: {
    name: "地方项目支出绩效自评表（产出 50、效益 30、满意度 10、预算执行 10 分）",
    where:
      "https://keke.chddh.cn/archives/bqg98jldqdz7y2xm7pe6.html ；http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2",
  },
  scoreRanges: {
    name: "101号式绩效目标表（一级指标印有分值区间，如“成本指标(0-20)分”，指标 90 分 + 预算执行 10 分）",
    where: "http://cqfj.gov.cn/index/xz_168/ywtjzx/zwxx_61303/gsgg_107031/202402/t20240201_12892054.html",
  },
  preAssessment: {
    name: "事前绩效评估（五个维度，评估结果支持/调整后支持/不予支持；未评估或未通过不得安排预算）",
    where: "DOMAIN.md §2.8（四川 2025 规程摘要、朝阳县 事前绩效评估办法）",
  },
  standards: {
    name: "地方财政支出绩效评价管理办法（绩效标准：计划标准、行业标准、历史标准）",
    where: "http://www.lygzb.net/html/text/lar/173029/17302961_4.html",
  },
  budgetKinds: {
    name: "部门预算 基本支出与项目支出的定义",
    where: "DOMAIN.md §2.5 B-7（部门预算公开说明中的名词解释）",
  },
} as const satisfies Record<string, BasisSource>;

/* ------------------------------------------------------------------ constructors */

/** A save-time check of the 预算管理一体化 platform. */
export function platformCheck(what: string): Basis {
  return { kind: "platform", text: `预算管理一体化 系统保存校验：${what}`, sources: [SOURCES.platform] };
}

/** A published document, guideline or form instruction. */
export function documentBasis(text: string, ...sources: BasisSource[]): Basis {
  return { kind: "document", text, sources };
}

/** A reason reviewers publish for returning tables. */
export function returnReason(text: string, ...sources: BasisSource[]): Basis {
  return { kind: "return-reason", text: `审核退回原因：${text}`, sources };
}

/** The table's own arithmetic or printed structure. */
export function formBasis(text: string): Basis {
  return { kind: "form", text: `表内一致性：${text}`, sources: [] };
}

/** A heuristic of this project that no source supports (warning at most). */
export function practiceBasis(text: string): Basis {
  return { kind: "practice", text: `检查经验（无公开出处，仅作提醒）：${text}`, sources: [] };
}

/** The text a finding carries (its sources, with addresses, are listed in docs/domain-basis.md). */
export function basisText(basis: Basis): string {
  return basis.text;
}

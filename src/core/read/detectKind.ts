/**
 * Decides which kind of form (see the registry in ../kinds) a read form is by scoring every kind on its
 * evidence — the title (each kind's title patterns), the labels and blocks the form has, the columns of its
 * indicator table — instead of taking the first rule that fires. What each signal is worth is data (each
 * kind's `evidence` in ../kinds/data.ts); this file only finds the signals. The evidence of every kind that
 * scored is kept (`kindEvidence` in the JSON), so a wrong kind can be explained.
 */
import { FORM_KINDS } from "../kinds";
import type { LayoutId, PerformanceForm } from "../model/form";
import type { FormBand } from "./readForm";
import { memo, toHalfWidth } from "../text/normalize";

export interface KindDecision {
  id: LayoutId;
  /** zh-CN: the evidence the decision rests on. */
  reason: string;
  /** Every kind that scored, best first, with its evidence (zh-CN). */
  evidence: { kind: LayoutId; score: number; evidence: string[] }[];
  /** Set when the two best kinds score alike: the choice and the alternative, in zh-CN. */
  close?: string;
}

/** Points a matching title is worth: a title names its kind outright. */
const TITLE_POINTS = 6;
/** Order used to break ties: the more specific kind first. */
const PRIORITY: readonly LayoutId[] = [
  "evaluation-result",
  "self-evaluation",
  "department-overall",
  "transfer-payment",
  "policy-table",
  "declaration-form",
  "project-list",
  "project-target",
  "generic",
];

/** The signals found on a form: "field:projectName", "section:assessment", "columns:area", … */
export function formSignals(form: PerformanceForm, band: FormBand, textAt?: (a1: string) => string): Set<string> {
  const s = new Set<string>(["form:any"]);
  for (const key of Object.keys(form.fields)) s.add(signalName("field:", key));
  for (const l of band.labels) {
    const t = l.match.target;
    if (t.kind === "section") s.add(signalName("section:", t.section));
    if (t.kind === "field") s.add(signalName("label:", t.key));
  }
  if (form.assessment.present) s.add("section:assessment");
  if (form.details.present) s.add("section:details");
  if (form.budget.fundTotal) s.add("budget:fundTotal");
  if (form.budget.basicSpending) s.add("budget:basicSpending");
  if (!form.fields.projectName && !form.fields.fundName && form.fields.department?.text) s.add("form:departmentWithoutProject");
  if (form.spendingLines && form.spendingLines.length > 0) s.add("form:spendingLines");
  // A 资金管理情况 list answered item by item (分配科学性 | 情况说明): the self-evaluation of a fund.
  if (form.basisColumns?.some((c) => c.kind === "situation")) s.add("form:situationList");
  // Who evaluated: "评价方式:部门(单位)绩效自评" (岳阳 2018–2021 自评报告) — only an evaluation prints its method.
  const method = form.fields.evaluationMethod?.text.replace(/\s+/g, "") ?? "";
  if (/自评/.test(method)) s.add("evaluation:self");
  else if (/评价/.test(method)) s.add("evaluation:other");
  const rows = form.indicators?.tables.flatMap((t) => t.rows) ?? [];
  const withScores = rows.some((r) => r.extras?.score || r.extras?.actual);
  const withWeights = rows.some((r) => r.extras?.weight) || (form.scoring?.summaries.length ?? 0) > 0;
  const hasActual = rows.some((r) => r.extras?.actual !== undefined);
  const hasTargets = rows.some((r) => r.values.some((v) => v.text !== ""));
  // Points beside what was achieved (完成值 | 分值 | 得分): a self-evaluation's table. Points alone, with no target and
  // no achieved value on any row (一级 | 分值 | 二级 | 分值 | 三级 | 分值 | 得分, 海南 2022): an evaluation's score sheet.
  if (withScores && withWeights && (hasActual || hasTargets)) s.add("columns:scored");
  const scoresOnly = rows.length >= 3 && rows.some((r) => r.extras?.score) && !hasActual && !hasTargets;
  if (scoresOnly && withWeights) s.add("columns:scoresOnly");
  if (hasActual) s.add("columns:actual");
  // Achieved values written (not an empty 实际完成值 column a target template leaves for the year's end).
  if (rows.some((r) => /[^\s/／\\—–-]/.test(r.extras?.actual?.text ?? ""))) s.add("columns:actualFilled");
  if (hasActual && form.scoring?.execution) s.add("scoring:executionWithActual");
  if (form.scoring?.execution?.executed) s.add("scoring:execution");
  // A budget execution rate is what an evaluation states after the year; no target table prints one.
  if (form.scoring?.execution?.executed && form.scoring.execution.rate) s.add("scoring:executionRate");
  if (rows.some((r) => r.values.some((v) => v.area !== undefined))) s.add("columns:area");
  // A target column headed 区域目标值 / 区域年度指标值 (one area, or the areas not split out): a regional table's.
  if (textAt && form.indicators?.tables.some((t) => Object.values(t.valueHeaderCells).some((a1) => /区域/.test(textAt(a1)))))
    s.add("columns:regionTarget");
  if (form.indicators?.tables.some((t) => t.periods.length >= 2)) s.add("columns:twoPeriods");
  // Indicator tables read, all of one and the same period: neither two value columns nor 中长期 | 年度 halves.
  const tables = form.indicators?.tables ?? [];
  const only = tables[0]?.periods[0];
  if (only !== undefined && tables.every((t) => t.periods.length === 1 && t.periods[0] === only)) s.add("columns:onePeriod");
  if (textAt && fundsFromTwoLevels(form, textAt)) s.add("budget:centralAndLocal");
  const titleSays = titleSignal(form.title);
  if (titleSays !== "") s.add(titleSays);
  return s;
}

/**
 * The year's money split into the central government's part and the local one (其中：中央补助 | 地方资金 — the
 * 资金情况 block of the 中央对地方转移支付区域绩效目标表): money handed down from a higher level, which is what a transfer
 * table is. A project table's parts are by kind of fund (财政拨款 | 其他资金), even when it names one part 中央资金.
 */
function fundsFromTwoLevels(form: PerformanceForm, textAt: (a1: string) => string): boolean {
  const said = (keys: readonly ("annualFiscal" | "annualOther" | "implementationFiscal" | "implementationOther")[], re: RegExp) =>
    keys.some((k) => {
      const m = form.budget[k];
      return !!m && re.test((m.label ?? textAt(m.labelCell)).replace(/\s+/g, ""));
    });
  return said(["annualFiscal", "implementationFiscal"], /中央/) && said(["annualOther", "implementationOther"], /地方/);
}

/** What the title says the targets are of (a signal, or ""); memoised by title. */
const titleSignal = memo((written: string): string => {
  // What the title says the targets are of: a project (…项目支出绩效目标表) or a fund (…专项资金绩效目标表).
  const title = written.replace(/\s+/g, "");
  // The table's own name is the title's last words: "…区域绩效目标自评表" is a self-evaluation of a fund's targets.
  if (/自评(情况|结果)?(表|报告)?$|目标完成情况(表)?$/.test(titleKey(title))) return "title:selfEvaluation";
  else if (/项目(支出)?绩效/.test(title)) return "title:project";
  else if (/(专项资金|转移支付资金|补助资金)(的)?(年度)?(区域)?绩效(目标|指标)/.test(title)) return "title:fund";
  return "";
});

/** "field:" + key and the like, built once per name (a form's signals are looked up by these strings). */
const SIGNAL_NAMES = new Map<string, Map<string, string>>();
function signalName(prefix: string, key: string): string {
  let names = SIGNAL_NAMES.get(prefix);
  if (!names) SIGNAL_NAMES.set(prefix, (names = new Map()));
  let name = names.get(key);
  if (name === undefined) names.set(key, (name = prefix + key));
  return name;
}

/** The title without spaces and without its bracketed notes ("绩效目标申报表(基础设施建设类)", "绩效目标(申报)表"). */
function titleKey(title: string): string {
  // (Every bracketed note, wherever it stands: "绩效目标(申报)表", "区域(项目)绩效目标表"; the patterns that need a bracket
  // — 项目(政策) — are also tried on the full title.)
  return title.replace(/\s+/g, "").replace(/[(（][^()（）]*[)）]/g, "");
}

/** The kinds scored here, with their title patterns compiled once. */
const SCORED_KINDS = FORM_KINDS.filter((k) => k.id !== "project-list").map((k) => ({
  kind: k,
  titles: k.titles.map((p) => new RegExp(p)),
}));

/** Per scored kind (in `SCORED_KINDS`' order), whether the title matches one of its title patterns; memoised by title. */
const kindsTitled = memo((written: string): readonly boolean[] => {
  // Full-width brackets as half-width: "项目（政策）支出绩效表" is the title "项目(政策)支出绩效表".
  const title = titleKey(toHalfWidth(written));
  const fullTitle = toHalfWidth(written).replace(/\s+/g, "");
  return SCORED_KINDS.map(({ titles }) => !!title && titles.some((re) => re.test(title) || re.test(fullTitle)));
});

/** The scored kinds checked after the year (their rule set is the self-evaluation's: 自评, 监控, 评价结果 …), by index. */
const EVALUATED_KINDS = SCORED_KINDS.flatMap(({ kind }, i) => (kind.ruleSet === "self-evaluation" ? [i] : []));

/** Whether the title names a form written after the year (a kind whose title patterns match is checked as a self-evaluation). */
export function titleNamesEvaluation(title: string): boolean {
  const titled = kindsTitled(title);
  return EVALUATED_KINDS.some((i) => titled[i]);
}

export function detectKind(form: PerformanceForm, band: FormBand, textAt?: (a1: string) => string): KindDecision {
  const signals = formSignals(form, band, textAt);
  const titled = kindsTitled(form.title);
  const scored = SCORED_KINDS.map(({ kind: k }, kindIndex) => {
    const evidence: string[] = [];
    let score = 0;
    if (titled[kindIndex]) {
      score += k.titlePoints;
      evidence.push(`标题“${form.title.trim()}”`);
    }
    const hasTitle = titled[kindIndex];
    for (const e of k.evidence) {
      if (!signals.has(e.signal)) continue;
      score += e.points;
      evidence.push(e.text);
    }
    // Without what defines it, a kind's other evidence speaks for the kinds that share it, not for this one.
    if (k.definedBy && !k.definedBy.some((d) => (d === "title" ? hasTitle : signals.has(d))))
      return { kind: k.id, score: 0, evidence };
    // What the kind never prints, printed: the form is of another kind.
    if (k.ruledOutBy?.some((d) => signals.has(d))) return { kind: k.id, score: 0, evidence };
    return { kind: k.id, score, evidence };
  });
  scored.sort((a, b) => b.score - a.score || PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind));
  const shown = scored.filter((x) => x.score > 0);
  const best = shown[0] ?? { kind: "generic" as LayoutId, score: 0, evidence: ["只有部分绩效表标签"] };
  const second = shown[1];
  const decision: KindDecision = {
    id: best.kind,
    reason: best.evidence.join("；") || "只有部分绩效表标签",
    evidence: shown.map((x) => ({ kind: x.kind, score: Math.round(x.score * 10) / 10, evidence: x.evidence })),
  };
  // Two specific kinds scoring alike (generic never counts as an alternative).
  if (
    second &&
    second.kind !== "generic" &&
    best.kind !== "generic" &&
    best.score - second.score < 1 &&
    best.score < TITLE_POINTS
  ) {
    decision.close = `${best.kind}|${second.kind}`;
  }
  return decision;
}

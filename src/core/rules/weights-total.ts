import { managementPoints, round2, scoreNumber, weightedRows } from "./support/scoring";
import type { Rule, RuleContext } from "./support/rule";
import { pointsInLabel } from "../read/readForm";
import { platformCheck, documentBasis, SOURCES } from "../basis";
import { normalizeText } from "../text/normalize";
import { formKind } from "../kinds";

/** A range of points printed in a 一级 label: "成本指标(0-20)分", "产出指标（40—50分）" → [0, 20]. */
export function pointsRangeInLabel(text: string): [number, number] | null {
  const m = /[(（]\s*(\d+(?:\.\d+)?)\s*[-－—~～至]\s*(\d+(?:\.\d+)?)\s*分?\s*[)）]\s*分?/.exec(normalizeText(text));
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/**
 * The 分值/权重 add up to what the form states — each 一级 to the points in its label ("产出指标(70分)") or within
 * its printed range ("成本指标(0-20)分"), the indicators to the points of the 绩效指标 part ("绩效指标(90分)"), and
 * everything (indicators + 预算执行) to the 合计/总分 row. Target tables with a 权重 column: the weights total 100
 * (or 90 beside 预算执行 10); findings there are warnings.
 */
export const weightsTotal: Rule = {
  meta: {
    id: "weights-total",
    severity: "error",
    category: "inconsistent",
    basis: platformCheck("权重合计要等于设定的总分，下级指标权重之和等于上级"),
    messageBasis: {
      level1Range: documentBasis("一级指标印有分值区间（如“成本指标(0-20)分”），其下权重之和在区间内", SOURCES.scoreRanges),
      parts100: documentBasis("自评表总分 100 分：预算执行情况与绩效指标两部分的分值相加", SOURCES.selfEvalWeights),
    },
    ruleSets: ["target", "self-evaluation"],
    description: "分值（权重）要与表中写明的合计一致：各一级指标（分数或区间）、绩效指标部分、总分；目标表权重合计 100 分。",
    messages: {
      level1: "“{level1}”写明 {points} 分，其下各指标分值合计 {sum} 分。",
      level1Range: "“{level1}”的分值应在 {low}–{high} 分之间，其下各指标分值合计 {sum} 分。",
      sum100: "各三级指标权重合计 {sum} 分，应为 100 分（或 90 分，另加预算执行 10 分）。",
      executionWeightEmpty: "“{label}”空着：各三级指标权重合计 {sum}，与 100 相差的 {rest} 应是预算执行率的权重。",
      executionWeightSum: "各三级指标权重合计 {sum}，加“{label}”{weight}，共 {total}，应为 100。",
      section: "“{section}”写明 {points} 分，各指标分值合计 {sum} 分。",
      total: "指标分值合计 {indicators} 分{execution}，共 {sum} 分，与“{label}”{total} 分不一致。",
      totalScoreEmpty: "“{label}”行写了分值 {total}，但得分是空的：自评表要写出总得分。",
      parts100: "“{execution}”{executionPoints} 分加“{indicators}”{indicatorPoints} 分共 {sum} 分，自评表总分应为 100 分。",
    },
  },
  check({ facts, report: reportAll }) {
    checkPrintedParts(facts, reportAll);
    const rows = weightedRows(facts);
    if (rows.length === 0) return;
    // On target tables the weights are a platform save check, read from a column: warnings.
    const target = formKind(facts.form.layout).ruleSet === "target";
    const report: typeof reportAll = (input) =>
      reportAll(target ? Object.assign({}, input, { severity: "warning" as const }) : input);
    const scoring = facts.form.scoring;
    // Each 一级 whose label states its points.
    // By 一级 label (unmerged tables repeat it on every row), per table.
    const byLevel1 = new Map<string, { cell: string; text: string; sum: number }>();
    for (const r of rows) {
      const l1 = r.fact.row.level1;
      const key = `${r.fact.tableIndex}|${l1.text.replace(/\s+/g, "")}`;
      const entry = byLevel1.get(key) ?? { cell: l1.cell, text: l1.text, sum: 0 };
      entry.sum += r.weight;
      byLevel1.set(key, entry);
    }
    for (const { cell, text, sum } of byLevel1.values()) {
      const points = pointsInLabel(text);
      const range = points === null ? pointsRangeInLabel(text) : null;
      if (range && (round2(sum) < range[0] || round2(sum) > range[1])) {
        report({
          messageId: "level1Range",
          cell,
          params: { level1: text.replace(/\s+/g, ""), low: range[0], high: range[1], sum: round2(sum) },
          fix: "调整其下三级指标的权重，使合计落在一级指标标明的区间内。",
        });
      }
      if (points !== null && round2(sum) !== points) {
        report({
          messageId: "level1",
          cell,
          params: { level1: text.replace(/\s+/g, ""), points, sum: round2(sum) },
          fix: "调整各三级指标的分值，或改正一级指标标签中的分数。",
        });
      }
    }
    const indicators = round2(rows.reduce((s, r) => s + r.weight, 0));
    // The 绩效指标(90分) part: the indicators alone.
    const section = scoring?.sectionPoints.find((p) => /绩效指标/.test(p.label));
    if (section && indicators !== section.points) {
      report({
        messageId: "section",
        cell: section.cell,
        params: { section: section.label.replace(/\s+/g, ""), points: section.points, sum: indicators },
      });
      return;
    }
    const total = scoring?.summaries.find((s) => scoreNumber(s.weight?.text) !== null);
    if (!total) {
      // A target table: every named indicator carries a weight and nothing states the total.
      const named = facts.indicators.filter((i) => i.name !== "" && !i.empty && !i.filler);
      // A form that prints a 预算执行率权重(%) field (甘孜 2023): the indicators' weights and that field make 100.
      const field = facts.form.fields.executionWeight;
      if (target && !section && named.length === rows.length && field) {
        const text = field.text.replace(/\s+/g, "");
        const weight = scoreNumber(text);
        const label = "预算执行率权重";
        if (text === "" && indicators < 100)
          report({
            messageId: "executionWeightEmpty",
            cell: field.cell,
            related: field.labelCell ? [field.labelCell] : [],
            params: { label, sum: indicators, rest: round2(100 - indicators) },
            fix: `填写预算执行率的权重（${round2(100 - indicators)}），或调整各指标权重，使合计为 100。`,
          });
        else if (weight !== null && round2(indicators + weight) !== 100)
          report({
            messageId: "executionWeightSum",
            cell: field.cell,
            related: rows.slice(0, 20).map((r) => r.fact.row.extras!.weight!.cell),
            params: { label, weight, sum: indicators, total: round2(indicators + weight) },
          });
        return;
      }
      if (target && !section && named.length === rows.length && indicators !== 100 && indicators !== 90)
        report({
          messageId: "sum100",
          cell: rows[0].fact.row.extras!.weight!.cell,
          related: rows.slice(1, 20).map((r) => r.fact.row.extras!.weight!.cell),
          params: { sum: indicators },
        });
      return;
    }
    const hasScoreColumn = facts.indicators.some((i) => i.row.extras?.score);
    if (hasScoreColumn && !total.score) {
      const scoreCell = facts.indicators
        .find((i) => i.row.extras?.score)!
        .row.extras!.score!.cell.replace(/\d+$/, String(total.row + 1));
      report({
        messageId: "totalScoreEmpty",
        cell: scoreCell,
        related: [total.weight!.cell],
        params: { label: total.label, total: scoreNumber(total.weight!.text)! },
        severity: "warning",
      });
    }
    const stated = scoreNumber(total.weight!.text)!;
    const execWeight = scoreNumber(scoring?.execution?.weight?.text);
    // Without a 预算执行 block in this (partial) form, a 绩效指标(N分) part that checks out explains the rest.
    if (execWeight === null && section) return;
    const manage = managementPoints(facts.form, "weight");
    const sum = round2(indicators + (execWeight ?? 0) + (manage ?? 0));
    if (sum !== stated) {
      report({
        messageId: "total",
        cell: total.weight!.cell,
        related: scoring?.execution?.weight ? [scoring.execution.weight.cell] : [],
        params: {
          indicators,
          execution:
            (execWeight !== null ? `，加预算执行率 ${execWeight} 分` : "") + (manage !== null ? `，加资金管理 ${manage} 分` : ""),
          sum,
          label: total.label,
          total: stated,
        },
        fix: "核对各部分分值（如产出50、效益30、满意度10、预算执行10，共100分）。",
      });
    }
  },
};

/**
 * A self-evaluation with no 总分 row that prints the points of its two parts in their labels ("预算执行情况(20分)",
 * "年度绩效目标(98分)", 黄石 2023): the two parts make the 100 points of the evaluation. A warning: the printed parts are
 * read from labels.
 */
function checkPrintedParts(facts: RuleContext["facts"], report: RuleContext["report"]): void {
  if (formKind(facts.form.layout).ruleSet !== "self-evaluation") return;
  const scoring = facts.form.scoring;
  if (!scoring || scoring.summaries.some((s) => scoreNumber(s.weight?.text) !== null)) return;
  const key = (label: string) => normalizeText(label).replace(/\s+/g, "");
  const execution = scoring.sectionPoints.filter((p) => /执行/.test(key(p.label)));
  const indicators = scoring.sectionPoints.filter((p) => /绩效(总)?(目标|指标)/.test(key(p.label)) && !/执行/.test(key(p.label)));
  if (execution.length !== 1 || indicators.length !== 1) return;
  const [e, i] = [execution[0], indicators[0]];
  const sum = round2(e.points + i.points);
  if (sum === 100) return;
  report({
    messageId: "parts100",
    cell: i.cell,
    related: [e.cell],
    severity: "warning",
    params: {
      execution: key(e.label),
      executionPoints: e.points,
      indicators: key(i.label),
      indicatorPoints: i.points,
      sum,
    },
    fix: `核对两部分的分值（如预算执行 10 分、绩效指标 90 分，共 100 分）。`,
  });
}

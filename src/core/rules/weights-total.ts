import { round2, scoreNumber, weightedRows } from "./support/scoring";
import type { Rule } from "./support/rule";
import { pointsInLabel } from "../read/readForm";
import { platformCheck } from "../basis";

/**
 * Self-evaluation: the 分值/权重 add up to what the form states — each 一级 to the points in its label
 * ("产出指标(70分)"), the indicators to the points of the 绩效指标 part ("绩效指标(90分)"), and everything
 * (indicators + 预算执行) to the 合计/总分 row.
 */
export const weightsTotal: Rule = {
  meta: {
    id: "weights-total",
    severity: "error",
    category: "inconsistent",
    basis: platformCheck("权重合计要等于设定的总分，下级指标权重之和等于上级"),
    ruleSets: ["self-evaluation"],
    description: "自评表的分值（权重）要与表中写明的合计一致：各一级指标、绩效指标部分、总分。",
    messages: {
      level1: "“{level1}”写明 {points} 分，其下各指标分值合计 {sum} 分。",
      section: "“{section}”写明 {points} 分，各指标分值合计 {sum} 分。",
      total: "指标分值合计 {indicators} 分{execution}，共 {sum} 分，与“{label}”{total} 分不一致。",
      totalScoreEmpty: "“{label}”行写了分值 {total}，但得分是空的：自评表要写出总得分。",
    },
  },
  check({ facts, report }) {
    const rows = weightedRows(facts);
    if (rows.length === 0) return;
    const scoring = facts.form.scoring;
    // Each 一级 whose label states its points.
    const byLevel1 = new Map<string, { text: string; sum: number }>();
    for (const r of rows) {
      const l1 = r.fact.row.level1;
      const entry = byLevel1.get(l1.cell) ?? { text: l1.text, sum: 0 };
      entry.sum += r.weight;
      byLevel1.set(l1.cell, entry);
    }
    for (const [cell, { text, sum }] of byLevel1) {
      const points = pointsInLabel(text);
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
    if (!total) return;
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
    const sum = round2(indicators + (execWeight ?? 0));
    if (sum !== stated) {
      report({
        messageId: "total",
        cell: total.weight!.cell,
        related: scoring?.execution?.weight ? [scoring.execution.weight.cell] : [],
        params: {
          indicators,
          execution: execWeight !== null ? `，加预算执行率 ${execWeight} 分` : "",
          sum,
          label: total.label,
          total: stated,
        },
        fix: "核对各部分分值（如产出50、效益30、满意度10、预算执行10，共100分）。",
      });
    }
  },
};

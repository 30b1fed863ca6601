import type { Rule } from "./support/rule";
import type { IndicatorFact } from "./support/formFacts";
import { SOURCES, documentBasis } from "../basis";

/**
 * A 自评表 is its actual results: an indicator with a target but no 完成值 (实际完成值) tells the reviewer nothing,
 * and a 分值 without its 得分 leaves the total unknown. Judged only where the table has those columns.
 */
export const selfEvaluationUnfilled: Rule = {
  meta: {
    id: "self-evaluation-unfilled",
    severity: "error",
    category: "missing",
    basis: documentBasis("自评表逐项填写实际完成值，并按分值计算得分（得分不超过分值）", SOURCES.selfEvalScoring),
    ruleSets: ["self-evaluation"],
    description: "自评表的每个指标都要填写实际完成值；有分值的指标要填写得分。",
    messages: {
      allActualEmpty: "“{header}”一栏全部为空（{count} 项指标）：自评表没有填写实际完成情况。",
      actualEmpty: "“{name}”有目标值“{target}”，但没有填写完成值。",
      scoresEmpty: "{count} 项指标有分值但没有得分，无法算出自评总分。",
    },
  },
  check({ facts, report }) {
    const byTable = new Map<number, IndicatorFact[]>();
    for (const i of facts.indicators) {
      if (i.empty || i.filler || i.name === "") continue;
      const list = byTable.get(i.tableIndex);
      if (list) list.push(i);
      else byTable.set(i.tableIndex, [i]);
    }
    for (const rows of byTable.values()) {
      const columns = rows[0].table.extraColumns ?? {};
      if (columns.actual) {
        const withTarget = rows.filter((i) => i.row.values.some((v) => v.text.trim() !== ""));
        const missing = withTarget.filter((i) => !i.row.extras?.actual?.text.trim());
        const cellOf = (i: IndicatorFact) => actualCell(i, columns.actual!);
        if (missing.length > 0 && missing.length === withTarget.length && withTarget.length > 1) {
          report({
            messageId: "allActualEmpty",
            cell: cellOf(missing[0]),
            related: [...missing.slice(1).map(cellOf), columns.actual],
            params: { header: "完成值", count: missing.length },
            fix: "逐项填写实际完成值（数值或完成情况），未完成的在偏差原因栏说明。",
          });
        } else {
          for (const i of missing) {
            const target = i.row.values.find((v) => v.text.trim() !== "")!;
            report({
              messageId: "actualEmpty",
              cell: cellOf(i),
              related: [i.row.level3.cell, target.cell],
              params: { name: i.name, target: target.text },
              fix: `在 ${cellOf(i)} 填写实际完成值。`,
              group: i.group,
            });
          }
        }
      }
      if (columns.score && columns.weight) {
        const unscored = rows.filter((i) => i.row.extras?.weight?.text.trim() && !i.row.extras?.score?.text.trim());
        if (unscored.length > 0)
          report({
            messageId: "scoresEmpty",
            cell: scoreCell(unscored[0], columns.score),
            related: unscored.slice(1).map((i) => scoreCell(i, columns.score!)),
            params: { count: unscored.length },
            severity: "warning",
            fix: "按评分标准逐项填写得分（不超过分值），再合计自评总分。",
          });
      }
    }
  },
};

/** The cell of the row in the column of `headerCell` (the extra's cell when it is written). */
function actualCell(i: IndicatorFact, headerCell: string): string {
  return i.row.extras?.actual?.cell ?? columnCell(headerCell, i.row.row);
}

function scoreCell(i: IndicatorFact, headerCell: string): string {
  return i.row.extras?.score?.cell ?? columnCell(headerCell, i.row.row);
}

/** The same column as `headerCell`, on the model's 0-based sheet row `row`. */
function columnCell(headerCell: string, row: number): string {
  const col = /^[A-Z]+/.exec(headerCell)![0];
  return `${col}${row + 1}`;
}

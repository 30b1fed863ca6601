import type { Rule } from "./support/rule";
import { formBasis } from "../basis";

/** Columns the form prints for each indicator to be filled in: last year's value, where the value comes from, what it means. */
const ASKED = ["priorActual", "basis", "explanation"] as const;
const WHAT: Record<(typeof ASKED)[number], string> = {
  priorActual: "上年（历史）实际值",
  basis: "指标值的设定依据",
  explanation: "指标的解释或评分标准",
};

/**
 * An indicator table that prints a column asking each indicator for something more (上年实际值, 指标值设定依据, 指标解释,
 * 评(扣)分标准) and leaves it empty on every row (黄石 2022: "2021年实际实现值" and "指标标准或依据" blank throughout;
 * 海口 2016: 绩效标准): the reviewer has nothing to judge the targets by. A note — templates print such columns whether
 * or not the reviewer asks for them, and reviewers differ.
 */
export const columnLeftEmpty: Rule = {
  meta: {
    id: "column-left-empty",
    severity: "info",
    category: "missing",
    ruleSets: ["target", "self-evaluation"],
    basis: formBasis("表中为每个指标印有的栏目（上年实际值、设定依据、指标解释）应逐项填写"),
    description: "指标表印有“上年实际值”“指标值设定依据”“指标解释”等栏目时，不应整栏空白。",
    messages: {
      allEmpty: "{header} 这一栏（{what}）在全部 {count} 个指标上都是空的：审核时无从据以判断指标值。",
    },
  },
  check({ facts, report }) {
    for (const [index, table] of (facts.form.indicators?.tables ?? []).entries()) {
      const rows = facts.indicators.filter((i) => i.tableIndex === index && !i.empty && !i.filler && i.name !== "");
      if (rows.length < 3) continue;
      for (const role of ASKED) {
        const header = table.extraColumns?.[role];
        if (!header) continue;
        if (rows.some((i) => i.row.extras?.[role] !== undefined)) continue;
        const cells = rows.map((i) => i.row.blankExtras?.[role]).filter((c): c is string => !!c);
        report({
          messageId: "allEmpty",
          cell: header,
          related: cells,
          params: { header, count: rows.length, what: WHAT[role] },
          fix: `逐项填写${WHAT[role]}；本地表式不要求的，可删去这一栏。`,
        });
      }
    }
  },
};

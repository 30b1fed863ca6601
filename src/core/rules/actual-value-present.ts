import type { Rule } from "./support/rule";
import { formBasis } from "../basis";

/**
 * Self-evaluation: every indicator with a target has its 实际完成值. Rows left empty in the 完成值 column are
 * reported once per table, at the first, the others related.
 */
export const actualValuePresent: Rule = {
  meta: {
    id: "actual-value-present",
    severity: "warning",
    category: "missing",
    basis: formBasis("自评表印有“实际完成值”一栏，每个有指标值的三级指标都要填写实际完成情况"),
    ruleSets: ["self-evaluation"],
    description: "自评表中有指标值的三级指标都要填写实际完成值。",
    messages: {
      empty: "{count} 项指标的实际完成值为空（如“{name}”），自评表没有填写实际完成情况。",
    },
  },
  check({ facts, report }) {
    const byTable = new Map<number, { cell: string; name: string; group: string }[]>();
    for (const i of facts.indicators) {
      const cell = i.row.blankExtras?.actual;
      if (!cell || i.name === "" || i.filler || i.row.values.every((v) => v.text === "")) continue;
      const list = byTable.get(i.tableIndex) ?? [];
      list.push({ cell, name: i.name, group: i.group });
      byTable.set(i.tableIndex, list);
    }
    for (const list of byTable.values()) {
      report({
        messageId: "empty",
        cell: list[0].cell,
        related: list.slice(1).map((x) => x.cell),
        params: { count: list.length, name: list[0].name },
        fix: "在完成值一栏填写年度实际达到的数值或情况（如“270米”“100%”“已于11月完工”）。",
        group: list.length === 1 ? list[0].group : undefined,
      });
    }
  },
};

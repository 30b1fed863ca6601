import { isExecutionRow } from "./support/indicatorWords";
import type { Rule } from "./support/rule";
import { SOURCES, documentBasis } from "../basis";

/** A 二级 row that exists but carries no 三级 indicator and no value. */
export const level2WithoutLevel3: Rule = {
  meta: {
    id: "level2-without-level3",
    severity: "error",
    category: "missing",
    basis: documentBasis("每个二级指标下细分三级指标并设定具体指标值", SOURCES.framework88),
    ruleSets: ["target", "self-evaluation"],
    description: "已列出的二级指标下至少要有一个三级指标及指标值。",
    messages: {
      empty: "二级指标“{level2}”下没有三级指标和指标值。",
      emptyOptional: "二级指标“{level2}”下没有三级指标；不适用时可删除该行或注明“无”。",
      filler: "二级指标“{level2}”只填了“无”，不计为有效指标。",
    },
  },
  check({ facts, report }) {
    const used = new Set(facts.judgedTables);
    // Group rows by (table, 二级 cell); report groups with no real row.
    const groups = new Map<string, typeof facts.indicators>();
    for (const i of facts.indicators) {
      if (!used.has(i.tableIndex) || i.row.level2.text === "" || isExecutionRow(i.row.level1.text, i.row.level2.text)) continue;
      const key = `${i.tableIndex}|${i.row.level2.cell}`;
      groups.set(key, [...(groups.get(key) ?? []), i]);
    }
    for (const rows of groups.values()) {
      if (rows.some((i) => !i.empty && !i.filler)) continue;
      const first = rows[0];
      const optional = first.level2?.requirement === "optional";
      const level2 = first.row.level2.text;
      const cell = first.row.level3.cell;
      if (rows.every((i) => i.filler)) {
        report({
          messageId: "filler",
          cell,
          related: [first.row.level2.cell],
          params: { level2 },
          severity: "info",
          group: first.group,
        });
      } else if (rows.every((i) => i.empty)) {
        report({
          messageId: optional ? "emptyOptional" : "empty",
          cell,
          related: [first.row.level2.cell],
          params: { level2 },
          severity: optional ? "info" : first.level2?.requirement === "recommended" ? "warning" : "error",
          fix: `在 ${cell} 填写三级指标名称，并在同一行填写指标值。`,
          group: first.group,
        });
      }
    }
  },
};

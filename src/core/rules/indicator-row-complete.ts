import type { Rule } from "./support/rule";
import { platformCheck } from "../basis";

/** A 三级 indicator without a value, or a value without a 三级 name. */
export const indicatorRowComplete: Rule = {
  meta: {
    id: "indicator-row-complete",
    severity: "error",
    category: "missing",
    basis: platformCheck("三级指标的指标名称、指标值为必录项，年度和总体（实施期）指标值不能为空"),
    ruleSets: ["target", "self-evaluation"],
    description: "每个三级指标都要有指标值，每个指标值都要有三级指标名称。",
    messages: {
      noValue: "三级指标“{name}”没有{period}指标值。",
      noName: "指标值“{value}”没有对应的三级指标名称。",
    },
  },
  check({ facts, report }) {
    for (const i of facts.indicators) {
      if (i.empty || i.filler) continue;
      // Periods the table uses; a named row in a table with no value at all needs all of them.
      const inTable = facts.usedPeriods[i.tableIndex] ?? [];
      const used = inTable.length > 0 ? inTable : i.table.periods;
      const filled = i.row.values.filter((v) => v.text !== "");
      if (i.name === "" && filled.length > 0) {
        report({
          messageId: "noName",
          cell: i.row.level3.cell,
          related: filled.map((v) => v.cell),
          params: { value: filled[0].text },
          fix: `在 ${i.row.level3.cell} 写明这个指标衡量什么（三级指标名称）。`,
          group: i.group,
        });
        continue;
      }
      for (const v of i.row.values) {
        // Only periods the table actually uses; a wholly empty 实施期 column is reported once elsewhere.
        if (v.text !== "" || !used.includes(v.period)) continue;
        report({
          messageId: "noValue",
          cell: v.cell,
          related: [i.row.level3.cell],
          params: { name: i.name, period: i.row.values.length > 1 ? (v.period === "annual" ? "年度" : "实施期") : "" },
          fix: `在 ${v.cell} 填写“符号+数值+单位”形式的指标值，如“≥95%”。`,
          group: i.group,
        });
      }
    }
  },
};

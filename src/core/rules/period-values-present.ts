import type { Rule } from "./support/rule";
import { platformCheck } from "../basis";

/** 长期 projects need 实施期 values; a table that fills only one period is reported once. */
export const periodValuesPresent: Rule = {
  meta: {
    id: "period-values-present",
    severity: "warning",
    category: "missing",
    basis: platformCheck("年度和总体（实施期）三级指标的指标值不能为空"),
    description: "长期（跨年度）项目要同时填写实施期（中长期）和年度指标值。",
    messages: {
      implementationEmpty: "本项目为长期（跨年度）项目，实施期（中长期）指标值一个都没有填写。",
      annualEmpty: "只填写了实施期（中长期）指标值，年度指标值一个都没有填写。",
    },
  },
  check({ facts, report }) {
    const tables = facts.form.indicators?.tables ?? [];
    const usedAll = new Set(facts.usedPeriods.flat());
    if (usedAll.size === 0) return;
    const has = (p: "implementation" | "annual") => tables.some((t) => t.periods.includes(p));
    const headerOf = (p: "implementation" | "annual") =>
      tables.map((t) => t.valueHeaderCells[p]).find((c) => c !== undefined) ?? tables[0].headerCell;
    // The empty value cells of a period (rows with a 三级 name), so the user sees where to type.
    const emptyCells = (p: "implementation" | "annual") =>
      facts.indicators
        .filter((i) => i.name !== "")
        .flatMap((i) => i.row.values.filter((v) => v.period === p && v.text === "").map((v) => v.cell));
    if (facts.multiYear && has("implementation") && !usedAll.has("implementation")) {
      report({
        messageId: "implementationEmpty",
        cell: headerOf("implementation"),
        related: emptyCells("implementation"),
        fix: "为每个三级指标填写整个实施期的目标值。",
      });
    }
    if (has("annual") && !usedAll.has("annual")) {
      report({
        messageId: "annualEmpty",
        cell: headerOf("annual"),
        related: emptyCells("annual"),
        severity: "error",
        fix: "为每个三级指标填写本年度的目标值。",
      });
    }
  },
};

import { formBasis } from "../basis";
import type { BudgetKey, Money } from "../model/form";
import { BUDGET_NAMES } from "./support/fieldNames";
import { BUDGET_FIGURES } from "./support/formFacts";
import type { Rule } from "./support/rule";

/**
 * A money line other than the project's budget figure (其中：财政拨款, 其他资金, 上年结余, 项目支出 …) that holds text
 * but no readable amount: a figure typed twice ("854万854万(…)"), two amounts glued together, words. The amount
 * is unknown (never taken as 0), so the lines cannot be added up; the budget figure itself is reported by
 * required-field.
 */
export const moneyUnreadable: Rule = {
  meta: {
    id: "money-unreadable",
    basis: formBasis("资金栏应能读出一个金额，才能与合计、预算核对"),
    severity: "warning",
    category: "format",
    ruleSets: ["target", "self-evaluation"],
    description: "资金栏只能写一个金额；金额重复、两个金额连写或写成文字时读不出数，无法核对资金合计。",
    messages: {
      unreadable: "“{field}”写的是“{text}”，读不出一个金额（数字重复、连写或不是数字），无法与资金合计核对。",
      malformed: "“{field}”写的是“{text}”，分隔符的位置不对，不是一个有效的数字，读不出金额，无法与其他栏目核对。",
      noUnit: "表中的金额（如“{field}” {text}）没有单位：表头、栏目名和金额里都没有“万元”或“元”，是元还是万元无从判断。",
    },
  },
  check({ facts, report }) {
    // No unit anywhere on the form (重庆 2025: 下达资金总额 | 1916; 青山 2020: 2800000.0000): said once, at the first amount,
    // as a note — the template may print its unit where the copy lost it, and reviewers differ (清涧 2021 and 宣城 2023 are
    // accepted without one).
    if (facts.form.moneyUnitStated === false) {
      const first = (Object.entries(facts.form.budget) as [BudgetKey, Money | undefined][]).find(
        ([, m]) => m && m.amountWan !== null,
      );
      if (first) {
        const [key, m] = first as [BudgetKey, Money];
        report({
          messageId: "noUnit",
          cell: m.cell,
          related: [m.labelCell],
          params: { field: m.label || BUDGET_NAMES[key], text: m.text },
          severity: "info",
          fix: "在资金栏目名中写明单位，如“资金情况（万元）”，或在表头注明“单位：万元”。",
        });
      }
    }
    // A figure with its separators in the wrong places ("7,00.0,77", 岳阳 2020): nothing guessed; the same text written in
    // several cells is one finding (the other cells related).
    const byText = new Map<string, { cell: string; label: string }[]>();
    for (const m of facts.form.malformedFigures ?? []) {
      const list = byText.get(m.text) ?? [];
      list.push({ cell: m.cell, label: m.label });
      byText.set(m.text, list);
    }
    for (const [text, cells] of byText)
      report({
        messageId: "malformed",
        cell: cells[0].cell,
        related: cells.slice(1).map((c) => c.cell),
        params: { field: cells[0].label || "金额", text },
        fix: `在 ${cells.map((c) => c.cell).join("、")} 写有效的数字（如“700”或“700.77”）。`,
      });
    const main = new Set<BudgetKey>(BUDGET_FIGURES);
    for (const [key, m] of Object.entries(facts.form.budget) as [
      BudgetKey,
      NonNullable<(typeof facts.form.budget)[BudgetKey]>,
    ][]) {
      if (main.has(key) || !m || m.problem !== "unreadable") continue;
      report({
        messageId: "unreadable",
        cell: m.cell,
        related: [m.labelCell],
        params: { field: m.label || BUDGET_NAMES[key], text: m.text },
        fix: `在 ${m.cell} 只写一个金额数字；说明文字写在备注里。`,
      });
    }
  },
};

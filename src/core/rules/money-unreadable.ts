import { formBasis } from "../basis";
import type { BudgetKey, Money } from "../model/form";
import { BUDGET_NAMES } from "./support/fieldNames";
import { BUDGET_FIGURES } from "./support/formFacts";
import type { Rule } from "./support/rule";
import { DATE_IN_TEXT, readMoney } from "../read/readMoney";

/** The words of a money cell besides its figure, unit and a bracketed breakdown (two characters at least), or "". */
function wordsIn(text: string): string {
  const words = text
    .replace(/[(（][^()（）]*[)）]/g, "")
    .replace(DATE_IN_TEXT, "")
    .replace(/亿元|万元|元|万|人民币|约|合计|小计|共计|整/g, "")
    .replace(/[^\u4e00-\u9fff]/g, "");
  return words.length >= 2 ? words : "";
}

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
      words: "“{field}”写的是“{text}”：金额栏里夹着文字（{words}），应只写金额数字；资金名称和说明请写在项目概况或备注里。",
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
    // A readable amount with words around it ("少数民族发展资金37万元", "2022年…项目38.75万元"; 原州 2022, 武川 2021): the
    // figure is read, but the cell is a sentence, not an amount — a breakdown in brackets after it ("500万元(其中上级资金
    // 220万元)") is fine.
    // (Budget lines read their amount already; the execution block's figures are read here.)
    const amounts: { label: string; text: string; cell: string; labelCell?: string }[] = [];
    for (const [key, m] of Object.entries(facts.form.budget) as [BudgetKey, Money | undefined][])
      if (m && m.amountWan !== null)
        amounts.push({ label: m.label || BUDGET_NAMES[key], text: m.text, cell: m.cell, labelCell: m.labelCell });
    const e = facts.form.scoring?.execution;
    for (const [label, x] of [
      ["预算数", e?.budget],
      ["执行数", e?.executed],
    ] as const)
      if (x && readMoney(x.text).amountWan !== null) amounts.push({ label, text: x.text, cell: x.cell });
    const wordsSeen = new Set<string>();
    for (const w of amounts) {
      const words = wordsIn(w.text);
      if (words === "" || wordsSeen.has(w.cell)) continue;
      wordsSeen.add(w.cell);
      report({
        messageId: "words",
        cell: w.cell,
        related: w.labelCell ? [w.labelCell] : [],
        params: { field: w.label, text: w.text, words },
        fix: `在 ${w.cell} 只写金额数字，文字移到项目概况或备注里。`,
      });
    }
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

import { formatWan } from "../text/normalize";
import type { Rule } from "./support/rule";
import { formBasis } from "../basis";

/**
 * 项目预算明细 printed with lines to fill (1. 2. 3. 4., …) and not one of them filled: only the 合计 written (岳阳 2017:
 * 支出明细预算 合计 40, lines 1–4 blank) or nothing at all (阳泉 2015: 项目支出内容及明细预算 left blank). What the money is
 * spent on cannot be seen, nor checked against the total.
 */
export const detailLinesEmpty: Rule = {
  meta: {
    id: "detail-lines-empty",
    severity: "warning",
    category: "missing",
    basis: formBasis("表中印出的预算明细行应逐行填写支出项目、金额和测算依据，各行之和等于合计"),
    description: "预算明细印有明细行时，不能只填合计或整块空白，应逐行写明支出项目和金额。",
    messages: {
      onlyTotal: "预算明细只填了合计 {total} 万元，下面印出的 {count} 行明细都是空的：看不出这笔钱用在哪些支出上。",
      blank: "预算明细整块空白：{count} 行明细和合计都没有填写，没有支出项目、金额和测算依据。",
    },
  },
  check({ facts, report }) {
    const d = facts.form.details;
    const slots = d.emptySlots ?? [];
    if (d.lines.length > 0 || slots.length === 0) return;
    const fix = "逐行填写支出项目、金额和测算依据（如“资料印刷费 | 2.5 | 5000份×5元/份”），各行之和等于合计。";
    const related = [...slots.slice(1), ...(d.total ? [d.total.cell] : [])];
    if (d.total && d.total.amountWan !== null) {
      report({
        messageId: "onlyTotal",
        cell: slots[0],
        related,
        params: { total: formatWan(d.total.amountWan), count: slots.length },
        fix,
      });
    } else {
      report({ messageId: "blank", cell: slots[0], related, params: { count: slots.length }, fix });
    }
  },
};

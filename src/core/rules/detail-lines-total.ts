import { formatWan } from "../text/normalize";
import { EPS } from "./support/indicatorMath";
import type { Rule } from "./support/rule";
import { formBasis } from "../basis";

/** 项目预算明细: lines add up to 合计, and 合计 matches 项目资金总额. */
export const detailLinesTotal: Rule = {
  meta: {
    id: "detail-lines-total",
    severity: "error",
    category: "inconsistent",
    basis: formBasis("预算明细各行之和等于合计，合计等于资金总额"),
    description: "预算明细各行之和应等于合计，合计应等于项目资金总额。",
    messages: {
      sum: "预算明细各行合计 {sum} 万元，但“合计”写的是 {total} 万元。",
      total: "预算明细合计 {total} 万元，与项目资金总额 {fund} 万元不一致。",
      currentOnly: "预算明细合计 {total} 万元只对应本年度预算申请，上年结转 {carry} 万元没有列出明细。",
      noTotal: "预算明细没有“合计”行。",
      unreadable: "预算明细“{name}”的金额“{amount}”不是数字，无法核对合计。",
    },
  },
  check({ facts, report }) {
    const d = facts.form.details;
    if (!d.present || d.lines.length === 0) return;
    const unreadable = d.lines.filter((l) => l.amountWan === null && l.amountText !== "");
    for (const l of unreadable) {
      report({
        messageId: "unreadable",
        cell: l.amountCell,
        params: { name: l.name, amount: l.amountText },
        severity: "warning",
        fix: "金额栏只填数字（单位万元）。",
      });
    }
    if (unreadable.length > 0) return;
    const sum = d.lines.reduce((acc, l) => acc + (l.amountWan ?? 0), 0);
    if (!d.total) {
      report({
        messageId: "noTotal",
        cell: d.lines[d.lines.length - 1].nameCell,
        severity: "warning",
        fix: "在明细下方增加“合计”行。",
      });
    } else if (d.total.amountWan !== null && Math.abs(sum - d.total.amountWan) > EPS) {
      report({
        messageId: "sum",
        cell: d.total.cell,
        related: d.lines.map((l) => l.amountCell),
        params: { sum: formatWan(sum), total: formatWan(d.total.amountWan) },
        suggestion: formatWan(sum),
      });
    }
    const total = d.total?.amountWan ?? sum;
    const b = facts.form.budget;
    const fund = b.fundTotal?.amountWan ?? null;
    if (fund === null || Math.abs(total - fund) <= EPS) return;
    const current = b.currentRequest?.amountWan ?? null;
    const carry = b.carryOver?.amountWan ?? null;
    const at = d.total?.cell ?? d.lines[0].amountCell;
    if (current !== null && Math.abs(total - current) <= EPS && carry !== null && carry > 0) {
      report({
        messageId: "currentOnly",
        cell: at,
        related: [b.fundTotal!.cell],
        params: { total: formatWan(total), carry: formatWan(carry) },
        severity: "info",
      });
    } else {
      report({
        messageId: "total",
        cell: at,
        related: [b.fundTotal!.cell],
        params: { total: formatWan(total), fund: formatWan(fund) },
      });
    }
  },
};

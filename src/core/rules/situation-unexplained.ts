import type { Rule } from "./support/rule";
import { formBasis } from "../basis";

/**
 * A self-evaluation's 资金管理情况 list (分配科学性, 下达及时性, 拨付合规性 … | 情况说明) asks each item to be answered:
 * an item left blank is not evaluated (田家庵 2024: 下达及时性 and 支出责任履行情况 blank).
 */
export const situationUnexplained: Rule = {
  meta: {
    id: "situation-unexplained",
    severity: "warning",
    category: "missing",
    ruleSets: ["self-evaluation", "target"],
    basis: formBasis("表中列出的每一项管理情况都要写“情况说明”"),
    description: "自评表“资金管理情况”等栏目逐项列出的内容，每一项都要填写情况说明。",
    messages: {
      blank: "“{label}”的“{header}”没有填写。",
    },
  },
  check({ facts, report }) {
    for (const col of facts.form.basisColumns ?? []) {
      if (col.kind !== "situation") continue;
      // A list left wholly blank is a form not filled at all: said once, at the heading.
      const blank = col.lines.filter((l) => l.text === "");
      if (blank.length === 0) continue;
      if (blank.length === col.lines.length) {
        report({
          messageId: "blank",
          cell: col.headerCell,
          related: blank.map((l) => l.cell),
          params: { label: col.lines.map((l) => l.label).join("、"), header: col.header },
          fix: "逐项写明实际情况（做了什么、是否及时合规），有问题的写明问题和改进措施。",
        });
        continue;
      }
      for (const l of blank) {
        report({
          messageId: "blank",
          cell: l.cell,
          related: [l.labelCell],
          params: { label: l.label, header: col.header },
          fix: "写明这一项的实际情况；有问题的在“存在问题和改进措施”中说明。",
        });
      }
    }
  },
};

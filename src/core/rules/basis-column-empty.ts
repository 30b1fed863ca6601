import type { Rule } from "./support/rule";
import { formBasis } from "../basis";

/**
 * A money table that prints a 测算依据 column asks each line how its amount was worked out: a column left empty on
 * every line (岳阳楼区 2021: 300万元 requested, 测算依据及说明 blank) gives the reviewer nothing to check the amounts by.
 * Lines of 0 and total lines need no explanation (a basis written on the total line covers its lines); a column
 * filled on some lines only is said as an info.
 */
export const basisColumnEmpty: Rule = {
  meta: {
    id: "basis-column-empty",
    severity: "warning",
    category: "missing",
    ruleSets: ["target", "self-evaluation"],
    basis: formBasis("表中印有“测算依据”栏的，每一项金额都要写明测算依据"),
    description: "资金明细表印有“测算依据（及说明）”栏时，每一行金额都应写明测算依据，不能整栏空白。",
    messages: {
      allEmpty: "“{header}”一栏全部空白：{count} 项金额（{names}）都没有写测算依据。",
      someEmpty: "“{header}”一栏有 {count} 项没有填写（{names}）。",
    },
  },
  check({ facts, report }) {
    for (const col of facts.form.basisColumns ?? []) {
      if (col.kind !== "basis") continue;
      const lines = col.lines.filter((l) => !l.total);
      if (lines.length === 0) continue;
      const empty = lines.filter((l) => l.text === "");
      if (empty.length === 0) continue;
      const names = empty
        .slice(0, 4)
        .map((l) => l.label.replace(/^\d+\s*[、.．]\s*/, ""))
        .join("、");
      const more = empty.length > 4 ? "等" : "";
      // A basis written once on a total line (合计 | … | 按全县幼儿园数据测算, or its merge over the lines undone) explains
      // the lines it adds up: the column is not empty.
      if (empty.length === lines.length && col.lines.some((l) => l.total && l.text !== "")) continue;
      if (empty.length === lines.length) {
        report({
          messageId: "allEmpty",
          cell: col.headerCell,
          related: empty.map((l) => l.cell),
          params: { header: col.header, count: empty.length, names: names + more },
          fix: "逐项写明测算依据，如“数量×单价”、所依据的标准或合同。",
        });
      } else {
        report({
          messageId: "someEmpty",
          cell: empty[0].cell,
          related: empty.slice(1).map((l) => l.cell),
          params: { header: col.header, count: empty.length, names: names + more },
          severity: "info",
          fix: "补写这几项的测算依据。",
        });
      }
    }
  },
};

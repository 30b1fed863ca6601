import type { Rule } from "./support/rule";
import { platformCheck } from "../basis";

/** Placeholders of a template left in the table: "(≥**%)", "≥**人", "*…", "XX", "××". */
const PLACEHOLDER = /\*{2,}|[xX×]{2,}|＊{2,}|^\*|【[^】]*填[^】]*】|\(\s*[≥≤=><]?\s*\)/;

/** Template placeholders left in 三级 names or values must be removed or filled in. */
export const templatePlaceholder: Rule = {
  meta: {
    id: "template-placeholder",
    severity: "warning",
    category: "format",
    basis: platformCheck("指标名称、指标值不得含“*”“_”“-”等符号，模板占位符要换成实际内容"),
    ruleSets: ["target", "self-evaluation"],
    description: "三级指标名称和指标值里不能留有模板占位符（如“(≥**%)”“≥**人”“XX”）。",
    messages: {
      inName: "三级指标名称“{name}”里留有模板占位符“{placeholder}”。",
      inValue: "指标值“{value}”里留有模板占位符“{placeholder}”。",
    },
  },
  check({ facts, report }) {
    for (const i of facts.indicators) {
      const name = i.row.level3.text;
      const m = PLACEHOLDER.exec(name);
      if (m) {
        const around = /\([^()]*\*[^()]*\)|≥\*+\S?|\*+/.exec(name)?.[0] ?? m[0];
        report({
          messageId: "inName",
          cell: i.row.level3.cell,
          params: { name, placeholder: around },
          fix: "删去占位符，目标数值写在指标值一栏。",
          suggestion:
            name
              .replace(/\s*\([^()]*\*[^()]*\)\s*/g, "")
              .replace(/[≥≤]?\*+\S?/g, "")
              .replace(/^\*/, "")
              .trim() || undefined,
          group: i.group,
        });
      }
      for (const v of i.row.values) {
        const mv = PLACEHOLDER.exec(v.text);
        if (mv)
          report({
            messageId: "inValue",
            cell: v.cell,
            params: { value: v.text, placeholder: mv[0] },
            fix: "填上实际的目标数值。",
            group: i.group,
          });
      }
    }
  },
};

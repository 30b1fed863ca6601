import type { Rule } from "./support/rule";
import { FIELD_NAMES } from "./support/fieldNames";
import type { HeaderFieldKey } from "../model/form";
import { formBasis } from "../basis";
import { memo } from "../text/normalize";

/**
 * The printed instruction of a field left in place of its content ("对照年度目标,说明相关任务目标的完成情况(100字以内)",
 * "结合自评情况,说明项目自评总分…"): a length limit in brackets, or a sentence that tells the filler what to write.
 */
const LENGTH_LIMIT = /[（(]\s*(不超过|限)?\s*\d+\s*字(以内|左右|以下)?\s*[)）]/;
const TELLS_WHAT_TO_WRITE =
  /^(请|应|须|需)?(对照|结合|根据|针对|按照|围绕|简要|简述|概括|逐项)[^。；;]{0,30}((说明|阐述|描述|概述|填写|列明|写明)|(分析|提出)[^。；;]{0,15}(意见|建议|原因|措施))/;

/** A text without its spaces when it reads as the form's filling-in instructions, else null; memoised by text. */
const instructionIn = memo((text: string): string | null => {
  const t = text.replace(/\s+/g, "");
  return t.length < 6 || !(LENGTH_LIMIT.test(t) || TELLS_WHAT_TO_WRITE.test(t)) ? null : t;
});

export const instructionsLeft: Rule = {
  meta: {
    id: "instructions-left",
    severity: "warning",
    category: "missing",
    basis: formBasis("表中印有的栏目要填写内容，模板的填写说明不是内容"),
    ruleSets: ["target", "self-evaluation"],
    description: "栏目里留着模板的填写说明（如“对照年度目标，说明…（100字以内）”），等于没有填写。",
    messages: {
      field: "“{field}”里是模板的填写说明（“{text}”），没有填写实际内容。",
    },
  },
  check({ facts, report }) {
    const f = facts.form;
    const seen = new Set<string>();
    const check = (name: string, text: string, cell: string, related: string[]) => {
      const t = instructionIn(text);
      if (t === null || seen.has(cell)) return;
      seen.add(cell);
      report({
        messageId: "field",
        cell,
        related,
        params: { field: name, text: t.length > 24 ? `${t.slice(0, 24)}…` : t },
        fix: `删去填写说明，在 ${cell} 写明实际内容。`,
      });
    };
    for (const [key, field] of Object.entries(f.fields) as [HeaderFieldKey, NonNullable<(typeof f.fields)[HeaderFieldKey]>][])
      if (field?.text && instructionIn(field.text) !== null)
        check(
          field.label?.replace(/\s+/g, "") || FIELD_NAMES[key],
          field.text,
          field.cell,
          field.labelCell ? [field.labelCell] : [],
        );
    for (const g of f.goals)
      if (g.text && instructionIn(g.text) !== null) check(g.header.replace(/\s+/g, ""), g.text, g.cell, [g.headerCell]);
  },
};

import type { Rule } from "./support/rule";
import { SOURCES, returnReason } from "../basis";

/** Adverbs instead of a measurable target (DOMAIN V-9, T-3, S7 模糊化). */
export const vagueQualitative: Rule = {
  meta: {
    id: "vague-qualitative",
    severity: "warning",
    category: "format",
    ruleSets: ["target", "self-evaluation"],
    basis: returnReason("定性描述模糊（“进一步提高”“明显改善”“有效促进”），无法考核", SOURCES.returnReasonsS7),
    description: "指标值不能只写“有效”“显著”“及时”“提高”等模糊词，要写可考核的数值或结果。",
    messages: {
      vague: "指标值“{value}”是模糊的定性描述（{words}），无法考核。",
      textForNumber: "{level2}“{name}”应为数值，现在写的是文字“{value}”。",
    },
  },
  check({ facts, report }) {
    for (const i of facts.indicators) {
      for (const v of i.row.values) {
        const p = v.parsed;
        if (p.kind !== "qualitative" || p.isFiller) continue;
        // A template placeholder ("≥（待填）项") is template-placeholder's finding (one finding per problem).
        if (/[（(]\s*待填\s*[）)]/.test(v.text)) continue;
        const base = { cell: v.cell, group: i.group };
        if (p.vagueWords.length > 0) {
          const fix =
            i.kind === "timeliness"
              ? "写明具体时限，如“≤5个工作日”“每月20日前”或“2021年12月31日前”。"
              : "改为可量化的目标（如“≥95%”“=3套”），或写可验证的结果（如“制度印发实施”）。";
          report({ ...base, messageId: "vague", params: { value: v.text, words: p.vagueWords.join("、") }, fix });
        } else if (i.kind === "quantity" || i.kind === "cost") {
          report({
            ...base,
            messageId: "textForNumber",
            params: { level2: i.row.level2.text, name: i.name, value: v.text },
            fix: "写成“符号+数值+单位”，如“=3套”“≤10万元”。",
          });
        }
      }
    }
  },
};

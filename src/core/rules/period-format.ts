import { formBasis } from "../basis";
import type { Rule } from "./support/rule";

/**
 * 项目实施起止时间 (项目期, 实施期) written with figures that read as no date at all ("20246-202516",
 * "2023.13-2024.15"): the period cannot be compared with the 时效 targets or the budget year. Words
 * ("长期", "常年", "一年") are not dates and are left to the rules that ask for a period.
 */
export const periodFormat: Rule = {
  meta: {
    id: "period-format",
    basis: formBasis("项目实施起止时间应写成可识别的日期，才能与时效指标、预算年度核对"),
    severity: "warning",
    category: "format",
    ruleSets: ["target", "self-evaluation"],
    description: "项目实施起止时间要写成可识别的日期（如“2024年6月-2025年1月”或“2024.06-2025.01”）。",
    messages: {
      unreadable: "“{label}”写的是“{text}”，读不出起止日期；请写成“2024年6月-2025年1月”这样的日期。",
    },
  },
  check({ facts, report }) {
    const f = facts.form.fields.period;
    const p = facts.form.implementationPeriod;
    if (!f || !/\d{4}/.test(f.text) || (p && (p.start || p.end))) return;
    report({
      messageId: "unreadable",
      cell: f.cell,
      related: f.labelCell ? [f.labelCell] : [],
      params: { label: f.label || "项目实施起止时间", text: f.text },
      fix: `在 ${f.cell} 写明开始和结束的年、月（如“2024年6月-2025年1月”）。`,
    });
  },
};

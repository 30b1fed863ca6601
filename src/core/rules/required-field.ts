import { ASSESSMENT_FIELDS, BUDGET_NAMES, FIELD_NAMES, REQUIRED_FIELDS } from "./support/fieldNames";
import { BUDGET_FIGURES } from "./support/formFacts";
import type { Rule } from "./support/rule";

/** Required header fields: absent labels and empty values. */
export const requiredFields: Rule = {
  meta: {
    id: "required-field",
    severity: "error",
    category: "missing",
    description: "表头必填项（项目名称、主管部门、起止时间、依据、概述、经费测算等）不能为空。",
    messages: {
      empty: "“{field}”未填写。",
      absent: "表中找不到“{field}”一栏。",
      budgetAbsent: "表中找不到项目预算或资金总额。",
      budgetEmpty: "“{field}”未填写金额（万元）。",
    },
  },
  check({ facts, report }) {
    const f = facts.form;
    const keys = [...REQUIRED_FIELDS.all, ...REQUIRED_FIELDS[f.layout]];
    if (f.assessment.present) keys.push(...ASSESSMENT_FIELDS);
    for (const key of keys) {
      const field = f.fields[key];
      const name = FIELD_NAMES[key];
      if (!field) {
        report({ messageId: "absent", cell: f.anchorCell, params: { field: name }, fix: `在表头补上“${name}”一栏并填写。` });
      } else if (field.text.trim() === "") {
        report({ messageId: "empty", cell: field.cell, related: [field.labelCell], params: { field: name }, fix: `在 ${field.cell} 填写${name}。` });
      }
    }
    if (f.layout === "declaration-form" && !f.fields.projectAttribute && !f.checkboxes.projectAttribute) {
      report({ messageId: "absent", cell: f.anchorCell, params: { field: "项目属性" }, fix: "补上“项目属性”（新增/延续）。" });
    }
    const present = BUDGET_FIGURES.map((k) => f.budget[k]).filter((m) => m !== undefined);
    if (present.length === 0) {
      report({ messageId: "budgetAbsent", cell: f.anchorCell, fix: "补上“项目预算（万元）”或“年度资金总额”。" });
      return;
    }
    for (const k of BUDGET_FIGURES) {
      const m = f.budget[k];
      if (m && m.amountWan === null) {
        const field = BUDGET_NAMES[k];
        report({ messageId: "budgetEmpty", cell: m.cell, related: [m.labelCell], params: { field }, fix: `在 ${m.cell} 填写金额（万元，数字）。` });
      }
    }
  },
};

import { formKind } from "../kinds";
import type { HeaderFieldKey } from "../model/form";
import { ASSESSMENT_FIELDS, BUDGET_NAMES, FIELD_NAMES } from "./support/fieldNames";
import { BUDGET_FIGURES } from "./support/formFacts";
import type { Rule } from "./support/rule";
import { formBasis } from "../basis";

/**
 * Required header fields of the form's kind (see the form-kind registry): absent labels and empty
 * values. A field its kind does not carry is never asked for.
 */
export const requiredFields: Rule = {
  meta: {
    id: "required-field",
    severity: "error",
    category: "missing",
    // Also on 自评表: its kind asks for no field, but a printed 主管部门/实施单位 left empty is a warning.
    ruleSets: ["target", "self-evaluation"],
    basis: formBasis("表中印有的必填栏目要填写"),
    description: "表头必填项（按表格种类：项目名称、主管部门、起止时间、依据、概述、经费测算等）不能为空。",
    messages: {
      empty: "“{field}”未填写。",
      absent: "表中找不到“{field}”一栏。",
      absentMany: "表中没有“{fields}”这些栏目：这份表式可能不印它们（或写法没有认出）；如本地表式要求，请补上并填写。",
      budgetAbsent: "表中找不到项目预算或资金总额。",
      budgetNotPrinted:
        "表中没有任何资金（预算）栏目：这份表式可能不印资金部分。如本地表式要求，请补上“项目预算（万元）”或“年度资金总额”。",
      budgetEmpty: "“{field}”未填写金额（万元）。",
      midTermEmpty: "“{field}”未填写：项目期限{term}，跨年度的项目要填写中期（实施期）资金总额。",
      budgetUnreadable: "“{field}”写的是“{text}”，读不出金额（不是数字，或数字重复、错乱），无法核对预算。",
      phoneMissing: "“{label}”只填了“{text}”，没有联系电话。",
    },
  },
  check({ facts, report }) {
    const f = facts.form;
    // A label asking for a person and a phone (项目负责人及联系电话) answered with a name only (乌恰 2021: 沈飞), where no
    // 联系电话 of its own is printed: a note, since published copies often leave the phone out on purpose (遂宁 2021 and
    // 武川 2021 are accepted so).
    const contact = f.fields.contact;
    if (
      contact &&
      !f.fields.phone &&
      /电话|联系方式/.test(contact.label ?? "") &&
      contact.text.trim() !== "" &&
      !/\d{3}/.test(contact.text)
    )
      report({
        messageId: "phoneMissing",
        cell: contact.cell,
        related: [contact.labelCell],
        params: { label: (contact.label ?? "项目负责人及联系电话").replace(/\s+/g, ""), text: contact.text.trim() },
        fix: "在姓名后写上联系电话（手机或办公电话）。",
        severity: "info",
      });
    const kind = formKind(f.layout);
    // Two kinds scored alike: only what both require is asked for as required (the reading of the kind is uncertain).
    const alternative = f.kindRunnerUp ? formKind(f.kindRunnerUp) : null;
    const required = new Set<HeaderFieldKey>(
      alternative ? kind.required.filter((k) => alternative.required.includes(k)) : kind.required,
    );
    if (f.assessment.present) for (const k of ASSESSMENT_FIELDS) required.add(k);
    // 资金名称 stands for 项目名称 on transfer-payment forms.
    if (f.fields.fundName && !f.fields.projectName) required.delete("projectName");
    const keys = new Set<HeaderFieldKey>([...required, ...kind.fields]);
    // Required lines not printed at all. The rule's basis is what the form prints, and a label may be spelled in a way
    // not read (海南 2022 prints no 项目名称 line; the name is the page's heading): each a warning — but 项目属性 on a
    // 申报表 an error. Three or more: the form is a local template that does not print them (or a layout whose labels
    // were not read) — said once, as an info.
    const absent: { name: string; error: boolean }[] = [];
    for (const key of required) {
      // 项目属性 as ticked boxes is checkbox-selection's; not printed, it is asked for on a 申报表 only (below).
      if (key !== "projectAttribute" && !f.fields[key]) absent.push({ name: FIELD_NAMES[key], error: false });
    }
    if (kind.id === "declaration-form" && !alternative && !f.fields.projectAttribute && !f.checkboxes.projectAttribute)
      absent.push({ name: "项目属性", error: true });
    if (absent.length >= 3)
      report({
        messageId: "absentMany",
        cell: f.anchorCell,
        params: { fields: absent.map((a) => a.name).join("、") },
        severity: "info",
        fix: "如本地表式要求这些栏目，请在表头补上并填写。",
      });
    else
      for (const a of absent)
        report({
          messageId: "absent",
          cell: f.anchorCell,
          params: { field: a.name },
          severity: a.error ? "error" : "warning",
          fix: a.error ? "补上“项目属性”（新增/延续）。" : `在表头补上“${a.name}”一栏并填写。`,
        });
    for (const key of keys) {
      // 项目属性 as ticked boxes is checkbox-selection's; written as a field (经常性), an empty one is asked for here.
      if (key === "projectAttribute" && (f.checkboxes.projectAttribute || !f.fields.projectAttribute)) continue;
      const field = f.fields[key];
      // An empty field the kind requires is an error; another printed field left empty is a warning.
      if (!field || field.text.trim() !== "") continue;
      const name = field.label || FIELD_NAMES[key];
      report({
        messageId: "empty",
        cell: field.cell,
        related: [field.labelCell],
        params: { field: name },
        fix: `在 ${field.cell} 填写${name}。`,
        severity: required.has(key) ? "error" : "warning",
      });
    }
    // A transfer payment's 中央主管部门 printed beside its 地方主管部门 and left empty (旺苍 2021): who set the targets
    // is not said.
    const central = f.fields.centralDepartment;
    if (central && central.text.trim() === "" && f.fields.department && f.fields.department.cell !== central.cell)
      report({
        messageId: "empty",
        cell: central.cell,
        related: [central.labelCell],
        params: { field: central.label || FIELD_NAMES.centralDepartment },
        severity: "warning",
        fix: `在 ${central.cell} 填写中央主管部门（如财政部和中央业务主管部门）。`,
      });
    if (!kind.requiresBudget) return;
    const present = BUDGET_FIGURES.map((k) => f.budget[k]).filter((m) => m !== undefined);
    if (present.length === 0) {
      // Not a single money line on the form (福建 2017 财政支出项目绩效目标表, 南岳 雨露计划 申报表): the local template
      // prints none — said as an info. Money lines without a total stay an error.
      const noMoneyAtAll = !f.moneyPrinted && Object.keys(f.budget).length === 0 && !f.spendingLines?.length;
      report({
        messageId: noMoneyAtAll ? "budgetNotPrinted" : "budgetAbsent",
        cell: f.anchorCell,
        fix: "补上“项目预算（万元）”或“年度资金总额”。",
        ...(noMoneyAtAll ? { severity: "info" as const } : {}),
      });
      return;
    }
    // A 中期 / 实施期 total printed and left empty on a project of several years (阳泉 2021: 项目期限 3年, 中期预算资金总额
    // blank beside 年度预算资金总额 25): the medium-term figure is asked for.
    const mid = f.budget.implementationTotal;
    if (mid && present.length > 1 && facts.multiYear && mid.amountWan === null && mid.text.trim() === "" && !mid.problem) {
      report({
        messageId: "midTermEmpty",
        cell: mid.cell,
        related: [mid.labelCell],
        params: { field: mid.label || BUDGET_NAMES.implementationTotal, term: (f.fields.projectTerm?.text ?? "多年").trim() },
        severity: "warning",
        fix: `在 ${mid.cell} 填写整个实施期的资金总额（万元）。`,
      });
    }
    // 实施期资金总额 only stands in when nothing else states the budget; its emptiness is period-values' business.
    for (const k of BUDGET_FIGURES.filter((key) => key !== "implementationTotal" || present.length === 1)) {
      const m = f.budget[k];
      // A heading (金额(万元)) or an unreadable figure is reported by the reader's own findings, not as empty.
      if (!m || m.amountWan !== null || m.problem === "heading") continue;
      const field = m.label || BUDGET_NAMES[k];
      if (m.problem === "unreadable") {
        report({
          messageId: "budgetUnreadable",
          cell: m.cell,
          related: [m.labelCell],
          params: { field, text: m.text },
          fix: `在 ${m.cell} 只写一个金额数字（单位见表头，如 50）。`,
        });
      } else {
        report({
          messageId: "budgetEmpty",
          cell: m.cell,
          related: [m.labelCell],
          params: { field },
          fix: `在 ${m.cell} 填写金额（万元，数字）。`,
        });
      }
    }
  },
};

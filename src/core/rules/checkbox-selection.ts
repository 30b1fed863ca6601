import { hasCheckboxes, parseCheckboxText } from "../read/checkboxText";
import type { CheckboxGroupKey } from "../model/form";
import { CHECKBOX_NAMES } from "./support/fieldNames";
import type { Rule } from "./support/rule";
import { formBasis } from "../basis";

/** Groups that must have a tick, and whether only one may be ticked. */
const GROUPS: { key: CheckboxGroupKey; exclusive: boolean; required: boolean }[] = [
  { key: "projectAttribute", exclusive: true, required: true },
  { key: "projectScope", exclusive: true, required: true },
  { key: "assessmentMethod", exclusive: false, required: true },
  { key: "assessmentResult", exclusive: true, required: true },
  { key: "assessmentParticipants", exclusive: false, required: false },
];

/** Checkbox groups: none ticked, or several ticked where only one may be. */
/**
 * Two lists printed in one cell, each on its own line with its numbering started again ("1、常年性项目√ 2、一次性项目□" over
 * "1、部门预算项目√ 2、上级专项□ …", 广水 2020): one tick per line is one per list.
 */
function separateLists(text: string): boolean {
  const lines = text.split(/\r?\n/).filter(hasCheckboxes);
  return (
    lines.length > 1 &&
    lines.every((l) => /^\s*(1|①|一|\(1\)|（1）)[、.．:：\s]?/.test(l)) &&
    lines.every((l) => parseCheckboxText(l).filter((o) => o.checked).length <= 1)
  );
}

export const checkboxSelection: Rule = {
  meta: {
    id: "checkbox-selection",
    severity: "error",
    category: "missing",
    // 自评表 print the same groups (项目属性 ☑持续性 □新增性) and are returned when none is ticked.
    ruleSets: ["target", "self-evaluation"],
    basis: formBasis("表中印有的复选框组要勾选，单选组只能勾一项"),
    description: "复选框组必须勾选；单选组（项目属性、项目口径、评估结果）只能勾选一项。",
    messages: {
      none: "“{group}”一项都没有勾选（可选：{options}）。",
      several: "“{group}”只能勾选一项，现在勾选了 {count} 项：{checked}。",
    },
  },
  check({ facts, report }) {
    // Each group read, then the further groups under a label of the same meaning (项目类别 | 项目属性 | 项目类型),
    // named by their own label; those are reported as warnings (the group's meaning is the reader's guess).
    const groups = [
      ...GROUPS.map((g) => ({ g, group: facts.form.checkboxes[g.key], label: CHECKBOX_NAMES[g.key], extra: false })),
      ...(facts.form.moreCheckboxes ?? []).map((m) => ({
        g: GROUPS.find((x) => x.key === m.key)!,
        group: m,
        label: m.label || CHECKBOX_NAMES[m.key],
        extra: true,
      })),
    ];
    // Option lists of no known group (评价类型:项目实施过程评价□项目完成结果评价□, 岳阳 2020): whether one tick is required
    // is not known, so none ticked is a warning and several ticked nothing.
    for (const other of facts.form.otherCheckboxes ?? []) {
      if (other.options.some((o) => o.checked)) continue;
      report({
        messageId: "none",
        cell: other.cell,
        related: other.labelCell !== other.cell ? [other.labelCell] : [],
        params: {
          group: other.label,
          options: other.options
            .filter((o) => o.hasBox)
            .map((o) => o.name)
            .join("、"),
        },
        fix: `在 ${other.cell} 把适用选项前的“□”改为“☑”。`,
        severity: "warning",
      });
    }
    // 项目属性 printed as its options without any box or mark ("延续专项 新增专项", 望城 2017): none was chosen.
    const attribute = facts.form.fields.projectAttribute;
    if (attribute && !facts.form.checkboxes.projectAttribute) {
      // The template's prompt left as it is ("(一次性项目/经常性项目)", 西青 2021) lists the options in brackets.
      const words = attribute.text
        .replace(/[()（）]/g, " ")
        .replace(/\s+/g, " ")
        .trim();
      const all = words.split(/[ ,，、;；/]+/);
      const options = all.filter((w) => /^(新增|延续|持续|续建|新建|经常|一次)(性)?(专项|项目)?$/.test(w));
      if (options.length >= 2 && options.length === all.length)
        report({
          messageId: "none",
          cell: attribute.cell,
          related: attribute.labelCell ? [attribute.labelCell] : [],
          params: { group: "项目属性", options: options.join("、") },
          fix: `在 ${attribute.cell} 只保留适用的一项（或在其前打“☑”）。`,
          severity: "warning",
        });
    }
    for (const { g, group, label, extra } of groups) {
      if (!group || !g) continue;
      const boxed = group.options.filter((o) => o.hasBox || o.checked);
      const checked = group.options.filter((o) => o.checked);
      const name = label;
      const severity = extra ? ("warning" as const) : undefined;
      if (checked.length === 0 && g.required) {
        const options = boxed.map((o) => o.name).join("、") || group.text;
        report({
          messageId: "none",
          cell: group.cell,
          related: [group.labelCell],
          params: { group: name, options },
          fix: `在 ${group.cell} 把适用选项前的“□”改为“☑”。`,
          ...(severity ? { severity } : {}),
        });
      } else if (checked.length > 1 && g.exclusive && !separateLists(group.text)) {
        report({
          messageId: "several",
          cell: group.cell,
          related: [group.labelCell],
          params: { group: name, count: checked.length, checked: checked.map((o) => o.name).join("、") },
          fix: "只保留一个“☑”，其余改为“□”。",
          ...(severity ? { severity } : {}),
        });
      }
    }
  },
};

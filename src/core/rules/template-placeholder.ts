import type { Rule } from "./support/rule";
import { platformCheck } from "../basis";
import { isTemplateNumbering } from "./support/indicatorWords";

/** Placeholders of a template left in the table: "(≥**%)", "≥**人", "*…", "XX", "××". */
const PLACEHOLDER = /\*{2,}|[xX×]{2,}|＊{2,}|^\*|【[^】]*填[^】]*】|\(\s*[≥≤=><]?\s*\)|[（(]\s*待填\s*[）)]/;

/** A template's example row kept as it was: "指标1：", "指标2", "三级指标3", "……". */
const PLACEHOLDER_ROW = /^((三级)?指标|指标名称)\s*[0-9０-９一二三四五六七八九十]{1,2}\s*[:：]?$|^[.…。·]{2,}$/;

/** The example row's numbering kept in front of a real name: "指标1:建设保鲜库数量" (阿拉尔 2021). */
const PLACEHOLDER_PREFIX = /^((三级)?指标|指标名称)\s*[0-9０-９一二三四五六七八九十]{1,2}\s*[:：]\s*(?=\S)/;

/** A template's filling note left in a level label: "数量指标(必填)", "成本指标(必填硬性指标)" (石嘴山 2020). */
const FILLING_NOTE = /[(（]\s*(必填|选填|可选|非必填)[^()（）]{0,8}[)）]/;

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
      placeholderRow: "“{name}”是模板里的示例行，没有换成实际的三级指标；不用的行请删除。",
      prefix: "三级指标“{name}”前面留着模板的编号“{prefix}”，应删去。",
      fillingNote: "指标名称“{name}”里留着模板的填写提示“{note}”，应删去。",
      fillerRows: "指标表里留有 {count} 行模板占位行“{name}”（{cells}），没有删除。",
    },
  },
  check({ facts, report }) {
    // Filler rows ("……" with nothing else written) are not read as indicators, but the template's rows are left in.
    // (A field or goal still holding the template's filling instruction is instructions-left's finding.)
    // One finding (info) per table, at the first such row, the others related.
    for (const t of facts.form.indicators?.tables ?? []) {
      const rows = t.fillerRows ?? [];
      if (rows.length === 0) continue;
      report({
        messageId: "fillerRows",
        cell: rows[0].cell,
        related: rows.slice(1).map((f) => f.cell),
        params: { name: rows[0].text.trim(), count: rows.length, cells: rows.map((f) => f.cell).join("、") },
        fix: "删除这些行（模板里示意“可继续添加”的行）；要补充的指标请写上名称和指标值。",
        // Untidy rather than wrong: the answer key of 中江 2022 (D22) takes such a row as harmless.
        severity: "info",
      });
    }
    const noted = new Set<string>();
    for (const i of facts.indicators) {
      const name = i.row.level3.text;
      for (const level of [i.row.level1, i.row.level2]) {
        const note = FILLING_NOTE.exec(level.text);
        if (!note || noted.has(level.cell)) continue;
        noted.add(level.cell);
        report({
          messageId: "fillingNote",
          cell: level.cell,
          params: { name: level.text.trim(), note: note[0] },
          fix: "删去括号里的填写提示。",
          suggestion: level.text.replace(FILLING_NOTE, "").trim(),
          group: i.group,
        });
      }
      const prefix = PLACEHOLDER_PREFIX.exec(name.trim());
      if (prefix) {
        report({
          messageId: "prefix",
          cell: i.row.level3.cell,
          params: { name: name.trim(), prefix: prefix[0].trim() },
          fix: "删去名称前的“指标1:”之类编号。",
          suggestion: name.trim().slice(prefix[0].length),
          group: i.group,
        });
      }
      // (Or only the template's row number: "1." "2." under 目标完成程度, 阳泉 2015.)
      if (PLACEHOLDER_ROW.test(name.trim()) || isTemplateNumbering(name)) {
        report({
          messageId: "placeholderRow",
          cell: i.row.level3.cell,
          params: { name: name.trim() },
          fix: "写上具体的三级指标名称和指标值，或删除这一行。",
          group: i.group,
        });
        continue;
      }
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
              .replace(/[≥≤]\*+[^\s*()（）]?/g, "")
              .replace(/\*+/g, "")
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

import type { IndicatorFact, FormFacts } from "./support/formFacts";
import { quantitativeOf, unitCost } from "./support/indicatorMath";
import type { Rule } from "./support/rule";
import { NUMERIC_RANGE_REST } from "./support/valueRange";
import { parseUnit } from "../parse/unit";
import { defaultOperator, valueText } from "./support/valueText";
import { platformCheck } from "../basis";

const NOISE = /^[\s,，;；:：。.、（）()“”"'\-—~]*$/;

/**
 * The counting unit a bare number under 数量指标 most likely has, from its neighbours: the unit every other 数量
 * value of the same group is written in ("=2套", "=1套"), else the one thing a 成本 price is per ("≤17万元/套/年").
 * Null when they disagree or say nothing: then no unit is guessed.
 */
function neighbourUnit(facts: FormFacts, i: IndicatorFact, period: string): string | null {
  if (i.kind !== "quantity") return null;
  const units = new Set<string>();
  for (const o of facts.indicators) {
    if (o === i || o.tableIndex !== i.tableIndex || o.group !== i.group) continue;
    for (const v of o.row.values) {
      if (v.period !== period || v.parsed.kind !== "quantitative") continue;
      const u = v.parsed.unit;
      if (u && u.kind === "count") units.add(u.text);
      else if (u) return null;
    }
  }
  if (units.size === 1) return [...units][0];
  if (units.size > 1) return null;
  const per = new Set<string>();
  for (const o of facts.indicators) {
    if (o.kind !== "cost" || o.tableIndex !== i.tableIndex) continue;
    for (const v of o.row.values) {
      const q = quantitativeOf(o, v);
      const c = q ? unitCost(o, q) : null;
      if (c) per.add(c.per);
    }
  }
  return per.size === 1 ? [...per][0] : null;
}

/** 指标值 = operator + number + unit and nothing else (DOMAIN V-5…V-7, T-2). */
export const valueFormat: Rule = {
  meta: {
    id: "value-format",
    severity: "warning",
    ruleSets: ["target", "self-evaluation"],
    category: "format",
    basis: platformCheck("定量指标的指标值只填数值，计算符号、计量单位另行填写"),
    description: "定量指标值只写“符号+数值+单位”，不夹带文字，不缺符号和单位。",
    messages: {
      extraText: "指标值“{value}”夹带了文字“{extra}”，指标值只应写“符号+数值+单位”。",
      missingOperator: "指标值“{value}”缺少比较符号（=、≥、≤）。",
      missingUnit: "指标值“{value}”缺少计量单位。",
      missingOperatorAndUnit: "指标值“{value}”只有数字，缺少比较符号和计量单位。",
      unitInName: "计量单位“{unit}”写在了指标名称里，指标值“{value}”本身没有单位和符号。",
      unitOnlyInName: "计量单位“{unit}”只写在指标名称里，指标值“{value}”本身没有单位。",
      sentence: "时限“{value}”写成了句子，应写成“符号+数值+单位”。",
      deadlineBound: "时间“{value}”没有写明是“之前”完成还是当天。",
      range: "指标值“{value}”是一个区间，应写成一个界限。",
      timeWithoutLimit: "时效指标“{name}”的目标“{value}”没有写明时限（完成日期或天数），无法判断是否按时。",
    },
  },
  check({ facts, report }) {
    for (const i of facts.indicators) {
      // A value without a 三级 name is indicator-row-complete's finding (one finding per problem, 宁乡 2021).
      if (i.name === "") continue;
      for (const v of i.row.values) {
        const p = v.parsed;
        // Each report's fields written out: an object literal spreading another before its own fields (`{ ...base,
        // messageId }`) costs about a microsecond each in V8.
        const cell = v.cell;
        const group = i.group;
        if (p.kind === "quantitative") {
          const q = quantitativeOf(i, v)!;
          const op = q.operator ?? defaultOperator(i, q);
          // "≥300台(套)": the unit's alternative in brackets is part of the unit, not extra text.
          const altUnit = (x: string) => {
            const m = /^\s*[(（]([^()（）]{1,4})[)）]\s*$/.exec(x);
            return m !== null && p.unit !== null && parseUnit(m[1]) !== null;
          };
          const extra = [p.prefix, p.suffix].filter((s) => !NOISE.test(s) && !altUnit(s)).join("…");
          const fixed = valueText(op, q.number, q.unit?.text);
          if (p.operator === null && !p.prefix.trim() && NUMERIC_RANGE_REST.test(p.suffix.trim())) {
            // "18—54周岁", "90-95%": a range, not a sentence — one bound per indicator.
            report({
              cell,
              group,
              messageId: "range",
              params: { value: v.text },
              severity: "warning",
              fix: "区间写成一个界限（如“≥18周岁”），上下限都要考核时分成两个指标。",
            });
          } else if (extra) {
            report({
              cell,
              group,
              messageId: "extraText",
              params: { value: v.text, extra },
              suggestion: fixed,
              severity: "error",
            });
          } else if (!p.unit && q.unit && (p.operator === null || !v.unitColumn)) {
            // The unit only in the name's brackets, with no operator either, or beside a written operator (秀屿 2025:
            // 开展修复工程(个) | ≥ | 1).
            report({
              cell,
              group,
              messageId: p.operator === null ? "unitInName" : "unitOnlyInName",
              params: { unit: q.unit.text, value: v.text },
              suggestion: fixed,
              related: [i.row.level3.cell],
            });
          } else if (p.operator === null && !q.unit) {
            // A bare "3": both are missing. A unit is proposed only when the neighbours say which one (a
            // suggestion "=3" would drop it, and the 单价×数量 check needs it).
            const unit = neighbourUnit(facts, i, v.period);
            const suggestion = unit ? valueText(op, q.number, unit) : undefined;
            report({
              cell,
              group,
              messageId: "missingOperatorAndUnit",
              params: { value: v.text },
              suggestion: suggestion ? suggestion : undefined,
              fix: suggestion
                ? `同组指标的单位是“${unit}”，可写成“${suggestion}”；请按实际计量单位确认。`
                : "写成“符号+数值+单位”，如“=3套”“≥95%”。",
            });
          } else if (p.operator === null) {
            report({
              cell,
              group,
              messageId: "missingOperator",
              params: { value: v.text },
              suggestion: fixed,
              fix: "在数值前写上比较符号：数量写“=”或“≥”，比率、满意度写“≥”（100% 写“=”），成本写“≤”。",
            });
          } else if (!q.unit) {
            report({
              cell,
              group,
              messageId: "missingUnit",
              params: { value: v.text },
              fix: "在数值后写上计量单位（如 人、次、%、万元）。",
            });
          }
        } else if (p.kind === "duration" && !p.immediate) {
          const extra = [p.prefix, p.suffix].filter((s) => !NOISE.test(s) && !/^内/.test(s)).join("");
          if (extra)
            report({
              cell,
              group,
              messageId: "sentence",
              params: { value: v.text },
              suggestion: valueText(p.operator ?? "≤", p.amount, p.unit),
              severity: "info",
            });
        } else if (
          p.kind === "deadline" &&
          !p.hasBound &&
          p.recurrence === "none" &&
          p.year !== null &&
          p.day !== null &&
          !p.start
        ) {
          report({ cell, group, messageId: "deadlineBound", params: { value: v.text }, suggestion: `${v.text.trim()}前` });
        } else if (
          // 时效 target in words only ("按时限完成", "及时", 保山 2022): no date, no days, no rate — nothing to check.
          i.kind === "timeliness" &&
          p.kind === "qualitative" &&
          // Vague words ("及时") are vague-qualitative's finding: one finding per problem.
          p.vagueWords.length === 0 &&
          !/\d/.test(v.text) &&
          !/[年月日]/.test(i.name.replace(/年度|日常/g, "")) &&
          // Short words, or a longer line that says only "on time" (南岳 2017: "按时完成教学任务,顺利完成中考").
          (v.text.trim().length <= 12 || (/按时|如期|按期|准时|按计划/.test(v.text) && v.text.trim().length <= 40))
        ) {
          report({
            cell,
            group,
            messageId: "timeWithoutLimit",
            params: { name: i.name, value: v.text.trim() },
            severity: "warning",
            fix: "写明时限，如“≤2024年12月31日”“≤30个工作日”，或写成及时率“≥95%”。",
          });
        }
      }
    }
  },
};

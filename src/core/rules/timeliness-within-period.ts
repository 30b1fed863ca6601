import type { DateParts } from "../model/form";
import type { Rule } from "./support/rule";
import { formBasis } from "../basis";

function key(y: number, m: number, d: number): number {
  return y * 10000 + m * 100 + d;
}

function endKey(p: DateParts): number {
  return key(p.year, p.month, p.day ?? 31);
}

function startKey(p: DateParts): number {
  return key(p.year, p.month, p.day ?? 1);
}

/** Dates in 时效 values must fall inside 项目实施起止时间. */
export const timelinessWithinPeriod: Rule = {
  meta: {
    id: "timeliness-within-period",
    severity: "error",
    category: "inconsistent",
    basis: formBasis("时效日期要在表中写明的项目实施期内"),
    description: "时效指标中的日期要落在项目实施起止时间之内。",
    messages: {
      after: "时效指标“{name}”的日期 {date} 晚于项目结束时间 {end}。",
      before: "时效指标“{name}”的日期 {date} 早于项目开始时间 {start}。",
    },
  },
  check({ facts, report }) {
    const period = facts.form.implementationPeriod;
    if (!period || (!period.start && !period.end)) return;
    const periodCell = facts.form.fields.period?.cell;
    for (const i of facts.indicators) {
      for (const v of i.row.values) {
        const p = v.parsed;
        if (p.kind !== "deadline" || p.recurrence !== "none" || p.year === null || p.month === null) continue;
        const date = key(p.year, p.month, p.day ?? 28);
        const text = `${p.year}年${p.month}月${p.day !== null ? `${p.day}日` : ""}`;
        const fmt = (d: DateParts) => `${d.year}年${d.month}月${d.day !== null ? `${d.day}日` : ""}`;
        // A written range ("2020.07-2021.06") must start inside the period too.
        const s = p.start;
        if (
          s &&
          s.year !== null &&
          s.month !== null &&
          period.start &&
          key(s.year, s.month, s.day ?? 28) < startKey(period.start)
        ) {
          const startText = `${s.year}年${s.month}月${s.day !== null ? `${s.day}日` : ""}`;
          report({
            messageId: "before",
            cell: v.cell,
            related: periodCell ? [periodCell] : [],
            params: { name: i.name, date: startText, start: fmt(period.start) },
            group: i.group,
          });
          continue;
        }
        if (period.end && date > endKey(period.end)) {
          report({
            messageId: "after",
            cell: v.cell,
            related: periodCell ? [periodCell] : [],
            params: { name: i.name, date: text, end: fmt(period.end) },
            group: i.group,
          });
        } else if (period.start && date < startKey(period.start)) {
          report({
            messageId: "before",
            cell: v.cell,
            related: periodCell ? [periodCell] : [],
            params: { name: i.name, date: text, start: fmt(period.start) },
            group: i.group,
          });
        }
      }
    }
  },
};

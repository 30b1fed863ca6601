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

/** A full date (year and month) written in a 时效 indicator's name: “2021年11月30日前完成资金支付”. */
const NAME_DATE = /(20\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日|底|末)?/;

/**
 * Dates in 时效 values must fall inside 项目实施起止时间. A deadline written into the 时效 row's name is held to the same
 * period, at warning: a name that carries last year's date (“2021年11月30日前完成资金支付” on a 2022 project, 原州 2022)
 * is the sign of an indicator copied from an earlier year.
 */
export const timelinessWithinPeriod: Rule = {
  meta: {
    id: "timeliness-within-period",
    severity: "error",
    category: "inconsistent",
    basis: formBasis("时效日期要在表中写明的项目实施期内"),
    ruleSets: ["target", "self-evaluation"],
    description: "时效指标中的日期要落在项目实施起止时间之内。",
    messages: {
      after: "时效指标“{name}”的日期 {date} 晚于项目结束时间 {end}。",
      before: "时效指标“{name}”的日期 {date} 早于项目开始时间 {start}。",
      nameBefore:
        "时效指标的名称“{name}”写的时限 {date} 早于项目开始时间 {start}：疑为沿用往年的指标，时限应改为本期内的日期，并写在指标值里。",
      nameAfter: "时效指标的名称“{name}”写的时限 {date} 晚于项目结束时间 {end}：时限应落在项目实施期内，并写在指标值里。",
    },
  },
  check({ facts, report }) {
    const period = facts.form.implementationPeriod;
    if (!period || (!period.start && !period.end)) return;
    const periodCell = facts.form.fields.period?.cell;
    const fmt = (d: DateParts) => `${d.year}年${d.month}月${d.day !== null ? `${d.day}日` : ""}`;
    const checkName = (name: string, cell: string, group: string | undefined) => {
      const m = NAME_DATE.exec(name);
      if (!m) return;
      const year = Number(m[1]);
      const month = Number(m[2]);
      if (month < 1 || month > 12) return;
      const day = m[3] ? Number(m[3]) : null;
      const date = fmt({ year, month, day });
      const related = periodCell ? [periodCell] : [];
      // Month precision: a name's month must not end before the period's first month, nor start after its last.
      if (period.start && key(year, month, 31) < startKey(period.start))
        report({
          messageId: "nameBefore",
          cell,
          related,
          severity: "warning",
          params: { name, date, start: fmt(period.start) },
          group,
        });
      else if (period.end && key(year, month, 1) > endKey(period.end))
        report({
          messageId: "nameAfter",
          cell,
          related,
          severity: "warning",
          params: { name, date, end: fmt(period.end) },
          group,
        });
    };
    for (const i of facts.indicators) {
      if (i.kind === "timeliness") checkName(i.name, i.row.level3.cell, i.group);
      for (const v of i.row.values) {
        const p = v.parsed;
        if (p.kind !== "deadline" || p.recurrence !== "none" || p.year === null || p.month === null) continue;
        const date = key(p.year, p.month, p.day ?? 28);
        const text = `${p.year}年${p.month}月${p.day !== null ? `${p.day}日` : ""}`;
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

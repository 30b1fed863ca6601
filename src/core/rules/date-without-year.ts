import { documentBasis, SOURCES } from "../basis";
import type { Rule } from "./support/rule";

/**
 * A deadline written without its year ("12月", "10月底前", "12月31日"): read as the implementation period's
 * year (the budget year), and said so — a reviewer returns a 时效 target whose date cannot be pinned down.
 * Recurring deadlines ("每月20日前", "每年10月底前") need no year.
 */
export const dateWithoutYear: Rule = {
  meta: {
    id: "date-without-year",
    basis: documentBasis("时效指标应写明完成时限（具体日期）；只写月日无法判断年份", SOURCES.doc101),
    severity: "warning",
    category: "format",
    ruleSets: ["target", "self-evaluation"],
    description: "时效指标的日期要写明年份（如“2023年12月31日前”）；只写月日时按实施期的年份理解。",
    messages: {
      assumed: "时效指标“{name}”的日期“{value}”没有写年份，按实施期的年份理解为 {year} 年；请写明年份。",
      noYear: "时效指标“{name}”的日期“{value}”没有写年份，无法判断是哪一年；请写明年份。",
    },
  },
  check({ facts, report }) {
    const period = facts.form.implementationPeriod;
    const written = /(?<!\d)(20\d{2})(?!\d)/.exec(`${facts.form.fields.period?.text ?? ""} ${facts.form.title}`);
    const year = period?.end?.year ?? period?.start?.year ?? (written ? Number(written[1]) : null);
    for (const i of facts.indicators) {
      for (const v of i.row.values) {
        const p = v.parsed;
        if (p.kind !== "deadline" || p.recurrence !== "none" || p.year !== null || p.month === null) continue;
        // "工资发放月数 =12月", "服务周期 12月": a number of months, not a date.
        if (/数$|时长|周期|期限|月份数/.test(i.name)) continue;
        const day = p.day !== null ? `${p.day}日` : "";
        report({
          messageId: year !== null ? "assumed" : "noYear",
          cell: v.cell,
          params: { name: i.name || i.group, value: v.text, year: year ?? "" },
          suggestion:
            year !== null
              ? `≤${year}年${p.month}月${day || `${new Date(Date.UTC(year, p.month, 0)).getUTCDate()}日`}`
              : undefined,
          group: i.group,
        });
      }
    }
  },
};

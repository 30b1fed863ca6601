import { parseValue } from "../parse/indicatorValue";
import type { Rule } from "./support/rule";
import type { IndicatorFact } from "./support/formFacts";
import { platformCheck } from "../basis";

/** The empty 偏差原因 cell of the row, where the reason goes (highlighted with the finding). */
const reasonCell = (i: IndicatorFact): string[] => (i.row.blankExtras?.reason ? [i.row.blankExtras.reason] : []);

/** Self-evaluation: an achieved value below its 年度目标值 needs a 偏差原因 (未完成原因). */
export const actualBelowTarget: Rule = {
  meta: {
    id: "actual-below-target",
    severity: "warning",
    category: "missing",
    basis: platformCheck("自评表中未完成目标（得分低于分值）的指标须填写偏差原因"),
    ruleSets: ["self-evaluation"],
    description: "实际完成值未达到年度目标值时，要写明偏差原因和改进措施。",
    messages: {
      noReason: "“{name}”实际完成 {actual}，未达到目标 {target}，但没有写偏差原因。",
      late: "“{name}”实际 {actual}，晚于目标 {target}，但没有写偏差原因。",
    },
  },
  check({ facts, report }) {
    // Where the form gives the reason a place: a 偏差原因 column, or a 存在问题 / 改进措施 line. A table without either
    // (鄂州 2022 科普经费自评表: 年初目标值 | 实际完成值 | 得分) may let the score speak — reviewers differ — so there the
    // missing reason is only noted (info).
    const reasonPlace = (i: IndicatorFact) =>
      i.row.blankExtras?.reason !== undefined || !!facts.form.fields.problems || !!facts.form.fields.improvements;
    for (const i of facts.indicators) {
      const actual = i.row.extras?.actual;
      if (!actual || i.row.extras?.reason) continue;
      const severity = reasonPlace(i) ? {} : { severity: "info" as const };
      const target = i.row.values.find((v) => v.text !== "");
      if (target && target.parsed.kind === "deadline") {
        const t = target.parsed;
        const a = parseValue(actual.text);
        if (a.kind !== "deadline" || t.year === null || a.year === null || t.month === null || a.month === null) continue;
        const key = (y: number, m: number, d: number | null) => y * 10000 + m * 100 + (d ?? 31);
        // Compared at the precision both are written in: "2022年11月" done against "≤2022年11月30日" is on time.
        const day = a.day === null || t.day === null ? null : a.day;
        if (key(a.year, a.month, day) <= key(t.year, t.month, a.day === null ? null : t.day)) continue;
        report({
          messageId: "late",
          cell: actual.cell,
          related: [target.cell, ...reasonCell(i)],
          params: { name: i.name || i.group, actual: actual.text, target: target.text },
          fix: "说明延期原因和改进措施。",
          group: i.group,
          ...severity,
        });
        continue;
      }
      if (!target || target.parsed.kind !== "quantitative") continue;
      const t = target.parsed;
      const a = parseValue(actual.text);
      if (a.kind !== "quantitative" || t.operator === "≤" || t.operator === "＜") continue;
      const sameUnit = (t.unit?.text ?? "") === (a.unit?.text ?? "") || !a.unit || !t.unit;
      if (!sameUnit || a.number >= t.number) continue;
      report({
        messageId: "noReason",
        cell: actual.cell,
        related: [target.cell, ...reasonCell(i)],
        params: { name: i.name || i.group, actual: actual.text, target: target.text },
        fix: "在“偏差原因（未完成原因）”一栏说明原因和改进措施。",
        group: i.group,
        ...severity,
      });
    }
  },
};

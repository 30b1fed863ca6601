import { formKind } from "../kinds";
import type { Rule } from "./support/rule";
import { SOURCES, documentBasis } from "../basis";

/** 年度目标 always; 实施期（中长期）目标 for 长期 / multi-year projects. */
export const goalsPresent: Rule = {
  meta: {
    id: "goals-present",
    severity: "error",
    category: "missing",
    ruleSets: ["target", "self-evaluation"],
    basis: documentBasis(
      "绩效目标申报表要填写年度总体目标，跨年度项目还要填写实施期目标（一年期项目可不填）",
      SOURCES.fillingNotes,
    ),
    description: "年度目标必须填写；长期或跨年度项目还须填写实施期（中长期）总体目标。",
    messages: {
      absent: "表中没有“绩效目标（总体目标）”部分。",
      annualEmpty: "“{header}”未填写。",
      annualAbsent: "表中没有“年度目标”。",
      implementationEmpty: "本项目为长期（跨年度）项目，“{header}”未填写。",
    },
  },
  check({ facts, report }) {
    const f = facts.form;
    if (!formKind(f.layout).requiresGoals) {
      // A 自评表 prints the year's goal it is judged against (年初设定目标 / 预期目标): left empty, there is nothing
      // to compare the results with (普陀). Only when the form prints it; a warning.
      for (const g of f.goals)
        if (g.text.trim() === "")
          report({
            messageId: "annualEmpty",
            cell: g.cell,
            related: [g.headerCell],
            params: { header: g.header.replace(/\s+/g, "") },
            severity: "warning",
            fix: `在 ${g.cell} 写明年初设定的目标（本年度要完成的产出和效果），自评才有对照。`,
          });
      return;
    }
    if (f.goals.length === 0) {
      // No goal label anywhere. On kinds whose templates do not all print a goal section (临邑's 项目支出目标申报表),
      // that is the template's layout, not something the filler left out — said, not held against the table.
      // Two kinds scored alike: both must always print it (the reading of the kind is uncertain).
      const alternative = f.kindRunnerUp ? formKind(f.kindRunnerUp) : null;
      const printed =
        formKind(f.layout).goalSectionAlwaysPrinted !== false && (!alternative || alternative.goalSectionAlwaysPrinted !== false);
      report({
        messageId: "absent",
        cell: f.anchorCell,
        ...(printed ? {} : { severity: "info" as const }),
        fix: "如果所用表样有绩效目标栏，请填写年度目标（长期项目还有实施期总体目标）；表样没有这一栏时可忽略。",
      });
      return;
    }
    // A list prints one goal column per project, whatever period it names (湘西's 实施期绩效目标): that is the goal.
    const annual =
      f.goals.find((g) => g.period === "annual") ??
      (f.layout === "project-list" && f.goals.length === 1 ? f.goals[0] : undefined);
    if (!annual) report({ messageId: "annualAbsent", cell: f.goals[0].headerCell, fix: "补上“年度目标”并填写。" });
    else if (annual.text.trim() === "") {
      report({
        messageId: "annualEmpty",
        cell: annual.cell,
        related: [annual.headerCell],
        params: { header: annual.header },
        fix: `在 ${annual.cell} 写明本年度要达到的产出和效果。`,
      });
    }
    const impl = f.goals.find((g) => g.period === "implementation");
    if (impl && impl !== annual && impl.text.trim() === "" && facts.multiYear) {
      report({
        messageId: "implementationEmpty",
        cell: impl.cell,
        related: [impl.headerCell],
        params: { header: impl.header.replace(/[（(].*$/, "") || "实施期总体目标" },
        fix: `在 ${impl.cell} 写明整个实施期要达到的目标（与年度目标区分开）。`,
      });
    }
  },
};

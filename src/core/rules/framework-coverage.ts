import { formKind } from "../kinds";
import type { Rule } from "./support/rule";
import type { IndicatorFact } from "./support/formFacts";
import { SOURCES, documentBasis } from "../basis";

/** Rates that measure the quality of what was delivered (合格率, 成活率, 达标率 …). */
const QUALITY_RATE = /合格率|达标率|成活率|优良率|完好率|验收(通过)?率|准确率|正确率|合规率|规范率/;

/** Each required 一级 and 二级 of the framework has at least one real 三级 indicator. */
export const frameworkCoverage: Rule = {
  meta: {
    id: "framework-coverage",
    severity: "error",
    category: "missing",
    basis: documentBasis(
      "绩效指标包括产出、效益、满意度三个一级指标，其下细分二级、三级指标（101号另设成本指标为一级）",
      SOURCES.framework88,
      SOURCES.doc101,
    ),
    ruleSets: ["target", "self-evaluation"],
    description: "指标体系要求的一级指标、二级指标都要有三级指标（效益类至少一项）。",
    messages: {
      level1Absent: "缺少一级指标“{level1}”（{framework}要求）。",
      level1Unsure:
        "没有认出一级指标“{level1}”（{framework}要求）；表中有没认出的一级指标（{names}），如果它就是“{level1}”，请改用标准名称，否则请补上。",
      level2Absent: "“{level1}”下缺少二级指标“{level2}”，至少要设一个三级指标。",
      level2Misfiled:
        "“{level1}”下缺少二级指标“{level2}”；“{name}”衡量的是质量，却写在“{written}”下：应移到“{level2}”下（或另设质量指标）。",
      level2Unsure:
        "“{level1}”下没有认出二级指标“{level2}”；这一组里有没认出的二级指标（{names}），如果其中就有“{level2}”，请改用标准名称，否则请补上。",
      level2AbsentOptional: "“{level1}”下的 {options} 至少要有一项设置三级指标，目前都没有。",
      otherSystem:
        "指标表的一级、二级指标（{names}）都不属于{framework}，看来是另一套指标体系（如资金管理类自评指标）：不按{framework}检查是否缺项。",
    },
  },
  check({ facts, report }) {
    const ind = facts.form.indicators;
    if (!ind || ind.tables.length === 0 || facts.indicators.length === 0) return;
    // Judge the tables that carry indicators (the 年度 half when a two-half form fills only one).
    const selfEvaluation = formKind(facts.form.layout).ruleSet === "self-evaluation";
    for (const t of facts.judgedTables) {
      // A flat list (no 一级/二级 columns) has no groups to judge.
      if (ind.tables[t].flat) continue;
      if (facts.foreignTables.has(t)) {
        const names = [
          ...new Set(facts.indicators.filter((i) => i.tableIndex === t).flatMap((i) => [i.row.level1.text, i.row.level2.text])),
        ]
          .map((n) => n.replace(/\s+/g, ""))
          .filter((n) => n !== "")
          .slice(0, 4);
        report({
          messageId: "otherSystem",
          cell: ind.tables[t].level1HeaderCell ?? ind.tables[t].headerCell,
          params: { names: names.join("、"), framework: facts.framework.name },
          severity: "info",
        });
        continue;
      }
      const rows = facts.indicators.filter((i) => i.tableIndex === t);
      // A row with a value but no 三级 name is reported by indicator-row-complete; it still fills its 二级 here.
      const real = (i: IndicatorFact) => (i.name !== "" || i.row.values.some((v) => v.text !== "")) && !i.filler;
      const at = ind.tables[t].headerCell;
      // A missing 一级 group is marked on the block's 一级指标 header, not on an unrelated cell.
      const level1At = ind.tables[t].level1HeaderCell ?? at;
      // Names the reader could not place: a group "missing" beside them may be one of them under another name, so
      // its absence is said as a question (info), not as an error (an uncertain reading gives no errors).
      const unplaced = (list: IndicatorFact[], level: "level1" | "level2") => [
        ...new Set(
          list
            .filter((i) => real(i) && i[level] === null)
            .map((i) => i.row[level].text.replace(/\s+/g, ""))
            .filter((n) => n !== ""),
        ),
      ];
      const unplaced1 = unplaced(rows, "level1");
      for (const l1 of facts.framework.level1) {
        const inL1 = rows.filter((i) => i.level1?.name === l1.name);
        if (l1.required && inL1.length === 0) {
          report({
            messageId: unplaced1.length > 0 ? "level1Unsure" : "level1Absent",
            cell: level1At,
            params: { level1: l1.name, framework: facts.framework.name, names: unplaced1.slice(0, 3).join("、") },
            severity: unplaced1.length > 0 ? "info" : undefined,
            fix: `插入“${l1.name}”的标准指标行。`,
            group: l1.name,
          });
          continue;
        }
        const unplaced2 = unplaced(inL1, "level2");
        // A table printed without a 二级 level (中央预算内投资计划) is judged on its 一级 groups only.
        if (ind.tables[t].noLevel2) continue;
        for (const l2 of l1.level2) {
          if (l2.requirement === "optional") continue;
          const present = rows.filter((i) => i.level2?.name === l2.name);
          // A present-but-empty 二级 row is reported by level2-without-level3.
          if (present.length > 0) continue;
          // A quality rate written under another 二级 (种植作物成活率 under 数量指标, 同心 2023): the 质量 group is there, in
          // the wrong place — said at that row.
          const misfiled =
            l2.kind === "quality" ? inL1.find((i) => real(i) && i.kind !== "quality" && QUALITY_RATE.test(i.name)) : undefined;
          if (misfiled) {
            report({
              messageId: "level2Misfiled",
              cell: misfiled.row.level3.cell,
              related: [misfiled.row.level2.cell],
              params: {
                level1: l1.name,
                level2: l2.name,
                name: misfiled.name.trim(),
                written: misfiled.row.level2.text.replace(/\s+/g, ""),
              },
              severity: selfEvaluation ? "info" : l2.requirement === "required" ? "error" : "warning",
              fix: `把“${misfiled.name.trim()}”移到“${l2.name}”下。`,
              group: `${l1.name} › ${l2.name}`,
            });
            continue;
          }
          report({
            messageId: unplaced2.length > 0 ? "level2Unsure" : "level2Absent",
            // Marked on the 一级 group's own label (never on another 二级's row, which is not wrong).
            cell: inL1[0]?.row.level1.cell ?? at,
            params: { level1: l1.name, level2: l2.name, names: unplaced2.slice(0, 3).join("、") },
            // A self-evaluation reports on targets set the year before (its author cannot add one now): a 二级 it lacks
            // is a remark on the target table (安徽 2025 电影专项 自评表 without a 时效指标).
            severity: selfEvaluation || unplaced2.length > 0 ? "info" : l2.requirement === "required" ? "error" : "warning",
            fix: `在“${l1.name}”下增加“${l2.name}”及其三级指标和指标值。`,
            group: `${l1.name} › ${l2.name}`,
          });
        }
        const filled = new Set(inL1.filter(real).map((i) => i.level2?.name));
        if (inL1.length > 0 && filled.size < l1.minFilledLevel2) {
          const optional = l1.level2.filter((d) => d.requirement === "optional");
          if (optional.length > 0 && !optional.some((d) => filled.has(d.name))) {
            report({
              messageId: "level2AbsentOptional",
              cell: inL1[0].row.level1.cell,
              params: { level1: l1.name, options: optional.map((d) => d.name).join("、") },
              fix: `在“${l1.name}”下至少设一个可衡量的三级指标。`,
              group: l1.name,
            });
          }
        }
      }
    }
  },
};

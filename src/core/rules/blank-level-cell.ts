import type { Rule } from "./support/rule";
import { SOURCES, documentBasis } from "../basis";
import { fromA1, toA1 } from "../cellAddress";
import { findLevel1 } from "../frameworks/classifyIndicator";
import { isExecutionRow } from "./support/indicatorWords";

/** A blank 一级 or 二级 cell in the indicator table (the label can usually be inferred). */
export const blankLevelCell: Rule = {
  meta: {
    id: "blank-level-cell",
    severity: "warning",
    category: "missing",
    ruleSets: ["target", "self-evaluation"],
    basis: documentBasis("绩效指标分一级、二级、三级，一级、二级为统一分类，每行都要归入", SOURCES.framework88),
    description: "指标表中的一级、二级指标单元格不能空着。",
    messages: {
      level1: "这几行的一级指标是空的（按二级指标“{level2}”应为“{suggested}”）。",
      level1Unknown: "这几行的一级指标是空的。",
      level2: "三级指标“{name}”所在行的二级指标是空的。",
    },
  },
  check({ facts, report }) {
    const seen = new Set<string>();
    for (const i of facts.indicators) {
      // A flat list prints no level columns: nothing is blank.
      const table = facts.form.indicators?.tables[i.tableIndex];
      if (i.empty || table?.flat || table?.noLevel1) continue;
      const r = i.row;
      // A blank 一级 cell that the reading filled from the rows above (no merge), on a row whose 二级 belongs to
      // another 一级 (社会效益指标 in the row after 产出指标's merged block, 鄂州 2019): the row's own 一级 is missing,
      // it is not placed under the 一级 above (level-placement leaves such rows to this rule).
      if (r.level1.inherited && r.level1.text !== "" && i.level1 && !facts.foreignTables.has(i.tableIndex)) {
        const written = findLevel1(facts.framework, r.level1.text);
        const localSatisfaction =
          i.kind === "satisfaction" &&
          (written === i.level1 || written?.level2.some((d) => d.kind === "social-benefit") === true);
        if (written && written !== i.level1 && !localSatisfaction && !isExecutionRow(r.level1.text, r.level2.text)) {
          const own = toA1(r.row, fromA1(r.level1.cell).col);
          if (!seen.has(own)) {
            seen.add(own);
            report({
              messageId: "level1",
              cell: own,
              related: [r.level2.cell],
              params: { level2: r.level2.text, suggested: i.level1.name },
              suggestion: i.level1.name,
              group: i.group,
            });
          }
          continue;
        }
      }
      if (r.level1.text === "" && !seen.has(r.level1.cell)) {
        seen.add(r.level1.cell);
        const suggested = i.level1?.name;
        report(
          suggested
            ? {
                messageId: "level1",
                cell: r.level1.cell,
                params: { level2: r.level2.text, suggested },
                suggestion: suggested,
                group: i.group,
              }
            : {
                messageId: "level1Unknown",
                cell: r.level1.cell,
                fix: "填写一级指标（产出指标、效益指标或满意度指标）。",
                group: i.group,
              },
        );
      }
      if (r.level2.text === "" && !seen.has(r.level2.cell) && !facts.form.indicators?.tables[i.tableIndex]?.noLevel2) {
        seen.add(r.level2.cell);
        report({
          messageId: "level2",
          cell: r.level2.cell,
          params: { name: i.name || "（无名称）" },
          fix: "填写二级指标（如数量指标、质量指标）。",
          group: i.group,
        });
      }
    }
  },
};

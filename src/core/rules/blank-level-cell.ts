import type { Rule } from "./support/rule";
import { SOURCES, documentBasis } from "../basis";

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
      if (i.empty || facts.form.indicators?.tables[i.tableIndex]?.flat) continue;
      const r = i.row;
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

import { findLevel1 } from "../frameworks/classifyIndicator";
import { isExecutionRow } from "./support/indicatorWords";
import type { Rule } from "./support/rule";
import { SOURCES, documentBasis } from "../basis";

/** 二级 labels must belong to the framework and sit under their own 一级. */
export const levelPlacement: Rule = {
  meta: {
    id: "level-placement",
    severity: "warning",
    category: "format",
    ruleSets: ["target", "self-evaluation"],
    basis: documentBasis("二级指标按统一分类归属一级指标", SOURCES.framework88, SOURCES.doc101),
    description: "二级指标要属于所用的指标体系，并放在对应的一级指标下。",
    messages: {
      unknown: "二级指标“{level2}”不在{framework}中。",
      misplaced: "二级指标“{level2}”属于“{expected}”，却放在了“{level1}”下。",
      localTemplate: "满意度指标“{level2}”写在“{level1}”下，这是部分地区模板的写法；按{framework}，满意度可单列为一级指标。",
    },
  },
  check({ facts, report }) {
    const seen = new Set<string>();
    for (const i of facts.indicators) {
      const r = i.row;
      if (r.level2.text === "" || seen.has(r.level2.cell) || (i.empty && i.level2)) continue;
      // Another indicator system altogether (framework-coverage says so once): its 二级 are not misplaced.
      if (facts.foreignTables.has(i.tableIndex)) continue;
      if (isExecutionRow(r.level1.text, r.level2.text)) continue;
      seen.add(r.level2.cell);
      if (!i.level2) {
        // Under a 决策 or 过程 一级, whose 二级 local variants all name in their own way (预算编审管理, 资产管理, 政府采购管理
        // under 管理指标, 南昌 2021): the group is known, its 二级 is not misplaced. (With no 二级 placed, the fact's 一级 is
        // the written one's.)
        const group = i.level1;
        if (
          group &&
          group.level2.every((d) => d.requirement === "optional") &&
          group.level2.some((d) => d.kind === "process" || d.kind === "decision")
        )
          continue;
        report({
          messageId: "unknown",
          cell: r.level2.cell,
          params: { level2: r.level2.text, framework: facts.framework.name },
          fix: "改用指标体系中的二级指标名称（如数量指标、质量指标、社会效益指标）。",
          group: i.group,
        });
        continue;
      }
      const written = findLevel1(facts.framework, r.level1.text);
      // Where the framework itself puts 满意度 under 效益 (the evaluation framework), it is in its place.
      if (i.kind === "satisfaction" && written && written === i.level1) continue;
      // 满意度 as a 二级 under 效益 (社会公众或服务对象满意度指标) is a real local template: a remark, not a misplacement.
      if (i.kind === "satisfaction" && written?.level2.some((d) => d.kind === "social-benefit")) {
        report({
          messageId: "localTemplate",
          cell: r.level2.cell,
          related: [r.level1.cell],
          params: { level2: r.level2.text, level1: r.level1.text, framework: facts.framework.name },
          severity: "info",
          group: i.group,
        });
        continue;
      }
      // A blank 一级 cell filled from the rows above is a missing 一级 (blank-level-cell), not a misplaced 二级.
      if (i.level1 && written && i.level1 !== written && !r.level1.inherited) {
        report({
          messageId: "misplaced",
          cell: r.level2.cell,
          related: [r.level1.cell],
          params: { level2: r.level2.text, expected: i.level1.name, level1: r.level1.text },
          group: i.group,
        });
      }
    }
  },
};

import { findLevel1, findLevel2 } from "../frameworks/classifyIndicator";
import { indicatorNameKey } from "../text/normalize";
import type { Rule } from "./support/rule";
import { SOURCES, documentBasis } from "../basis";

/** A 三级 name that is only a category (a 一级/二级 name typed into the 三级 column) says nothing measurable. */
export const level3IsCategory: Rule = {
  meta: {
    id: "level3-is-category",
    severity: "warning",
    category: "format",
    ruleSets: ["target", "self-evaluation"],
    basis: documentBasis("三级指标是按项目设定的个性指标，要写具体考核内容", SOURCES.framework88),
    description: "三级指标要写具体的考核内容，不能只写“数量指标”“社会效益”这类类别名称。",
    messages: {
      category: "三级指标写的是类别名称“{name}”，没有说明具体考核什么。",
    },
  },
  check({ facts, report }) {
    for (const i of facts.indicators) {
      // Lines "质量指标:…" with no 三级 at all (南岳 2017): said once by the reading, not per line.
      if (facts.form.indicators?.tables[i.tableIndex]?.textLines) continue;
      // Under a stage 二级 (项目产出, 项目效益 of the evaluation framework) the categories are the 三级 by design.
      if (i.kind === "output" || i.kind === "outcome") continue;
      const name = i.row.level3.text.trim();
      if (!name || name.length > 12) continue;
      const l2 = findLevel2(facts.framework, name)?.level2;
      const l1 = l2 ? null : findLevel1(facts.framework, name);
      if (!l2 && !l1) continue;
      // "满意度" alone is matched loosely by findLevel2; only exact category names count here — with their 指标 or
      // without it ("质量", "时效": the category's own name, not a qualified one).
      const def = l2 ?? l1!;
      const key = indicatorNameKey(name);
      // (Only the category's own name: an alias such as 成本控制 is a real indicator's name too, and so is a satisfaction
      // 三级 named after its 二级, 服务对象满意度.)
      const exact = !/满意/.test(key) && indicatorNameKey(def.name) === key;
      if (!exact && !/(指标|效益|产出|满意度指标)$/.test(name)) continue;
      report({
        messageId: "category",
        cell: i.row.level3.cell,
        params: { name },
        fix: "写出具体的考核内容，如“培训人次”“系统可用率”。",
        group: i.group,
      });
    }
  },
};

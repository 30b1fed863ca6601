import { normalizeText } from "../text/normalize";
import { practiceBasis } from "../basis";
import type { Rule } from "./support/rule";
import { isTemplateNumbering } from "./support/indicatorWords";

/**
 * The same 三级 indicator written twice in one indicator table ("医疗报销系统数" on two rows): one of them is a
 * copy left over, or a second target for the same measure — either way the reviewer cannot tell which value holds.
 * Tables of different periods (a 中长期 and a 年度 half) repeat names on purpose and are compared separately.
 * First probe §1.3.
 */
export const indicatorNameDuplicate: Rule = {
  meta: {
    id: "indicator-name-duplicate",
    basis: practiceBasis("同一张指标表中三级指标不应重复，否则无法判断以哪一行的指标值为准"),
    severity: "warning",
    category: "inconsistent",
    ruleSets: ["target", "self-evaluation"],
    description: "同一张指标表中，三级指标名称不应重复。",
    messages: {
      duplicate: "三级指标“{name}”在 {first} 已经写过，这里又写了一次（{group}）；请删去重复的一行，或改成不同的指标。",
    },
  },
  check({ facts, report }) {
    const seen = new Map<string, { cell: string }>();
    for (const i of facts.indicators) {
      // (A template's row number repeated under each group, "1." "2.", is template-placeholder's finding.)
      if (i.empty || i.filler || i.name.trim() === "" || isTemplateNumbering(i.name)) continue;
      const key = `${i.tableIndex}\u0000${normalizeText(i.name).replace(/\s+/g, "")}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, { cell: i.row.level3.cell });
        continue;
      }
      report({
        messageId: "duplicate",
        cell: i.row.level3.cell,
        related: [first.cell],
        group: i.group,
        params: { name: i.name, first: first.cell, group: i.group },
        fix: `比较 ${first.cell} 与 ${i.row.level3.cell} 两行，保留一行；若是两个不同的指标，把名称写得能区分开。`,
      });
    }
  },
};

import type { Rule } from "./support/rule";
import { SOURCES, documentBasis } from "../basis";

/** A rate of change needs the value it changes from. */
const CHANGE_RATE = /(提升|提高|降低|下降|增长|减少|增加)(率|幅度)/;
const BASELINE = /基期|基数|基准|上年|去年|较\d{4}|同比|环比|比上|较上|基线/;

/** 提升率 / 降低率 targets without a base value cannot be verified (DOMAIN §2.7 可行性). */
export const baselineForRate: Rule = {
  meta: {
    id: "baseline-for-rate",
    severity: "info",
    category: "missing",
    basis: documentBasis("绩效标准：历史标准（同一指标以前年度的数值）——变化率要写明与哪一年、多少相比", SOURCES.standards),
    description: "“提升率”“降低率”“增长率”等变化率指标要写明与哪一年、哪个基数相比。",
    messages: {
      noBaseline: "“{name}”是变化率指标，但没有写明基期数值（与哪一年、多少相比）。",
    },
  },
  check({ facts, report }) {
    for (const i of facts.indicators) {
      if (!CHANGE_RATE.test(i.name) || BASELINE.test(i.name) || BASELINE.test(i.row.remark)) continue;
      const v = i.row.values.find((x) => x.parsed.kind === "quantitative" && x.parsed.unit?.kind === "percent");
      if (!v) continue;
      report({
        messageId: "noBaseline",
        cell: i.row.level3.cell,
        related: [v.cell],
        params: { name: i.name },
        fix: "在指标名称或备注中写明基期和基期数值，如“较2020年（基期值：56次）”。",
        group: i.group,
      });
    }
  },
};

import { formatWan } from "../text/normalize";
import { EPS } from "./support/indicatorMath";
import type { Rule } from "./support/rule";
import { returnReason, SOURCES } from "../basis";

/** A recurring project: 经常性, 延续性, 常年, 持续 (its 中期 covers the years of the medium-term plan, not one). */
const RECURRING = /经常|延续|常年|持续|长期/;

/**
 * On a recurring project the 中期（实施期）block is a copy of the year's: its heading says one year ("2022年—2022年") and
 * its money is the year's money (全椒 2022: 中期资金总额 3581.8 = 年度资金总额 3581.8). The medium-term plan of a
 * recurring project covers several years (中期财政规划, three years), so the block says nothing the 年度 one does not.
 */
export const midtermRepeatsAnnual: Rule = {
  meta: {
    id: "midterm-repeats-annual",
    severity: "warning",
    category: "inconsistent",
    basis: returnReason("长期目标与年度目标混淆（中期目标、中期资金只是年度的重复）", SOURCES.returnReasonsS6),
    description: "经常性（延续）项目的中期目标不能只写当年：中期期间只有一年、中期资金等于年度资金时，中期栏只是年度栏的重复。",
    messages: {
      repeats:
        "本项目是“{attribute}”，中期目标的期间却只有 {year} 年一年（“{header}”），中期资金总额 {implementation} 万元也等于年度资金总额：中期栏只是年度栏的重复，没有中期安排。",
    },
  },
  check({ facts, report }) {
    const f = facts.form;
    const attribute = f.fields.projectAttribute?.text.trim() ?? "";
    if (!RECURRING.test(attribute)) return;
    const goal = f.goals.find((g) => g.period === "implementation");
    if (!goal) return;
    const years = [...goal.header.matchAll(/(19|20)\d{2}/g)].map((m) => Number(m[0]));
    if (years.length < 2 || years.some((y) => y !== years[0])) return;
    const impl = f.budget.implementationTotal;
    const annual = f.budget.annualTotal;
    if (!impl || !annual || impl.amountWan === null || annual.amountWan === null) return;
    if (Math.abs(impl.amountWan - annual.amountWan) > EPS) return;
    report({
      messageId: "repeats",
      cell: goal.headerCell,
      related: [impl.cell, annual.cell],
      params: { attribute, year: years[0], header: goal.header.trim(), implementation: formatWan(impl.amountWan) },
      fix: "按中期财政规划写明中期期间（如 2022年—2024年）、中期资金总额和中期目标；一年期项目可不填中期栏。",
    });
  },
};

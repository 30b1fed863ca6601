import { formatNumber } from "../parse/number";
import type { QuantitativeValue } from "../model/parsedValue";
import type { IndicatorFact } from "./support/formFacts";
import { EPS } from "./support/indicatorMath";
import type { Rule } from "./support/rule";
import { formBasis } from "../basis";

const PART = /^其中[:：，,、]?/;

/** A count or amount with a unit, else null. */
function quantity(i: IndicatorFact, period: string): QuantitativeValue | null {
  const v = i.row.values.find((x) => x.period === period);
  const p = v?.parsed;
  return p && p.kind === "quantitative" && p.unit && p.unit.kind !== "percent" ? p : null;
}

/**
 * Breakdown rows (“其中……” under a total row): the parts cannot add up to more than the total, and parts
 * counted in other units cannot make up the total (张庄寨 2023: 家畜家禽 192只 = 羊 180只 + 猪 12头).
 */
export const breakdownSum: Rule = {
  meta: {
    id: "breakdown-sum",
    severity: "warning",
    category: "inconsistent",
    ruleSets: ["target", "self-evaluation"],
    basis: formBasis("“其中”分项不能超过总数；不同计量单位的数量不能相加"),
    description: "“其中”分项指标之和不能超过上一行的总数；总数不能由不同计量单位的分项相加而成。",
    messages: {
      exceeds: "“其中”分项合计 {sum}{unit}，超过了“{parent}”的 {total}。",
      mixedUnits: "“{parent}”的 {total} 是分项 {parts} 相加而成，计量单位不同，不能相加。",
    },
  },
  check({ facts, report }) {
    const rows = facts.indicators;
    for (let k = 0; k < rows.length; k++) {
      const parent = rows[k];
      if (PART.test(parent.name.trim()) || parent.name === "") continue;
      const parts: IndicatorFact[] = [];
      for (let j = k + 1; j < rows.length; j++) {
        const r = rows[j];
        if (r.tableIndex !== parent.tableIndex || r.row.level2.text !== parent.row.level2.text) break;
        if (!PART.test(r.name.trim())) break;
        parts.push(r);
      }
      if (parts.length === 0) continue;
      for (const period of parent.table.periods) {
        const total = quantity(parent, period);
        const values = parts.map((p) => quantity(p, period));
        if (!total || values.some((v) => v === null)) continue;
        const qs = values as QuantitativeValue[];
        const cell = parent.row.values.find((x) => x.period === period)!.cell;
        const related = parts.map((p) => p.row.values.find((x) => x.period === period)!.cell);
        const sum = qs.reduce((a, q) => a + q.number, 0);
        const sameUnit = qs.every((q) => q.unit!.text === total.unit!.text);
        if (sameUnit && sum > total.number + EPS && total.operator !== "≥" && total.operator !== "＞") {
          report({
            messageId: "exceeds",
            cell,
            related,
            params: { sum: formatNumber(sum), unit: total.unit!.text, parent: parent.name, total: total.raw },
            fix: "核对总数和各分项，使分项之和不超过总数。",
            group: parent.group,
          });
        } else if (!sameUnit && Math.abs(sum - total.number) <= EPS && qs.some((q) => q.unit!.kind === total.unit!.kind)) {
          report({
            messageId: "mixedUnits",
            cell,
            related,
            params: { parent: parent.name, total: total.raw, parts: qs.map((q) => q.raw).join(" + ") },
            fix: "按计量单位分别列指标（如“羊养殖数量 =180只”“猪养殖数量 =12头”），或改用统一的单位（如“头(只)”并说明折算）。",
            group: parent.group,
          });
        }
      }
    }
  },
};

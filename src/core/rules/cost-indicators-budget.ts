import type { CostItem } from "../model/parsedValue";
import { formatNumber } from "../parse/number";
import { formatWan } from "../text/normalize";
import { BUDGET_NAMES } from "./support/fieldNames";
import type { IndicatorFact } from "./support/formFacts";
import {
  countedUnit,
  EPS,
  lumpSumWan,
  mainValue,
  matchCostItem,
  monthlyLumpWan,
  quantitativeOf,
  sharedHan,
  unitCost,
} from "./support/indicatorMath";
import type { FormFacts } from "./support/formFacts";

/** Months of the budget year the project runs (12 unless its period says fewer within one year). */
function periodMonths(facts: FormFacts): number {
  const p = facts.form.implementationPeriod;
  if (!p?.start || !p.end) return 12;
  const n = (p.end.year - p.start.year) * 12 + (p.end.month - p.start.month) + 1;
  return n >= 1 && n < 12 ? n : 12;
}
import type { Rule } from "./support/rule";
import { formBasis } from "../basis";

const COST_KINDS = new Set(["cost", "economic-cost"]);
const CAP_OPS = new Set(["≤", "＜", "＝", null]);

/** The 数量 indicator counting `unit`, best matching the cost name (ties → the largest count). */
function matchQuantity(facts: IndicatorFact[], unit: string, costName: string, exactPrice: boolean) {
  let best: { fact: IndicatorFact; number: number; cell: string; strict: boolean; written: number } | null = null;
  let bestScore = -1;
  for (const f of facts) {
    if (f.kind !== "quantity") continue;
    const v = mainValue(f);
    const q = quantitativeOf(f, v);
    if (!q || !v) continue;
    const cu = countedUnit(q.unit);
    if (!cu || (cu !== unit && !(cu.startsWith(unit) || unit.startsWith(cu)))) continue;
    // "＞280人" means at least 281 (whole counts); "≥280人" at least 280. Only an exact price makes the
    // product a lower bound worth comparing (a cap "＜7.4万元/人" leaves room below it).
    const strict = exactPrice && q.operator === "＞" && Number.isInteger(q.number) && q.unit?.kind === "count";
    const number = strict ? q.number + 1 : q.number;
    const score = sharedHan(f.name, costName) * 1e9 + number;
    if (score > bestScore) {
      best = { fact: f, number, cell: v.cell, strict, written: q.number };
      bestScore = score;
    }
  }
  return best;
}

/** A cost indicator that names the whole project's cost, not one of its parts. */
const WHOLE_COST = /(总成本|成本总额|总投资|投资总额|总费用|费用总额|总金额|全部成本|项目成本合计|成本合计)$/;

/**
 * The rounding of a figure as written, relative to it: half a unit of its last decimal (71.86 → 0.005 / 71.86), whole
 * numbers (counts, prices in whole 元) taken as exact; or, for a ceiling rounded up (`ceiling`), a whole unit of its last
 * digit (544 → 1 / 544; 2 → 1 / 2; 1.95 → 0.01 / 1.95).
 */
function relativeRounding(n: number, ceiling = false): number {
  if (!Number.isFinite(n) || n === 0) return 0;
  const text = String(Math.abs(n));
  if (/e/i.test(text)) return 0;
  const decimals = text.includes(".") ? text.length - text.indexOf(".") - 1 : 0;
  if (ceiling) return 10 ** -decimals / Math.abs(n);
  if (decimals === 0) return 0;
  return (0.5 * 10 ** -decimals) / Math.abs(n);
}

/** A per-unit price in the indicator's own money unit: 0.0178 万元 → "178.38 元/人". */
function priceText(wan: number, toWan: number, per: string): string {
  const unit = toWan === 1 ? "万元" : toWan === 0.0001 ? "元" : "万元";
  const n = toWan === 0.0001 ? wan / toWan : wan;
  return `${Math.floor(n * 100) / 100} ${unit}/${per}`;
}

/** The 测算 amount for the same quantity: all lines counting `quantity` `per` added up, else a line by name. */
function matchingLine(
  items: readonly CostItem[],
  per: string,
  quantity: number,
  name: string,
): { label: string; amountWan: number } | null {
  const same = items.filter((it) => it.sign > 0 && it.quantityUnit === per && it.quantity === quantity);
  if (same.length > 0)
    return { label: same.map((it) => it.label).join("+"), amountWan: same.reduce((a, it) => a + it.amountWan, 0) };
  return items.length > 1 ? matchCostItem(items, name) : null;
}

/** 成本 indicators against the money: caps vs budget and 测算 lines, unit cost × quantity vs budget. */
/** A subsidy's per-head standard, which several levels of government usually fund together. */
const SUBSIDY_STANDARD = /(补助|补贴|资助|救助|津贴)(标准|定额)|(标准|定额)(补助|补贴)/;

export const costIndicatorsBudget: Rule = {
  meta: {
    id: "cost-indicators-budget",
    severity: "error",
    category: "inconsistent",
    basis: formBasis("成本指标的上限、单价×数量要在表中预算和测算金额之内"),
    description: "成本指标要与预算对得上：各项上限之和不超过预算，单价×数量不超过预算或对应的测算金额。",
    messages: {
      capsOverBudget: "成本指标上限合计 {sum} 万元，超过{budgetName} {budget} 万元。",
      capOverLine: "成本指标“{name}”上限 {cap} 万元，高于经费测算中“{line}”的 {lineAmount} 万元。",
      unitOverLine: "“{name}”{price} × “{qtyName}”{qty}{unit} = {product} 万元，超过经费测算中“{line}”的 {lineAmount} 万元。",
      unitOverBudget: "“{name}”{price} × “{qtyName}”{qty}{unit} = {product} 万元，超过{budgetName} {budget} 万元。",
      unitOverBudgetShared:
        "“{name}”{price} × “{qtyName}”{qty}{unit} = {product} 万元，{budgetName}只有 {budget} 万元：补助标准常由中央、省、市、县各级财政分担，本表资金可能只是其中一级的份额；如是，请在资金来源或说明中写明。",
      unitNoQuantity: "成本指标“{name}”是单价（{price}），但没有以“{unit}”计的数量指标，无法核对总成本与预算。",
    },
  },
  check({ facts, report }) {
    const months = periodMonths(facts);
    const allCosts = facts.indicators.filter((i) => i.kind !== null && COST_KINDS.has(i.kind) && i.name !== "");
    if (allCosts.length === 0) return;
    // Halves of two periods (中期 | 年度, 六安): each half's costs against its own period's money.
    const periodOf = (c: IndicatorFact) => mainValue(c)?.period ?? null;
    const twoPeriods =
      allCosts.some((c) => periodOf(c) === "implementation") && allCosts.some((c) => periodOf(c) !== "implementation");
    const implTotal = facts.form.budget.implementationTotal;
    const passes: { costs: IndicatorFact[]; budget: typeof facts.budget; budgetName: string }[] = [];
    if (twoPeriods && facts.budgetKey !== "implementationTotal") {
      passes.push({
        costs: allCosts.filter((c) => periodOf(c) !== "implementation"),
        budget: facts.budget,
        budgetName: facts.budgetKey ? BUDGET_NAMES[facts.budgetKey] : "",
      });
      const implCosts = allCosts.filter((c) => periodOf(c) === "implementation");
      if (implTotal && implTotal.amountWan !== null)
        passes.push({ costs: implCosts, budget: implTotal, budgetName: BUDGET_NAMES.implementationTotal });
    } else {
      passes.push({ costs: allCosts, budget: facts.budget, budgetName: facts.budgetKey ? BUDGET_NAMES[facts.budgetKey] : "" });
    }
    for (const pass of passes) checkCosts(pass.costs, pass.budget, pass.budgetName);
    function checkCosts(costs: IndicatorFact[], budget: typeof facts.budget, budgetName: string): void {
      const items = facts.form.costEstimate?.items ?? [];
      let lumps: { fact: IndicatorFact; wan: number; cell: string; derived: boolean }[] = [];
      for (const c of costs) {
        const v = mainValue(c);
        const q = quantitativeOf(c, v);
        if (!q || !v || !CAP_OPS.has(q.operator)) continue;
        const uc = unitCost(c, q, months);
        if (!uc) {
          const whole = lumpSumWan(q);
          const lump = whole ?? monthlyLumpWan(q, months);
          if (lump !== null) {
            // A monthly cap times the months (620万元/月 × 12) is an estimate: a ceiling per month, and the months
            // assumed when the form gives no period (天津 2020).
            lumps.push({ fact: c, wan: lump, cell: v.cell, derived: whole === null });
            const line = matchCostItem(items, c.name);
            if (line && lump > line.amountWan + EPS) {
              report({
                messageId: "capOverLine",
                cell: v.cell,
                related: [facts.form.fields.costEstimate!.cell],
                params: { name: c.name, cap: formatWan(lump), line: line.label, lineAmount: formatWan(line.amountWan) },
                severity: "warning",
                suggestion: `≤${formatWan(line.amountWan)}万元`,
                group: c.group,
              });
            }
          }
          continue;
        }
        const qty = matchQuantity(facts.indicators, uc.per, c.name, q.operator === "＝" || q.operator === null);
        const quantity = qty?.number ?? items.find((it) => it.quantityUnit === uc.per && it.quantity !== undefined)?.quantity;
        if (quantity === undefined) {
          report({
            messageId: "unitNoQuantity",
            cell: v.cell,
            params: { name: c.name, price: v.text, unit: uc.per },
            severity: "info",
            fix: `在数量指标中写明以“${uc.per}”计的数量（如“≥100${uc.per}”），单价×数量才能与预算核对。`,
            group: c.group,
          });
          continue;
        }
        const product = uc.wan * quantity;
        // The price and the quantity are rounded to the digits written: their product is only known to within
        // that rounding (71.86 元/平方米 × 26970.7 平方米 = 193.81 万元 ± 0.014 is not over a budget of 193.8 万元).
        const line = matchingLine(items, uc.per, quantity, c.name);
        // A ceiling no 测算 line prices is the budget's average rounded up to the digits written (户均补助 ≤2万元/户 over
        // 484.45 万元 ÷ 250 户 = 1.94; ≤544元/人 over 500 万元 ÷ 9200 人 = 543.48): a whole unit of its last digit, not
        // half. Priced in the 测算 (神木: 3套 × 17万/套/年), it is the price itself.
        const roundedUp = (q.operator === "≤" || q.operator === "＜") && !line;
        const priceRounding = relativeRounding(q.number, roundedUp);
        const tol = Math.max(EPS, product * (priceRounding + relativeRounding(qty?.written ?? quantity)));
        const price = `${q.operator === "＝" ? "" : (q.operator ?? "")}${formatNumber(q.number)}${q.unit?.text ?? ""}${uc.monthly ? ` × ${months}个月` : ""}`;
        const base = {
          name: c.name,
          price,
          qtyName: qty?.fact.name ?? "经费测算",
          qty: qty?.strict ? `＞${formatNumber(qty.written)}（至少 ${formatNumber(quantity)}）` : formatNumber(quantity),
          unit: uc.per,
          product: formatWan(product),
        };
        const related = [qty?.cell, facts.form.fields.costEstimate?.cell].filter((x): x is string => !!x);
        if (line && product > line.amountWan + tol) {
          report({
            messageId: "unitOverLine",
            cell: v.cell,
            related,
            params: Object.assign({}, base, { line: line.label, lineAmount: formatWan(line.amountWan) }),
            fix: `按测算，单价应不超过 ${priceText(line.amountWan / quantity, q.unit?.toWan ?? 1, uc.per)}；核对单价或测算金额。`,
            group: c.group,
          });
        } else if (budget && budget.amountWan !== null && product > budget.amountWan + tol) {
          // A subsidy standard (补助标准 589元/人 × 参保人数, 温泉 2019) is usually shared between the levels of
          // government: a budget far below the product may be one level's share — noted, not an error.
          const shared = SUBSIDY_STANDARD.test(c.name) && product > 2 * budget.amountWan;
          report({
            messageId: shared ? "unitOverBudgetShared" : "unitOverBudget",
            ...(shared ? { severity: "info" as const } : {}),
            cell: v.cell,
            related: [...related, budget.cell],
            params: Object.assign({}, base, { budgetName, budget: formatWan(budget.amountWan) }),
            fix: `单价上限应不超过 ${priceText(budget.amountWan / quantity, q.unit?.toWan ?? 1, uc.per)}，或核对数量与预算。`,
            group: c.group,
          });
        }
      }
      // A cap named as the whole (项目总成本, 总投资) already holds the others (武川: 打井配电 ≤5万元 and 项目总成本
      // ≤50万元): it is compared alone, never added to its parts.
      const whole = lumps.filter((l) => WHOLE_COST.test(l.fact.name.replace(/\s+/g, "")));
      if (whole.length > 0 && lumps.length > whole.length) lumps = whole;
      if (budget && budget.amountWan !== null && lumps.length > 1) {
        const sum = lumps.reduce((a, l) => a + l.wan, 0);
        if (sum > budget.amountWan + EPS) {
          report({
            messageId: "capsOverBudget",
            cell: lumps[0].cell,
            related: [...lumps.slice(1).map((l) => l.cell), budget.cell],
            params: { sum: formatWan(sum), budgetName, budget: formatWan(budget.amountWan) },
            group: lumps[0].fact.group,
            ...(lumps.some((l) => l.derived) ? { severity: "info" as const } : {}),
          });
        }
      } else if (budget && budget.amountWan !== null && lumps.length === 1 && lumps[0].wan > budget.amountWan + EPS) {
        report({
          messageId: "capsOverBudget",
          cell: lumps[0].cell,
          related: [budget.cell],
          params: { sum: formatWan(lumps[0].wan), budgetName, budget: formatWan(budget.amountWan) },
          suggestion: `≤${formatWan(budget.amountWan)}万元`,
          group: lumps[0].fact.group,
          ...(lumps[0].derived ? { severity: "info" as const } : {}),
        });
      }
    }
  },
};

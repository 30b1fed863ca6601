import { isOutcomeName } from "./support/indicatorWords";
import type { Rule } from "./support/rule";
import { documentBasis, SOURCES } from "../basis";
import { mainValue, quantitativeOf } from "./support/indicatorMath";
import type { IndicatorFact } from "./support/formFacts";

/** Budget-management metrics: how the money was handled, not what it produced. */
/** Money lent, guaranteed or raised for beneficiaries: a financing project's output. */
const FINANCING = /贷款|担保|融资|信贷|授信/;
const BUDGET_METRIC = /预算执行率|资金到位率|资金执行率|资金支出率|资金拨付率|支出进度|结余率|科目调整/;
/**
 * Under 效益 also any rate of paying a fund's money out (奖补资金兑付率, 补助资金发放率, 专项资金支付率): paying the money
 * is what the project does with it, not the effect it has. The money must be named: a 补贴发放率 (subsidies reaching the
 * people entitled, 成安 2020) is a delivery the reviewers accept under 社会效益; a 发放率 under 质量 or 时效 is a delivery
 * measure and stays; 违规资金追回到位率, money recovered, is an effect.
 */
const FUND_PAYOUT_RATE = /(资金|经费|款项?)(按时|及时|足额)?(兑付|拨付|发放|到位|执行|支付|使用|下达)(率|进度)/;

/** 二级 kinds under 产出 that state what was delivered (成本 is about money by definition). */
const OUTPUT = new Set(["quantity", "quality", "timeliness"]);
const BENEFIT = new Set(["economic-benefit", "social-benefit", "ecological-benefit", "sustainability"]);

/**
 * Inputs and budget-management figures used as performance indicators: a sum of money as a 数量指标
 * (“补助经费 ＝120万元”), 预算执行率 / 资金到位率 as the only 产出, 结余率 or 科目调整次数 as an 效益 or a 数量.
 */
export const inputAsOutput: Rule = {
  meta: {
    id: "input-as-output",
    severity: "warning",
    category: "format",
    basis: documentBasis(
      "财力、人力、物力等投入数量不能作为绩效目标；预算执行率、资金到位率、结余率、科目调整次数是预算管理指标，不是产出或效益",
      SOURCES.inputsNotTargets,
      SOURCES.misfiledMetrics,
    ),
    ruleSets: ["target", "self-evaluation"],
    description: "投入的资金和预算管理指标（预算执行率、资金到位率、结余率等）不能当作产出或效益指标。",
    messages: {
      moneyAsOutput: "{level2}“{name}”写的是资金金额 {value}：投入的钱不是产出，应写用这笔钱做成了什么（人次、项、套、亩…）。",
      budgetMetric: "“{name}”是预算管理指标，不反映{level1}，不应写在{level2}下。",
      onlyBudgetMetrics: "产出指标只有预算管理指标（{names}），没有写项目实际完成了什么（数量、质量、时效）。",
    },
  },
  check({ facts, report }) {
    const named = (i: IndicatorFact) => i.name !== "" && !i.empty && !i.filler;
    const reported = new Set<string>();
    for (const i of facts.indicators) {
      if (!named(i) || i.kind === null) continue;
      if (i.kind === "quantity") {
        const v = mainValue(i);
        const q = quantitativeOf(i, v);
        // A sector's income in money (会展业综合收入 ≥280亿元) is an outcome: output-as-benefit says so. Loans, guarantees
        // and financing the project brings to its beneficiaries (创业担保贷款发放额 ≥4000万元 on a 208万元 interest subsidy,
        // 汉阴 2022) are what it delivers, in money, not what it costs.
        const bare = i.name.replace(/\s+/g, "");
        if (v && q?.unit?.kind === "money" && q.unit.per.length === 0 && !isOutcomeName(bare) && !FINANCING.test(bare)) {
          reported.add(i.row.level3.cell);
          report({
            messageId: "moneyAsOutput",
            cell: v.cell,
            related: [i.row.level3.cell],
            params: { level2: i.row.level2.text || "数量指标", name: i.name, value: v.text },
            group: i.group,
          });
          continue;
        }
      }
      const benefit = BENEFIT.has(i.kind);
      // A budget-management rate in the 成本 slot (资金执行率 under 成本指标, 大英 2022) is no cost either.
      // (A 二级 that is itself the template's budget slot — 预算(或投资规模), 东莞 2019 — asks for one.)
      const cost = i.kind === "cost" && BUDGET_METRIC.test(i.name) && !/预算|投资|资金/.test(i.row.level2.text);
      if (
        cost ||
        ((i.kind === "quantity" || benefit) && (BUDGET_METRIC.test(i.name) || (benefit && FUND_PAYOUT_RATE.test(i.name))))
      ) {
        reported.add(i.row.level3.cell);
        report({
          messageId: "budgetMetric",
          cell: i.row.level3.cell,
          params: {
            name: i.name,
            level1: cost ? "项目的成本" : benefit ? "项目带来的效益" : "项目的产出数量",
            level2: i.row.level2.text || (cost ? "成本指标" : benefit ? "效益指标" : "数量指标"),
          },
          group: i.group,
        });
      }
    }
    for (const tableIndex of new Set(facts.indicators.map((i) => i.tableIndex))) {
      const outputs = facts.indicators.filter((i) => i.tableIndex === tableIndex && named(i) && i.kind && OUTPUT.has(i.kind));
      if (outputs.length === 0 || !outputs.every((i) => BUDGET_METRIC.test(i.name))) continue;
      if (outputs.some((i) => reported.has(i.row.level3.cell))) continue;
      report({
        messageId: "onlyBudgetMetrics",
        cell: outputs[0].row.level3.cell,
        related: outputs.slice(1).map((i) => i.row.level3.cell),
        params: { names: outputs.map((i) => i.name).join("、") },
        group: outputs[0].group,
      });
    }
  },
};

import { amountNumber, percentNumber, round2 } from "./support/scoring";
import type { Rule } from "./support/rule";
import { formBasis } from "../basis";

/** A 情况说明 that says spending kept to the budget: 不存在执行数偏离预算数较多的问题, 无偏差, 未出现偏离. */
const NO_DEVIATION = /(不存在|没有|无|未(出现|发生)?)[^，,。；;]{0,12}(偏离|偏差|差异|差距)/;

/** The line of a 资金管理情况 list that answers for the execution against the budget (执行准确性, 预算执行情况). */
const EXECUTION_LINE = /执行/;

/** A 情况说明 that says an item was on time (及时分解下达, 按时拨付) — not "未及时", "不及时". */
const ON_TIME = /(?<![不未没])(及时|按时|准时|按期)/;
/** Words of delay (下达滞后, 拨付延迟, 未及时): said in the 存在问题 column of the same item, they deny it. */
const LATE = /滞后|延迟|延误|推迟|迟缓|不及时|未及时|未按时|未按期|逾期/;

/** Below this execution rate (%) spending has departed from the budget: the usual bar of 预算执行 (90 %). */
const BAR = 90;

/**
 * A self-evaluation's 资金管理情况 list answers each item in words; where the words deny what the form's own figures
 * show, the evaluation is not an evaluation: "执行准确性 | 不存在执行数偏离预算数较多的问题" beside an execution rate of
 * 57.89 % (朝天 2023; 田家庵 2024 at 86 %).
 */
export const situationContradictsFigures: Rule = {
  meta: {
    id: "situation-contradicts-figures",
    severity: "warning",
    category: "inconsistent",
    ruleSets: ["self-evaluation", "target"],
    basis: formBasis("资金管理情况的说明与表中的预算执行数一致"),
    description:
      "“执行准确性”等情况说明称执行数没有偏离预算，而表中预算执行率明显偏低时，说明与数字矛盾；称“及时”而同一行的存在问题写“滞后”时，说明与问题矛盾。",
    messages: {
      deniedByProblem:
        "“{label}”的情况说明写“{text}”，同一行的存在问题却写“{problem}”：说明与问题自相矛盾，情况说明应如实写明滞后的情况。",
      deniesDeviation:
        "“{label}”写的是“{text}”，但表中预算执行率只有 {rate}%（执行 {executed}，预算 {budget}），低于 {bar}%：说明与数字不符。",
    },
  },
  check({ facts, report }) {
    // An item said to be on time whose own 存在问题 says it was late (名山 2024: 资金分解下达进度 | 及时分解下达 |
    // …第三批…2025年2月26日省级下达资金文件,下达滞后).
    for (const col of facts.form.basisColumns ?? []) {
      if (col.kind !== "situation") continue;
      for (const l of col.lines) {
        // A situation that gives the facts (a date, a batch: "省级2025年2月26日下达，收到后及时分解") accounts for the delay.
        if (!l.problem || !ON_TIME.test(l.text) || LATE.test(l.text) || /\d/.test(l.text)) continue;
        if (!LATE.test(l.problem.text)) continue;
        report({
          messageId: "deniedByProblem",
          cell: l.cell,
          related: [l.labelCell, l.problem.cell],
          params: { label: l.label, text: l.text, problem: l.problem.text },
          fix: "情况说明按实际写明哪一批资金、何时下达（拨付），与存在问题一致。",
        });
      }
    }
    const e = facts.form.scoring?.execution;
    if (!e) return;
    const budget = amountNumber(e.budget?.text);
    const executed = amountNumber(e.executed?.text);
    if (budget === null || executed === null || budget <= 0) return;
    const rate = percentNumber(e.rate?.text) ?? round2((executed / budget) * 100);
    if (rate >= BAR) return;
    for (const col of facts.form.basisColumns ?? []) {
      if (col.kind !== "situation") continue;
      for (const l of col.lines) {
        if (!EXECUTION_LINE.test(l.label) || !NO_DEVIATION.test(l.text)) continue;
        report({
          messageId: "deniesDeviation",
          cell: l.cell,
          related: [l.labelCell, ...[e.rate?.cell, e.executed?.cell].filter((c): c is string => !!c)],
          params: { label: l.label, text: l.text, rate, executed, budget, bar: BAR },
          fix: "如实说明执行数偏离预算的程度和原因，并在“存在问题和改进措施”中写明改进办法。",
        });
      }
    }
  },
};

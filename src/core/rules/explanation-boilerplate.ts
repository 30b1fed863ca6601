import type { Rule } from "./support/rule";
import type { IndicatorFact } from "./support/formFacts";
import { SOURCES, documentBasis } from "../basis";

/** The kinds of 绩效标准 a value may follow, alone or listed. */
const STANDARD_KIND = /^((计划|行业|历史|其他)标准[、，,/和及]?)+$/;

/** At least this many rows with the same sentence before it counts as boilerplate. */
const MIN_ROWS = 4;

/**
 * The 指标值说明 / 指标解释 column says how each value is measured and where it comes from: one sentence copied
 * into every row ("该指标值数据合理", 浮梁) explains none of them.
 */
export const explanationBoilerplate: Rule = {
  meta: {
    id: "explanation-boilerplate",
    severity: "warning",
    category: "format",
    basis: documentBasis("定量指标要说明计算公式和数据来源（指标解释、指标值说明逐项填写）", SOURCES.inputsNotTargets),
    ruleSets: ["target", "self-evaluation"],
    description: "指标值说明（指标解释）要逐项写明口径和来源，不能每行照抄同一句话。",
    messages: {
      same: "{count} 个指标的说明都是同一句“{text}”，没有说明各指标值的口径、来源或依据。",
    },
  },
  check({ facts, report }) {
    const byText = new Map<string, IndicatorFact[]>();
    let total = 0;
    for (const i of facts.indicators) {
      if (i.empty || i.filler || i.name === "") continue;
      const e = i.row.extras?.explanation?.text.replace(/\s+/g, "");
      if (!e) continue;
      total++;
      const list = byText.get(e);
      if (list) list.push(i);
      else byText.set(e, [i]);
    }
    for (const [text, rows] of byText) {
      // Most of the table, and not a short heading-like word repeated on purpose ("—", "无").
      if (rows.length < MIN_ROWS || rows.length * 4 < total * 3 || text.length < 4) continue;
      // A 绩效标准 column names which kind of standard the value follows — 计划标准, 行业标准, 历史标准 or 其他标准, a closed
      // list (地方财政支出绩效评价管理办法): the same choice on every row is an answer, not a copied sentence (宣城 2023).
      if (STANDARD_KIND.test(text)) continue;
      const cells = rows.map((i) => i.row.extras!.explanation!.cell);
      report({
        messageId: "same",
        cell: cells[0],
        related: cells.slice(1),
        params: { count: rows.length, text },
        fix: "逐项写明指标值的计算口径、数据来源或设定依据（如“按验收报告统计的合格台数÷采购台数”）。",
      });
    }
  },
};

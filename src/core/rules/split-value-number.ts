import type { Rule } from "./support/rule";
import { platformCheck } from "../basis";
import { BARE_NUMBER, formatNumber } from "../parse/number";

/** An operator written in the 指标性质 / 计算符号 column. */
const OPERATOR = /^(≥|≤|=|＝|>|<|＞|＜|≧|≦|>=|<=|大于等于|小于等于|等于|大于|小于|定量)$/;
const OTHER = /^(定量)?[（(]?其他[)）]?$/;

/**
 * Tables with their own 指标性质 and 计量单位 columns (the platform's layout): the 指标值 cell of a 定量 row holds a bare
 * non-negative number; “定量（其他）” needs its explanation (指标值说明 / 指标解释).
 */
export const splitValueNumber: Rule = {
  meta: {
    id: "split-value-number",
    severity: "warning",
    category: "format",
    basis: platformCheck("计算符号、计量单位单列时，定量指标的指标值为数值；计算符号选“定量（其他）”时，指标值说明必填"),
    ruleSets: ["target", "self-evaluation"],
    description: "指标性质、计量单位单独成列时，定量指标的指标值只填数字；“定量（其他）”要写明指标值说明。",
    messages: {
      notNumber: "指标性质为“{operator}”，指标值应只填数字，现在是“{value}”（符号、单位另有一栏）。",
      otherUnexplained: "指标性质为“{operator}”，但没有写指标值说明（指标解释），无法知道如何考核。",
    },
  },
  check({ facts, report }) {
    for (const i of facts.indicators) {
      if (i.filler || i.name === "") continue;
      for (const v of i.row.values) {
        const own = v.ownText?.trim();
        const op = v.operatorColumn?.text.replace(/\s+/g, "");
        if (own === undefined || !op) continue;
        if (OTHER.test(op)) {
          if (!i.row.extras?.explanation?.text.trim())
            report({
              messageId: "otherUnexplained",
              cell: v.operatorColumn!.cell,
              related: [v.cell],
              params: { operator: v.operatorColumn!.text },
              fix: "在指标解释（指标值说明）一栏写明计算方法和考核标准。",
              group: i.group,
            });
          continue;
        }
        if (own === "" || !OPERATOR.test(op) || BARE_NUMBER.test(own) || v.parsed.kind === "deadline") continue;
        const p = v.parsed;
        // "定量" names the kind, not the comparison: with no operator column the value carries its own (≥168, 湘西).
        if (/^定量$/.test(op) && p.kind === "quantitative" && p.operator !== null && !p.prefix.trim() && !p.suffix.trim())
          continue;
        // … whatever the unit column makes of it ("≤7" | 个工作日 is a time limit, 岳阳楼 2023).
        if (/^定量$/.test(op) && /^(≥|≤|=|＝|>|<|＞|＜|>=|<=)\s*\d+(\.\d+)?$/.test(own)) continue;
        const unit = v.unitColumn?.text.trim() ?? "";
        // "95%" with % in the unit column, "≥300人次": the number alone is what the cell should hold.
        const number =
          p.kind === "quantitative" && p.number >= 0 && !p.prefix.trim() && !p.suffix.trim() && (!p.unit || p.unit.text === unit)
            ? formatNumber(p.number)
            : null;
        report({
          messageId: "notNumber",
          cell: v.cell,
          params: { operator: v.operatorColumn!.text, value: own },
          ...(number !== null ? { suggestion: number } : { fix: "指标值一栏只写数字；文字说明的指标把指标性质改为“定性”。" }),
          group: i.group,
        });
      }
    }
  },
};

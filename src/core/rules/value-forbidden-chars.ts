import type { Rule } from "./support/rule";
import { platformCheck } from "../basis";
import { NUMERIC_RANGE_REST } from "./support/valueRange";

/** Left to template-placeholder: "(≥**%)", "≥**人", "*…". */
const PLACEHOLDER = /\*{2,}|＊{2,}|^\*/;
/** A date with its year ("2021年1月", "2023.07", "2020.1.1", "2021/3/31", "2021年12月底"). */
const DATE = String.raw`\d{4}(?:年|\.|\/)\d{1,2}(?:月|\.|\/)?(?:\d{1,2}日?)?(?:底|末|初)?`;
/** The end of a range: a full date, or month (and day) in the same year ("-12月", "-12.31"). */
const RANGE_END = String.raw`(?:${DATE}|\d{1,2}(?:月|\.|\/)?(?:\d{1,2}日?)?(?:底|末)?)`;
/**
 * A period written as a range of dates ("2021年1月-12月", "2023.07-2024.01", "2020.1.1-2020.12.31"): common in
 * local tables, a remark only.
 */
const DATE_RANGE = new RegExp(String.raw`^${DATE}\s*(?:-{1,2}|－{1,2})\s*${RANGE_END}$`);
/** ISO-like dates "2024-12-31" → "2024年12月31日". */
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * The platform refuses to save an 指标值 containing “-”, “_” or “*” (dates "2024-12-31", ranges "90-95", "2023.07-2024.01"),
 * and (where a province switches it on) spaces or the text "null".
 */
export const valueForbiddenChars: Rule = {
  meta: {
    id: "value-forbidden-chars",
    severity: "warning",
    category: "format",
    basis: platformCheck("指标值不得含“*”“_”“-”；指标值不得含空格或“null”（按省份设置）"),
    ruleSets: ["target", "self-evaluation"],
    description: "指标值不能含“-”“_”“*”，也不应含空格或“null”，否则预算管理一体化系统无法保存。",
    messages: {
      symbol: "指标值“{value}”含有“{char}”，预算管理一体化系统不允许保存。",
      space: "指标值“{value}”中有空格，部分地区的系统不允许保存。",
      null: "指标值是“{value}”，像是导出时的空值，请填写实际目标。",
    },
  },
  check({ facts, report }) {
    for (const i of facts.indicators) {
      if (i.filler || i.name === "") continue;
      for (const v of i.row.values) {
        const own = (v.ownText ?? v.text).trim();
        if (own === "") continue;
        // Each report's fields written out: an object literal spreading another before its own fields (`{ ...base,
        // messageId }`) costs about a microsecond each in V8, and this rule reports on most values.
        const cell = v.cell;
        const group = i.group;
        if (/^null$/i.test(own)) {
          report({ cell, group, params: { value: own }, messageId: "null" });
          continue;
        }
        const symbol = /[-_*]/.exec(own);
        // A numeric range ("90-95%") is value-format's finding (one bound per indicator): one finding per problem.
        const range = /^\d+(\.\d+)?/.exec(own);
        if (symbol && range && !DATE_RANGE.test(own) && NUMERIC_RANGE_REST.test(own.slice(range[0].length).trim())) continue;
        if (symbol && !PLACEHOLDER.test(own)) {
          const date = ISO_DATE.exec(own);
          report({
            cell,
            group,
            messageId: "symbol",
            severity: DATE_RANGE.test(own) ? "info" : undefined,
            params: { value: own, char: symbol[0] },
            ...(date
              ? { suggestion: `${date[1]}年${Number(date[2])}月${Number(date[3])}日` }
              : { fix: "日期写成“2024年12月31日前”，区间写成一个界限（如“≥90%”），连接号改用“至”。" }),
          });
          continue;
        }
        if (/\S[ \u3000]+\S/.test(own))
          report({
            cell,
            group,
            params: { value: own },
            messageId: "space",
            severity: "info",
            suggestion: own.replace(/[ \u3000]+/g, ""),
          });
      }
    }
  },
};

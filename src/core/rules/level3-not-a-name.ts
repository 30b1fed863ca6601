import { parseValue } from "../parse/indicatorValue";
import type { Rule } from "./support/rule";
import { documentBasis, SOURCES } from "../basis";

/** A date as the name: "2022年底之前", "于2022年12月底前发放完毕" (a year with its month, 年底 or 年末). */
const DATE_NAME = /(19|20)\d{2}年(\d{1,2}月|底|末)/;
/** Words that make a name with a date in it a name after all (资金下达时间, 2022年12月前完成率). */
const MEASURE_WORD = /率|数|时间|时限|进度|日期|周期|及时|按时|期限/;
/** An amount and nothing else as the name: "38.75万元", "≥5万元", "20万" (read as a value is read: any money unit). */
function isAmountName(name: string): boolean {
  // (Every name is asked, on every check: only one with a digit is parsed.)
  if (!/\d/.test(name)) return false;
  const p = parseValue(name);
  return p.kind === "quantitative" && p.amountWan !== undefined && p.prefix === "" && p.suffix === "";
}
/** A narrative as the name: a long text of several clauses with figures in it. */
const isNarrative = (name: string) => name.length > 40 && /\d/.test(name) && (name.match(/[，,；;：:]/g) ?? []).length >= 2;

/**
 * The 三级 column names what is measured ("资金发放及时率", "培训人次"); a date, an amount or a paragraph written there
 * (原州 2022: "确定于于2022年12月底前发放完毕", "38.75万元"; 霍邱 2022: 时效 | 2022年底之前 | 2022年底之前) is a target or
 * a report in the name's place: there is nothing to measure it by.
 */
export const level3NotAName: Rule = {
  meta: {
    id: "level3-not-a-name",
    severity: "warning",
    category: "format",
    ruleSets: ["target", "self-evaluation"],
    basis: documentBasis(
      "三级指标是按项目设定的个性指标，名称写考核什么，指标值写要达到的数值",
      SOURCES.framework88,
      SOURCES.definitions,
    ),
    description: "三级指标名称要写考核的内容（如“资金发放及时率”），不能写日期、金额或一段说明。",
    messages: {
      date: "三级指标写的是日期“{name}”，不是指标名称：名称应写考核什么（如“按期完成率”“完成时间”），日期写在指标值里。",
      amount: "三级指标写的是金额“{name}”，不是指标名称：名称应写考核什么（如“人均补助标准”“项目总成本”），金额写在指标值里。",
      narrative: "三级指标写的是一段说明（“{short}…”），不是指标名称：应拆成可考核的指标，名称写考核什么，数值写在指标值里。",
    },
  },
  check({ facts, report }) {
    for (const i of facts.indicators) {
      if (i.empty || i.filler) continue;
      const name = i.bareName;
      if (name === "") continue;
      const cell = i.row.level3.cell;
      const group = i.group;
      if (DATE_NAME.test(name) && !MEASURE_WORD.test(name) && name.length <= 30)
        report({
          messageId: "date",
          cell,
          group,
          params: { name },
          fix: "把日期移到指标值中，三级指标写“按期完成率”或“完成时间”。",
        });
      else if (isAmountName(name))
        report({ messageId: "amount", cell, group, params: { name }, fix: "把金额移到指标值中，三级指标写考核的成本项目。" });
      else if (isNarrative(name))
        report({
          messageId: "narrative",
          cell,
          group,
          params: { short: name.slice(0, 20) },
          fix: "拆成数量、时效、成本等各自的指标。",
        });
    }
  },
};

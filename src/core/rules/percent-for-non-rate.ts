import type { Rule } from "./support/rule";
import { practiceBasis } from "../basis";

/** Words that make a 三级 name a rate, share or degree (so a "%" target can be measured). */
const RATE_WORDS =
  /率|度|比例|比重|占比|份额|水平|百分|覆盖|增长|增幅|降低|下降|减少|提高|提升|节约|达标|合格|完成|准确|满意|知晓|到位|执行|使用|利用|比$|%|％/;

/** Words that make a 三级 name a count, amount or time: a "%" target on it is certainly wrong. */
const COUNT_WORDS = /数量|次数|人数|户数|个数|场次|人次|面积|长度|里程|金额|资金|经费|费用|成本|时间|时限|天数|期限|周期|数$|量$/;

/**
 * A "%" target on an indicator whose name is not a rate ("维护社会稳定 ≥95%"): nothing can be divided to
 * measure it. Name the rate (…率) or give a count, amount or date instead.
 */
export const percentForNonRate: Rule = {
  meta: {
    id: "percent-for-non-rate",
    severity: "warning",
    category: "format",
    ruleSets: ["target", "self-evaluation"],
    basis: practiceBasis("“%”目标只对比率类指标（……率、……度、占比）有意义"),
    description: "用百分比作目标的三级指标，名称应是一个比率（……率、……度、占比），否则无法计算。",
    messages: {
      notRate: "三级指标“{name}”不是比率，却以“%”为目标（{value}），无法计算完成情况。",
    },
  },
  check({ facts, report }) {
    for (const i of facts.indicators) {
      const name = i.row.level3.text.trim();
      if (!name || RATE_WORDS.test(name) || i.kind === "satisfaction") continue;
      const v = i.row.values.find((x) => x.parsed.kind === "quantitative" && x.parsed.unit?.kind === "percent");
      // The value names the rate itself ("职工参保率≥98%"): value-format reports the extra text.
      if (!v || (v.parsed.kind === "quantitative" && RATE_WORDS.test(v.parsed.prefix))) continue;
      // A self-evaluation that measured it in % ("工程质量管理 ≥95% | 98%", 裕安 2022): someone computed it — a remark.
      const measured = /\d\s*[%％]/.test(i.row.extras?.actual?.text ?? "");
      // A name that is a count, amount or time (培训人数 ≥95%) cannot be a percentage: a warning. Any other name
      // (工程质量管理 ≥95%, 文明施工 ≥95%) often stands for an unnamed rate (达标率, 合格率) a reviewer accepts: a remark.
      const certain = COUNT_WORDS.test(name) && !measured;
      report({
        messageId: "notRate",
        cell: v.cell,
        related: [i.row.level3.cell],
        params: { name, value: v.text },
        fix: `把指标改成可计算的比率（如“${name}达标率”），或改用数量、金额、时间作目标。`,
        group: i.group,
        ...(certain ? {} : { severity: "info" as const }),
      });
    }
  },
};

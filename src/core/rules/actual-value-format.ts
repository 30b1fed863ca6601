import { parseValue } from "../parse/indicatorValue";
import { BARE_NUMBER } from "../parse/number";
import type { Rule } from "./support/rule";
import { platformCheck } from "../basis";

/** "达成预期指标", "达到预期目标", "实现既定目标": a claim of success that says nothing of what was achieved. */
const GENERIC_ACHIEVED =
  /^(已|均|全部)?(达成|达到|实现|完成|满足)(了)?(预期|既定|年度|计划|设定)?(的)?(绩效)?(指标|目标|指标值|要求|效果)(值|要求)?$/;

/**
 * Self-evaluation: an achieved value is a measured figure, not a target ("≥95%" copied from the target), nor a
 * generic "达成预期指标" (reported once per table, the other rows related).
 */
export const actualValueFormat: Rule = {
  meta: {
    id: "actual-value-format",
    severity: "warning",
    category: "format",
    basis: platformCheck("自评表中定量指标的完成值须为数值"),
    ruleSets: ["self-evaluation"],
    description: "实际完成值要写实际达到的具体数值，不能照抄目标的比较符号（如“≥95%”）。",
    messages: {
      operator: "实际完成值“{actual}”带了比较符号“{operator}”，照抄了目标写法，应填写实际达到的数值。",
      generic: "{count} 项指标的实际完成值只写了“{actual}”，没有实际完成的数值或情况。",
      noFigure: "目标是“{target}”，实际完成值却只写了“{actual}”，没有实际达到的数值。",
      restatesName:
        "实际完成值“{actual}”先把指标名称抄了一遍，完成的只剩“{rest}”：完成值应只写实际达到的数值和单位（目标是“{target}”）。",
      noUnit:
        "实际完成值只写了数字“{actual}”，没有计量单位；目标“{target}”的单位是“{unit}”，完成值应写成“{actual}{unit}”才能对照。",
    },
  },
  check({ facts, report }) {
    const generic = new Map<number, { cell: string; text: string }[]>();
    for (const i of facts.indicators) {
      const actual = i.row.extras?.actual;
      if (!actual) continue;
      const said = actual.text.replace(/\s+/g, "").replace(/[。.!！]$/, "");
      const target = i.row.values.find((v) => v.text.trim() !== "");
      const targetText = (target?.text ?? "").replace(/\s+/g, "");
      // A bare "完成" against a target that says what (a date, a count, a phrase): nothing to check it by (黄石 2022).
      // Against a target that is itself "完成"/"已完成" it answers in kind.
      // (A quantitative target answered "完成" is noFigure's finding below, which names the target.)
      const bareDone =
        /^(已|均|全部)?完成$/.test(said) &&
        targetText !== "" &&
        target?.parsed.kind !== "quantitative" &&
        !/^(已|均|全部)?完成/.test(targetText);
      if (GENERIC_ACHIEVED.test(said) || bareDone) {
        const list = generic.get(i.tableIndex) ?? [];
        list.push({ cell: actual.cell, text: actual.text.trim() });
        generic.set(i.tableIndex, list);
        continue;
      }
      // The indicator's own name copied in front of the figure ("建设环境空气质量自动监测子站 0", 咸宁 2021).
      const name = i.bareName;
      if (name.length >= 4 && said.length > name.length && said.startsWith(name) && target) {
        const rest = said.slice(name.length).replace(/^[:：,，、]/, "");
        if (/\d/.test(rest) && rest.length <= 12) {
          report({
            messageId: "restatesName",
            cell: actual.cell,
            related: [target.cell],
            params: { actual: actual.text.trim(), rest, target: target.text },
            fix: "删去完成值里的指标名称，只写实际达到的数值和单位，与指标值对照。",
            group: i.group,
          });
          continue;
        }
      }
      const p = parseValue(actual.text);
      // A quantitative target answered with words only ("按计划安装"): no figure to judge it by.
      // "未调查", "未建成" with the reason written beside it: an honest answer that the target was not reached.
      const explained = /未|尚未|没有|暂无|无法/.test(actual.text) && (i.row.extras?.reason?.text.trim() ?? "") !== "";
      if (
        target?.parsed.kind === "quantitative" &&
        !explained &&
        // (A count in words, "一场", is a figure: the value reader takes it as 1 场.)
        p.kind === "qualitative" &&
        !/\d/.test(actual.text) &&
        !/^[-—/／\\]+$/.test(actual.text.trim())
      ) {
        report({
          messageId: "noFigure",
          cell: actual.cell,
          related: [target.cell],
          params: { target: target.text, actual: actual.text },
          fix: "填写实际达到的数值（与目标同一单位），如目标“≥95%”写实际“97%”。",
          group: i.group,
        });
        continue;
      }
      // A bare number against a target with its unit in the value ("15000次" → "17180", 随州 2022): no unit to compare
      // by. (A table with its own 计量单位 column writes bare numbers in both.)
      const unit = target?.parsed.kind === "quantitative" ? target.parsed.unit?.text : undefined;
      if (target && unit && !target.unitColumn && BARE_NUMBER.test(actual.text.trim())) {
        report({
          messageId: "noUnit",
          cell: actual.cell,
          related: [target.cell],
          params: { actual: actual.text.trim(), target: target.text, unit },
          fix: `在完成值后写上计量单位“${unit}”。`,
          group: i.group,
        });
        continue;
      }
      if (p.kind !== "quantitative" || p.operator === null || p.operator === "＝") continue;
      report({
        messageId: "operator",
        cell: actual.cell,
        params: { actual: actual.text, operator: p.operatorText ?? p.operator },
        // An achieved value is measured, never derived from the target: advice only, no value to write.
        fix: "填写实际测得的完成值（不带比较符号），如实际完成“266米”。",
        group: i.group,
      });
    }
    for (const list of generic.values()) {
      report({
        messageId: "generic",
        cell: list[0].cell,
        related: list.slice(1).map((x) => x.cell),
        params: { count: list.length, actual: list[0].text },
        fix: "写出实际完成的数值或情况（如“合规，审计无问题”“11月20日提交报告”“受益农户42户”），与指标值对照。",
      });
    }
  },
};

import type { Rule } from "./support/rule";
import { SOURCES, returnReason } from "../basis";

/** A value that is only an answer word. */
const ANSWER_ONLY = /^(是|有|好|可|能|对|行|可以|能够)$/;
/** Names that ask a yes/no question, which such a word answers. */
const QUESTION = /是否|有无|能否|可否|有没有|是不是|与否/;

/** Adverbs instead of a measurable target (DOMAIN V-9, T-3, S7 模糊化). */
export const vagueQualitative: Rule = {
  meta: {
    id: "vague-qualitative",
    severity: "warning",
    category: "format",
    ruleSets: ["target", "self-evaluation"],
    basis: returnReason("定性描述模糊（“进一步提高”“明显改善”“有效促进”），无法考核", SOURCES.returnReasonsS7),
    description: "指标值不能只写“有效”“显著”“及时”“提高”等模糊词，要写可考核的数值或结果。",
    messages: {
      vague: "指标值“{value}”是模糊的定性描述（{words}），无法考核。",
      textForNumber: "{level2}“{name}”应为数值，现在写的是文字“{value}”。",
      restatesName: "指标值照抄了三级指标名称“{name}”，没有写出可考核的目标。",
      answerOnly: "指标值只写“{value}”，而“{name}”不是一个问句（是否…），“{value}”说不出要达到什么，无法考核。",
    },
  },
  check({ facts, report }) {
    for (const i of facts.indicators) {
      for (const v of i.row.values) {
        const p = v.parsed;
        if (p.kind !== "qualitative" || p.isFiller) continue;
        // A template placeholder ("≥（待填）项") is template-placeholder's finding (one finding per problem).
        if (/[（(]\s*待填\s*[）)]/.test(v.text)) continue;
        const base = { cell: v.cell, group: i.group };
        // The target repeats the indicator's name word for word (黄石 2022: “指导城市建设” | “指导城市建设”).
        const key = (s: string) => s.replace(/[\s，,。.;；:：、“”"']/g, "");
        // (A value read out of the name's own cell — an item of a list — is not a copy.)
        if (key(v.text).length >= 4 && key(v.text) === key(i.bareName) && v.cell !== i.row.level3.cell) {
          report({
            cell: base.cell,
            group: base.group,
            messageId: "restatesName",
            related: [i.row.level3.cell],
            params: { name: i.name.trim() },
            fix: "写出要达到的结果：数量、比率、时限，或可验证的定性结果（如“方案通过专家评审”）。",
          });
          continue;
        }
        // A bare answer word (是, 有, 好) where the name asks nothing (绿化养护 社会效益 | 是, 临海 2024): only "是否…",
        // "有无…" indicators are answered by 是/否.
        // (A 计量单位 column that says "是/否" asks the question for the name: the answer 是 is what it asks for.)
        const yesNoUnit = /^(是|有)[/／或]?(否|无)$/.test((v.unitColumn?.text ?? "").replace(/\s+/g, ""));
        if (ANSWER_ONLY.test(key(v.text)) && !QUESTION.test(i.name) && !yesNoUnit) {
          report({
            cell: base.cell,
            group: base.group,
            messageId: "answerOnly",
            related: [i.row.level3.cell],
            params: { value: v.text.trim(), name: i.name.trim() || i.row.level2.text.trim() },
            fix: "写出要达到的结果：数量、比率、时限，或可验证的定性结果；如要用“是/否”回答，三级指标应写成“是否……”。",
          });
          continue;
        }
        // "长期", "持续改善" stay vague even under 可持续影响 (DOMAIN V-9, 模糊化), though some reviewers let them pass.
        if (p.vagueWords.length > 0) {
          const fix =
            i.kind === "timeliness"
              ? "写明具体时限，如“≤5个工作日”“每月20日前”或“2021年12月31日前”。"
              : "改为可量化的目标（如“≥95%”“=3套”），或写可验证的结果（如“制度印发实施”）。";
          report({ messageId: "vague", params: { value: v.text, words: p.vagueWords.join("、") }, fix, ...base });
        } else if (
          (i.kind === "quantity" || i.kind === "cost") &&
          // A 级别/等级/类别 is named, not counted ("修缮级别 | 市级保护单位", 裕安 2022).
          !/(级别|等级|级次|类别|类型)$/.test(i.name.replace(/\s+/g, ""))
        ) {
          report({
            cell: base.cell,
            group: base.group,
            messageId: "textForNumber",
            params: { level2: i.row.level2.text, name: i.name, value: v.text },
            fix: "写成“符号+数值+单位”，如“=3套”“≤10万元”。",
          });
        }
      }
    }
  },
};

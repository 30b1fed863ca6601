import type { Rule } from "./support/rule";
import { memo } from "../text/normalize";
import { documentBasis, returnReason, SOURCES } from "../basis";

/** Sums of money: "50万元", "1,200元", "12.5万". */
const MONEY = /\d[\d,，.]*\s*(万元|元|万)/g;
/** Words that only say money is spent, not what it achieves. */
const FILLER =
  /资金|经费|专项|项目|安排|用于|拨付|下达|预算|财政|共计|合计|总额|总计|本年度|年度|全年|计划|申请|投入|支出|金额|万元|元|[\s\d,，.。;；:：、（）()“”"'\-—]/g;

/** Once per distinct text (goals and 概况 are long, and re-checks while verifying suggestions read them again). */
const squash = memo((s: string) => s.replace(/[\s，,。.;；:：、（）()“”"']/g, ""), 2000);

/**
 * A goal must say what the money achieves: not only a sum of money or the fund's name ("反欺诈专项经费50万元"), and not
 * the department's functions copied (部门整体: 年度目标 = 部门职能).
 */
export const goalSubstance: Rule = {
  meta: {
    id: "goal-substance",
    severity: "warning",
    category: "format",
    // 自评表 print the year's goal (预期目标) too.
    ruleSets: ["target", "self-evaluation"],
    basis: documentBasis("财力、人力、物力等投入数量不能作为绩效目标；绩效目标写预期产出和效果", SOURCES.inputsNotTargets),
    messageBasis: {
      notMeasurable: documentBasis("绩效目标应细化、量化，可衡量", SOURCES.fillingNotes),
      readsAsDuties: returnReason(
        "绩效目标照抄部门职能、罗列工作内容，没有写出要达到的产出和效果（形式化）",
        SOURCES.returnReasonsS7,
      ),
      copiedFunction: returnReason(
        "绩效目标照抄部门职能、罗列工作内容，没有写出要达到的产出和效果（形式化）",
        SOURCES.returnReasonsS7,
      ),
    },
    description: "绩效目标要写产出和效果，不能只写资金数额或资金名称，也不能照抄部门职能。",
    messages: {
      moneyOnly: "“{header}”只写了资金（“{text}”），没有说明用这笔钱要完成什么、达到什么效果。",
      copiedFunction: "“{header}”照抄了部门职能，没有写出本年度要完成的任务和达到的效果。",
      notMeasurable: "“{header}”是这个项目唯一的绩效内容，却没有一个数字：做多少、做到什么程度、何时完成都没有写，无法考核。",
      readsAsDuties:
        "“{header}”写的是职能（{marks}），没有一个数字，也没有写出本年度要完成的任务和达到的效果：像是照抄了部门（单位）职能。",
      completionAsDuties:
        "“{header}”写的是职能（{marks}），没有一个数字，没有说明本年度目标实际完成了什么：像是照抄了部门（单位）职能。",
    },
  },
  check({ facts, report }) {
    const form = facts.form;
    const names = [form.fields.projectName?.text, form.fields.fundName?.text, facts.project]
      .map((n) => (n ?? "").trim())
      .filter((n) => n.length >= 2)
      .sort((a, b) => b.length - a.length);
    const duty = squash(form.fields.departmentFunction?.text ?? "");
    for (const g of form.goals) {
      const text = g.text.trim();
      if (text === "") continue;
      const header = g.header
        .replace(/\s+/g, "")
        .replace(/^[*＊]+/, "")
        .replace(/[:：]+$/, "");
      const base = { cell: g.cell, related: [g.headerCell], params: { header, text } };
      const goal = squash(text);
      if (duty.length >= 15 && goal.length >= 15 && (goal === duty || duty.includes(goal) || goal.includes(duty))) {
        report({
          cell: base.cell,
          params: base.params,
          messageId: "copiedFunction",
          related: [g.headerCell, form.fields.departmentFunction!.cell],
        });
        continue;
      }
      // Duties written as the goal, with no 职能 field to compare (绥阳 2021: "(1)制定和组织实施……(4)完成上级政府交办的
      // 其它事项"): the closing clause of a 三定 duty list, or duty verbs throughout, and no figure besides list numbers.
      const marks = dutyMarks(text);
      if (marks.length > 0) {
        report({
          cell: base.cell,
          related: base.related,
          messageId: "readsAsDuties",
          params: { header, marks: marks.join("、") },
          fix: "写明本年度要完成的主要任务和要达到的产出、效果，尽量量化（做多少、何时完成、达到什么标准）。",
        });
        continue;
      }
      // Only a figure ("43.2", 廊坊's 预期目标): an amount with its unit left out, no goal at all.
      if (/\d/.test(text) && !/[\u4e00-\u9fff]/.test(text)) {
        report({ messageId: "moneyOnly", fix: "写明本年度要完成的产出（做什么、做多少、何时完成）和达到的效果。", ...base });
        continue;
      }
      const money = moneyIn(text);
      let rest = money.rest;
      const hadMoney = money.hadMoney;
      // The goal is (a piece of) the project's or fund's name ("自然资源卫片执法补助经费", 古城 2020): nothing else said.
      const pieceOfName = goal.length >= 4 && names.some((n) => squash(n).includes(goal));
      let hadName = false;
      for (const n of names)
        if (rest.includes(n)) {
          hadName = true;
          rest = rest.split(n).join("");
        }
      rest = hadName ? rest.replace(FILLER, "") : money.restWithoutFiller;
      // A bare figure ("43.2") in a money form is an amount without its unit.
      const bare = /^[\d,，.\s]+(万元|元|万)?$/.test(text) && /\d/.test(text);
      if (bare || pieceOfName || ((hadMoney || hadName) && [...rest].filter((c) => /[\u4e00-\u9fff]/.test(c)).length < 2)) {
        report({ messageId: "moneyOnly", fix: "写明本年度要完成的产出（做什么、做多少、何时完成）和达到的效果。", ...base });
        continue;
      }
      // A list of projects whose only performance content is this goal, in words without a single figure (六安 2021 项目分配表:
      // “提升水源地水质监管能力”): nothing to measure it by.
      if (form.layout === "project-list" && form.indicators === null && !/\d/.test(text))
        report({
          messageId: "notMeasurable",
          fix: "写明可衡量的内容：建成多少、处理多少、达到什么指标（如“水质达到Ⅲ类”“消减COD 12吨/年”）、何时完成。",
          ...base,
        });
    }
    // The year's completion written as the unit's duties (甘其毛都 2024: 实际完成情况 | 负责编制……；承担……).
    const done = form.fields.goalCompletion;
    const doneMarks = done ? dutyMarks(done.text) : [];
    if (done && doneMarks.length > 0)
      report({
        cell: done.cell,
        related: [done.labelCell],
        messageId: "completionAsDuties",
        params: { header: (done.label ?? "实际完成情况").replace(/\s+/g, ""), marks: doneMarks.join("、") },
        fix: "写明本年度实际完成了什么：完成的数量、时间、质量和效果，与年度目标逐项对应。",
      });
  },
};

const DUTY_VERBS = /负责|贯彻执行|贯彻落实|组织实施|拟订|拟定|承办|承担|指导|监督管理|制定/g;

/** What makes a goal read as a duty list (none when it states any figure besides list numbers). */
function dutyMarksOf(text: string): string[] {
  const t = text.replace(/\s+/g, "");
  const unnumbered = t.replace(/[（(]\d{1,2}[)）]|(^|[。；;：:])\d{1,2}[、.．]/g, "$1");
  if (/\d/.test(unnumbered) || t.length < 40) return [];
  const closing = /交办的其[他它]?(事项|工作|任务)/.exec(t);
  const verbs = [...new Set(t.match(DUTY_VERBS) ?? [])];
  if (closing) return [closing[0], ...verbs.slice(0, 2)];
  if (verbs.length >= 4) return verbs.slice(0, 4);
  // A list of clauses each opening with a duty verb ("组织协调推进…；承办…；组织协调…；承担…；组织开展…；考核评议…", 甘孜
  // 2023): the unit's standing duties, whatever verbs they use.
  const clauses = t.split(/[；;。]/).filter((c) => c.length >= 4);
  const opening = clauses.map((c) => CLAUSE_DUTY.exec(c)?.[0]).filter((v): v is string => !!v);
  if (clauses.length >= 4 && opening.length >= Math.ceil((clauses.length * 3) / 4)) return [...new Set(opening)].slice(0, 4);
  return [];
}

/** Whether a goal's text states an amount, the text without its amounts, and that without filler; memoised by text. */
const moneyIn = memo((text: string): { hadMoney: boolean; rest: string; restWithoutFiller: string } => {
  const rest = text.replace(MONEY, "");
  return { hadMoney: new RegExp(MONEY.source).test(text), rest, restWithoutFiller: rest.replace(FILLER, "") };
}, 2000);

/** `dutyMarksOf`, memoised by text (the list returned is shared: read it, never change it). */
const dutyMarks = memo(dutyMarksOf, 2000);

/** A clause that opens with a standing duty's verb. */
const CLAUSE_DUTY = /^(负责|承担|承办|组织|协调|指导|监督|拟订|拟定|制定|贯彻|统筹|考核|管理)/;

/**
 * Runs rules over one form's facts and turns their reports into diagnostics.
 */
import { formatMessage } from "../../diagnosticOrder";
import type { Diagnostic } from "../../diagnostics";
import type { FormFacts } from "./formFacts";
import type { ReportInput, Rule } from "./rule";
import { basisText, isSupported } from "../../basis";

/** The basis of an internal failure (not a finding about the table). */
export const INTERNAL_BASIS = "检查程序：规则出错时跳过该规则，不影响其他检查";

/**
 * Runs `rules` and returns their diagnostics. A rule that throws is reported, never propagated. With `messages` false
 * (verification's re-checks, which compare findings by rule, message id, cell and severity) the messages and related
 * cells are left empty: a finding said twice at one cell is still said once, its messages compared as written.
 */
export function runRules(rules: readonly Rule[], facts: FormFacts, formIndex: number, messages = true): Diagnostic[] {
  const out: Diagnostic[] = [];
  // The same finding twice at one cell (two halves side by side missing the same 一级, 东莞 2022) is said once:
  // the findings said so far, by cell, compared on rule, message id and message.
  const said = new Map<string, Diagnostic[]>();
  // One report function and one context for the whole form (rules report synchronously, while `rule` is theirs).
  let rule: Rule;
  const report = (input: ReportInput): void => {
    const template = rule.meta.messages[input.messageId];
    if (template === undefined) throw new Error(`Rule ${rule.meta.id} has no message "${input.messageId}"`);
    const params = input.params ?? {};
    const basis = rule.meta.messageBasis?.[input.messageId] ?? rule.meta.basis;
    let severity = input.severity ?? rule.meta.severity;
    // A rule no source supports reports a warning at most.
    if (severity === "error" && !isSupported(basis)) severity = "warning";
    const d: Diagnostic = {
      rule: rule.meta.id,
      severity,
      category: rule.meta.category,
      cell: input.cell,
      related: input.related === undefined || !messages ? [] : input.related.filter((c) => c !== input.cell),
      messageId: input.messageId,
      params,
      message: messages ? formatMessage(template, params) : "",
      formIndex,
      project: facts.project,
      group: input.group ?? "",
      basis: basisText(basis),
    };
    const atCell = said.get(d.cell);
    if (atCell === undefined) said.set(d.cell, [d]);
    else if (
      atCell.some(
        (e) =>
          e.rule === d.rule &&
          e.messageId === d.messageId &&
          // (The same rule and message id: the same template.)
          (messages ? e.message === d.message : formatMessage(template, e.params) === formatMessage(template, params)),
      )
    )
      return;
    else atCell.push(d);
    if (input.suggestion !== undefined) d.suggestion = input.suggestion;
    if (input.fix !== undefined) d.fix = input.fix;
    out.push(d);
  };
  const context = { facts, report };
  for (rule of rules) {
    try {
      rule.check(context);
    } catch (e) {
      out.push({
        rule: "internal-error",
        severity: "info",
        category: "format",
        cell: facts.form.anchorCell,
        related: [],
        messageId: "internal",
        params: { rule: rule.meta.id },
        message: `规则 ${rule.meta.id} 在检查这张表时出错，已跳过（${e instanceof Error ? e.message : String(e)}）。`,
        formIndex,
        project: facts.project,
        group: "",
        basis: INTERNAL_BASIS,
      });
    }
  }
  return out;
}

/**
 * What a rule is: metadata (id, severity, category, messages by id) and one check over a form.
 * Modelled on ESLint rule modules.
 */
import type { Category, MessageParams, Severity } from "../../diagnostics";
import type { FormFacts } from "./formFacts";
import type { RuleSet } from "../../kinds/formKind";
import type { Basis } from "../../basis";

export interface RuleMeta {
  id: string;
  /** Default severity; a report may lower or raise it with a reason in its message. */
  severity: Severity;
  category: Category;
  /** One zh-CN sentence: what the rule checks. */
  description: string;
  /** zh-CN message templates with {param} placeholders, by message id. */
  messages: Record<string, string>;
  /** What the rule rests on (document and clause, platform check, return reason); see src/core/basis.ts. */
  basis: Basis;
  /** A different basis for some messages, by message id. */
  messageBasis?: Record<string, Basis>;
  /** Rule sets (see the form-kind registry) this rule belongs to; default ["target"]. */
  ruleSets?: RuleSet[];
}

export interface ReportInput {
  messageId: string;
  cell: string;
  related?: string[];
  params?: MessageParams;
  /** A replacement value for `cell`. */
  suggestion?: string;
  /** Fix advice when there is no single value to write. */
  fix?: string;
  severity?: Severity;
  /** Indicator grouping ("产出指标 › 数量指标"). */
  group?: string;
}

export interface RuleContext {
  facts: FormFacts;
  report(input: ReportInput): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

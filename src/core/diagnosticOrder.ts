/**
 * Rendering a message template, ordering and counting diagnostics. Kept free of zod (see cellAddress.ts).
 */
import type { Diagnostic, MessageParams, Severity } from "./diagnostics";
import { memo } from "./text/normalize";

/** Replaces {name} placeholders with params. Unknown placeholders are left as written. */
export function formatMessage(template: string, params: MessageParams): string {
  const parts = templateParts(template);
  if (parts.length === 1) return template;
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i];
    out += (Object.prototype.hasOwnProperty.call(params, key) ? String(params[key]) : `{${key}}`) + parts[i + 1];
  }
  return out;
}

/**
 * A template cut once at its placeholders: text, key, text, key, … text (what `replace(/\{(\w+)\}/g, …)` finds, in
 * order); a rule's few templates are rendered for every finding.
 */
const templateParts = memo((template: string): string[] => {
  const parts: string[] = [];
  const re = /\{(\w+)\}/g;
  let last = 0;
  for (let m = re.exec(template); m !== null; m = re.exec(template)) {
    parts.push(template.slice(last, m.index), m[1]);
    last = m.index + m[0].length;
  }
  parts.push(template.slice(last));
  return parts;
}, 2000);

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Orders diagnostics by form, then row/column of their cell, then severity. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.formIndex !== b.formIndex) return a.formIndex - b.formIndex;
  const pa = cellOrder(a.cell);
  const pb = cellOrder(b.cell);
  if (pa !== pb) return pa - pb;
  if (a.severity !== b.severity) return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
  return compareRuleIds(a.rule, b.rule);
}

/** A rule id as the rules name themselves (kebab-case ASCII). */
const KEBAB_ID = /^[a-z0-9-]*$/;

/**
 * Rule ids in collation order, as `localeCompare` gives: for kebab-case ASCII ids that is code-unit order (hyphen,
 * digits, letters), compared directly — the collator's first use costs ~30 ms of every process's start-up (each
 * folder worker's too). Any other id still goes through `localeCompare`.
 */
function compareRuleIds(a: string, b: string): number {
  if (a === b) return 0;
  if (KEBAB_ID.test(a) && KEBAB_ID.test(b)) return a < b ? -1 : 1;
  return a.localeCompare(b);
}

/**
 * Sorts in place into `compareDiagnostics` order (stable, the same result), each finding's keys worked out once
 * instead of at every comparison.
 */
export function sortDiagnostics<T extends Diagnostic>(list: T[]): T[] {
  const keyed = list.map((d) => ({ d, form: d.formIndex, cell: cellOrder(d.cell), severity: SEVERITY_ORDER[d.severity] }));
  keyed.sort((a, b) => {
    if (a.form !== b.form) return a.form - b.form;
    if (a.cell !== b.cell) return a.cell - b.cell;
    if (a.severity !== b.severity) return a.severity - b.severity;
    return compareRuleIds(a.d.rule, b.d.rule);
  });
  for (let i = 0; i < keyed.length; i++) list[i] = keyed[i].d;
  return list;
}

/**
 * Row-major position of an A1 address: what `/^([A-Z]+)(\d+)$/` reads, 0 when it does not match. Read by character
 * codes, not memoised: a sheet of thousands of forms has more distinct cells than a memo keeps, and a miss cost a
 * pattern and a map entry per finding.
 */
function cellOrder(a1: string): number {
  const n = a1.length;
  let i = 0;
  let col = 0;
  for (; i < n; i++) {
    const c = a1.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i === 0 || i === n) return 0;
  let row = 0;
  for (let j = i; j < n; j++) {
    const c = a1.charCodeAt(j);
    if (c < 48 || c > 57) return 0;
    row = row * 10 + (c - 48);
  }
  // Past 15 digits the running product may round differently from Number(): read those as the pattern did.
  return (n - i > 15 ? Number(a1.slice(i)) : row) * 16384 + col;
}

/** How many findings there are of each severity. */
export function countBySeverity(findings: readonly { severity: Severity }[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

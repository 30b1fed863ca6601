/**
 * ESLint-RuleTester-style harness for the check rules: a case is a sheet (literal grid or snapshot);
 * valid cases must yield no diagnostic from the rule under test, invalid cases exactly the listed ones.
 */
import type { Diagnostic, Severity } from "../../../src/core/diagnostics";
import { chooseFramework } from "../../../src/core/frameworks/classifyIndicator";
import type { FrameworkId } from "../../../src/core/frameworks/framework";
import { readSheet } from "../../../src/core/read/readSheet";
import { buildFormFacts } from "../../../src/core/rules/support/formFacts";
import type { Rule } from "../../../src/core/rules/support/rule";
import { runRules } from "../../../src/core/rules/support/runRules";
import type { SheetSnapshot } from "../../../src/core/snapshot";
import { type FormGrid, toSnapshot } from "./formGrids";

export interface RunOptions {
  /** Framework to check against; "auto" (default) detects it per form like checkSheet does. */
  framework?: FrameworkId | "auto";
}

/** Diagnostics of `rule` only, over every form found on the sheet (framework detected per form). */
export function runRule(rule: Rule, sheet: SheetSnapshot | FormGrid, options: RunOptions = {}): Diagnostic[] {
  const snapshot = toSnapshot(sheet);
  const reading = readSheet(snapshot);
  if (reading.forms.length === 0) throw new Error(`sheet "${snapshot.name}" was not recognised: ${reading.reason}`);
  return reading.forms.flatMap((form, index) => {
    const framework = chooseFramework(form, options.framework);
    const facts = buildFormFacts(form, framework, snapshot.name);
    return runRules([rule], facts, index);
  });
}

export interface ExpectedDiagnostic {
  messageId: string;
  cell: string;
  severity?: Severity;
  /** A string must equal the diagnostic's suggestion; null asserts that it has none. */
  suggestion?: string | null;
  /** Checked with toMatchObject (only the listed params). */
  params?: Record<string, string | number>;
  /** The diagnostic's related cells must include these. */
  related?: string[];
}

export interface ValidCase {
  name: string;
  sheet: SheetSnapshot | FormGrid;
  framework?: FrameworkId | "auto";
  /**
   * A known engine bug: the case states the correct behaviour and is generated with it.failing, so it
   * passes while the bug is there and turns red once src/ is fixed (then drop `bug`).
   */
  bug?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedDiagnostic[];
}

const key = (d: { messageId: string; cell: string }) => `${d.messageId}@${d.cell}`;

/** Asserts that `actual` is exactly `expected` on messageId+cell (as a multiset), and the optional fields. */
export function expectDiagnostics(actual: Diagnostic[], expected: ExpectedDiagnostic[]): void {
  expect(actual.map(key).sort()).toEqual(expected.map(key).sort());
  const pool = [...actual];
  for (const e of expected) {
    const i = pool.findIndex((d) => key(d) === key(e));
    const d = pool.splice(i, 1)[0];
    const label = key(e);
    if (e.severity !== undefined) expect({ [label]: d.severity }).toEqual({ [label]: e.severity });
    if (e.suggestion !== undefined) expect({ [label]: d.suggestion ?? null }).toEqual({ [label]: e.suggestion });
    if (e.params !== undefined) expect({ [label]: d.params }).toMatchObject({ [label]: e.params });
    if (e.related !== undefined) expect({ [label]: d.related }).toEqual({ [label]: expect.arrayContaining(e.related) });
    // Every diagnostic renders its message without leftover placeholders.
    expect(d.message).not.toMatch(/\{\w+\}/);
  }
}

/**
 * it(), or it.failing() with the bug in the title for a case marked `bug`.
 * RULE_TESTER_SHOW_BUGS=1 runs bug cases as ordinary tests, to see how they fail.
 */
function caseIt(c: ValidCase, fn: () => void): void {
  if (c.bug && process.env.RULE_TESTER_SHOW_BUGS) it(`${c.name} [BUG: ${c.bug}]`, fn);
  else if (c.bug) it.failing(`${c.name} [BUG: ${c.bug}]`, fn);
  else it(c.name, fn);
}

/** Generates one it() per case under describe(rule id). */
export function testRule(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    describe("valid", () => {
      for (const c of cases.valid) {
        caseIt(c, () => {
          expect(runRule(rule, c.sheet, { framework: c.framework })).toEqual([]);
        });
      }
    });
    describe("invalid", () => {
      for (const c of cases.invalid) {
        caseIt(c, () => {
          const found = runRule(rule, c.sheet, { framework: c.framework });
          expectDiagnostics(found, c.errors);
          for (const d of found) expect(d.rule).toBe(rule.meta.id);
        });
      }
    });
  });
}

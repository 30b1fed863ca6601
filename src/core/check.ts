/**
 * The engine's entry point: a sheet snapshot in, findings out. Never throws on bad input.
 */
import { countBySeverity, sortDiagnostics } from "./diagnosticOrder";
import type { Diagnostic } from "./diagnostics";
import { chooseFramework } from "./frameworks/classifyIndicator";
import type { FrameworkId } from "./frameworks/framework";
import type { LayoutId, PerformanceForm } from "./model/form";
import { planSheet, replanSheet, type SheetPlan } from "./read/readSheet";
import { SheetGrid } from "./read/sheetGrid";
import { buildFormFacts } from "./rules/support/formFacts";
import { ALL_RULES } from "./rules/registry";
import { runRules } from "./rules/support/runRules";
import type { SheetSnapshot } from "./snapshot";
import { type FormKind, formKind } from "./kinds";
import type { Rule } from "./rules/support/rule";
import { type VerifyForm, verifyForm, verifySuggestions } from "./suggest/verify";
import { patchOf } from "./suggest/applyInMemory";

export interface CheckOptions {
  /** "auto" (default) detects the framework per table from its 一级/二级 labels. */
  framework?: FrameworkId | "auto";
  /** Verify every suggestion in memory and drop the ones that fail (default true; see src/core/suggest). */
  verifySuggestions?: boolean;
}

/** One 绩效表 found on the sheet. */
export interface FormSummary {
  index: number;
  project: string;
  /** 项目实施单位, else 主管部门, as written ("" when neither is filled). */
  unit?: string;
  layout: LayoutId;
  framework: FrameworkId;
  anchorCell: string;
  /** First/last sheet row (0-based). */
  rowSpan: { top: number; bottom: number };
  counts: { error: number; warning: number; info: number };
  /** Every kind that scored, best first, with the evidence (zh-CN) — why the form was read as `layout`. */
  kindEvidence?: { kind: LayoutId; score: number; evidence: string[] }[];
  /** Which column was taken as each period's target and why, where the header offered a choice. */
  valueColumns?: { period: string; cell: string; header: string; reason: string }[];
}

export interface SheetCheckResult {
  name: string;
  recognized: boolean;
  /** zh-CN reason when not recognised, or why a recognised form is not checked (e.g. 绩效评价结果). */
  reason?: string;
  layout?: LayoutId;
  framework?: FrameworkId;
  forms: FormSummary[];
  findings: Diagnostic[];
  /** True when the sheet was not checked at all (too large, timed out, unreadable): never a pass. */
  skipped?: boolean;
}

/** Keyed by the kind object itself (the registry's entries), so a changed kind never gets another's rules. */
const RULES_BY_KIND = new WeakMap<FormKind, readonly Rule[]>();

/** The rules that apply to a form kind: its rule set, less the rules it skips; none when it is not checkable. */
export function rulesFor(kind: FormKind): readonly Rule[] {
  let rules = RULES_BY_KIND.get(kind);
  if (!rules) {
    const set = kind.ruleSet;
    rules =
      set === null
        ? []
        : ALL_RULES.filter((r) => (r.meta.ruleSets ?? ["target"]).includes(set) && !kind.skipRules.includes(r.meta.id));
    RULES_BY_KIND.set(kind, rules);
  }
  return rules;
}

/** Checks every 绩效表 on the sheet. */
export function checkSheet(snapshot: SheetSnapshot, options: CheckOptions = {}): SheetCheckResult {
  const checked = checkForms(snapshot, options);
  if (!checked.light) return checked.result;
  // Verification needs of each form only its rows and the cells it never writes (`light`): the reading itself is not
  // kept through the re-checks, which read the sheet again (on a sheet of many forms it is most of what is kept).
  const recheckOptions: CheckOptions = { ...options, verifySuggestions: false };
  // A copy with a few cells written shares the first check's grid and, when the writes cannot change it, its plan.
  const first = checked.plan && checked.grid ? { snapshot, plan: checked.plan, grid: checked.grid } : undefined;
  const verified = verifySuggestions({
    snapshot,
    findings: checked.result.findings,
    forms: checked.light,
    grid: checked.grid,
    // What verification compares (a finding's presence, the count of errors and warnings per key) does not depend
    // on the findings' order: a re-check leaves them unsorted, and the batch re-checks take them form by form.
    recheck: (changed) => checkForms(changed, recheckOptions, false, undefined, first).result,
    recheckInto: (changed, take) => checkForms(changed, recheckOptions, false, take, first).result,
  });
  return { ...checked.result, findings: verified };
}

/**
 * Reading and rules; with the forms as verification needs them unless `verifySuggestions` is false. `sorted` false
 * (verification's re-checks) leaves each form's findings in the order the rules reported them; with `take`, each
 * form's findings go to it as they are found and the result lists none.
 */
function checkForms(
  snapshot: SheetSnapshot,
  options: CheckOptions,
  sorted = true,
  take?: (findings: readonly Diagnostic[]) => void,
  first?: { snapshot: SheetSnapshot; plan: SheetPlan; grid: SheetGrid },
): { result: SheetCheckResult; light?: VerifyForm[]; grid?: SheetGrid; plan?: SheetPlan } {
  let plan: SheetPlan;
  let grid;
  const readError = (e: unknown) => ({
    result: {
      name: snapshot.name,
      recognized: false,
      reason: `读取工作表时出错：${e instanceof Error ? e.message : String(e)}`,
      forms: [],
      findings: [],
    },
  });
  try {
    // A copy of the first check's sheet with a few cells written shares its grid's work on the other cells, and is
    // planned from its plan when the writes cannot change it (`replanSheet`).
    const patch = first ? patchOf(snapshot) : undefined;
    // (Both sparse or both dense: a write left of or above a dense sheet's origin makes a sparse copy, which reads a
    // cell with a displayed text and no value as occupied where the dense sheet does not.)
    const same = first && patch && patch.base === first.snapshot && !snapshot.cells === !first.snapshot.cells;
    const from = first && patch && same ? { first, cells: patch.cells } : undefined;
    grid = new SheetGrid(snapshot, from ? { grid: from.first.grid, cells: from.cells } : undefined);
    const replanned = from ? replanSheet(from.first.plan, grid, snapshot.merges, from.first.snapshot.merges, from.cells) : null;
    plan = replanned ?? planSheet(snapshot, grid);
  } catch (e) {
    return readError(e);
  }
  if (plan.forms.length === 0) {
    const skipped = plan.notChecked ? { skipped: true } : {};
    return { result: { name: snapshot.name, recognized: false, reason: plan.reason, forms: [], findings: [], ...skipped } };
  }
  const findings: Diagnostic[] = [];
  const notices: string[] = [];
  const light: VerifyForm[] | undefined = options.verifySuggestions === false ? undefined : [];
  const forms: FormSummary[] = [];
  // Form by form: each reading is let go once its rules have run (and, when verifying, reduced to what
  // verification needs), so a sheet of thousands of forms never holds every reading at once.
  for (let index = 0; index < plan.forms.length; index++) {
    let form: PerformanceForm;
    try {
      form = plan.forms[index].read();
    } catch (e) {
      return readError(e);
    }
    try {
      forms.push(checkForm(form, index, snapshot.name, options, take ?? findings, notices, sorted));
    } catch (e) {
      // As when every form was read before any was checked: a form that cannot be read later wins.
      for (let later = index + 1; later < plan.forms.length; later++) {
        try {
          plan.forms[later].read();
        } catch (readFailure) {
          return readError(readFailure);
        }
      }
      throw e;
    }
    if (light) light.push(verifyForm(form));
  }
  return { result: result(snapshot, notices, forms, findings), ...(light ? { light, grid, plan } : {}) };
}

/** Rules on one form: its findings appended to `findings` (or handed to it), sorted unless `sorted` is false; its summary returned. */
function checkForm(
  form: PerformanceForm,
  index: number,
  sheetName: string,
  options: CheckOptions,
  findings: Diagnostic[] | ((found: readonly Diagnostic[]) => void),
  notices: string[],
  sorted: boolean,
): FormSummary {
  const framework = chooseFramework(form, options.framework);
  const facts = buildFormFacts(form, framework, sheetName);
  const kind = formKind(form.layout);
  const rules = rulesFor(kind);
  if (kind.ruleSet === null) notices.push(`已识别为“${kind.name}”（${facts.project}），这种表目前只识别、不检查。`);
  // Findings handed over as found are a re-check's, which verification compares without their messages.
  const found = runRules(rules, facts, index, typeof findings !== "function");
  // A reading chosen on contradictory evidence gives no errors: what rests on it is a warning at most.
  if (form.readingNotes?.some((n) => n.uncertain)) {
    for (const d of found) if (d.severity === "error") d.severity = "warning";
  }
  // Sorted form by form (each form's findings carry its index, the first key of the order): the same order as
  // sorting the whole sheet's findings, without comparing across thousands of forms.
  if (sorted) sortDiagnostics(found);
  if (typeof findings === "function") findings(found);
  else for (const d of found) findings.push(d);
  return {
    index,
    project: facts.project,
    unit: (form.fields.implementingUnit?.text || form.fields.department?.text || "").trim(),
    layout: form.layout,
    framework: framework.id,
    anchorCell: form.anchorCell,
    rowSpan: form.rowSpan,
    counts: countBySeverity(found),
    ...(form.kindEvidence ? { kindEvidence: form.kindEvidence } : {}),
    ...(form.indicators?.tables.some((t) => t.valueChoices)
      ? { valueColumns: form.indicators.tables.flatMap((t) => t.valueChoices ?? []) }
      : {}),
  };
}

function result(snapshot: SheetSnapshot, notices: string[], forms: FormSummary[], findings: Diagnostic[]): SheetCheckResult {
  return {
    name: snapshot.name,
    recognized: true,
    ...(notices.length > 0 ? { reason: notices.join(" ") } : {}),
    layout: forms[0].layout,
    framework: forms[0].framework,
    forms,
    findings,
  };
}

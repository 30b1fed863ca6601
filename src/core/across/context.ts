/**
 * Cross-project checks: shared types and helpers. Pure TypeScript (no Office, no Node).
 *
 * Input: every sheet of one workbook (or of a folder, with `file` set) and the forms read on it by
 * `readSheet`. Output: ordinary `Diagnostic`s, each attached to the sheet it points into; `related`
 * names cells of other sheets as `'Sheet'!A1` and of other workbooks as `'[file.xlsx]Sheet'!A1`.
 */
import { type Basis, basisText, isSupported } from "../basis";
import type { Category, Diagnostic, MessageParams, Severity } from "../diagnostics";
import { formatMessage } from "../diagnosticOrder";
import type { Money, PerformanceForm } from "../model/form";
import type { SheetSnapshot } from "../snapshot";
import { normalizeText } from "../text/normalize";

/** One sheet given to the cross-project checks. */
export interface AcrossSheet {
  /** The workbook it belongs to (path or name); omitted when all sheets come from one workbook. */
  file?: string;
  sheet: string;
  /** The forms `readSheet` found on it (may be empty). */
  forms: PerformanceForm[];
  /** The sheet's cells, for tables the form reader does not model (部门整体 / 汇总 tables). */
  snapshot?: SheetSnapshot;
}

/** A cross-project finding and the sheet its `cell` lies on. */
export interface AcrossFinding {
  file?: string;
  sheet: string;
  diagnostic: Diagnostic;
}

/** A project form with what the checks compare. */
export interface AcrossForm {
  file?: string;
  sheet: string;
  formIndex: number;
  form: PerformanceForm;
  /** Project name as written (the sheet name when the form has none). */
  project: string;
  /** Key for "the same project name": normalised, no spaces. Empty when the form has no name. */
  projectKey: string;
  /** Cell of the project name (the form's anchor when it has none). */
  projectCell: string;
  /** 主管部门, else 实施单位 (as written; may be empty). */
  unit: string;
  /** The project's budget figure: 项目预算, else 年度资金总额, else 项目资金总额. */
  budget: Money | null;
}

export interface AcrossContext {
  sheets: AcrossSheet[];
  /** Project forms (部门整体 tables excluded). */
  forms: AcrossForm[];
}

/** A cross-project check: one file per check under src/core/across/, named by its id. */
export interface AcrossCheck {
  id: string;
  severity: Severity;
  category: Category;
  /** What the check rests on (see src/core/basis.ts); "practice" checks report warnings at most. */
  basis: Basis;
  run(ctx: AcrossContext): AcrossFinding[];
}

const BUDGET_ORDER = ["projectBudget", "annualTotal", "fundTotal"] as const;

/** Title words of a department-wide (not project) table. */
export const DEPARTMENT_TABLE = /部门整体|单位整体/;

export function buildContext(sheets: readonly AcrossSheet[]): AcrossContext {
  const forms: AcrossForm[] = [];
  for (const s of sheets) {
    s.forms.forEach((form, formIndex) => {
      if (DEPARTMENT_TABLE.test(form.title)) return;
      const nameField = form.fields.projectName;
      const name = normalizeText(nameField?.text ?? "");
      const budgetKey = BUDGET_ORDER.find((k) => (form.budget[k]?.amountWan ?? null) !== null);
      forms.push({
        file: s.file,
        sheet: s.sheet,
        formIndex,
        form,
        project: name || s.sheet,
        projectKey: compactKey(name),
        projectCell: nameField?.cell ?? form.anchorCell,
        unit: normalizeText(form.fields.department?.text || form.fields.implementingUnit?.text || ""),
        budget: budgetKey ? (form.budget[budgetKey] ?? null) : null,
      });
    });
  }
  return { sheets: [...sheets], forms };
}

/** Normalised text without whitespace or common punctuation, for "the same text" comparisons. */
export function compactKey(text: string): string {
  return normalizeText(text).replace(/[\s,.;:!?"'“”‘’()（）<>[\]、，。；：！？]/g, "");
}

/** Key of "one unit": its 主管部门/实施单位, else its workbook (one workbook is one unit's submission). */
export function unitKey(f: AcrossForm): string {
  return f.unit ? `u:${compactKey(f.unit)}` : `f:${f.file ?? ""}`;
}

/** A reference to `cell` on `to`'s sheet as seen from `from`: "B5", "'Sheet'!B5" or "'[a.xlsx]Sheet'!B5". */
export function cellRef(from: { file?: string; sheet: string }, to: { file?: string; sheet: string }, cell: string): string {
  if ((from.file ?? "") === (to.file ?? "")) {
    if (from.sheet === to.sheet) return cell;
    return `'${to.sheet.replace(/'/g, "''")}'!${cell}`;
  }
  const book = baseName(to.file ?? "");
  return `'${`[${book}]${to.sheet}`.replace(/'/g, "''")}'!${cell}`;
}

function baseName(p: string): string {
  const parts = p.split(/[\\/]/);
  return parts[parts.length - 1] ?? p;
}

/** Where another form is, seen from `from`: "工作表“X”", "a.xlsx › X", or "本工作表另一张表". */
export function whereOther(from: { file?: string; sheet: string }, other: { file?: string; sheet: string }): string {
  if ((from.file ?? "") !== (other.file ?? "")) return `${baseName(other.file ?? "")} › ${other.sheet}`;
  if (from.sheet !== other.sheet) return `工作表“${other.sheet}”`;
  return "本工作表另一张表";
}

/** How a message names another project: “名称”, plus its sheet (and workbook) when it is elsewhere. */
export function nameOther(from: { file?: string; sheet: string }, other: AcrossForm): string {
  const same = (from.file ?? "") === (other.file ?? "") && from.sheet === other.sheet;
  return same ? `“${other.project}”` : `“${other.project}”（${whereOther(from, other)}）`;
}

/** Lists up to `max` names, "等 N 个" after that. */
export function listNames(names: readonly string[], max = 3): string {
  const shown = names.slice(0, max).join("、");
  return names.length > max ? `${shown}等${names.length}个项目` : shown;
}

/** At most this many related cells per finding (a folder of similar tables must not grow quadratically). */
export const MAX_RELATED = 20;

/** Builds a finding for a check. */
export function finding(
  check: Pick<AcrossCheck, "id" | "severity" | "category" | "basis">,
  at: Pick<AcrossForm, "file" | "sheet" | "formIndex" | "project">,
  f: { cell: string; related: string[]; messageId: string; template: string; params: MessageParams; fix?: string },
): AcrossFinding {
  const diagnostic: Diagnostic = {
    rule: check.id,
    severity: check.severity === "error" && !isSupported(check.basis) ? "warning" : check.severity,
    category: check.category,
    cell: f.cell,
    related: [...new Set(f.related)].filter((r) => r !== f.cell).slice(0, MAX_RELATED),
    messageId: f.messageId,
    params: f.params,
    message: formatMessage(f.template, f.params),
    formIndex: at.formIndex,
    project: at.project,
    group: "跨项目",
    basis: basisText(check.basis),
  };
  if (f.fix) diagnostic.fix = f.fix;
  return { ...(at.file !== undefined ? { file: at.file } : {}), sheet: at.sheet, diagnostic };
}

/** Unordered pairs of distinct forms. */
export function* pairs<T>(items: readonly T[]): Generator<[T, T]> {
  for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) yield [items[i], items[j]];
}

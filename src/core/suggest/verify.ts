/**
 * A suggestion is offered only when the engine has verified it: written into a copy of the sheet in memory and
 * checked again, it must
 * - remove its own finding and leave no error or warning on its cell (findings on one cell get one proposal or none),
 * - add no error or warning anywhere else (counted per rule, message and cell),
 * - keep the sheet readable as the same forms,
 * - keep every character it does not mean to change and never invent a number or unit (`textChangeProblem`),
 * - never write into an 实际完成值 / 得分 / 分值 / 预算执行 cell (only targets and labels are proposed).
 * Findings whose suggestion fails keep their message and get advice (`fix`) instead of a value to write.
 */
import type { Diagnostic } from "../diagnostics";
import type { PerformanceForm } from "../model/form";
import { SheetGrid } from "../read/sheetGrid";
import { fromA1 } from "../cellAddress";
import type { SheetSnapshot } from "../snapshot";
import { withCellText, withCellTexts } from "./applyInMemory";
import { textChangeProblem } from "./keepsText";

/** What verification needs of a check: findings, and whether the sheet still reads as the same forms. */
export interface RecheckResult {
  recognized: boolean;
  forms: readonly unknown[];
  findings: readonly Diagnostic[];
}

export interface VerifyInput {
  snapshot: SheetSnapshot;
  /** The findings as the rules reported them (suggestions not yet verified). */
  findings: readonly Diagnostic[];
  /** The forms read from the sheet (for the cells that are never targets). */
  forms: readonly VerifyForm[];
  /** Checks a changed copy of the sheet, without verifying suggestions again. */
  recheck: (snapshot: SheetSnapshot) => RecheckResult;
  /**
   * The same re-check handing each form's findings to `take` as they are found instead of returning them all (the
   * batch re-checks of a sheet of many forms then keep none of them); `recheck` is used when absent.
   */
  recheckInto?: (
    snapshot: SheetSnapshot,
    take: (findings: readonly Diagnostic[]) => void,
  ) => Pick<RecheckResult, "recognized" | "forms">;
  /** How many forms the re-checked sheet must still read as (default: `forms.length`). */
  formCount?: number;
  /** Verify every proposal on the whole sheet, never on its form's rows (the reference the tests compare with). */
  wholeSheet?: boolean;
  /** The snapshot's grid as the check built it (its texts already worked out), else one is built. */
  grid?: SheetGrid;
}

/** Advice given when a rule's value could not be verified and the rule gave none. */
export const UNVERIFIED_FIX = "请按上面的说明在表中修改；这里不能确定应写的值，所以不提供一键修改。";

/**
 * What verification needs of a form: its rows, and the cells never written — read from the form (`indicators`,
 * `scoring`) or, in a light form (`verifyForm`), listed.
 */
export type VerifyForm = Pick<PerformanceForm, "rowSpan"> &
  Partial<Pick<PerformanceForm, "indicators" | "scoring">> & { protectedCells?: readonly string[] };

/** A form reduced to what verification needs (the full reading can then be let go). */
export function verifyForm(form: PerformanceForm): VerifyForm {
  return { rowSpan: form.rowSpan, protectedCells: [...protectedCells([form])] };
}

/** Cells that hold achieved values, scores or weights: never written by a suggestion. */
export function protectedCells(forms: readonly VerifyForm[]): Set<string> {
  const out = new Set<string>();
  for (const f of forms) {
    for (const c of f.protectedCells ?? []) out.add(c);
    for (const t of f.indicators?.tables ?? []) {
      for (const r of t.rows) for (const x of Object.values(r.extras ?? {})) if (x) out.add(x.cell);
    }
    const s = f.scoring;
    if (!s) continue;
    for (const m of s.summaries) {
      if (m.weight) out.add(m.weight.cell);
      if (m.score) out.add(m.score.cell);
    }
    for (const p of s.sectionPoints) out.add(p.cell);
    for (const k of ["budget", "executed", "rate", "weight", "score"] as const) {
      const x = s.execution?.[k];
      if (x) out.add(x.cell);
    }
  }
  return out;
}

const isSerious = (d: Diagnostic) => d.severity === "error" || d.severity === "warning";
const keyOf = (d: Diagnostic) => `${d.rule}|${d.messageId}|${d.cell}`;

function countSerious(findings: readonly Diagnostic[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const d of findings) {
    if (!isSerious(d)) continue;
    const k = keyOf(d);
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

type VerifyCache = { grid?: SheetGrid; protected?: Set<string>; before?: Map<string, number> };

/**
 * What verification needs of a re-check's findings, gathered as they come (`add`, a form's findings at a time):
 * the proposals that fail — their own finding (same rule, message and cell) still reported, or an error or warning
 * still on their cell — and the errors and warnings per key (rule, message, cell). Only findings on a proposal's cell
 * are compared with it; nothing else of the findings is kept, so a re-check of a sheet of many forms need not hold
 * its hundreds of thousands of findings (`recheckInto`).
 */
class Tally<P extends { d: Diagnostic }> {
  readonly failing = new Set<P>();
  readonly serious = new Map<string, number>();
  /** The proposals by cell: the proposal itself when it is its cell's only one (the usual case), else a list. */
  private readonly atCell = new Map<string, P | P[]>();
  constructor(proposals: readonly P[]) {
    for (const p of proposals) {
      const at = this.atCell.get(p.d.cell);
      if (at === undefined) this.atCell.set(p.d.cell, p);
      else if (Array.isArray(at)) at.push(p);
      else this.atCell.set(p.d.cell, [at, p]);
    }
  }

  add(findings: readonly Diagnostic[]): void {
    for (const d of findings) {
      const serious = isSerious(d);
      if (serious) {
        const k = keyOf(d);
        this.serious.set(k, (this.serious.get(k) ?? 0) + 1);
      }
      const at = this.atCell.get(d.cell);
      if (at === undefined) continue;
      // On the proposal's cell (the key's third part), the same key is the same rule and message id.
      if (Array.isArray(at)) {
        for (const p of at) if (serious || (d.rule === p.d.rule && d.messageId === p.d.messageId)) this.failing.add(p);
      } else if (serious || (d.rule === at.d.rule && d.messageId === at.d.messageId)) this.failing.add(at);
    }
  }
}

/** A re-check of a changed copy of the sheet, its findings tallied against `proposals` (see `Tally`). */
function recheckTally<P extends { d: Diagnostic }>(
  input: VerifyInput,
  snapshot: SheetSnapshot,
  proposals: readonly P[],
): { after: Omit<RecheckResult, "findings">; tally: Tally<P> } {
  const tally = new Tally(proposals);
  if (input.recheckInto) return { after: input.recheckInto(snapshot, (found) => tally.add(found)), tally };
  const after = input.recheck(snapshot);
  tally.add(after.findings);
  return { after, tally };
}

/** The checks that need no re-check of the sheet: protected cell, same value, characters kept, nothing invented. */
function textProblemOf(input: VerifyInput, finding: Diagnostic, text: string, cache: VerifyCache): string | null {
  const grid = (cache.grid ??= input.grid ?? new SheetGrid(input.snapshot));
  const guarded = (cache.protected ??= protectedCells(input.forms));
  if (guarded.has(finding.cell)) return "实际完成值、得分等单元格不提供修改值";
  let at;
  try {
    at = fromA1(finding.cell);
  } catch {
    return "单元格地址无效";
  }
  const before = grid.text(at.row, at.col);
  if (text === before) return "建议与原值相同";
  const { extra, placeholder } = finding.params;
  const removable: string[] = [];
  if (typeof extra === "string") for (const r of extra.split("…")) removable.push(r);
  if (typeof placeholder === "string") for (const r of placeholder.split("…")) removable.push(r);
  let rowTexts: string[] | undefined;
  // The row's other texts only when the change inserts words (most proposals only drop or add an operator).
  const row = at.row;
  const col = at.col;
  const allowance = {
    removable,
    get rowTexts(): readonly string[] {
      if (rowTexts === undefined) {
        rowTexts = [];
        for (const c of grid.occupiedCols(row)) if (c !== col) rowTexts.push(grid.text(row, c));
      }
      return rowTexts;
    },
  };
  return textChangeProblem(before, text, allowance);
}

/**
 * All proposals written at once and checked in one re-check: true when each removes its own finding, leaves its
 * cell clean, and no rule reports more errors or warnings anywhere. The common case (independent cells) then
 * costs one re-check instead of one per suggestion; otherwise each is verified on its own.
 */
type Proposal = { d: Diagnostic; text: string };

/**
 * The proposals that pass together: all written at once and checked in one re-check. Those that leave their own
 * finding or an error/warning on their cell are set aside and the rest re-checked once more; the result is the set
 * that passes as a whole (each removes its own finding, leaves its cell clean, and no rule reports more errors or
 * warnings anywhere), or null when no such set was found in two re-checks. The common case (independent cells)
 * then costs one or two re-checks instead of one per suggestion.
 */
function batchPasses(input: VerifyInput, proposals: readonly Proposal[], cache: VerifyCache): Proposal[] | null {
  let current = [...proposals];
  for (let round = 0; round < 2 && current.length > 1; round++) {
    const snapshot = withCellTexts(
      input.snapshot,
      current.map((p) => ({ cell: p.d.cell, text: p.text })),
    );
    const { after, tally } = recheckTally(input, snapshot, current);
    if (!after.recognized || after.forms.length !== (input.formCount ?? input.forms.length)) return null;
    const failing = current.filter((p) => tally.failing.has(p));
    const was = (cache.before ??= countSerious(input.findings));
    let grew = false;
    for (const [k, n] of tally.serious) if (n > (was.get(k) ?? 0)) grew = true;
    if (failing.length === 0 && !grew) return current;
    if (failing.length === 0) return null; // something new appeared and cannot be traced to one proposal
    const out = new Set(failing);
    current = current.filter((p) => !out.has(p));
  }
  return null;
}

/** Why writing `text` into the finding's cell is not offered, or null when it passes every check. */
export function proposalProblem(input: VerifyInput, finding: Diagnostic, text: string, cache: VerifyCache = {}): string | null {
  const problem = textProblemOf(input, finding, text, cache);
  if (problem) return problem;
  const after = input.recheck(withCellText(input.snapshot, finding.cell, text));
  if (!after.recognized || after.forms.length !== (input.formCount ?? input.forms.length)) return "改后工作表不再能按原样识别";
  if (after.findings.some((d) => keyOf(d) === keyOf(finding))) return "改后原来的问题仍在";
  const left = after.findings.find((d) => d.cell === finding.cell && isSerious(d));
  if (left) return `改后该单元格仍有问题：${left.message}`;
  const was = (cache.before ??= countSerious(input.findings));
  for (const [k, n] of countSerious(after.findings)) {
    if (n > (was.get(k) ?? 0)) return `改后出现新的问题（${k}）`;
  }
  return null;
}

/** The rows top..bottom (sheet rows) of a snapshot, in sheet coordinates; merges inside them only. */
export function rowWindow(snapshot: SheetSnapshot, top: number, bottom: number, index?: RowIndex): SheetSnapshot {
  const merges = index ? index.merges(top, bottom) : snapshot.merges.filter((m) => m.top >= top && m.bottom <= bottom);
  if (snapshot.cells) {
    const cells = index ? index.cells(top, bottom) : snapshot.cells.filter((c) => c.row >= top && c.row <= bottom);
    return { name: snapshot.name, origin: snapshot.origin, values: [], merges, cells };
  }
  const from = Math.max(0, top - snapshot.origin.row);
  const to = Math.max(from, bottom - snapshot.origin.row + 1);
  return {
    name: snapshot.name,
    origin: { row: snapshot.origin.row + from, col: snapshot.origin.col },
    values: snapshot.values.slice(from, to),
    merges,
    ...(snapshot.texts ? { texts: snapshot.texts.slice(from, to) } : {}),
  };
}

/** Positions (in the list's order) of the items whose key lies in top..bottom, found by binary search. */
function keyRange(sorted: readonly { key: number; at: number }[], top: number, bottom: number): number[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].key < top) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < sorted.length && sorted[i].key <= bottom; i++) out.push(sorted[i].at);
  return out.sort((a, b) => a - b);
}

function sortedBy<T>(list: readonly T[], key: (x: T) => number): { key: number; at: number }[] {
  return list.map((x, at) => ({ key: key(x), at })).sort((a, b) => a.key - b.key || a.at - b.at);
}

/**
 * Merges, sparse cells and forms of one sheet looked up by rows, so that cutting a window per form costs what the
 * window holds, not the whole sheet (filtering the whole lists per window grew with the square of the sheet).
 * Every lookup returns exactly what the plain filter returns, in the same order.
 */
export class RowIndex {
  private byTop?: { key: number; at: number }[];
  private cellsByRow?: { key: number; at: number }[];
  private formsByTop?: { key: number; at: number }[];
  /** Per sheet row from `formAtTop` on: the first form holding it, or -1. */
  private formAtRow?: Int32Array;
  private formAtTop = 0;
  constructor(
    private readonly snapshot: SheetSnapshot,
    private readonly forms: readonly VerifyForm[],
  ) {}

  merges(top: number, bottom: number): SheetSnapshot["merges"] {
    const list = this.snapshot.merges;
    const sorted = (this.byTop ??= sortedBy(list, (m) => m.top));
    return keyRange(sorted, top, bottom)
      .map((i) => list[i])
      .filter((m) => m.bottom <= bottom);
  }

  cells(top: number, bottom: number): NonNullable<SheetSnapshot["cells"]> {
    const list = this.snapshot.cells ?? [];
    const sorted = (this.cellsByRow ??= sortedBy(list, (c) => c.row));
    return keyRange(sorted, top, bottom).map((i) => list[i]);
  }

  /** The forms lying wholly inside top..bottom, in reading order. */
  formsInside(top: number, bottom: number): VerifyForm[] {
    const sorted = (this.formsByTop ??= sortedBy(this.forms, (f) => f.rowSpan.top));
    return keyRange(sorted, top, bottom)
      .map((i) => this.forms[i])
      .filter((f) => f.rowSpan.bottom <= bottom);
  }

  /** The first form (in reading order) whose rows hold `row`, or -1. */
  formAt(row: number): number {
    if (!this.formAtRow) {
      // One number per row between the first form's top and the last form's bottom (a map of every row of a sheet
      // of a million rows cost more than the verification it served).
      let top = Infinity;
      let bottom = -Infinity;
      for (const f of this.forms) {
        if (f.rowSpan.bottom < f.rowSpan.top) continue;
        top = Math.min(top, f.rowSpan.top);
        bottom = Math.max(bottom, f.rowSpan.bottom);
      }
      const at = new Int32Array(bottom >= top ? bottom - top + 1 : 0).fill(-1);
      this.forms.forEach((f, i) => {
        for (let r = f.rowSpan.top; r <= f.rowSpan.bottom; r++) if (at[r - top] < 0) at[r - top] = i;
      });
      this.formAtRow = at;
      this.formAtTop = bottom >= top ? top : 0;
    }
    const k = row - this.formAtTop;
    return k >= 0 && k < this.formAtRow.length ? this.formAtRow[k] : -1;
  }
}

/** Sheets with more forms than this verify a proposal one by one on its own form's rows (see `windowFor`). */
const WINDOW_FROM_FORMS = 2;

/**
 * Verification of one proposal on the rows of the form holding its cell, instead of the whole sheet: re-checking a
 * sheet of thousands of stacked forms once per proposal grows with the square of its size (10,000 rows: 86 s).
 * The window is judged against its own reading (the same rows checked unchanged), so what the rows above or
 * below contribute cancels out; it is used only when that reading reproduces the finding, else the whole sheet.
 */
function windowFor(
  input: VerifyInput,
  finding: Diagnostic,
  windows: Map<number, { input: VerifyInput; cache: VerifyCache } | null>,
  rows: RowIndex,
): { input: VerifyInput; cache: VerifyCache } | null {
  if (input.wholeSheet || input.forms.length < WINDOW_FROM_FORMS) return null;
  let row;
  try {
    row = fromA1(finding.cell).row;
  } catch {
    return null;
  }
  const index = rows.formAt(row);
  if (index < 0) return null;
  if (!windows.has(index)) {
    const span = input.forms[index].rowSpan;
    const snapshot = rowWindow(input.snapshot, span.top, span.bottom, rows);
    const before = input.recheck(snapshot);
    const inside = rows.formsInside(span.top, span.bottom);
    windows.set(
      index,
      before.recognized
        ? {
            input: { snapshot, findings: before.findings, forms: inside, recheck: input.recheck, formCount: before.forms.length },
            cache: {},
          }
        : null,
    );
  }
  const w = windows.get(index) ?? null;
  return w && w.input.findings.some((d) => keyOf(d) === keyOf(finding)) ? w : null;
}

/** The form holding an A1 cell (first in reading order), or -1. */
function formOfCell(rows: RowIndex, a1: string): number {
  try {
    return rows.formAt(fromA1(a1).row);
  } catch {
    return -1;
  }
}

/** A cell whose proposals are still being verified: its findings with a suggestion, the next to try, values tried. */
type OpenCell = { list: Diagnostic[]; next: number; tried: Set<string> };

/**
 * Proposals of different forms verified side by side: each round writes one untried proposal of every form that has
 * one into a copy of the sheet and checks it once; each proposal is judged on its own form's rows against the
 * sheet's findings (its finding gone, no error or warning left on its cell, no error or warning on its form's cells
 * more than before) — what verifying it alone on its form's rows judges, for one re-check of the sheet instead of
 * two of a form per proposal. Used while a round holds at least half as many proposals as the sheet has forms (a
 * re-check of the sheet then costs no more than the form windows it replaces). A round whose re-check reads other
 * forms, or shows a new error or warning that cannot be put down to one form's proposal, decides nothing: its
 * forms go to the one-by-one path. Returns the cells' lists left undecided, in their order.
 */
function formRounds(
  input: VerifyInput,
  open: OpenCell[],
  rows: RowIndex,
  chosen: Map<Diagnostic, string>,
  cache: VerifyCache,
): OpenCell[] {
  const byForm = new Map<number, OpenCell[]>();
  const rest: OpenCell[] = [];
  for (const cell of open) {
    const form = formOfCell(rows, cell.list[0].cell);
    const cells = form < 0 ? undefined : byForm.get(form);
    if (form < 0) rest.push(cell);
    else if (cells) cells.push(cell);
    else byForm.set(form, [cell]);
  }
  const was = (cache.before ??= countSerious(input.findings));
  for (;;) {
    // One candidate per form: its first open cell's next untried value that passes the text checks.
    const round: { form: number; cell: OpenCell; d: Diagnostic; text: string; at: number }[] = [];
    for (const [form, cells] of byForm) {
      while (cells.length > 0) {
        const cell = cells[0];
        let pick: { d: Diagnostic; text: string; at: number } | null = null;
        while (cell.next < cell.list.length && !pick) {
          const at = cell.next++;
          const d = cell.list[at];
          const text = d.suggestion!;
          if (cell.tried.has(text)) continue;
          cell.tried.add(text);
          if (textProblemOf(input, d, text, cache) === null) pick = { d, text, at };
        }
        if (pick) {
          round.push({ form, cell, ...pick });
          break;
        }
        cells.shift(); // no value of this cell passes: nothing offered there
      }
      if (cells.length === 0) byForm.delete(form);
    }
    const giveBack = () => {
      for (const r of round) {
        r.cell.next = r.at;
        r.cell.tried.delete(r.text);
      }
    };
    if (round.length === 0) break;
    if (round.length * 2 < input.forms.length) {
      giveBack(); // too few forms left for a re-check of the sheet to pay: the one-by-one path takes over
      break;
    }
    const { after, tally } = recheckTally(
      input,
      withCellTexts(
        input.snapshot,
        round.map((r) => ({ cell: r.d.cell, text: r.text })),
      ),
      round,
    );
    const spans = after.forms as readonly { rowSpan?: { top: number; bottom: number } }[];
    let traced =
      after.recognized &&
      spans.length === input.forms.length &&
      spans.every((f, i) => f.rowSpan?.top === input.forms[i].rowSpan.top && f.rowSpan?.bottom === input.forms[i].rowSpan.bottom);
    // The forms on whose cells an error or warning grew; each must be a form that had a proposal in this round.
    const grewIn = new Set<number>();
    if (traced) {
      const inRound = new Set(round.map((r) => r.form));
      for (const [k, n] of tally.serious) {
        if (n <= (was.get(k) ?? 0)) continue;
        const form = formOfCell(rows, k.slice(k.lastIndexOf("|") + 1));
        if (!inRound.has(form)) traced = false;
        grewIn.add(form);
      }
    }
    if (!traced) {
      giveBack(); // the round cannot be read form by form: its cells go the one-by-one path
      break;
    }
    for (const r of round) {
      if (tally.failing.has(r) || grewIn.has(r.form)) continue;
      chosen.set(r.d, r.text);
      const cells = byForm.get(r.form);
      if (cells) {
        cells.shift();
        if (cells.length === 0) byForm.delete(r.form);
      }
    }
  }
  for (const cells of byForm.values()) rest.push(...cells);
  return rest;
}

/**
 * The findings with only verified suggestions left: per cell the first value (in finding order) that passes,
 * kept on the finding that proposed it; every other suggestion on that cell is removed.
 */
export function verifySuggestions(input: VerifyInput): Diagnostic[] {
  const cache: VerifyCache = {};
  const byCell = new Map<string, Diagnostic[]>();
  for (const d of input.findings) {
    if (d.suggestion === undefined) continue;
    const list = byCell.get(d.cell);
    if (list) list.push(d);
    else byCell.set(d.cell, [d]);
  }
  if (byCell.size === 0) return [...input.findings];
  const chosen = new Map<Diagnostic, string>();
  // Fast path: per cell the first proposal that passes the text checks, all verified in one re-check.
  const firsts: { d: Diagnostic; text: string }[] = [];
  for (const list of byCell.values()) {
    const first = list.find((d) => textProblemOf(input, d, d.suggestion!, cache) === null);
    if (first) firsts.push({ d: first, text: first.suggestion! });
  }
  const passed = firsts.length > 1 ? batchPasses(input, firsts, cache) : null;
  const settled = new Set<string>();
  for (const p of passed ?? []) {
    chosen.set(p.d, p.text);
    settled.add(p.d.cell);
  }
  // Cells not settled by the batch: each proposal verified on its own, in finding order — on a sheet of many forms
  // first together with one proposal of each other form (`formRounds`), then on its form's rows.
  const windows = new Map<number, { input: VerifyInput; cache: VerifyCache } | null>();
  const rows = new RowIndex(input.snapshot, input.forms);
  // A value the batch set aside while all the others passed together is not tried again alone: its own finding or
  // an error/warning stayed on its cell, and retried alone none ever passed (0 of 932 on the 1,000-table bench
  // workbook, 0 of 48 on the fixtures) while the retries were 40 % of all re-checks. The cell's other values are.
  const setAside = new Map<string, string>();
  if (passed) {
    const ok = new Set(passed);
    for (const p of firsts) if (!ok.has(p)) setAside.set(p.d.cell, p.text);
  }
  let left: OpenCell[] = [...byCell.values()]
    .filter((l) => !settled.has(l[0].cell))
    .map((list) => {
      const aside = setAside.get(list[0].cell);
      return { list, next: 0, tried: new Set<string>(aside === undefined ? [] : [aside]) };
    });
  if (!input.wholeSheet && input.forms.length >= WINDOW_FROM_FORMS) left = formRounds(input, left, rows, chosen, cache);
  for (const { list, next, tried } of left) {
    for (const d of list.slice(next)) {
      const text = d.suggestion!;
      if (tried.has(text)) continue;
      tried.add(text);
      const w = windowFor(input, d, windows, rows);
      if (proposalProblem(w?.input ?? input, d, text, w?.cache ?? cache) === null) {
        chosen.set(d, text);
        break;
      }
    }
  }
  const proposalAt = new Map<string, string>();
  for (const [d, text] of chosen) proposalAt.set(d.cell, text);
  return input.findings.map((d) => {
    if (d.suggestion === undefined || chosen.has(d)) return d;
    const { suggestion: _dropped, ...rest } = d;
    void _dropped;
    if (rest.fix !== undefined) return rest;
    const other = proposalAt.get(d.cell);
    return Object.assign({}, rest, { fix: other !== undefined ? `见本单元格的建议“${other}”（一并解决）。` : UNVERIFIED_FIX });
  });
}

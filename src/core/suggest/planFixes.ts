/**
 * The changes `jxcheck fix` makes to one sheet: the verified suggestions applied one after another, each verified
 * again on the sheet as it is after the ones before (so the cells changed are exactly the ones listed, none keeps an
 * error or warning, and the sheet's errors + warnings never grow).
 */
import { checkSheet, type CheckOptions, type SheetCheckResult } from "../check";
import type { Diagnostic } from "../diagnostics";
import { readSheet } from "../read/readSheet";
import { fromA1 } from "../cellAddress";
import { SheetGrid } from "../read/sheetGrid";
import type { SheetSnapshot } from "../snapshot";
import { withCellText } from "./applyInMemory";
import { proposalProblem } from "./verify";

export interface CellChange {
  cell: string;
  before: string;
  after: string;
  /** The rule whose finding proposed the value. */
  rule: string;
  /** The finding's message (what was wrong). */
  message: string;
}

export interface FixOptions extends Pick<CheckOptions, "framework"> {
  /** Only suggestions of these rules (ids); all when absent. */
  only?: readonly string[];
  /** Cells never written (e.g. formulas the engine reads as their cached result). */
  lockedCells?: ReadonlySet<string>;
}

export interface FixPlan {
  /** The sheet's check before any change (suggestions verified). */
  before: SheetCheckResult;
  changes: CellChange[];
  /** Suggestions offered but not applied, with why (a locked cell, or no longer verified after earlier changes). */
  skipped: { cell: string; rule: string; reason: string }[];
  /** The sheet in memory after the changes, and its check. */
  snapshot: SheetSnapshot;
  after: SheetCheckResult;
}

export function planFixes(snapshot: SheetSnapshot, options: FixOptions = {}): FixPlan {
  const check = { framework: options.framework };
  const before = checkSheet(snapshot, check);
  const changes: CellChange[] = [];
  const skipped: FixPlan["skipped"] = [];
  const offered = before.findings.filter(
    (d): d is Diagnostic & { suggestion: string } =>
      d.suggestion !== undefined && (!options.only || options.only.includes(d.rule)),
  );
  let current = snapshot;
  let raw = offered.length > 0 ? checkSheet(current, { ...check, verifySuggestions: false }) : before;
  let forms = offered.length > 0 ? readSheet(current).forms : [];
  for (const d of offered) {
    if (options.lockedCells?.has(d.cell)) {
      skipped.push({ cell: d.cell, rule: d.rule, reason: "单元格是公式，未修改" });
      continue;
    }
    const problem = proposalProblem(
      {
        snapshot: current,
        findings: raw.findings,
        forms,
        recheck: (s) => checkSheet(s, { ...check, verifySuggestions: false }),
      },
      d,
      d.suggestion,
    );
    if (problem) {
      skipped.push({ cell: d.cell, rule: d.rule, reason: problem });
      continue;
    }
    const { row, col } = fromA1(d.cell);
    const was = new SheetGrid(current).text(row, col);
    current = withCellText(current, d.cell, d.suggestion);
    raw = checkSheet(current, { ...check, verifySuggestions: false });
    forms = readSheet(current).forms;
    changes.push({ cell: d.cell, before: was, after: d.suggestion, rule: d.rule, message: d.message });
  }
  const after = changes.length > 0 ? checkSheet(current, check) : before;
  return { before, changes, skipped, snapshot: current, after };
}

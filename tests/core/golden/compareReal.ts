/**
 * Compares what the engine reads and reports on a real table with the answer key written from reading
 * the table (tests/fixtures/real/expected, see realExpectation.ts). Used by realTables.test.ts and by
 * `npx tsx tests/core/golden/compareReal.ts` (prints the differences per sheet).
 */
import path from "node:path";
import { checkSheet, type SheetCheckResult } from "../../../src/core/check";
import type { Diagnostic } from "../../../src/core/diagnostics";
import type { PerformanceForm } from "../../../src/core/model/form";
import { readSheet } from "../../../src/core/read/readSheet";
import type { SheetSnapshot } from "../../../src/core/snapshot";
import { readWorkbookSnapshots } from "../../../src/cli/readWorkbookSnapshots";
import { type FormBody, formsOf, type LoadedExpectation, loadRealExpectations, REAL_DIR } from "./realExpectation";

/** The answer key's kinds; the engine's two seed layouts and its generic project form are all "project-target". */
export function expectedKindOf(layout: string): string {
  return layout === "policy-table" || layout === "declaration-form" || layout === "generic" ? "project-target" : layout;
}

export interface FormComparison {
  label: string;
  kind: { expected: string; actual: string | null };
  /** Indicator rows (row:period:三级:value cell) expected but not read, and read but not expected. */
  rowsMissing: string[];
  rowsExtra: string[];
  /** Header fields whose value cell differs (key: expected → actual). */
  fieldDiffs: string[];
  /** Expected errors not reported at their cell (by any error or warning). */
  errorsMissed: string[];
  /** Expected warnings not reported at their cell (by any severity). */
  warningsMissed: string[];
  /** Errors reported where the key has no finding at all. */
  falseErrors: string[];
  /** Errors or warnings at a cell the key marks as a trap (notFindings) without an expected finding there. */
  trapsHit: string[];
  expectedWarnings: number;
}

/** The field keys both sides use (the key names some fields differently, e.g. 预算单位 budgetUnit). */
const FIELD_KEYS = new Set(["projectName", "implementingUnit", "overview", "region"]);

function rowKeys(form: PerformanceForm): string[] {
  const out: string[] = [];
  for (const t of form.indicators?.tables ?? []) {
    for (const r of t.rows) {
      const areas = r.values.filter((v) => v.area !== undefined);
      if (areas.length > 0) {
        out.push(`${r.row + 1}:${r.values[0].period}:${r.level3.text}:per-area(${areas.map((v) => v.cell).join(",")})`);
      } else {
        const v = r.values.find((x) => x.text !== "") ?? r.values[0];
        out.push(`${r.row + 1}:${v?.period ?? "annual"}:${r.level3.text}:${v && v.text !== "" ? v.cell : "-"}`);
      }
    }
  }
  return out;
}

function expectedRowKeys(f: FormBody): string[] {
  return f.indicators.map((i) =>
    i.values && i.values.length > 0
      ? `${i.row}:${i.period}:${i.level3 ?? ""}:per-area(${i.values.map((v) => v.cell).join(",")})`
      : `${i.row}:${i.period}:${i.level3 ?? ""}:${i.value !== null && i.valueCell ? i.valueCell : "-"}`,
  );
}

function diff(a: string[], b: string[]): string[] {
  const pool = [...b];
  const out: string[] = [];
  for (const x of a) {
    const i = pool.indexOf(x);
    if (i >= 0) pool.splice(i, 1);
    else out.push(x);
  }
  return out;
}

function at(d: Diagnostic): string[] {
  return [d.cell, ...d.related];
}

/** Compares one expected form with the engine's reading and findings on the same rows. */
export function compareForm(label: string, exp: FormBody, forms: PerformanceForm[], result: SheetCheckResult): FormComparison {
  // The engine form covering the expected rows (the most overlap).
  let best: { form: PerformanceForm; index: number } | null = null;
  let bestOverlap = 0;
  forms.forEach((form, index) => {
    const top = Math.max(form.rowSpan.top + 1, exp.rows.first);
    const bottom = Math.min(form.rowSpan.bottom + 1, exp.rows.last);
    const overlap = bottom - top + 1;
    if (overlap > bestOverlap) {
      bestOverlap = overlap;
      best = { form, index };
    }
  });
  // A list form: the engine reads one form per project; compare the union.
  const mine =
    exp.kind === "project-list"
      ? forms.filter((f) => f.layout === "project-list")
      : best
        ? [(best as { form: PerformanceForm }).form]
        : [];
  const indices = new Set(mine.map((f) => forms.indexOf(f)));
  const findings = result.findings.filter((d) => indices.has(d.formIndex));
  const actualRows = mine.flatMap(rowKeys);
  const expRows = expectedRowKeys(exp);
  const fieldDiffs: string[] = [];
  const first = mine[0];
  for (const fld of exp.fields) {
    if (!FIELD_KEYS.has(fld.key) || fld.part || fld.labelCell === null) continue;
    if (exp.kind === "project-list") continue;
    // 资金名称 is the engine's fundName; the key calls it projectName.
    const got =
      first?.fields[fld.key as keyof PerformanceForm["fields"]] ??
      (fld.key === "projectName" ? first?.fields.fundName : undefined);
    if (got?.cell !== fld.valueCell) fieldDiffs.push(`${fld.key}: ${fld.valueCell} → ${got?.cell ?? "（没读到）"}`);
  }
  const cellsWith = (pred: (d: Diagnostic) => boolean) => new Set(findings.filter(pred).flatMap(at));
  const reportedErrOrWarn = cellsWith((d) => d.severity !== "info");
  const reportedAny = cellsWith(() => true);
  // A warning about one indicator row may point at its value or at its unit column: the row is enough.
  const rowOf = (a1: string) => a1.replace(/^[A-Z]+/, "");
  const reportedRows = new Set([...reportedAny].map(rowOf));
  const expectedCells = new Set(exp.findings.flatMap((f) => [f.cell, ...(f.related ?? [])]));
  return {
    label,
    kind: { expected: exp.kind, actual: first ? expectedKindOf(first.layout) : null },
    rowsMissing: diff(expRows, actualRows),
    rowsExtra: diff(actualRows, expRows),
    fieldDiffs,
    errorsMissed: exp.findings
      .filter((f) => f.severity === "error" && !reportedErrOrWarn.has(f.cell))
      .map((f) => `${f.cell} ${f.what}`),
    warningsMissed: exp.findings
      .filter(
        (f) =>
          f.severity === "warning" && !reportedAny.has(f.cell) && !(/[D-Z]\d/.test(f.cell) && reportedRows.has(rowOf(f.cell))),
      )
      .map((f) => `${f.cell} ${f.what}`),
    falseErrors: findings
      .filter((d) => d.severity === "error" && !at(d).some((c) => expectedCells.has(c)))
      .map((d) => `${d.rule}@${d.cell} ${d.message}`),
    trapsHit: findings
      .filter((d) => d.severity !== "info" && exp.notFindings.some((n) => n.cell === d.cell) && !expectedCells.has(d.cell))
      .map((d) => `${d.rule}@${d.cell} ${d.message}`),
    expectedWarnings: exp.findings.filter((f) => f.severity === "warning").length,
  };
}

export interface SheetComparison {
  file: string;
  copy: string;
  recognized: boolean;
  forms: FormComparison[];
}

const snapshotCache = new Map<string, SheetSnapshot[]>();

export async function compareSheet(loaded: LoadedExpectation): Promise<SheetComparison> {
  const e = loaded.expectation;
  const wb = path.join(REAL_DIR, e.workbook);
  let snaps = snapshotCache.get(wb);
  if (!snaps) {
    snaps = await readWorkbookSnapshots(wb);
    snapshotCache.set(wb, snaps);
  }
  const snap = snaps[e.sheetIndex - 1];
  const reading = readSheet(snap);
  const result = checkSheet(snap);
  const forms = formsOf(e).map((f, i) =>
    compareForm(`${loaded.file}${"forms" in e ? `#${i + 1}` : ""}`, f, reading.forms, result),
  );
  return { file: loaded.file, copy: e.copy, recognized: result.recognized, forms };
}

export async function compareAll(): Promise<SheetComparison[]> {
  const out: SheetComparison[] = [];
  for (const l of loadRealExpectations()) out.push(await compareSheet(l));
  return out;
}

if (require.main === module) {
  void compareAll().then((all) => {
    let exp = 0;
    let missed = 0;
    for (const s of all) {
      for (const f of s.forms) {
        exp += f.expectedWarnings;
        missed += f.warningsMissed.length;
        const problems = [
          ...(f.kind.expected !== f.kind.actual ? [`kind: ${f.kind.expected} → ${f.kind.actual}`] : []),
          ...f.rowsMissing.map((r) => `row missing ${r}`),
          ...f.rowsExtra.map((r) => `row extra ${r}`),
          ...f.fieldDiffs.map((r) => `field ${r}`),
          ...f.errorsMissed.map((r) => `error missed ${r}`),
          ...f.falseErrors.map((r) => `false error ${r}`),
          ...f.trapsHit.map((r) => `trap ${r}`),
          ...(process.argv.includes("--warnings") ? f.warningsMissed.map((r) => `warning missed ${r}`) : []),
        ];
        console.log(`${problems.length === 0 ? "OK  " : "DIFF"} ${f.label} (${s.copy})${s.recognized ? "" : " 未识别"}`);
        for (const p of problems) console.log(`     ${p}`);
      }
    }
    console.log(`warnings found ${exp - missed}/${exp}`);
  });
}

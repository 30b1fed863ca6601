/**
 * `--across`: the cross-project checks of src/core/across over the workbooks of a run.
 * The forms are read again from each readable workbook (the run keeps only findings), then the
 * findings are merged into the run's sheets so every output format shows them.
 *
 * Scope "all" (default): every workbook of the run together (a folder = one submission);
 * "workbook": each workbook on its own.
 */
import { type AcrossFinding, type AcrossSheet, checkAcross } from "../../core/across/checkAcross";
import { compareDiagnostics, countBySeverity } from "../../core/diagnosticOrder";
import { readSheet } from "../../core/read/readSheet";
import type { CheckRun } from "../checkFiles";
import { readWorkbookSnapshots } from "../readWorkbookSnapshots";

export type AcrossScope = "all" | "workbook";

/** Reads the forms of a run's readable workbooks. A workbook that fails now is skipped. */
export async function readAcrossSheets(run: CheckRun): Promise<AcrossSheet[][]> {
  const perFile: AcrossSheet[][] = [];
  for (const f of run.files) {
    if (f.error !== undefined) continue;
    try {
      const snapshots = await readWorkbookSnapshots(f.file);
      perFile.push(
        snapshots.map((snapshot) => {
          let forms: AcrossSheet["forms"] = [];
          try {
            forms = readSheet(snapshot).forms;
          } catch {
            // The sheet already carries its engine error in the run.
          }
          return { file: f.file, sheet: snapshot.name, forms, snapshot };
        }),
      );
    } catch {
      // Read once already; a file that vanished in between is left out of the comparison.
    }
  }
  return perFile;
}

/** Runs the cross-project checks and merges their findings into `run`; returns how many were added. */
export async function addAcrossFindings(run: CheckRun, scope: AcrossScope = "all"): Promise<number> {
  const perFile = await readAcrossSheets(run);
  const groups = scope === "all" ? [perFile.flat()] : perFile;
  const found = groups.flatMap((sheets) => checkAcross(sheets));
  mergeAcrossFindings(run, found);
  return found.length;
}

/** Adds each finding to its file's sheet (re-sorted, per-form counts updated). */
export function mergeAcrossFindings(run: CheckRun, found: readonly AcrossFinding[]): void {
  const touched = new Set<{ findings: unknown[] }>();
  for (const f of found) {
    const file = run.files.find((x) => x.file === (f.file ?? x.file));
    const sheet = file?.sheets.find((s) => s.name === f.sheet);
    if (!sheet) continue;
    sheet.findings.push(f.diagnostic);
    touched.add(sheet);
  }
  for (const file of run.files) {
    for (const sheet of file.sheets) {
      if (!touched.has(sheet)) continue;
      sheet.findings.sort(compareDiagnostics);
      for (const form of sheet.forms) form.counts = countBySeverity(sheet.findings.filter((d) => d.formIndex === form.index));
    }
  }
}

/**
 * Scores the engine against a reviewer's reading (tests/fixtures/real2/reading.json and the blind corpus
 * tests/fixtures/real/blind/reading-*.json): per sheet, the required findings found at their cells (a finding
 * counts when its category is one of the reading's kinds and its cell or a related cell is one of the cells —
 * the rule of scripts/score-reading.mjs), the errors and warnings on corrected (clean) copies, the kind.
 */
import fs from "node:fs";
import path from "node:path";
import { checkSheet } from "../../../src/core/check";
import { readWorkbookSnapshots } from "../../../src/cli/readWorkbookSnapshots";
import { fromA1 } from "../../../src/core/snapshot";

export interface ReadingFinding {
  id: string;
  cells: string[];
  kind: string | string[];
  about?: string;
}
export interface ReadingSheet {
  clean?: boolean;
  notForm?: boolean;
  truncated?: boolean;
  kind?: string;
  findings?: ReadingFinding[];
}
export interface ReadingFile {
  order?: number;
  sealed?: boolean;
  duplicateOf?: string;
  sheets: Record<string, ReadingSheet>;
}

export interface SheetScore {
  file: string;
  sheet: string;
  clean: boolean;
  found: string[];
  missed: string[];
  /** Errors and warnings on a clean sheet, as "rule@cell". */
  cleanFindings: string[];
  kindExpected?: string;
  kindReported?: string;
  recognized: boolean;
}

function expand(cells: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const c of cells) {
    if (c === "*") {
      out.add("*");
      continue;
    }
    const [a, b] = c.split(":");
    const p = fromA1(a);
    const q = b ? fromA1(b) : p;
    if (!p || !q) continue;
    for (let col = Math.min(p.col, q.col); col <= Math.max(p.col, q.col); col++)
      for (let row = Math.min(p.row, q.row); row <= Math.max(p.row, q.row); row++) out.add(`${row}:${col}`);
  }
  return out;
}

export function loadReading(file: string): Record<string, ReadingFile> {
  return (JSON.parse(fs.readFileSync(file, "utf8")) as { files: Record<string, ReadingFile> }).files;
}

/** Checks every workbook of a reading (sealed and duplicate tables left out unless asked) and scores it. */
export async function scoreReading(dir: string, readingFile: string, options: { sealed?: boolean } = {}): Promise<SheetScore[]> {
  const out: SheetScore[] = [];
  for (const [file, spec] of Object.entries(loadReading(readingFile))) {
    if (spec.duplicateOf || (spec.sealed && !options.sealed)) continue;
    const snaps = await readWorkbookSnapshots(path.join(dir, file));
    for (const [sheet, s] of Object.entries(spec.sheets)) {
      const snap = snaps.find((x) => x.name === sheet);
      const result = snap ? checkSheet(snap) : null;
      const findings = result?.findings ?? [];
      const score: SheetScore = {
        file,
        sheet,
        clean: s.clean === true,
        found: [],
        missed: [],
        cleanFindings: s.clean
          ? findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell} ${f.message}`)
          : [],
        recognized: result?.recognized ?? false,
      };
      if (s.kind) score.kindExpected = s.kind;
      if (result?.layout) score.kindReported = result.layout;
      for (const e of s.findings ?? []) {
        const want = expand(e.cells);
        const kinds = ([] as string[]).concat(e.kind);
        const hit = findings.some(
          (f) =>
            kinds.includes(f.category) &&
            (want.has("*") || [...expand([f.cell, ...f.related].map((c) => c.replace(/^.*!/, "")))].some((c) => want.has(c))),
        );
        (hit ? score.found : score.missed).push(e.id);
      }
      out.push(score);
    }
  }
  return out;
}

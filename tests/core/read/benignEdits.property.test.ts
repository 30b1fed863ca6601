/**
 * Property over the real corpus: edits a publisher makes without changing what a table says — a signature footer
 * (split over cells or merged across the table), a note under the table, "附件2" above it, labels spaced out or broken
 * over lines, numbers stored as text, figures in full width, field labels with a colon, a 序号 column, a 绩效指标 bar over
 * the table, an empty 备注 column, level names written in every row — change no error or warning on any sheet of the
 * blind corpus and real2 (the last on the corrected copies).
 * (The reading must not hang on one layout detail; see tests/core/helpers/benignEdits.ts and scripts/perturb-clean.ts.)
 */
import fs from "node:fs";
import { readWorkbookSnapshots } from "../../../src/cli/readWorkbookSnapshots";
import type { SheetSnapshot } from "../../../src/core/snapshot";
import { dense, diff, ew, listSheets, perturbations, toSheet } from "../helpers/benignEdits";

jest.setTimeout(120_000);

const sheets = listSheets(null).filter((s) => fs.existsSync(s.file));
const snapshots = new Map<string, SheetSnapshot[]>();

async function snapshotOf(file: string, sheet: string): Promise<SheetSnapshot | undefined> {
  if (!snapshots.has(file)) snapshots.set(file, await readWorkbookSnapshots(file));
  return snapshots.get(file)!.find((x) => x.name === sheet);
}

test("the corpus is there", () => {
  expect(sheets.length).toBeGreaterThan(300);
  expect(sheets.filter((s) => s.clean).length).toBeGreaterThan(140);
});

/**
 * Edits asserted on the corrected copies only: writing 一级/二级 in every row of a table whose original leaves 三级 names
 * blank reports each blank row instead of each merged group (the same problem, counted per row).
 */
const CLEAN_ONLY = new Set(["levels-repeated"]);

describe.each(Object.keys(perturbations))("%s", (name) => {
  const scope = CLEAN_ONLY.has(name) ? "corrected copy" : "sheet";
  test(`changes no error or warning on any ${scope}`, async () => {
    const changed: string[] = [];
    for (const s of sheets) {
      if (CLEAN_ONLY.has(name) && !s.clean) continue;
      const snap = await snapshotOf(s.file, s.sheet);
      if (!snap) continue;
      const base = dense(snap);
      const { added, lost } = diff(ew(toSheet(base)), ew(toSheet(perturbations[name](base))));
      if (added.length || lost.length) changed.push(`${s.file.split("/").pop()}|${s.sheet}: +${added} -${lost}`);
    }
    expect(changed).toEqual([]);
  });
});

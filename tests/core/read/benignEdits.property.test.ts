/**
 * Property over the real corpus: edits a publisher makes without changing what a table says — a signature footer
 * (split over cells or merged across the table), a note under the table, "附件2" above it, labels spaced out or broken
 * over lines, numbers stored as text — change no error or warning on any sheet of the blind corpus and real2.
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

describe.each(Object.keys(perturbations))("%s", (name) => {
  test("changes no error or warning on any sheet", async () => {
    const changed: string[] = [];
    for (const s of sheets) {
      const snap = await snapshotOf(s.file, s.sheet);
      if (!snap) continue;
      const base = dense(snap);
      const { added, lost } = diff(ew(toSheet(base)), ew(toSheet(perturbations[name](base))));
      if (added.length || lost.length) changed.push(`${s.file.split("/").pop()}|${s.sheet}: +${added} -${lost}`);
    }
    expect(changed).toEqual([]);
  });
});

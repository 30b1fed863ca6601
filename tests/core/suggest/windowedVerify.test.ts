/**
 * Speed work must not change findings (issue 16). Verifying suggestions on the rows of each proposal's form
 * (src/core/suggest/verify.ts `windowFor`, used on sheets of several forms) must keep exactly the suggestions,
 * fixes and findings that verifying on the whole sheet keeps — on every fixture workbook (real tables, real2,
 * the blind corpus, the samples) and on sheets of stacked copies, where windows are used for every form.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { readWorkbookSheets } from "../../../src/cli/readWorkbookSnapshots";
import { checkSheet } from "../../../src/core/check";
import { readSheet } from "../../../src/core/read/readSheet";
import type { CellRange, CellValue, SheetSnapshot } from "../../../src/core/snapshot";
import { verifySuggestions } from "../../../src/core/suggest/verify";

jest.setTimeout(300_000);

const ROOT = path.join(__dirname, "..", "..", "..");

function xlsxUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return xlsxUnder(p);
    return f.endsWith(".xlsx") ? [p] : [];
  });
}

const fixtures = [...xlsxUnder(path.join(ROOT, "tests", "fixtures")), ...xlsxUnder(path.join(ROOT, "assets", "samples"))];

/** Suggestions verified both ways, on one sheet: [windowed, whole sheet] and how many forms it has. */
function bothWays(snapshot: SheetSnapshot) {
  const unverified = checkSheet(snapshot, { verifySuggestions: false });
  if (!unverified.recognized) return null;
  const forms = readSheet(snapshot).forms;
  const recheck = (s: SheetSnapshot) => checkSheet(s, { verifySuggestions: false });
  const input = { snapshot, findings: unverified.findings, forms, recheck };
  return {
    forms: forms.length,
    windowed: verifySuggestions(input),
    whole: verifySuggestions({ ...input, wholeSheet: true }),
    // What checkSheet itself reports is the windowed result.
    check: checkSheet(snapshot).findings,
  };
}

/** `copies` copies of a sheet stacked with a blank row between them (sheet coordinates kept). */
function stacked(s: SheetSnapshot, copies: number): SheetSnapshot {
  const height = s.values.length + 1;
  const values: CellValue[][] = [];
  const merges: CellRange[] = [];
  const texts: (string | null)[][] = [];
  for (let k = 0; k < copies; k++) {
    for (let r = 0; r < s.values.length; r++) {
      values.push(s.values[r]);
      texts.push(s.texts?.[r] ?? []);
    }
    values.push([]);
    texts.push([]);
    for (const m of s.merges) merges.push({ ...m, top: m.top + k * height, bottom: m.bottom + k * height });
  }
  return { name: s.name, origin: s.origin, values, merges, ...(s.texts ? { texts } : {}) };
}

describe("suggestions verified on a form's rows = verified on the whole sheet", () => {
  it.each(fixtures.map((f) => [path.relative(ROOT, f), f]))("%s", async (_name, file) => {
    const sheets = await readWorkbookSheets(file);
    for (const sheet of sheets) {
      if (sheet.tooBig) continue;
      const r = bothWays(sheet.snapshot);
      if (!r) continue;
      expect(r.windowed).toEqual(r.whole);
      expect(r.check).toEqual(r.windowed);
    }
  });

  it("on stacked copies of the sample tables (every form verified in its window)", async () => {
    let windowedForms = 0;
    for (const sample of ["shenmu-2021.xlsx", "wuhai-2021.xlsx"]) {
      const sheets = await readWorkbookSheets(path.join(ROOT, "assets", "samples", sample));
      for (const sheet of sheets.slice(0, 3)) {
        const r = bothWays(stacked(sheet.snapshot, 4));
        if (!r) continue;
        if (r.forms > 1) windowedForms += r.forms;
        expect(r.windowed).toEqual(r.whole);
        // checkSheet's own re-checks (unsorted, taken form by form, forms read one at a time) give the same.
        expect(r.check).toEqual(r.windowed);
      }
    }
    expect(windowedForms).toBeGreaterThan(8);
  });
});

describe("a sheet of many stacked forms: verification stays a few re-checks of the sheet", () => {
  it("on 12 stacked copies: the same result as the whole sheet, in at most three re-checks of the sheet", async () => {
    for (const sample of ["shenmu-2021.xlsx", "wuhai-2021.xlsx"]) {
      const [sheet] = await readWorkbookSheets(path.join(ROOT, "assets", "samples", sample));
      const snapshot = stacked(sheet.snapshot, 12);
      const unverified = checkSheet(snapshot, { verifySuggestions: false });
      const forms = readSheet(snapshot).forms;
      expect(forms.length).toBe(12);
      const sizes: number[] = [];
      const recheck = (s: SheetSnapshot) => {
        sizes.push(s.values.length);
        return checkSheet(s, { verifySuggestions: false });
      };
      const input = { snapshot, findings: unverified.findings, forms, recheck };
      const windowed = verifySuggestions(input);
      const rechecks = sizes.length;
      expect(windowed).toEqual(verifySuggestions({ ...input, wholeSheet: true }));
      expect(checkSheet(snapshot).findings).toEqual(windowed);
      // Every re-check is of the whole sheet, at most three (the batch, its second round, one side-by-side round):
      // verified form by form it took two re-checks per form left by the batch (26 here). The side-by-side rounds
      // themselves are tested on a made-up sheet in formRounds.test.ts.
      expect(rechecks).toBeLessThanOrEqual(3);
      expect(sizes.slice(0, rechecks).every((n) => n === snapshot.values.length)).toBe(true);
      expect(windowed.filter((d) => d.suggestion !== undefined).length).toBeGreaterThan(12);
    }
  });
});

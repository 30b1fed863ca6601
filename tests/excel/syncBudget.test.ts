/**
 * The sync budget of one check (read + paint) on every sheet of both sample workbooks:
 * at most 2 context.sync calls. Measured with hand-made findings (the core engine may still be a
 * placeholder) and with the core's checkSheet (meaningful once the engine lands).
 */
import { checkSheet } from "../../src/core/check";
import type { Diagnostic } from "../../src/core/diagnostics";
import { runCheck } from "../../src/excel/runCheck";
import { snapshotFakeWorkbook, type FakeSheet, type FakeWorkbook } from "../../src/fakeExcel/fakeExcel";
import { handFindings, hostFor, loadSample, type SampleName } from "./helpers";

function lastCellOf(sheet: FakeSheet): string {
  const b = sheet.usedBox(true)!;
  return `${String.fromCharCode(65 + b.right - 1)}${b.bottom + 1}`;
}

/** Syncs used by one readAndPaint on each sheet of `fake`. */
async function measure(fake: FakeWorkbook, findingsFor: (sheet: FakeSheet) => Diagnostic[]): Promise<Record<string, number>> {
  const host = hostFor(fake);
  const counts: Record<string, number> = {};
  for (const sheet of fake.sheets) {
    fake.activate(sheet.name);
    const before = fake.syncCount;
    const r = await host.readAndPaint(() => ({ value: null, findings: findingsFor(sheet) }));
    if (!r.ok || !r.value.paint.ok) throw new Error(`check failed on ${sheet.name}`);
    counts[sheet.name] = fake.syncCount - before;
  }
  return counts;
}

const SAMPLE_NAMES: SampleName[] = ["shenmu", "wuhai"];

describe("src/excel (sync budget of a check)", () => {
  describe("readAndPaint", () => {
    it.each(SAMPLE_NAMES)("uses 2 syncs on every %s sheet with hand-made findings", async (name) => {
      const fake = await loadSample(name);
      const counts = await measure(fake, (sheet) => handFindings(lastCellOf(sheet)));
      expect(Object.values(counts)).toEqual([2, 2, 2, 2, 2, 2]);
      expect(fake.discardedOps).toBe(0);
    });

    it.each(SAMPLE_NAMES)("uses 2 syncs on every %s sheet when checking again (old marks replaced)", async (name) => {
      const fake = await loadSample(name);
      await measure(fake, (sheet) => handFindings(lastCellOf(sheet)));
      const again = await measure(fake, (sheet) => handFindings(lastCellOf(sheet)).slice(0, 2));
      for (const n of Object.values(again)) expect(n).toBeLessThanOrEqual(2);
      expect(Object.values(again)).toEqual([2, 2, 2, 2, 2, 2]);
      // The old marks are gone: each sheet carries exactly the marks of the second check.
      for (const sheet of fake.sheets)
        expect(sheet.conditionalFormats).toHaveLength(
          new Set(
            handFindings(lastCellOf(sheet))
              .slice(0, 2)
              .map((f) => f.cell),
          ).size,
        );
    });

    it.each(SAMPLE_NAMES)("uses at most 2 syncs on every %s sheet without ExcelApi 1.13/1.18", async (name) => {
      const fake = await loadSample(name);
      fake.apiVersion = "1.7";
      const counts = await measure(fake, (sheet) => handFindings(lastCellOf(sheet)));
      for (const n of Object.values(counts)) expect(n).toBeLessThanOrEqual(2);
      expect(Object.values(counts)).toEqual([2, 2, 2, 2, 2, 2]);
    });

    it("uses one sync more on a sheet that already holds a note of the user's own (ExcelApi 1.18)", async () => {
      const fake = await loadSample("shenmu");
      fake.activeSheet!.addNote("A2", "用户批注");
      const counts = await measure(fake, (sheet) => handFindings(lastCellOf(sheet)));
      expect(Object.values(counts)).toEqual([3, 2, 2, 2, 2, 2]);
    });

    it("uses a single sync when there is nothing to paint and nothing to remove", async () => {
      const fake = await loadSample("wuhai");
      const counts = await measure(fake, () => []);
      expect(Object.values(counts)).toEqual([1, 1, 1, 1, 1, 1]);
    });
  });

  describe("runCheck", () => {
    it.each(SAMPLE_NAMES)(
      "with the core's checkSheet: at most 2 syncs on every %s sheet, and clear restores the workbook",
      async (name) => {
        const fake = await loadSample(name);
        const pristine = snapshotFakeWorkbook(fake);
        const host = hostFor(fake);
        for (const sheet of fake.sheets) {
          fake.activate(sheet.name);
          const before = fake.syncCount;
          const outcome = await runCheck(host, { check: checkSheet });
          expect(outcome.errors).toEqual([]);
          expect(outcome.result?.name).toBe(sheet.name);
          expect(outcome.marked).toBe(new Set(outcome.result!.findings.map((f) => f.cell)).size);
          expect(fake.syncCount - before).toBeLessThanOrEqual(2);
          expect(fake.syncCount - before).toBe(2); // every sample sheet has findings: one read, one paint
        }
        const cleared = await host.clearMarks();
        expect(cleared.ok).toBe(true);
        expect(snapshotFakeWorkbook(fake)).toEqual(pristine);
      },
    );
  });
});

describe("scripts/benchSyncs.ts (the bench's sync counts)", () => {
  it("measures ≤ 2 syncs per check and 1 + 2 per sheet for 检查全部工作表 on both samples", async () => {
    const { measureSyncCounts, formatSyncCounts } = await import("../../scripts/benchSyncs");
    const results = await measureSyncCounts();
    expect(results.map((r) => r.workbook)).toEqual(["shenmu-2021.xlsx", "wuhai-2021.xlsx"]);
    for (const r of results) {
      expect(Math.max(...r.checkFirst, ...r.recheck)).toBeLessThanOrEqual(2);
      expect(r.checkAll).toBeLessThanOrEqual(1 + 2 * r.sheets);
      expect(r.checkAllAgain).toBeLessThanOrEqual(1 + 2 * r.sheets);
      expect(r.clearAll).toBe(3);
    }
    expect(formatSyncCounts(results)).toHaveLength(6);
  });
});

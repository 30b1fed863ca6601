/** Shared by the report tests: the two sample workbooks checked with --across, as report data. */
import type { CheckRun } from "../../src/cli/checkFiles";
import { runChecks, toJsonReport } from "../../src/cli/checkFiles";
import { addAcrossFindings } from "../../src/cli/report/across";
import { type ReportData, buildReportData } from "../../src/cli/report/reportData";
import { SHENMU, WUHAI } from "./helpers";

export const FIXED_TIME = new Date(2026, 11, 2, 10, 15, 3);

let cached: Promise<{ run: CheckRun; data: ReportData }> | null = null;

/** The samples checked once per test file (with cross-project checks over both). */
export function sampleReport(): Promise<{ run: CheckRun; data: ReportData }> {
  cached ??= (async () => {
    const run = await runChecks([SHENMU, WUHAI]);
    await addAcrossFindings(run, "all");
    const data = buildReportData(run, {
      version: "9.9.9",
      generatedAt: FIXED_TIME,
      framework: "auto",
      across: "all",
      paths: [SHENMU, WUHAI],
    });
    return { run, data };
  })();
  return cached;
}

/** Findings per "file|sheet" from the JSON report (an independent path to the same numbers). */
export function jsonCounts(run: CheckRun): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of toJsonReport(run).files) for (const s of f.sheets) m.set(`${f.file}|${s.name}`, s.findings.length);
  return m;
}

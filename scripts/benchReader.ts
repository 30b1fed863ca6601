/**
 * Reader scaling, one size per process (run by scripts/bench.ts with a time limit):
 *   node --require tsx/cjs scripts/benchReader.ts <rows> [--passes N]
 * Builds one sheet of about <rows> rows by stacking copies of the first 神木 sample table (34 rows, one
 * 项目名称 label each) — the worst case named in issue 8 (time quadratic in the number of 项目名称 labels) —
 * then times checkSheet on it. Prints one JSON line: { rows, forms, ms, cpuMs, findings, rssMb } (cpuMs: the
 * process's CPU time during the check, GC and JIT threads included — steadier than wall time on a shared machine).
 * With `--passes N` (a profile, not the bench's figure: it warms the engine first) it prints before that, per pass,
 * what one reading of the sheet without verification costs: building the grid, finding the forms (planSheet), reading
 * them, and the rules with the summaries (a check without verification less the three).
 * With `--sparse` the sheet is given as the command line reads a workbook (`cells`, one entry per non-empty cell)
 * instead of a grid of values (the add-in's form, and the bench's figure).
 * With `--dist` the engine timed is the compiled one of dist/node (`npm run build:cli`, what the command line ships;
 * the bench's figure from the seventeenth session on) instead of the sources as tsx transforms them on load — tsx
 * turns every import into a getter call, which no shipped build has (8–12 % of the time at 100k rows).
 */
import path from "node:path";
import { performance } from "node:perf_hooks";
import { readWorkbookSnapshots } from "../src/cli/readWorkbookSnapshots";
import type * as CheckModule from "../src/core/check";
import type * as ReadSheetModule from "../src/core/read/readSheet";
import type * as SheetGridModule from "../src/core/read/sheetGrid";
import type { CellRange, CellValue, SheetSnapshot, SparseCell } from "../src/core/snapshot";

/** The engine's modules: compiled (dist/node, `--dist`) or the sources (only the ones timed are loaded). */
function engine(): {
  checkSheet: typeof CheckModule.checkSheet;
  planSheet: typeof ReadSheetModule.planSheet;
  SheetGrid: typeof SheetGridModule.SheetGrid;
} {
  const [root, ext] = process.argv.includes("--dist")
    ? [path.join(__dirname, "..", "dist", "node", "core"), ".js"]
    : [path.join(__dirname, "..", "src", "core"), ".ts"];
  /* eslint-disable @typescript-eslint/no-require-imports */
  return {
    checkSheet: (require(path.join(root, `check${ext}`)) as typeof CheckModule).checkSheet,
    planSheet: (require(path.join(root, "read", `readSheet${ext}`)) as typeof ReadSheetModule).planSheet,
    SheetGrid: (require(path.join(root, "read", `sheetGrid${ext}`)) as typeof SheetGridModule).SheetGrid,
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
}

async function main(): Promise<void> {
  const { checkSheet, planSheet, SheetGrid } = engine();
  const rows = Number(process.argv[2] ?? 10_000);
  const [sample] = await readWorkbookSnapshots(path.join(__dirname, "..", "assets", "samples", "shenmu-2021.xlsx"));
  const height = sample.values.length + 1; // one blank row between tables
  const copies = Math.max(1, Math.floor(rows / height));
  const values: CellValue[][] = [];
  const merges: CellRange[] = [];
  for (let k = 0; k < copies; k++) {
    const dy = k * height;
    for (const r of sample.values) values.push(r);
    values.push([]);
    for (const m of sample.merges) merges.push({ top: m.top + dy, bottom: m.bottom + dy, left: m.left, right: m.right });
  }
  const dense: SheetSnapshot = { name: "stacked", origin: sample.origin, values, merges };
  const snapshot: SheetSnapshot = process.argv.includes("--sparse") ? sparse(dense) : dense;
  const passes = process.argv.includes("--passes") ? Number(process.argv[process.argv.indexOf("--passes") + 1] ?? 3) : 0;
  for (let pass = 0; pass < passes; pass++) {
    const at = performance.now();
    const grid = new SheetGrid(snapshot);
    const gridMs = performance.now() - at;
    const plan = planSheet(snapshot, grid);
    const planMs = performance.now() - at - gridMs;
    for (const f of plan.forms) f.read();
    const readMs = performance.now() - at - gridMs - planMs;
    const before = performance.now();
    checkSheet(snapshot, { verifySuggestions: false });
    const checkMs = performance.now() - before;
    const round = (n: number) => Math.round(n);
    process.stdout.write(
      `${JSON.stringify({ pass, gridMs: round(gridMs), planMs: round(planMs), readMs: round(readMs), rulesMs: round(checkMs - gridMs - planMs - readMs), checkMs: round(checkMs), perFormMs: Number((checkMs / plan.forms.length).toFixed(3)) })}\n`,
    );
  }
  const t = performance.now();
  const cpu = process.cpuUsage();
  const result = checkSheet(snapshot);
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  process.stdout.write(
    `${JSON.stringify({ rows: values.length, forms: result.forms.length, ms: Math.round(ms), cpuMs: Math.round((used.user + used.system) / 1000), findings: result.findings.length, rssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`,
  );
}

/** The sheet as one entry per non-empty cell, in reading order. */
function sparse(s: SheetSnapshot): SheetSnapshot {
  const cells: SparseCell[] = [];
  s.values.forEach((r, i) =>
    r.forEach((value, j) => {
      if (value !== null && value !== undefined) cells.push({ row: s.origin.row + i, col: s.origin.col + j, value });
    }),
  );
  return { name: s.name, origin: { row: 0, col: 0 }, values: [], merges: s.merges, cells };
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});

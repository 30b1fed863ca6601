/**
 * Bundle sizes and the task pane's time to first render, for benchmarks.
 *
 *   npm run measure:pane                 (= tsx tests/browser/measurePane.ts [--runs 5])
 *
 * From code:
 *   import { measurePane, formatPaneMeasurement } from "../tests/browser/measurePane";
 *   const m = await measurePane({ runs: 5 });
 *   console.log(formatPaneMeasurement(m));
 *
 * Builds the production bundles (reusing an up-to-date build in .tmp/browser-dist), serves them
 * on a free localhost port, and loads each page `runs` times in the system Chromium:
 * - taskpane.html with Office.js stubbed (Office.onReady resolves at once), i.e. the real
 *   production pane bundle: parse + execute + first React commit;
 * - demo.html (the playground): the pane's first commit, and when the sample workbook
 *   (exceljs, loaded lazily) is ready.
 * Times are ms since navigation start (performance mark "jxcheck:pane-first-render").
 * Nothing is requested from outside localhost (the Office.js URL is answered by the stub).
 */
import { readFileSync, readdirSync, statSync } from "fs";
import path from "path";
import { brotliCompressSync, gzipSync } from "zlib";
import { PANE_RENDERED_MARK } from "../../src/taskpane/perfMarks";
import { OFFICE_JS_URL, OFFICE_STUB, browserAvailability, buildForBrowserTests, launchBrowser, serveDist } from "./support";

export interface BundleSize {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

export interface PageBundles {
  page: string;
  /** Scripts the page loads up front. */
  initial: BundleSize[];
  /** Chunks loaded later (the playground's exceljs workbook chunk). */
  lazy: BundleSize[];
  initialRaw: number;
  initialGzip: number;
}

export interface Timing {
  /** Median over the runs. */
  median: number;
  min: number;
  max: number;
  runs: number[];
}

export interface PaneMeasurement {
  outDir: string;
  pages: PageBundles[];
  /** taskpane.html (Office.js stubbed): first render of the pane, ms since navigation start. */
  taskpaneFirstRenderMs: Timing;
  /** demo.html: first render of the pane. */
  demoPaneFirstRenderMs: Timing;
  /** demo.html: sample workbook parsed and shown. */
  demoWorkbookLoadedMs: Timing;
  /** Requests that tried to leave localhost (always empty unless something regressed). */
  externalRequests: string[];
}

export interface MeasureOptions {
  runs?: number;
  /** Use an existing build directory instead of building. */
  outDir?: string;
}

function sizeOf(dir: string, file: string): BundleSize {
  const buf = readFileSync(path.join(dir, file));
  return { file, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length, brotli: brotliCompressSync(buf).length };
}

/** Bundle sizes of each HTML page in `dir` (scripts referenced by the page vs. other chunks). */
export function bundleSizes(dir: string): PageBundles[] {
  const scripts = readdirSync(dir).filter((f) => f.endsWith(".js") && statSync(path.join(dir, f)).isFile());
  const pages = readdirSync(dir).filter((f) => f.endsWith(".html"));
  const referenced = new Set<string>();
  const result: PageBundles[] = pages.sort().map((page) => {
    const html = readFileSync(path.join(dir, page), "utf8");
    const initial = scripts.filter((s) => html.includes(`src="${s}"`)).map((s) => sizeOf(dir, s));
    initial.forEach((b) => referenced.add(b.file));
    return { page, initial, lazy: [], initialRaw: sum(initial, "raw"), initialGzip: sum(initial, "gzip") };
  });
  const lazy = scripts.filter((s) => !referenced.has(s)).map((s) => sizeOf(dir, s));
  const demo = result.find((p) => p.page === "demo.html");
  if (demo) demo.lazy = lazy;
  return result;
}

function sum(list: BundleSize[], key: "raw" | "gzip"): number {
  return list.reduce((n, b) => n + b[key], 0);
}

function timing(runs: number[]): Timing {
  const sorted = [...runs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs };
}

export async function measurePane(options: MeasureOptions = {}): Promise<PaneMeasurement> {
  const availability = browserAvailability();
  if (!availability.run) throw new Error(availability.reason);
  const runs = Math.max(1, options.runs ?? 5);
  const outDir = options.outDir ?? (await buildForBrowserTests());
  const server = await serveDist(outDir);
  const session = await launchBrowser({ stubs: { [OFFICE_JS_URL]: OFFICE_STUB } });
  const taskpane: number[] = [];
  const demoPane: number[] = [];
  const demoWorkbook: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await session.context.newPage();
      await page.goto(`${server.url}/taskpane.html`);
      taskpane.push(
        await page.evaluate(async (mark) => {
          for (;;) {
            const e = performance.getEntriesByName(mark)[0];
            if (e) return e.startTime;
            await new Promise((r) => setTimeout(r, 10));
          }
        }, PANE_RENDERED_MARK),
      );
      await page.goto(`${server.url}/demo.html`);
      await page.waitForSelector("[data-testid=playground][data-ready=true]", { timeout: 60_000 });
      const t = await page.evaluate(() => {
        const pg = (window as unknown as { __playground: { paneFirstRenderMs?: number; workbookLoadedMs?: number } })
          .__playground;
        return { pane: pg.paneFirstRenderMs ?? NaN, workbook: pg.workbookLoadedMs ?? NaN };
      });
      demoPane.push(t.pane);
      demoWorkbook.push(t.workbook);
      await page.close();
    }
  } finally {
    await session.close();
    await server.close();
  }
  return {
    outDir,
    pages: bundleSizes(outDir),
    taskpaneFirstRenderMs: timing(taskpane),
    demoPaneFirstRenderMs: timing(demoPane),
    demoWorkbookLoadedMs: timing(demoWorkbook),
    externalRequests: [...session.external],
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (t: Timing) => `${t.median.toFixed(0)} ms (min ${t.min.toFixed(0)}, max ${t.max.toFixed(0)}, n=${t.runs.length})`;

export function formatPaneMeasurement(m: PaneMeasurement): string {
  const lines: string[] = [];
  lines.push("Bundles (production, minified):");
  for (const p of m.pages) {
    lines.push(`  ${p.page}: ${kb(p.initialRaw)} raw, ${kb(p.initialGzip)} gzip`);
    for (const b of p.initial) lines.push(`    ${b.file}  ${kb(b.raw)} raw  ${kb(b.gzip)} gzip  ${kb(b.brotli)} br`);
    for (const b of p.lazy) lines.push(`    (lazy) ${b.file}  ${kb(b.raw)} raw  ${kb(b.gzip)} gzip  ${kb(b.brotli)} br`);
  }
  lines.push("Time to first render (since navigation start, localhost, headless Chromium):");
  lines.push(`  taskpane.html (Office.js stubbed): ${ms(m.taskpaneFirstRenderMs)}`);
  lines.push(`  demo.html pane:                    ${ms(m.demoPaneFirstRenderMs)}`);
  lines.push(`  demo.html workbook shown:          ${ms(m.demoWorkbookLoadedMs)}`);
  if (m.externalRequests.length) lines.push(`  !! requests outside localhost: ${m.externalRequests.join(", ")}`);
  return lines.join("\n");
}

if (require.main === module) {
  const i = process.argv.indexOf("--runs");
  const runs = i >= 0 ? Number(process.argv[i + 1]) : 5;
  measurePane({ runs })
    .then((m) => console.log(formatPaneMeasurement(m)))
    .catch((e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    });
}

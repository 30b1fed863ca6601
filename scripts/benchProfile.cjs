/**
 * Where the CLI's time goes on one workbook, phase by phase, in a fresh process running the compiled CLI
 * (dist/node's bundle with its code cache, as bin/jxcheck.js does). Run by `npm run bench -- --profile` (scripts/bench.ts), or alone:
 *   node scripts/benchProfile.cjs <file.xlsx> [fast|exceljs]
 * The phases are the CLI's own steps called one after the other (the same functions `jxcheck check --format json`
 * calls), each timed with performance.now():
 *   fast:    start-up (node, before this script) · module load (CLI, then the engine) · file read + zip checks ·
 *            unzip · bounds scan · XML scan + snapshot building · number-format rendering · reading forms · rules · verifying
 *            suggestions · JSON report
 *   exceljs: the reader the CLI used before, for comparison: exceljs module load · exceljs load (unzip + parse into
 *            its object model) · snapshot building (incl. number formats)
 * Each phase has its wall time (ms) and this process's CPU time (cpuMs, user + system): on a shared machine the CPU
 * time is the steadier figure. Prints one JSON line { reader, phases: [{ name, ms, cpuMs }], totalMs, totalCpuMs,
 * sheets, forms, findings }.
 */
"use strict";
const path = require("path");
const { performance } = require("perf_hooks");

const DIST = path.join(__dirname, "..", "dist", "node");
const BUNDLE = path.join(DIST, "jxcheck.bundle.js");
const fs = require("fs");

/**
 * The compiled modules as bin/jxcheck.js loads them: from the bundle with its code cache (scripts/bundleCli.cjs),
 * or the separate files of dist/node when there is no bundle. `mod("cli/cli.js")`.
 */
let bundleLoad;
function mod(id) {
  if (bundleLoad === undefined) {
    bundleLoad = null;
    if (fs.existsSync(BUNDLE)) {
      const vm = require("vm");
      const cache = path.join(DIST, "jxcheck.bundle.cache");
      const cachedData = fs.existsSync(cache) ? fs.readFileSync(cache) : undefined;
      const script = new vm.Script(fs.readFileSync(BUNDLE, "utf8"), { filename: BUNDLE, cachedData });
      bundleLoad = script.runInThisContext()(require, BUNDLE);
    }
  }
  return bundleLoad ? bundleLoad(id) : require(path.join(DIST, ...id.split("/")));
}
const file = process.argv[2];
const reader = process.argv[3] === "exceljs" ? "exceljs" : "fast";
const phases = [];
let cpuMark = { user: 0, system: 0 }; // the first phase (node start-up) counts from process start
/** Records a phase that took `ms` of wall time; its CPU time is what this process used since the previous phase. */
const phase = (name, ms) => {
  const used = process.cpuUsage(cpuMark);
  cpuMark = process.cpuUsage();
  phases.push({ name, ms: Math.round(ms), cpuMs: Math.round((used.user + used.system) / 1000) });
};

async function main() {
  // Node's own start-up, until this script runs (process start → now).
  phase("start-up (node)", performance.now());
  let t = performance.now();
  mod("cli/cli.js");
  phase("module load: CLI", performance.now() - t);

  let sheets;
  if (reader === "fast") {
    t = performance.now();
    const { openWorkbookBuffer } = mod("cli/safeOpen.js");
    const { readXlsxSheets } = mod("cli/xlsx/readXlsx.js");
    const buf = await openWorkbookBuffer(file);
    phase("file read + zip checks", performance.now() - t);
    const timing = { unzipMs: 0, numFmtMs: 0, numFmtCells: 0 };
    // The bounds scan on each sheet's XML before it is read, as readWorkbookSheets does it.
    const { boundSheetXml, DEFAULT_SHEET_CAPS } = mod("core/xlsxBounds.js");
    let boundsMs = 0;
    const bound = (_name, xml) => {
      const b0 = performance.now();
      const b = boundSheetXml(xml, DEFAULT_SHEET_CAPS);
      boundsMs += performance.now() - b0;
      return b.xml;
    };
    t = performance.now();
    sheets = readXlsxSheets(buf, undefined, timing, bound);
    const pass = performance.now() - t;
    // One pass, three parts: its CPU time is shared out in proportion to their wall times.
    const used = process.cpuUsage(cpuMark);
    cpuMark = process.cpuUsage();
    const cpu = (used.user + used.system) / 1000;
    const share = (ms) => Math.round((cpu * ms) / Math.max(1, pass));
    const scan = pass - timing.unzipMs - timing.numFmtMs - boundsMs;
    phases.push({ name: "unzip", ms: Math.round(timing.unzipMs), cpuMs: share(timing.unzipMs) });
    phases.push({ name: "bounds scan", ms: Math.round(boundsMs), cpuMs: share(boundsMs) });
    phases.push({ name: "XML scan + snapshot building", ms: Math.round(scan), cpuMs: share(scan) });
    phases.push({
      name: `number-format rendering (${timing.numFmtCells} cells)`,
      ms: Math.round(timing.numFmtMs),
      cpuMs: share(timing.numFmtMs),
    });
  } else {
    t = performance.now();
    require("exceljs");
    phase("module load: exceljs", performance.now() - t);
    const rws = mod("cli/readWorkbookSnapshots.js");
    t = performance.now();
    const wb = await rws.loadWorkbook(file);
    phase("exceljs load (unzip + parse)", performance.now() - t);
    t = performance.now();
    sheets = wb.worksheets.map((ws) => rws.worksheetToSheet(ws));
    phase("snapshot building (incl. number formats)", performance.now() - t);
  }

  t = performance.now();
  const { rulesFor } = mod("core/check.js");
  const { readSheet } = mod("core/read/readSheet.js");
  const { chooseFramework } = mod("core/frameworks/classifyIndicator.js");
  const { buildFormFacts } = mod("core/rules/support/formFacts.js");
  const { runRules } = mod("core/rules/support/runRules.js");
  const { formKind } = mod("core/kinds/index.js");
  const { checkSheet } = mod("core/check.js");
  const { toJsonReport } = mod("cli/checkFiles.js");
  phase("module load: engine", performance.now() - t);

  t = performance.now();
  const readings = sheets.map((s) => readSheet(s.snapshot));
  phase("reading forms", performance.now() - t);

  t = performance.now();
  let forms = 0;
  let findings = 0;
  readings.forEach((reading, i) => {
    reading.forms.forEach((form, index) => {
      const framework = chooseFramework(form, "auto");
      const facts = buildFormFacts(form, framework, sheets[i].snapshot.name);
      findings += runRules(rulesFor(formKind(form.layout)), facts, index).length;
      forms++;
    });
  });
  phase("rules", performance.now() - t);

  // Suggestions verified as checkSheet does it (each written into a copy of the sheet and re-checked; src/core/suggest):
  // the findings before verification are computed untimed, then only the verification is timed.
  const { verifySuggestions } = mod("core/suggest/verify.js");
  const unverified = sheets.map((s) => checkSheet(s.snapshot, { framework: "auto", verifySuggestions: false }));
  cpuMark = process.cpuUsage();
  t = performance.now();
  sheets.forEach((s, i) => {
    if (!unverified[i].recognized) return;
    verifySuggestions({
      snapshot: s.snapshot,
      findings: unverified[i].findings,
      forms: readings[i].forms,
      recheck: (changed) => checkSheet(changed, { framework: "auto", verifySuggestions: false }),
    });
  });
  phase("verifying suggestions", performance.now() - t);

  // The report needs the engine's results as the CLI has them (warm now: not timed as engine work).
  const results = sheets.map((s) => checkSheet(s.snapshot, { framework: "auto" }));
  cpuMark = process.cpuUsage();
  t = performance.now();
  const json = JSON.stringify(toJsonReport({ files: [{ file, sheets: results }] }), null, 2);
  phase(`JSON report (${Math.round(json.length / 1024)} KB)`, performance.now() - t);

  const totalMs = phases.reduce((n, p) => n + p.ms, 0);
  const totalCpuMs = phases.reduce((n, p) => n + p.cpuMs, 0);
  process.stdout.write(`${JSON.stringify({ reader, phases, totalMs, totalCpuMs, sheets: sheets.length, forms, findings })}\n`);
}

main().catch((err) => {
  process.stderr.write(`${err && err.stack ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});

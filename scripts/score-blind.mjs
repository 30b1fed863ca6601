#!/usr/bin/env node
/**
 * score-blind.mjs — runs the checker on the blind corpus (tests/fixtures/real/blind/reading-*.json) and scores
 * each table against its reviewer's reading: required findings found at their cells, errors+warnings on the
 * corrected (clean) copies, kind right. Uses the same matching as scripts/score-reading.mjs (the project copy of the shared scorer) (a finding
 * counts when its category is one of the reading's kinds and its cell or a related cell is one of the cells).
 *
 *   node scripts/score-blind.mjs [--sealed | --all] [--json] [--set a,b,c]
 *
 * Default: the tables that are not sealed. --sealed: only the sealed ones (run them once, with the final
 * checker, and record the result in BLIND.md). Tables marked `duplicateOf` are skipped (counted once).
 * Runs the compiled CLI (bin/jxcheck.js) per workbook.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DIR = path.join(ROOT, "tests/fixtures/real/blind");
const args = process.argv.slice(2);
const mode = args.includes("--sealed") ? "sealed" : args.includes("--all") ? "all" : "open";
const asJson = args.includes("--json");
const setArg = args.indexOf("--set");
const sets = setArg >= 0 ? args[setArg + 1].split(",") : null;

const colNum = (s) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const parse = (a) => {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a.toUpperCase());
  return m ? [colNum(m[1]), +m[2]] : null;
};
function expand(cells) {
  const out = new Set();
  for (const c of cells) {
    if (c === "*") {
      out.add("*");
      continue;
    }
    const [a, b] = c.split(":");
    const p = parse(a);
    const q = b ? parse(b) : p;
    if (!p || !q) continue;
    for (let col = Math.min(p[0], q[0]); col <= Math.max(p[0], q[0]); col++)
      for (let row = Math.min(p[1], q[1]); row <= Math.max(p[1], q[1]); row++) out.add(col + ":" + row);
  }
  return out;
}
const cellsOf = (f) => {
  const s = new Set();
  for (const a of [f.cell, ...(f.related ?? [])])
    if (typeof a === "string") for (const x of expand([a.replace(/^.*!/, "")])) s.add(x);
  return s;
};

const rows = [];
for (const name of fs
  .readdirSync(DIR)
  .filter((f) => /^reading-[a-z]+\.json$/.test(f))
  .sort()) {
  const set = name.slice(8, -5);
  if (sets && !sets.includes(set)) continue;
  const reading = JSON.parse(fs.readFileSync(path.join(DIR, name), "utf8"));
  for (const [file, spec] of Object.entries(reading.files)) {
    if (spec.duplicateOf) continue;
    const sealed = spec.sealed === true;
    if ((mode === "open" && sealed) || (mode === "sealed" && !sealed)) continue;
    let report;
    try {
      const out = execFileSync(
        process.execPath,
        [path.join(ROOT, "bin/jxcheck.js"), "check", path.join(DIR, file), "--format", "json"],
        {
          encoding: "utf8",
          stdio: ["ignore", "pipe", "ignore"],
          maxBuffer: 64 << 20,
        },
      );
      report = JSON.parse(out).files[0];
    } catch (e) {
      const out = e.stdout ? String(e.stdout) : "";
      try {
        report = JSON.parse(out).files[0];
      } catch {
        report = { sheets: [], error: "no report" };
      }
    }
    let found = 0;
    let required = 0;
    let cleanFp = 0;
    let kindsRight = 0;
    let kinds = 0;
    const misses = [];
    for (const [sheet, s] of Object.entries(spec.sheets)) {
      const rs = report.sheets?.find((x) => x.name === sheet);
      const exp = s.findings ?? [];
      required += exp.length;
      if (s.kind) {
        kinds++;
        if (rs?.layout === s.kind) kindsRight++;
        else
          misses.push(
            `${sheet}: kind ${s.kind} reported ${rs?.layout ?? (rs?.recognized === false ? "not recognised" : "absent")}`,
          );
      }
      const findings = rs?.findings ?? [];
      if (s.clean) {
        const bad = findings.filter((f) => f.severity === "error" || f.severity === "warning");
        cleanFp += bad.length;
        for (const f of bad) misses.push(`${sheet}: clean but ${f.severity} ${f.rule} @${f.cell}: ${f.message}`);
      }
      for (const e of exp) {
        const want = expand(e.cells);
        const ok = [].concat(e.kind);
        const hit = findings.some((f) => ok.includes(f.category) && (want.has("*") || [...cellsOf(f)].some((c) => want.has(c))));
        if (hit) found++;
        else misses.push(`${sheet}: MISSED ${e.id} ${e.cells.join(",")} ${e.about ?? ""}`);
      }
    }
    rows.push({ set, order: spec.order, file, sealed, found, required, cleanFp, kindsRight, kinds, misses });
  }
}
rows.sort((a, b) => a.set.localeCompare(b.set) || a.order - b.order);
if (asJson) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  for (const r of rows) {
    console.log(
      `${r.set}${r.order} ${r.file}${r.sealed ? " (sealed)" : ""}: required ${r.found}/${r.required}, corrected-copy E+W ${r.cleanFp}, kind ${r.kindsRight}/${r.kinds}`,
    );
    for (const m of r.misses) console.log(`    ${m}`);
  }
  const t = rows.reduce(
    (a, r) => ({ f: a.f + r.found, q: a.q + r.required, c: a.c + r.cleanFp, k: a.k + r.kindsRight, n: a.n + r.kinds }),
    { f: 0, q: 0, c: 0, k: 0, n: 0 },
  );
  console.log(
    `TOTAL tables=${rows.length} required=${t.f}/${t.q} (${t.q ? Math.round((100 * t.f) / t.q) : 0}%) cleanFP=${t.c} kinds=${t.k}/${t.n}`,
  );
}

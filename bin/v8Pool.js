"use strict";
/**
 * Whether `jxcheck check` should run in a child node started with one V8 background thread (`--v8-pool-size=1`).
 *
 * Node gives V8 four background threads whatever the machine (https://nodejs.org/api/cli.html#--v8-pool-sizenum). On
 * two cores the optimising compiler's jobs on those threads then take the main thread's core too: measured on 2 cores
 * (farm-bench, pairs in turn), a process started with --v8-pool-size=1 checks the 1,000-table bench workbook ≈12 %
 * faster and a folder of 48 small workbooks with --jobs 1 ≈17 % faster; with two checkers (worker threads) it changes
 * nothing. No V8 flag set at run time did the same (a single compile queue, one marking worker, no parallel scavenge,
 * a single-threaded GC: all within the noise), and the option is read only when node starts — so such a run is handed to
 * a child node started with it, at the cost of one node start-up more. Measured with that cost: 100 tables (230 KB)
 * 9 %, 450 tables (1 MB) 11 %, 1,000 tables (2.2 MB) 7 % faster; one 23 KB workbook 36 % slower — smaller inputs stay
 * in this process (MIN_BYTES). A worker process is given the option when it starts (src/cli/workerPool.ts): 2,000
 * tables (4.4 MB, checked in one) 7 % faster. Numbers: docs/performance-history.md, session 20.
 *
 * Only when this process would check the workbooks itself (no workers: one file, or fewer than four, or a small folder,
 * or --jobs 1; none of 4 MB or more, which a worker process checks), on at most two cores. JXCHECK_V8_POOL=0 turns it
 * off, =1 asks for it whatever the machine and input.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");

/** Below this many bytes of workbooks the extra node start-up costs more than it saves. */
const MIN_BYTES = 256 * 1024;
/**
 * PARALLEL_MIN_BYTES, MIN_FILES_FOR_WORKERS and LARGE_FILE_BYTES of src/cli/checkFiles.ts (tests/cli/v8Pool.test.ts
 * compares): from here the run has workers of its own (a large file always goes to a worker process, which gets the
 * option from src/cli/workerPool.ts).
 */
const PARALLEL_MIN_BYTES = 512 * 1024;
const MIN_FILES_FOR_WORKERS = 4;
const LARGE_FILE_BYTES = 4 * 1024 * 1024;
/** Options of `check` that take a value (tests/cli/v8Pool.test.ts compares with the command's own). */
const VALUE_OPTIONS = ["--format", "--out", "--across-scope", "--framework", "--severity", "--jobs"];
/** Node options after which this process is left as it is (see `wantsOneBackgroundThread`). */
const USER_OPTIONS = /^--(v8-pool-size|inspect|debug|prof|cpu-prof|heap-prof)/;
/** A folder is not walked past this many entries (the decision then stays in this process). */
const MAX_ENTRIES = 20000;

function add(tally, size) {
  tally.bytes += size;
  tally.files++;
  tally.largest = Math.max(tally.largest, size);
}

/**
 * Adds the .xlsx files a path names to `tally` (a folder: recursively, as the CLI finds them); false when a folder holds
 * too many entries to look through here.
 */
function workbooksOf(p, tally) {
  let st;
  try {
    st = fs.statSync(p);
  } catch {
    return true; // a missing path: the CLI reports it
  }
  if (st.isFile()) {
    add(tally, st.size);
    return true;
  }
  if (!st.isDirectory()) return true;
  let entries;
  try {
    entries = fs.readdirSync(p, { withFileTypes: true });
  } catch {
    return true;
  }
  for (const e of entries) {
    if (++tally.entries > MAX_ENTRIES) return false;
    const child = path.join(p, e.name);
    if (e.isDirectory()) {
      if (!workbooksOf(child, tally)) return false;
    } else if (/\.xlsx$/i.test(e.name) && !e.name.startsWith("~$")) {
      try {
        add(tally, fs.statSync(child).size);
      } catch {
        // unreadable: the CLI reports it
      }
    }
  }
  return true;
}

/**
 * The inputs and --jobs of a `check` command line (`args` after `node jxcheck`), or null for another command. An
 * option's value is never taken for an input (VALUE_OPTIONS); after "--" everything is an input. Also bin/jxcheck.js's
 * reading of --jobs for the thread it starts early.
 */
function readCheckArgs(args) {
  if (args[0] !== "check") return null;
  let jobs;
  const paths = [];
  for (let i = 1; i < args.length; i++) {
    const a = args[i];
    if (a === "--") {
      paths.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith("-")) {
      const eq = a.indexOf("=");
      const name = eq < 0 ? a : a.slice(0, eq);
      const value = eq < 0 && VALUE_OPTIONS.includes(name) ? args[++i] : a.slice(eq + 1);
      if (name === "--jobs") jobs = Number(value);
      continue;
    }
    paths.push(a);
  }
  return { jobs, paths };
}

/**
 * True when `args` (after `node jxcheck`) are a `check` this process would run alone on enough workbooks, on a machine
 * of `cores` cores, node started without a pool size, debugger or profiler of the user's (`execArgv`, NODE_OPTIONS).
 * `env.JXCHECK_V8_POOL` "0"/"1" decides instead.
 */
function wantsOneBackgroundThread(args, cores = os.availableParallelism(), env = process.env, execArgv = process.execArgv) {
  if (env.JXCHECK_V8_POOL === "0") return false;
  const check = readCheckArgs(args);
  if (!check) return false;
  // A pool size the user chose (node --v8-pool-size=N, or in NODE_OPTIONS) is theirs; a debugger or profiler
  // attached to this process stays with the process that checks.
  if ([...execArgv, ...(env.NODE_OPTIONS ?? "").split(/\s+/)].some((a) => USER_OPTIONS.test(a))) return false;
  if (env.JXCHECK_V8_POOL === "1") return true;
  if (cores > 2) return false;
  const { jobs, paths } = check;
  if (jobs >= 2) return false;
  const tally = { bytes: 0, files: 0, entries: 0, largest: 0 };
  for (const p of paths) if (!workbooksOf(p, tally)) return false;
  if (tally.bytes < MIN_BYTES || tally.largest >= LARGE_FILE_BYTES) return false;
  // Without --jobs 1, four or more files from PARALLEL_MIN_BYTES on are checked with workers (their own processes).
  if (jobs !== 1 && tally.files >= MIN_FILES_FOR_WORKERS && tally.bytes >= PARALLEL_MIN_BYTES) return false;
  return true;
}

/**
 * Runs this same command in a child node with --v8-pool-size=1 and ends as it ends (its exit code, or its signal).
 * Output, input and the terminal are the child's own (inherited). Ctrl+C reaches both processes from the terminal; a
 * signal sent to this process alone is passed on (the CLI counts a second Ctrl+C within half a second as the same one).
 */
function runInChild(entry, args) {
  const { spawn } = require("child_process");
  const child = spawn(process.execPath, [...process.execArgv, "--v8-pool-size=1", entry, ...args], {
    stdio: "inherit",
    env: { ...process.env, JXCHECK_V8_POOL: "0" },
  });
  const relay = (signal) => () => {
    if (process.platform !== "win32") child.kill(signal);
  };
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"];
  const handlers = signals.map((s) => [s, relay(s)]);
  for (const [s, h] of handlers) process.on(s, h);
  child.on("error", (err) => {
    process.stderr.write(`jxcheck：无法启动检查进程（${err.message}）\n`);
    process.exitCode = 1;
  });
  child.on("exit", (code, signal) => {
    for (const [s, h] of handlers) process.off(s, h);
    if (code !== null) process.exitCode = code;
    else if (signal) process.kill(process.pid, signal);
  });
}

module.exports = {
  readCheckArgs,
  wantsOneBackgroundThread,
  runInChild,
  MIN_BYTES,
  VALUE_OPTIONS,
  PARALLEL_MIN_BYTES,
  MIN_FILES_FOR_WORKERS,
  LARGE_FILE_BYTES,
};

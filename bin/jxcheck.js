#!/usr/bin/env node
"use strict";
// jxcheck: runs the compiled CLI (dist/node, built by `npm ci` / `npm run build:cli`) when it is up to date with
// the TypeScript sources, else the sources themselves through tsx (slower start-up).
// The compiled CLI is one bundle (dist/node/jxcheck.bundle.js, scripts/bundleCli.cjs) run with V8's code cache
// saved beside it, so neither this process nor a folder worker looks up, reads and compiles ~110 modules one by
// one. A folder worker is this same file started by the pool with JXCHECK_WORKER=1 (see src/cli/workerPool.ts).
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const dist = path.join(root, "dist", "node");
const bundleFile = path.join(dist, "jxcheck.bundle.js");
/**
 * V8 accepts a code cache only under the flags it was made with: one for the CLI, one for a worker process (its heap
 * limit), one for a light worker process (heap limit and LIGHT_WORKER_FLAGS, see src/cli/workerPool.ts), and one for
 * the CLI and its worker threads once the CLI runs under LIGHT_WORKER_FLAGS ("cli-light": a folder of small workbooks).
 */
const CACHES = {
  1: "jxcheck.bundle.worker.cache",
  light: "jxcheck.bundle.light.cache",
  "cli-light": "jxcheck.bundle.cli-light.cache",
};
const cacheFile = (role) => path.join(dist, CACHES[role] || "jxcheck.bundle.cache");

/** LIGHT_WORKER_FLAGS of src/cli/workerPool.ts (tests/cli/bundle.test.ts checks they are the same). */
const LIGHT_FLAGS = "--max-opt=1";
/** WORKER_HEAP_MB of src/cli/checkFiles.ts: the heap limit the pool gives a worker thread. */
const WORKER_HEAP_MB = 2048;

/**
 * Newest modification time (ns) of the .ts files under the folders the CLI is built from. Every run pays for
 * this walk (~190 files): plain string paths and bigint stats keep it near 4 ms (path.join and Date-valued stats
 * took ~10 ms).
 */
function newestSource(dirs) {
  let newest = 0n;
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith(".ts")) {
        const m = fs.statSync(p, { bigint: true }).mtimeNs;
        if (m > newest) newest = m;
      }
    }
  };
  for (const d of dirs) if (fs.existsSync(d)) walk(d);
  return newest;
}

function bundleIsFresh() {
  try {
    const built = fs.statSync(bundleFile, { bigint: true }).mtimeNs;
    return built >= newestSource([path.join(root, "src", "core"), path.join(root, "src", "cli")]);
  } catch {
    return false;
  }
}

/** The bundle's module loader (id → exports), compiled with the saved code cache when V8 accepts it. */
function loadBundle(role) {
  const vm = require("vm");
  // The CLI of a folder of small workbooks and its threads: V8 flags first, as the code cache was made under them.
  if (role === "cli-light") lighten();
  const source = fs.readFileSync(bundleFile, "utf8");
  const compile = (cache) => {
    let cachedData;
    try {
      cachedData = fs.readFileSync(cacheFile(cache));
    } catch {
      cachedData = undefined;
    }
    return new vm.Script(source, { filename: bundleFile, cachedData });
  };
  // The thread started early (startEarlyThread) compiles while the CLI starts: by then the pool may have set
  // LIGHT_FLAGS for a folder of small workbooks (V8 flags are per process, the pool marks it in `lightMark`), and V8
  // would refuse the CLI's cache, made without them — every function would then be compiled again on first use
  // (≈0.12 s of CPU on the 48-workbook bench folder). The light cache matches those flags; if the flags change
  // between the mark and the compile, the refused cache is retried as the light one.
  const early = role === "cli" && threadRole === "cli";
  const marked = early && earlyLightMark() === 1;
  let script = compile(marked ? "cli-light" : role);
  if (early && !marked && script.cachedDataRejected) {
    const light = compile("cli-light");
    if (!light.cachedDataRejected) script = light;
  }
  // For tests (tests/cli/bundle.test.ts): whether V8 took the code cache.
  if (process.env.JXCHECK_TRACE_CACHE)
    process.stderr.write(`jxcheck code cache: ${script.cachedDataRejected ? "rejected" : "accepted"}\n`);
  const load = script.runInThisContext()(require, bundleFile);
  // Folder workers (src/cli/workerPool.ts) start from this file too, with JXCHECK_WORKER=1.
  globalThis[Symbol.for("jxcheck.workerEntry")] = __filename;
  return { load, script };
}

/** This process (and the threads it starts) under LIGHT_FLAGS; src/cli/workerPool.ts reads the mark. */
function lighten() {
  if (globalThis[Symbol.for("jxcheck.lightProcess")]) return;
  try {
    require("v8").setFlagsFromString(LIGHT_FLAGS);
  } catch {
    return; // a node that refuses flags at run time: only slower (the code cache is then ignored)
  }
  globalThis[Symbol.for("jxcheck.lightProcess")] = true;
}

/** `check … --jobs N` with N ≥ 2 on a machine with 2 cores or more (arguments read as bin/v8Pool.js reads them). */
function explicitParallelCheck(args) {
  const check = require("./v8Pool").readCheckArgs(args);
  return check !== null && check.jobs >= 2 && require("os").availableParallelism() >= 2;
}

/**
 * `check … --jobs N` (N ≥ 2): the first folder worker, a thread, starts now, while this process loads the CLI and
 * lists the files. The pool takes it when its helpers are threads (small workbooks only, see src/cli/workerPool.ts),
 * else stops it; unused, it is stopped when the run ends (tests/cli/bundle.test.ts counts the workers of a run).
 * Both compile the bundle under the CLI's flags: the pool sets LIGHT_FLAGS only once it knows the folder holds small
 * workbooks only (a long check of one large workbook runs ≈11 % faster with the optimising compiler).
 */
function startEarlyThread() {
  const { Worker } = require("worker_threads");
  // Set to 1 by the pool (src/cli/workerPool.ts, lightenProcess) once this process runs under LIGHT_FLAGS.
  const lightMark = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(__filename, {
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    workerData: { jxcheckWorker: "cli", lightMark },
  });
  const early = { worker, heapMb: WORKER_HEAP_MB, exited: false, lightMark };
  // Until the pool listens: an error or exit now is remembered (the pool then starts a fresh thread).
  const gone = () => {
    early.exited = true;
  };
  worker.on("error", gone);
  worker.on("exit", gone);
  globalThis[Symbol.for("jxcheck.earlyThread")] = early;
}

function stopEarlyThread() {
  const early = globalThis[Symbol.for("jxcheck.earlyThread")];
  if (early) void early.worker.terminate();
}

/** In the thread started early: 1 once the CLI has set LIGHT_FLAGS (see startEarlyThread), else 0. */
function earlyLightMark() {
  const data = require("worker_threads").workerData;
  return data && data.lightMark instanceof Int32Array ? Atomics.load(data.lightMark, 0) : 0;
}

/** "1" or "light" in a folder worker process started by the pool from the bundle (see src/cli/workerPool.ts). */
const worker = process.env.JXCHECK_WORKER;
/** "cli" or "cli-light" in a folder worker thread started from this file (by the pool, or early, above). */
const threadRole = (() => {
  const wt = require("worker_threads");
  return wt.isMainThread ? undefined : wt.workerData && wt.workerData.jxcheckWorker;
})();

/** Set by the build step (scripts/bundleCli.cjs): where to save the code cache. */
const cacheOut = process.env.JXCHECK_MAKE_CODE_CACHE;

if (cacheOut) {
  // Check the workbooks given as arguments once, then save the code V8 compiled meanwhile.
  const { load, script } = loadBundle(worker);
  load("cli/cli.js")
    .main(["node", "jxcheck", "check", "--format", "json", ...process.argv.slice(2)], {
      writeOut: () => undefined,
      writeErr: () => undefined,
    })
    .then(() => {
      fs.writeFileSync(`${cacheOut}.tmp`, script.createCachedData());
      fs.renameSync(`${cacheOut}.tmp`, cacheOut);
    });
} else if (threadRole) {
  loadBundle(threadRole).load("cli/checkWorker.js");
} else if (worker === "1" || worker === "light") {
  // Started by the folder pool, which checked that the bundle is fresh: no second look at the sources.
  loadBundle(worker).load("cli/checkWorker.js");
} else if (require("./v8Pool").wantsOneBackgroundThread(process.argv.slice(2))) {
  // A check this process would run alone, on two cores or fewer: in a child node with one V8 background thread.
  require("./v8Pool").runInChild(__filename, process.argv.slice(2));
} else {
  // For tests (tests/cli/v8Pool.test.ts): the V8 background threads this process was started with.
  if (process.env.JXCHECK_TRACE_POOL) {
    const pool = process.execArgv.find((a) => a.startsWith("--v8-pool-size="));
    process.stderr.write(`jxcheck v8 pool: ${pool ? pool.slice("--v8-pool-size=".length) : "default"}\n`);
  }
  let cli;
  if (bundleIsFresh()) {
    if (explicitParallelCheck(process.argv.slice(2))) startEarlyThread();
    cli = loadBundle("cli").load("cli/cli.js");
  } else {
    require("tsx/cjs");
    cli = require("../src/cli/cli.ts");
  }
  cli.main(process.argv).then(
    (code) => {
      stopEarlyThread();
      process.exitCode = code;
    },
    (err) => {
      stopEarlyThread();
      console.error(err);
      process.exitCode = 1;
    },
  );
}

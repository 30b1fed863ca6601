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
 * V8 accepts a code cache only under the flags it was made with: one for the CLI, one for a worker (its heap limit),
 * one for a light worker (heap limit and LIGHT_WORKER_FLAGS, see src/cli/workerPool.ts).
 */
const cacheFile = (role) =>
  path.join(
    dist,
    role === "1" ? "jxcheck.bundle.worker.cache" : role === "light" ? "jxcheck.bundle.light.cache" : "jxcheck.bundle.cache",
  );

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
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile(role));
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(fs.readFileSync(bundleFile, "utf8"), { filename: bundleFile, cachedData });
  const load = script.runInThisContext()(require, bundleFile);
  // Folder workers (src/cli/workerPool.ts) start from this file too, with JXCHECK_WORKER=1.
  globalThis[Symbol.for("jxcheck.workerEntry")] = __filename;
  return { load, script };
}

/**
 * `check … --jobs N` (N ≥ 2) on a machine with 2 cores or more: the first folder worker starts now, while this
 * process loads the CLI and lists the files (≈0.1 s sooner at work). The pool takes it when it starts a worker the
 * same way (a light one: small workbooks only, see src/cli/workerPool.ts), else stops it; unused, it is stopped
 * when the run ends. The flags must match the pool's (tests/cli/bundle.test.ts counts the workers of a run).
 */
function startEarlyWorker(args) {
  if (args[0] !== "check") return;
  let jobs = NaN;
  args.forEach((a, i) => {
    if (a === "--jobs") jobs = Number(args[i + 1]);
    else if (a.startsWith("--jobs=")) jobs = Number(a.slice("--jobs=".length));
  });
  if (!(jobs >= 2) || require("os").availableParallelism() < 2) return;
  const execArgv = ["--max-old-space-size=2048", "--max-opt=1"];
  const child = require("child_process").fork(__filename, [], {
    execArgv,
    env: { ...process.env, JXCHECK_WORKER: "light" },
    serialization: "advanced",
    stdio: ["ignore", "ignore", "pipe", "ipc"],
  });
  globalThis[Symbol.for("jxcheck.earlyWorker")] = { child, execArgv, role: "light" };
}

function stopEarlyWorker() {
  const early = globalThis[Symbol.for("jxcheck.earlyWorker")];
  if (early) early.child.kill("SIGKILL");
}

/** "1" or "light" in a folder worker started by the pool from the bundle (see src/cli/workerPool.ts). */
const worker = process.env.JXCHECK_WORKER;

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
} else if (worker === "1" || worker === "light") {
  // Started by the folder pool, which checked that the bundle is fresh: no second look at the sources.
  loadBundle(worker).load("cli/checkWorker.js");
} else {
  let cli;
  if (bundleIsFresh()) {
    startEarlyWorker(process.argv.slice(2));
    cli = loadBundle("cli").load("cli/cli.js");
  } else {
    require("tsx/cjs");
    cli = require("../src/cli/cli.ts");
  }
  cli.main(process.argv).then(
    (code) => {
      stopEarlyWorker();
      process.exitCode = code;
    },
    (err) => {
      stopEarlyWorker();
      console.error(err);
      process.exitCode = 1;
    },
  );
}

/**
 * The compiled CLI as one bundle (scripts/bundleCli.cjs, part of `npm run build:cli`): bin/jxcheck.js runs it with
 * V8's code cache, and folder workers start from the same bundle with a cache made under their own flags. The
 * bundle must give exactly what the TypeScript sources give, in one process and with workers, and each cache must be
 * one V8 accepts (a rejected cache is silently ignored: only slower, so only a test sees it).
 * Builds dist/node first when it is missing or older than the sources (dist/ is not tracked).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { checkFiles, WORKER_HEAP_MB } from "../../src/cli/checkFiles";
import { LIGHT_WORKER_FLAGS } from "../../src/cli/workerPool";
import { makeTempDir, REPO_ROOT, SHENMU, WUHAI } from "./helpers";

jest.setTimeout(180_000);

const DIST = path.join(REPO_ROOT, "dist", "node");
const BUNDLE = path.join(DIST, "jxcheck.bundle.js");
const BIN = path.join(REPO_ROOT, "bin", "jxcheck.js");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

let tmp: ReturnType<typeof makeTempDir>;
beforeAll(() => {
  tmp = makeTempDir("jxcheck-bundle-");
  const fresh =
    existsSync(BUNDLE) &&
    statSync(BUNDLE).mtimeMs >=
      Math.max(newestSource(path.join(REPO_ROOT, "src", "core")), newestSource(path.join(REPO_ROOT, "src", "cli")));
  if (!fresh) {
    const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.node.json"], {
      cwd: REPO_ROOT,
      encoding: "utf8",
    });
    expect(tsc.status).toBe(0);
    const bundle = spawnSync(process.execPath, [path.join(REPO_ROOT, "scripts", "bundleCli.cjs")], {
      cwd: REPO_ROOT,
      encoding: "utf8",
    });
    expect(bundle.stderr).toBe("");
    expect(bundle.status).toBe(0);
  }
});
afterAll(() => tmp.cleanup());

describe("the bundled CLI (dist/node/jxcheck.bundle.js)", () => {
  it.each([
    ["jxcheck.bundle.cache", []],
    ["jxcheck.bundle.worker.cache", ["--max-old-space-size=2048"]],
    ["jxcheck.bundle.light.cache", ["--max-old-space-size=2048", ...LIGHT_WORKER_FLAGS]],
  ])("V8 accepts %s under the flags it is used with (%j)", (cache, flags) => {
    const code = `const vm = require("vm"), fs = require("fs");
const s = new vm.Script(fs.readFileSync(${JSON.stringify(BUNDLE)}, "utf8"), {
  filename: ${JSON.stringify(BUNDLE)},
  cachedData: fs.readFileSync(${JSON.stringify(path.join(DIST, cache))}),
});
process.stdout.write(String(s.cachedDataRejected));`;
    const r = spawnSync(process.execPath, [...flags, "-e", code], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("false");
  });

  it("V8 accepts jxcheck.bundle.cli-light.cache once LIGHT_WORKER_FLAGS are set at run time, in the CLI and in its threads", () => {
    // bin/jxcheck.js sets the flags with v8.setFlagsFromString before compiling; a worker thread (heap limit given as
    // a resource limit, not a flag) compiles the same bundle with the same cache.
    const code = `const vm = require("vm"), fs = require("fs"), { Worker, isMainThread, parentPort } = require("worker_threads");
require("v8").setFlagsFromString(${JSON.stringify(LIGHT_WORKER_FLAGS.join(" "))});
const rejected = () => new vm.Script(fs.readFileSync(${JSON.stringify(BUNDLE)}, "utf8"), {
  filename: ${JSON.stringify(BUNDLE)},
  cachedData: fs.readFileSync(${JSON.stringify(path.join(DIST, "jxcheck.bundle.cli-light.cache"))}),
}).cachedDataRejected;
if (isMainThread) {
  const main = rejected();
  const w = new Worker(__filename, { resourceLimits: { maxOldGenerationSizeMb: 2048 } });
  w.on("message", (t) => { process.stdout.write(main + " " + t); void w.terminate(); });
} else parentPort.postMessage(String(rejected()));`;
    const file = path.join(tmp.dir, "cli-light-cache.cjs");
    writeFileSync(file, code);
    const r = spawnSync(process.execPath, [file], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("false false");
  });

  it("commander runs from the bundle (covered by the code cache), not from node_modules", () => {
    const preload = path.join(tmp.dir, "list-modules.cjs");
    writeFileSync(
      preload,
      `process.on("exit", () => process.stderr.write("\\nMODULES " + JSON.stringify(Object.keys(require.cache)) + "\\n"));`,
    );
    const r = spawnSync(process.execPath, ["--require", preload, BIN, "check", "--format", "json", SHENMU], { encoding: "utf8" });
    expect(r.status).toBe(1); // the sample has error findings
    const loaded = JSON.parse(/MODULES (.*)/.exec(r.stderr)![1]) as string[];
    expect(loaded.filter((m) => m.includes("commander"))).toEqual([]);
    expect(JSON.parse(r.stdout).files).toHaveLength(1);
  });

  it.each([
    ["marked light before it compiles", 1],
    ["not yet marked (the flags changed meanwhile)", 0],
  ])("the thread started early takes the light code cache when the CLI is already light: %s", (_name, mark) => {
    // The race of a folder of small workbooks: the pool sets LIGHT_WORKER_FLAGS (process-wide) while the early thread
    // is still starting; the CLI's own cache, made without them, would be refused.
    const code = `const { Worker } = require("worker_threads");
require("v8").setFlagsFromString(${JSON.stringify(LIGHT_WORKER_FLAGS.join(" "))});
const lightMark = new Int32Array(new SharedArrayBuffer(4));
Atomics.store(lightMark, 0, ${mark});
const w = new Worker(${JSON.stringify(BIN)}, {
  resourceLimits: { maxOldGenerationSizeMb: ${WORKER_HEAP_MB} },
  workerData: { jxcheckWorker: "cli", lightMark },
  env: { ...process.env, JXCHECK_TRACE_CACHE: "1" },
  stderr: true,
});
let err = "";
w.stderr.on("data", (d) => {
  err += d;
  if (err.includes("\\n")) { process.stdout.write(err.trim()); void w.terminate(); }
});`;
    const file = path.join(tmp.dir, `early-thread-${mark}.cjs`);
    writeFileSync(file, code);
    const r = spawnSync(process.execPath, [file], { encoding: "utf8", timeout: 60_000 });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("jxcheck code cache: accepted");
  });

  it("bin/jxcheck.js gives its threads the pool's light V8 flags and heap limit", () => {
    const bin = readFileSync(BIN, "utf8");
    expect(/const LIGHT_FLAGS = "([^"]*)";/.exec(bin)?.[1]).toBe(LIGHT_WORKER_FLAGS.join(" "));
    expect(Number(/const WORKER_HEAP_MB = (\d+);/.exec(bin)?.[1])).toBe(WORKER_HEAP_MB);
  });

  it("gives the JSON the sources give, with --jobs 1 and with one light worker thread started early from the bundle", async () => {
    const folder = path.join(tmp.dir, "folder");
    mkdirSync(folder);
    const sources = [
      SHENMU,
      WUHAI,
      ...["dongguan-2019.xlsx", "daying-2023.xlsx"].map((f) => path.join(REPO_ROOT, "tests", "fixtures", "real", f)),
    ];
    sources.forEach((f, i) => copyFileSync(f, path.join(folder, `${i}-${path.basename(f)}`)));
    const expected = await checkFiles([folder], { jobs: 1 });

    // Every process and thread of the run (CLI and workers) notes how it was started.
    const log = path.join(tmp.dir, "processes.log");
    const recorder = path.join(tmp.dir, "recorder.cjs");
    writeFileSync(
      recorder,
      // After the entry script's first run (workers are killed at the end, so not at exit).
      `setImmediate(() => require("fs").appendFileSync(${JSON.stringify(log)}, JSON.stringify({
  role: process.env.JXCHECK_WORKER || (require("worker_threads").workerData || {}).jxcheckWorker || "cli",
  thread: !require("worker_threads").isMainThread,
  flags: process.execArgv,
  bundled: typeof globalThis[Symbol.for("jxcheck.workerEntry")] === "string",
}) + "\\n"));`,
    );
    const run = (jobs: string) =>
      spawnSync(process.execPath, [BIN, "check", "--format", "json", "--jobs", jobs, folder], {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, NODE_OPTIONS: `--require ${JSON.stringify(recorder)}` },
      });
    for (const jobs of ["1", "2"]) {
      const r = run(jobs);
      expect(r.stderr).toBe("");
      expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    }
    const processes = readFileSync(log, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { role: string; thread: boolean; flags: string[]; bundled: boolean });
    // Two CLI runs from the bundle (V8 flags of the second one set at run time, not on its command line).
    expect(processes.filter((p) => !p.thread)).toEqual([
      { role: "cli", thread: false, flags: [], bundled: true },
      { role: "cli", thread: false, flags: [], bundled: true },
    ]);
    // One worker, of the second run (small workbooks only): the thread bin/jxcheck.js started early, taken by the
    // pool, not a second one, and no worker process.
    expect(processes.filter((p) => p.thread)).toEqual([{ role: "cli", thread: true, flags: [], bundled: true }]);
  });
});

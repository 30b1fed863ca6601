/**
 * bin/v8Pool.js: on a machine of at most two cores, a `check` that this process would run alone on enough workbooks is
 * run in a child node with one V8 background thread (--v8-pool-size=1). The decision (cores, sizes, files, --jobs,
 * JXCHECK_V8_POOL), and the child as the user sees it: the same output, the same exit codes, Ctrl+C and SIGTERM.
 */
import childProcess, { spawn, spawnSync } from "node:child_process";
import os from "node:os";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Command } from "commander";
import { LARGE_FILE_BYTES, MIN_FILES_FOR_WORKERS, PARALLEL_MIN_BYTES } from "../../src/cli/checkFiles";
import { registerCheckCommand } from "../../src/cli/commands/check";
import { checkFilesInPool, workerNodeOptions } from "../../src/cli/workerPool";
import { makeTempDir, REPO_ROOT, SHENMU, WUHAI } from "./helpers";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const v8Pool = require("../../bin/v8Pool.js") as {
  wantsOneBackgroundThread: (
    args: string[],
    cores?: number,
    env?: Record<string, string | undefined>,
    execArgv?: string[],
  ) => boolean;
  MIN_BYTES: number;
  VALUE_OPTIONS: string[];
  PARALLEL_MIN_BYTES: number;
  MIN_FILES_FOR_WORKERS: number;
  LARGE_FILE_BYTES: number;
};
const { wantsOneBackgroundThread, MIN_BYTES, VALUE_OPTIONS } = v8Pool;
const readCheckArgs = (v8Pool as unknown as { readCheckArgs: (a: string[]) => { jobs?: number; paths: string[] } | null })
  .readCheckArgs;

jest.setTimeout(120_000);

const realFork = childProcess.fork;

const BIN = path.join(REPO_ROOT, "bin", "jxcheck.js");
let tmp: ReturnType<typeof makeTempDir>;
/** A file of `bytes` bytes (its contents do not matter to the decision). */
const fileOf = (name: string, bytes: number) => {
  const f = path.join(tmp.dir, name);
  writeFileSync(f, Buffer.alloc(bytes));
  return f;
};

beforeAll(() => {
  tmp = makeTempDir("jxcheck-v8pool-");
});
afterAll(() => tmp.cleanup());

describe("wantsOneBackgroundThread", () => {
  const auto = {};
  it("a check of enough workbooks on two cores or fewer, and nothing else", () => {
    const big = fileOf("big.xlsx", MIN_BYTES + 1);
    const small = fileOf("small.xlsx", MIN_BYTES - 1);
    expect(wantsOneBackgroundThread(["check", big], 2, auto)).toBe(true);
    expect(wantsOneBackgroundThread(["check", "--format", "json", big], 1, auto)).toBe(true);
    expect(wantsOneBackgroundThread(["check", small], 2, auto)).toBe(false);
    expect(wantsOneBackgroundThread(["check", big], 4, auto)).toBe(false);
    expect(wantsOneBackgroundThread(["templates", big], 2, auto)).toBe(false);
    expect(wantsOneBackgroundThread(["check", "missing.xlsx"], 2, auto)).toBe(false);
    // A large workbook is checked in a worker process, which is started with the option itself.
    expect(wantsOneBackgroundThread(["check", fileOf("large.xlsx", 4 * 1024 * 1024), big], 2, auto)).toBe(false);
  });

  it("not when the run has workers of its own: --jobs 2, or four files from 512 KB on without --jobs 1", () => {
    const big = fileOf("big2.xlsx", MIN_BYTES + 1);
    expect(wantsOneBackgroundThread(["check", "--jobs", "2", big], 2, auto)).toBe(false);
    expect(wantsOneBackgroundThread(["check", "--jobs=2", big], 2, auto)).toBe(false);
    const folder = path.join(tmp.dir, "folder");
    mkdirSync(path.join(folder, "sub"), { recursive: true });
    for (let i = 0; i < 4; i++) writeFileSync(path.join(folder, "sub", `${i}.xlsx`), Buffer.alloc(140 * 1024));
    writeFileSync(path.join(folder, "notes.txt"), Buffer.alloc(4 * 1024 * 1024)); // not a workbook: not counted
    writeFileSync(path.join(folder, "~$0.xlsx"), Buffer.alloc(4 * 1024 * 1024)); // Excel's lock file: not counted
    expect(wantsOneBackgroundThread(["check", folder], 2, auto)).toBe(false); // 560 KB in 4 files: workers
    expect(wantsOneBackgroundThread(["check", "--jobs", "1", folder], 2, auto)).toBe(true);
    const three = path.join(tmp.dir, "three");
    mkdirSync(three);
    for (let i = 0; i < 3; i++) writeFileSync(path.join(three, `${i}.xlsx`), Buffer.alloc(140 * 1024));
    expect(wantsOneBackgroundThread(["check", three], 2, auto)).toBe(true); // fewer than 4 files: one process
  });

  it("an option's value is not an input, whatever it names", () => {
    const out = fileOf("report.xlsx", 4 * MIN_BYTES);
    const small = fileOf("small2.xlsx", 1000);
    expect(wantsOneBackgroundThread(["check", "--out", out, "--force", small], 2, auto)).toBe(false);
    expect(wantsOneBackgroundThread(["check", `--out=${out}`, small], 2, auto)).toBe(false);
    expect(wantsOneBackgroundThread(["check", "--", out], 2, auto)).toBe(true);
  });

  it("leaves a pool size, debugger or profiler the user gave node alone", () => {
    const big = fileOf("big4.xlsx", MIN_BYTES + 1);
    expect(wantsOneBackgroundThread(["check", big], 2, {}, ["--v8-pool-size=4"])).toBe(false);
    expect(wantsOneBackgroundThread(["check", big], 2, { NODE_OPTIONS: "--max-old-space-size=4096 --v8-pool-size=2" }, [])).toBe(
      false,
    );
    expect(wantsOneBackgroundThread(["check", big], 2, { NODE_OPTIONS: "--max-old-space-size=4096" }, [])).toBe(true);
    // Nor does a debugger or profiler move to a child.
    expect(wantsOneBackgroundThread(["check", big], 2, {}, ["--inspect-brk"])).toBe(false);
    expect(wantsOneBackgroundThread(["check", big], 2, { NODE_OPTIONS: "--cpu-prof" }, [])).toBe(false);
  });

  it("JXCHECK_V8_POOL=0 turns it off, =1 asks for it for any check", () => {
    const big = fileOf("big3.xlsx", MIN_BYTES + 1);
    expect(wantsOneBackgroundThread(["check", big], 2, { JXCHECK_V8_POOL: "0" })).toBe(false);
    expect(wantsOneBackgroundThread(["check", "x.xlsx"], 16, { JXCHECK_V8_POOL: "1" })).toBe(true);
    expect(wantsOneBackgroundThread(["fix", big], 2, { JXCHECK_V8_POOL: "1" })).toBe(false);
  });

  it("routes files as the CLI does (the same thresholds as src/cli/checkFiles.ts)", () => {
    expect(v8Pool.PARALLEL_MIN_BYTES).toBe(PARALLEL_MIN_BYTES);
    expect(v8Pool.MIN_FILES_FOR_WORKERS).toBe(MIN_FILES_FOR_WORKERS);
    expect(v8Pool.LARGE_FILE_BYTES).toBe(LARGE_FILE_BYTES);
  });

  it("reads --jobs and the inputs of a check as bin/jxcheck.js's early thread does", () => {
    expect(readCheckArgs(["check", "--jobs", "2", "a.xlsx"])).toEqual({ jobs: 2, paths: ["a.xlsx"] });
    expect(readCheckArgs(["check", "--jobs=3", "--format", "json", "a", "b"])).toEqual({ jobs: 3, paths: ["a", "b"] });
    expect(readCheckArgs(["check", "--out", "r.xlsx", "--", "--x.xlsx"])).toEqual({ jobs: undefined, paths: ["--x.xlsx"] });
    expect(readCheckArgs(["templates", "--jobs", "2"])).toBeNull();
  });

  it("knows every option of check that takes a value", () => {
    const program = new Command();
    const ctx = { writeOut: () => undefined, writeErr: () => undefined, colorSupported: false, setExitCode: () => undefined };
    const check = registerCheckCommand(program, ctx);
    const withValue = check.options.filter((o) => o.required || o.optional).map((o) => o.long);
    expect([...VALUE_OPTIONS].sort()).toEqual([...withValue].sort());
  });
});

describe("the check in a child node with one background thread", () => {
  const run = (args: string[], pool: "0" | "1") =>
    spawnSync(process.execPath, [BIN, ...args], {
      cwd: REPO_ROOT,
      encoding: "utf8",
      env: { ...process.env, JXCHECK_V8_POOL: pool, JXCHECK_TRACE_POOL: "1" },
    });

  it("gives the same output and exit code as this process would", () => {
    const args = ["check", "--format", "json", SHENMU, WUHAI];
    const child = run(args, "1");
    const here = run(args, "0");
    expect(child.stderr).toContain("jxcheck v8 pool: 1");
    expect(here.stderr).toContain("jxcheck v8 pool: default");
    expect(child.stdout.length).toBeGreaterThan(1000);
    expect(child.stdout).toBe(here.stdout);
    expect(child.status).toBe(here.status);
    expect(child.status).toBe(1); // the samples have errors
  });

  it("passes on a usage error's message and exit code", () => {
    const child = run(["check", "--bogus", SHENMU], "1");
    expect(child.status).toBe(2);
    expect(child.stderr).toContain("unknown option '--bogus'");
  });

  /** Starts a forced child run over `files` copies of the samples and sends `signal` to this process once it runs. */
  const interrupted = (signal: NodeJS.Signals) =>
    new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => {
      const folder = path.join(tmp.dir, `many-${signal}`);
      mkdirSync(folder);
      for (let i = 0; i < 60; i++) copyFileSync(i % 2 ? WUHAI : SHENMU, path.join(folder, `${String(i).padStart(3, "0")}.xlsx`));
      const p = spawn(process.execPath, [BIN, "check", "--format", "json", "--jobs", "1", folder], {
        cwd: REPO_ROOT,
        env: { ...process.env, JXCHECK_V8_POOL: "1", JXCHECK_TRACE_POOL: "1" },
      });
      let stderr = "";
      let sent = false;
      p.stderr.on("data", (d: Buffer) => {
        stderr += d.toString();
        // The child has started (its trace line): give it a moment to be checking, then signal the parent only.
        if (!sent && stderr.includes("jxcheck v8 pool: 1")) {
          sent = true;
          setTimeout(() => p.kill(signal), 400);
        }
      });
      p.stdout.resume();
      p.on("close", (code, sig) => resolve({ code, signal: sig, stderr }));
    });

  it("Ctrl+C sent to the parent stops the check as it would in one process (exit 130, nothing written)", async () => {
    const r = await interrupted("SIGINT");
    expect(r.stderr).toContain("正在停止");
    expect(r.stderr).toContain("已中断");
    expect(r.code).toBe(130);
  });

  it("SIGTERM sent to the parent ends the child, and the parent with the same signal", async () => {
    const r = await interrupted("SIGTERM");
    expect(r.signal).toBe("SIGTERM");
  });
});

describe("worker processes", () => {
  it("are started with one V8 background thread on two cores or fewer", () => {
    expect(workerNodeOptions(1)).toEqual(["--v8-pool-size=1"]);
    expect(workerNodeOptions(2)).toEqual(["--v8-pool-size=1"]);
    expect(workerNodeOptions(4)).toEqual([]);
  });

  it.each([
    [2, true],
    [8, false],
  ])("the pool forks them so (%i cores: %s)", async (cores, withOption) => {
    const forks: string[][] = [];
    const fork = jest.spyOn(childProcess, "fork").mockImplementation(((...a: Parameters<typeof childProcess.fork>) => {
      const options = a.find((x): x is childProcess.ForkOptions => typeof x === "object" && x !== null && !Array.isArray(x));
      forks.push(options?.execArgv ?? []);
      return realFork(...a);
    }) as typeof childProcess.fork);
    const parallelism = jest.spyOn(os, "availableParallelism").mockReturnValue(cores);
    try {
      const [run] = await checkFilesInPool([SHENMU], { jobs: 1, framework: "auto", isolation: "process" });
      expect(run.sheets.length).toBe(6); // checked in that worker
    } finally {
      fork.mockRestore();
      parallelism.mockRestore();
    }
    expect(forks.length).toBe(1);
    expect(forks[0].includes("--v8-pool-size=1")).toBe(withOption);
  });
});

/**
 * Folder mode on all cores: files are checked in parallel workers (./checkWorker), results kept in input order.
 * With `inline`, the main process is one of the checkers: it takes small workbooks from the same queue while the
 * workers start up and run (a worker's start-up costs as much CPU as ~20 small workbooks), and hands anything
 * larger to a worker; each worker then gets its next task ahead, as the busy main process answers late.
 * A worker also bounds what one sheet may cost:
 * - time: a sheet still running after `limits.maxSheetMs` is stopped (the worker is killed) and reported as
 *   "太大，未检查"; the rest of that file continues in a fresh worker;
 * - memory: each worker has a heap limit; running out ends that worker only, the sheet (or the file, while it was
 *   being read) gets a zh-CN reason and everything else is still checked.
 * Workers that may get a large workbook are child processes: a worker thread's heap limit is best effort and an
 * out-of-memory in a thread can abort the whole process (nodejs/node#47224), which would lose every other file's
 * result. In a folder of small workbooks only (with `inline`), the helpers are worker threads that take only what the
 * main process itself could take and hand anything larger back (to one worker process, started then): they start
 * without a second node, and run under the process's V8 flags (see `lightenProcess`). `isolation` forces one kind.
 * https://nodejs.org/api/child_process.html#child_processforkmodulepath-args-options ·
 * https://nodejs.org/api/worker_threads.html (resourceLimits, terminate())
 */
import { fork, type ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";
import v8 from "node:v8";
import { Worker } from "node:worker_threads";
import type { SheetCheckResult } from "../core/check";
import type { FileRun } from "./checkFiles";
import type { WorkerMessage, WorkerTask } from "./checkWorker";
import { checkOneFile, notChecked } from "./checkOneFile";
import { describeReadError } from "./readErrors";
import { DEFAULT_LIMITS, type ReadLimits } from "./safeOpen";
export interface PoolOptions {
  jobs: number;
  framework: WorkerTask["framework"];
  limits?: ReadLimits;
  /** Heap limit of each worker (MB). */
  workerHeapMb?: number;
  /**
   * "process" (an out-of-memory ends only that worker) or "thread" for every worker. Default: threads for the helpers
   * of a folder of small workbooks (`inline`, nothing larger than `inline.maxBytes`), processes otherwise.
   */
  isolation?: "process" | "thread";
  onEngineError?: (file: string, sheet: string, detail: string) => void;
  /** Progress: a workbook's check starts / ends (each called once per file). */
  onFileStart?: (file: string) => void;
  onFileDone?: (file: string) => void;
  /** When aborted, no further workbook is started; those not started come back with `notStarted`. */
  signal?: AbortSignal;
  /**
   * The main process checks small workbooks itself, as one of the `jobs` (so `jobs - 1` workers are started):
   * files of at most `maxBytes` on disk whose sheets hold at most `maxCells` cells once read — a small check cannot
   * run long or out of memory, so it needs no worker's caps; anything larger goes to a worker. A worker process costs
   * a start-up (node, modules, a cold JIT: ≈0.3 s of CPU, as much as ~20 small workbooks) that the main process has
   * already paid. Needs jobs ≥ 2; `sizes` gives the bytes of each file (files missing from it go to workers).
   */
  inline?: { maxBytes: number; maxCells: number; sizes: ReadonlyMap<string, number> };
}

interface FileState {
  file: string;
  started?: boolean;
  notStarted?: boolean;
  names: string[];
  count: number | null;
  sheets: (SheetCheckResult | undefined)[];
  error?: string;
  done: boolean;
}

/** One worker, process or thread, behind the same small interface. */
interface Channel {
  post(task: WorkerTask): void;
  onMessage(fn: (m: WorkerMessage) => void): void;
  /** Called once when the worker dies on its own; `oom` when it ran out of memory. */
  onCrash(fn: (err: Error, oom: boolean) => void): void;
  kill(): void;
}

interface Slot {
  channel: Channel;
  /** A worker thread of a folder of small workbooks: takes only what the main process could take (see `inline`). */
  smallOnly: boolean;
  task: WorkerTask | null;
  /** The next task, already sent (the worker runs its tasks one after another): see `prefetch`. */
  pending: WorkerTask | null;
  /** Sheet of the current task now in the engine, and its timer. */
  running: { index: number; timer: NodeJS.Timeout | null } | null;
  retired: boolean;
}

/**
 * Set by bin/jxcheck.js when it runs the compiled bundle: that file, which started with JXCHECK_WORKER=1 runs a
 * worker from the same bundle and its own code cache (no module lookups, most functions already compiled).
 */
const BUNDLE_ENTRY = Symbol.for("jxcheck.workerEntry");

/** The worker script: the bundle's entry (processes only), the compiled .js next to this file, or the .ts sources. */
function workerScript(allowBundle: boolean): { file: string; ts: boolean; bundled?: boolean } {
  const entry = (globalThis as { [BUNDLE_ENTRY]?: unknown })[BUNDLE_ENTRY];
  if (allowBundle && typeof entry === "string") return { file: entry, ts: false, bundled: true };
  if (__filename.endsWith(".js")) return { file: path.join(__dirname, "checkWorker.js"), ts: false };
  return { file: path.join(__dirname, "checkWorker.ts"), ts: true };
}

function spawnThread(heapMb: number): Channel {
  const resourceLimits = { maxOldGenerationSizeMb: heapMb };
  const { file, ts, bundled } = workerScript(true);
  const worker = bundled
    ? // bin/jxcheck.js runs a worker in a thread started with workerData.jxcheckWorker: the bundle, with the code
      // cache made under this process's V8 flags.
      (takeEarlyThread(heapMb) ??
      new Worker(file, { resourceLimits, workerData: { jxcheckWorker: isLight() ? "cli-light" : "cli" } }))
    : ts
      ? new Worker(`require(${JSON.stringify(require.resolve("tsx/cjs"))}); require(${JSON.stringify(file)});`, {
          eval: true,
          resourceLimits,
        })
      : new Worker(workerScript(false).file, { resourceLimits });
  let dead = false;
  return {
    post: (task) => worker.postMessage(task),
    onMessage: (fn) => void worker.on("message", fn),
    onCrash: (fn) => {
      const crash = (err: Error, oom: boolean) => {
        if (dead) return;
        dead = true;
        fn(err, oom);
      };
      worker.on("error", (err: Error & { code?: string }) => crash(err, err.code === "ERR_WORKER_OUT_OF_MEMORY"));
      worker.on("exit", (code) => crash(new Error(`检查线程意外退出（${code}）`), false));
    },
    kill: () => {
      dead = true;
      void worker.terminate();
    },
  };
}

/**
 * V8 flags of a helper worker in a folder of small workbooks only: no optimising compiler (TurboFan). A fresh
 * process compiles its hot functions again on a second thread for its first few hundred milliseconds — CPU that
 * the other checker needs on 2 cores — while on these short, text-heavy checks the baseline code runs about as
 * fast once warm (48 small workbooks, checked 6 times over in one process: ≈320–370 ms CPU a round with the flag
 * from the 2nd round on, 300–500 ms without, which reaches it only after 4 rounds). Workers that may get a large
 * workbook (long checks, where optimised code pays) run without it.
 */
export const LIGHT_WORKER_FLAGS: readonly string[] = ["--max-opt=1"];

/**
 * Node options of a worker process: on two cores or fewer, one V8 background thread (Node starts four whatever the
 * cores, and on two the optimising compiler's jobs then take the checking thread's core too; bin/v8Pool.js gives the
 * measurements — a worker process checking one large workbook is the same work as the CLI checking it). Not a V8 flag:
 * the workers' code caches still apply.
 */
export const workerNodeOptions = (cores = os.availableParallelism()): string[] => (cores <= 2 ? ["--v8-pool-size=1"] : []);

/** Set (by bin/jxcheck.js or `lightenProcess`) once this process runs under LIGHT_WORKER_FLAGS. */
const LIGHT_PROCESS = Symbol.for("jxcheck.lightProcess");
const isLight = () => (globalThis as { [LIGHT_PROCESS]?: boolean })[LIGHT_PROCESS] === true;

/**
 * The CLI process itself under LIGHT_WORKER_FLAGS, for a folder of small workbooks: it checks them too, beside its
 * worker thread(s), and the optimising compiler's background thread is CPU the other checker needs. Measured on the
 * 48-workbook bench folder in one process: ≈0.75 s CPU with the flag against ≈1.1 s without, the same wall time
 * (the extra 0.35 s is TurboFan on the second core). V8 flags are per process: the threads started after this run
 * under them too, and compile the bundle with the code cache made under them ("cli-light", scripts/bundleCli.cjs).
 * Only in the CLI run from the bundle (never in a library caller's process: tests, an embedding program).
 * https://nodejs.org/api/v8.html#v8setflagsfromstringflags
 */
function lightenProcess(): void {
  if (isLight()) return;
  try {
    v8.setFlagsFromString(LIGHT_WORKER_FLAGS.join(" "));
  } catch {
    return; // a node that refuses flags at run time: only slower, the results are the same
  }
  (globalThis as { [LIGHT_PROCESS]?: boolean })[LIGHT_PROCESS] = true;
  // The thread bin/jxcheck.js started early may not have compiled the bundle yet: it then takes the light code cache.
  const mark = (globalThis as { [EARLY_THREAD]?: { lightMark?: Int32Array } })[EARLY_THREAD]?.lightMark;
  if (mark) Atomics.store(mark, 0, 1);
}

/**
 * A worker thread bin/jxcheck.js started before loading the CLI (`check … --jobs N`, N ≥ 2, from the bundle), so
 * that its start-up runs while this process starts, loads and lists the files: { worker, heapMb }.
 */
const EARLY_THREAD = Symbol.for("jxcheck.earlyThread");

/** The early thread when it was started with this heap limit (else it is stopped): once only. */
function takeEarlyThread(heapMb: number): Worker | undefined {
  const g = globalThis as { [EARLY_THREAD]?: { worker: Worker; heapMb: number; exited: boolean } };
  const early = g[EARLY_THREAD];
  if (!early) return undefined;
  delete g[EARLY_THREAD];
  if (early.heapMb === heapMb && !early.exited) return early.worker;
  void early.worker.terminate();
  return undefined;
}

/**
 * A worker bin/jxcheck.js started before loading the CLI (`check … --jobs N`, N ≥ 2, from the bundle), so that its
 * start-up runs while this process starts, loads and lists the files: { child, execArgv, role }.
 */
const EARLY_WORKER = Symbol.for("jxcheck.earlyWorker");
interface EarlyWorker {
  child: ChildProcess;
  execArgv: readonly string[];
  role: string;
}

/** The early worker when it was started exactly as this pool would start one (else it is stopped): once only. */
function takeEarlyWorker(execArgv: readonly string[], role: string): ChildProcess | undefined {
  const g = globalThis as { [EARLY_WORKER]?: EarlyWorker };
  const early = g[EARLY_WORKER];
  if (!early) return undefined;
  delete g[EARLY_WORKER];
  const same = early.role === role && early.execArgv.join(" ") === execArgv.join(" ");
  if (same && early.child.connected && early.child.exitCode === null) return early.child;
  early.child.kill("SIGKILL");
  return undefined;
}

function spawnProcess(heapMb: number, light: boolean): Channel {
  const { file, ts, bundled } = workerScript(true);
  const execArgv = [
    ...(ts ? ["--require", require.resolve("tsx/cjs")] : []),
    `--max-old-space-size=${heapMb}`,
    ...(light ? LIGHT_WORKER_FLAGS : []),
    ...workerNodeOptions(),
  ];
  const role = light ? "light" : "1";
  const child =
    (bundled ? takeEarlyWorker(execArgv, role) : undefined) ??
    fork(file, [], {
      execArgv,
      // The bundle's entry runs a worker (JXCHECK_WORKER), with the code cache made under the same flags.
      ...(bundled ? { env: { ...process.env, JXCHECK_WORKER: role } } : {}),
      serialization: "advanced",
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    });
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => {
    if (stderr.length < 4096) stderr += d.toString();
  });
  let dead = false;
  return {
    post: (task) => child.send(task),
    onMessage: (fn) => void child.on("message", (m) => fn(m as WorkerMessage)),
    onCrash: (fn) => {
      child.on("exit", (code, signal) => {
        if (dead) return;
        dead = true;
        const oom = /heap out of memory|Allocation failed/i.test(stderr) || signal === "SIGABRT" || code === 134;
        fn(new Error(`检查进程意外退出（${signal ?? code}）`), oom);
      });
      child.on("error", (err) => {
        if (dead) return;
        dead = true;
        fn(err, false);
      });
    },
    kill: () => {
      dead = true;
      child.kill("SIGKILL");
    },
  };
}

const secs = (ms: number) => `${Math.round(ms / 100) / 10} 秒`;

/** Checks `files` with `jobs` workers; resolves to one FileRun per file, in the same order. */
export function checkFilesInPool(
  files: readonly string[],
  options: PoolOptions,
): Promise<(FileRun & { notStarted?: boolean })[]> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const heapMb = options.workerHeapMb ?? 2048;
  const states: FileState[] = files.map((file) => ({ file, names: [], count: null, sheets: [], done: false }));
  const queue: WorkerTask[] = files.map((file, id) => ({ id, file, startAt: 0, framework: options.framework, limits }));
  const slots: Slot[] = [];
  let finished = 0;
  const inline = options.inline && options.jobs >= 2 ? options.inline : undefined;
  /** Tasks the main process read and found too large for itself: workers only. */
  const handedOff = new Set<number>();
  /**
   * With the main process checking too, a worker gets its next task before it ends the current one: the main
   * process answers a worker's "done" only between two of its own workbooks (≈20 ms each), which would leave
   * the worker idle that long for every file.
   */
  const prefetch = inline !== undefined;
  /** Workbooks the main process will not take (too large on disk, or size unknown): workers only. */
  const forWorkers = inline ? files.filter((f) => (inline.sizes.get(f) ?? Infinity) > inline.maxBytes).length : 0;
  /** Only small workbooks: helper workers with LIGHT_WORKER_FLAGS. */
  const light = inline !== undefined && forWorkers === 0;
  /**
   * Only small workbooks, and no isolation asked for: the helpers are worker threads that take what the main process
   * could take (small on disk, at most `inline.maxCells` cells once read, else handed back for a worker process) —
   * no more memory than the main process's own checks, and no process start-up (node itself: ≈60 ms of CPU, ≈0.1 s
   * sooner at work). A time cap still stops a thread (`terminate()`).
   */
  const smallThreads = light && options.isolation === undefined;
  if (light && workerScript(true).bundled) lightenProcess();
  // Workers of another kind: the thread bin/jxcheck.js started early is not needed (it would idle until the end).
  if (!smallThreads && options.isolation !== "thread") void takeEarlyThread(heapMb)?.terminate();
  const spawn = (smallOnly: boolean) =>
    smallOnly || options.isolation === "thread" ? spawnThread(heapMb) : spawnProcess(heapMb, light && !smallThreads);

  return new Promise<(FileRun & { notStarted?: boolean })[]>((resolve) => {
    const finishFile = (s: FileState) => {
      if (s.done) return;
      s.done = true;
      finished++;
      if (s.started) options.onFileDone?.(s.file);
    };

    const maybeEnd = () => {
      if (finished < states.length) return;
      for (const slot of slots) {
        slot.retired = true;
        slot.channel.kill();
      }
      resolve(
        states.map((s): FileRun & { notStarted?: boolean } => {
          if (s.notStarted) return { file: s.file, sheets: [], notStarted: true };
          if (s.error !== undefined) return { file: s.file, error: s.error, sheets: [] };
          const sheets = s.sheets.map((r, i) => r ?? notChecked(s.names[i] ?? `第 ${i + 1} 个工作表`, "未检查：检查中断"));
          return { file: s.file, sheets };
        }),
      );
    };

    /** The current task of a slot ends abnormally at sheet `index` (or while reading when null). */
    const abandon = (slot: Slot, reason: (index: number) => string, readError: unknown) => {
      const task = slot.task;
      const running = slot.running;
      if (running?.timer) clearTimeout(running.timer);
      slot.task = null;
      slot.running = null;
      if (!task) return;
      const s = states[task.id];
      if (s.count === null) {
        s.error = describeReadError(readError, s.file);
        finishFile(s);
        return;
      }
      const index = running ? running.index : s.sheets.findIndex((r, i) => i >= task.startAt && r === undefined);
      if (index >= 0 && index < s.count) {
        s.sheets[index] = notChecked(s.names[index] ?? `第 ${index + 1} 个工作表`, reason(index));
        if (index + 1 < s.count) queue.unshift({ ...task, startAt: index + 1 });
        else finishFile(s);
      } else finishFile(s);
    };

    const replace = (slot: Slot) => {
      slot.retired = true;
      slot.channel.kill();
      if (slot.pending) queue.unshift(slot.pending); // sent but never begun: the fresh worker takes it
      slot.pending = null;
      const i = slots.indexOf(slot);
      const fresh = start(slot.smallOnly);
      if (i >= 0) slots[i] = fresh;
      next(fresh);
    };

    const dropUnstartedIfAborted = () => {
      if (!options.signal?.aborted) return;
      // Stop starting new workbooks; a file already begun still finishes its remaining sheets.
      for (let i = queue.length - 1; i >= 0; i--) {
        const s = states[queue[i].id];
        if (!s.started) {
          queue.splice(i, 1);
          s.notStarted = true;
          finishFile(s);
        }
      }
    };

    /** A small enough task for the main process: first sheet, known small size, not handed back. */
    const inlineFits = (t: WorkerTask) =>
      inline !== undefined &&
      t.startAt === 0 &&
      !handedOff.has(t.id) &&
      (inline.sizes.get(t.file) ?? Infinity) <= inline.maxBytes;

    /** The next task `slot` may take: any, or for a small-only thread the first one the main process could take. */
    const take = (slot: Slot): WorkerTask | undefined => {
      if (!slot.smallOnly) return queue.shift();
      const i = queue.findIndex(inlineFits);
      return i < 0 ? undefined : queue.splice(i, 1)[0];
    };

    /** A task no small-only thread may take (handed back, or the rest of a stopped file) and no worker process: one. */
    const ensureProcessSlot = () => {
      if (slots.some((s) => !s.retired && !s.smallOnly) || queue.every(inlineFits)) return;
      const slot = start(false);
      slots.push(slot);
      next(slot);
    };

    const next = (slot: Slot) => {
      if (slot.retired) return;
      dropUnstartedIfAborted();
      while (!slot.task || (prefetch && !slot.pending)) {
        const task = take(slot);
        if (!task) break;
        const st = states[task.id];
        if (!st.started) {
          st.started = true;
          options.onFileStart?.(st.file);
        }
        if (!slot.task) {
          slot.task = task;
          slot.running = null;
        } else slot.pending = task;
        slot.channel.post(slot.smallOnly && inline ? { ...task, maxCells: inline.maxCells } : task);
      }
      if (!slot.task) {
        ensureProcessSlot();
        maybeEnd();
      }
    };

    const start = (smallOnly: boolean): Slot => {
      const slot: Slot = { channel: spawn(smallOnly), smallOnly, task: null, pending: null, running: null, retired: false };
      slot.channel.onMessage((m: WorkerMessage) => {
        if (slot.retired || !slot.task || m.id !== slot.task.id) return;
        const s = states[m.id];
        switch (m.type) {
          case "read":
            s.count = m.count;
            s.names = m.names;
            if (s.sheets.length < m.count) s.sheets.length = m.count;
            break;
          case "start": {
            const timer = setTimeout(() => {
              if (slot.retired || slot.running?.index !== m.index) return;
              abandon(
                slot,
                () => `太大，未检查：检查超过 ${secs(limits.maxSheetMs)}仍未完成（上限），已停止；请拆分工作表后再检查`,
                null,
              );
              replace(slot);
            }, limits.maxSheetMs);
            timer.unref?.();
            slot.running = { index: m.index, timer };
            break;
          }
          case "sheet":
            if (slot.running?.timer) clearTimeout(slot.running.timer);
            slot.running = null;
            s.sheets[m.index] = m.result;
            break;
          case "engine-error":
            options.onEngineError?.(s.file, m.sheet, m.detail);
            break;
          case "done": {
            const task = slot.task;
            slot.task = slot.pending;
            slot.pending = null;
            slot.running = null;
            if (m.handedOff) {
              // Too many cells for a small-only thread: a worker process checks it.
              handedOff.add(task.id);
              queue.push(task);
              ensureProcessSlot();
            } else {
              if (m.error !== undefined && s.count === null) s.error = m.error;
              finishFile(s);
            }
            next(slot);
            break;
          }
        }
      });
      slot.channel.onCrash((err, oom) => {
        if (slot.retired) return;
        abandon(
          slot,
          () => (oom ? "太大，未检查：检查这个工作表超出内存上限，已停止" : `未检查：检查时出错（${err.message}）`),
          oom ? Object.assign(new Error("out of memory"), { code: "ERR_WORKER_OUT_OF_MEMORY" }) : err,
        );
        replace(slot);
      });
      return slot;
    };

    /** The main process as one more checker: takes small tasks from the queue until none is left. */
    const runInline = async () => {
      if (!inline) return;
      for (;;) {
        dropUnstartedIfAborted();
        const i = queue.findIndex(inlineFits);
        if (i < 0) break;
        const [task] = queue.splice(i, 1);
        const st = states[task.id];
        if (!st.started) {
          st.started = true;
          options.onFileStart?.(st.file);
        }
        const run = await checkOneFile(task.file, {
          framework: task.framework,
          limits: task.limits,
          maxCells: inline.maxCells,
          onEngineError: (sheet, err) =>
            options.onEngineError?.(task.file, sheet, err instanceof Error ? (err.stack ?? err.message) : String(err)),
        });
        if (run.handedOff) {
          handedOff.add(task.id);
          queue.push(task);
          ensureProcessSlot();
          for (const slot of slots) if (!slot.retired && (!slot.task || (prefetch && !slot.pending))) next(slot);
          continue;
        }
        if (run.error !== undefined) st.error = run.error;
        else {
          st.count = run.sheets.length;
          st.names = run.sheets.map((r) => r.name);
          st.sheets = run.sheets;
        }
        finishFile(st);
        // Let the workers' messages in between two workbooks.
        await new Promise((r) => setImmediate(r));
      }
      maybeEnd();
    };

    if (states.length === 0) {
      resolve([]);
      return;
    }
    // The main process is one of the jobs, unless there are as many large workbooks as jobs (it cannot take those).
    const workers = inline ? Math.max(options.jobs - 1, Math.min(forWorkers, options.jobs)) : options.jobs;
    const n = Math.max(1, Math.min(workers, states.length));
    for (let i = 0; i < n; i++) slots.push(start(smallThreads));
    for (const slot of [...slots]) next(slot);
    // After the workers are forked, so their start-up runs while this process checks.
    if (inline) setImmediate(() => void runInline());
  });
}

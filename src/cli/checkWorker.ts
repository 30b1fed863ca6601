/**
 * Worker side of the folder pool (./workerPool), in a child process or a worker thread: checks one file per
 * task and reports each sheet as it starts and ends, so the pool can stop a sheet that runs too long or runs out
 * of memory without losing the others.
 */
import { parentPort } from "node:worker_threads";

// Ctrl+C on a terminal reaches the whole process group: a worker process ignores it and lets the parent
// decide (finish the current file, start no new one). The parent kills its workers when the run ends.
if (!parentPort && process.send) process.on("SIGINT", () => undefined);
import type { CheckOneFileOptions } from "./checkOneFile";
import { checkOneFile } from "./checkOneFile";
import type { ReadLimits } from "./safeOpen";

export interface WorkerTask {
  id: number;
  file: string;
  startAt: number;
  framework: NonNullable<CheckOneFileOptions["framework"]>;
  limits: ReadLimits;
  /**
   * Set for a worker thread of a folder of small workbooks: a workbook holding more cells than this once read is
   * not checked here but handed back (`done` with `handedOff`), for a worker process with its own heap.
   */
  maxCells?: number;
}

export type WorkerMessage =
  | { type: "read"; id: number; count: number; names: string[] }
  | { type: "start"; id: number; index: number; name: string }
  | { type: "sheet"; id: number; index: number; result: import("../core/check").SheetCheckResult }
  | { type: "engine-error"; id: number; sheet: string; detail: string }
  | { type: "done"; id: number; error?: string; handedOff?: boolean };

/** The pool's end of the channel: a worker thread's parentPort, or a child process's IPC. */
const port: { on(event: "message", fn: (task: WorkerTask) => void): void; postMessage(m: WorkerMessage): void } | null =
  parentPort
    ? parentPort
    : process.send
      ? {
          on: (_event, fn) => void process.on("message", (m) => fn(m as WorkerTask)),
          postMessage: (m) => void process.send!(m),
        }
      : null;

/** Tasks run one after another, in the order sent (the pool may send the next one before this one ends). */
let queue: Promise<void> = Promise.resolve();

if (port) {
  port.on("message", (task: WorkerTask) => {
    queue = queue.then(() => run(task));
  });
}

function run(task: WorkerTask): Promise<void> {
  if (!port) return Promise.resolve();
  return checkOneFile(task.file, {
    framework: task.framework,
    limits: task.limits,
    startAt: task.startAt,
    maxCells: task.maxCells,
    onRead: (count, names) => port.postMessage({ type: "read", id: task.id, count, names } satisfies WorkerMessage),
    onSheetStart: (index, name) => port.postMessage({ type: "start", id: task.id, index, name } satisfies WorkerMessage),
    onSheetDone: (index, result) => port.postMessage({ type: "sheet", id: task.id, index, result } satisfies WorkerMessage),
    onEngineError: (sheet, err) =>
      port.postMessage({
        type: "engine-error",
        id: task.id,
        sheet,
        detail: err instanceof Error ? (err.stack ?? err.message) : String(err),
      } satisfies WorkerMessage),
  }).then(
    (result) =>
      port.postMessage(
        (result.handedOff
          ? { type: "done", id: task.id, handedOff: true }
          : { type: "done", id: task.id, error: result.error }) satisfies WorkerMessage,
      ),
    (err: unknown) => port.postMessage({ type: "done", id: task.id, error: String(err) } satisfies WorkerMessage),
  );
}

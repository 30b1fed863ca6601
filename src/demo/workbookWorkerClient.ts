/**
 * The page's side of the playground's Web Worker (src/demo/workbookWorker.ts): one worker per file opened, ended
 * as soon as it answers — or at once when the user clicks 取消 (the AbortSignal), however far the reading got.
 */
import type { XlsxBook } from "../fakeExcel/xlsxBook";
import { unreadableWorkbook } from "./fileProblem";
import type { WorkerReply } from "./workbookOpen";

/** The worker's bundle, next to demo.html (a fixed name: webpack.config.js). */
export const WORKER_URL = "workbook-worker.js";

/** Opening was stopped by the user (取消). */
export class OpenCancelled extends Error {
  override readonly name = "OpenCancelled";
}

export interface OpenedBook {
  book: XlsxBook;
  /** Time the worker spent reading (ms). */
  ms: number;
}

/** Reads `bytes` in a fresh worker; `bytes` is transferred (detached here). Rejects with a zh-CN reason. */
export function openInWorker(bytes: ArrayBuffer, signal?: AbortSignal, url: string = WORKER_URL): Promise<OpenedBook> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new OpenCancelled("已取消打开。"));
      return;
    }
    const worker = new Worker(url);
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener("abort", onAbort);
    };
    const onAbort = () => {
      finish();
      reject(new OpenCancelled("已取消打开。"));
    };
    signal?.addEventListener("abort", onAbort);
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      finish();
      const reply = e.data;
      if (reply.ok) resolve({ book: reply.book, ms: reply.ms });
      else reject(new Error(reply.message));
    };
    // The worker itself failed (its script, or it ran out of memory): the page goes on, with the plain reason.
    worker.onerror = (e) => {
      e.preventDefault();
      finish();
      reject(new Error(unreadableWorkbook));
    };
    worker.postMessage({ bytes }, [bytes]);
  });
}

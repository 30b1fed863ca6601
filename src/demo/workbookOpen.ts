/**
 * Opening a workbook for the playground, as messages between the page and its Web Worker (plain data only).
 * `openReply` runs in the worker (or in Node tests); every failure becomes a zh-CN reason, never a library's text.
 */
import type { XlsxBook } from "../fakeExcel/xlsxBook";
import { fileProblem, unreadableWorkbook } from "./fileProblem";

export interface WorkerRequest {
  bytes: ArrayBuffer;
}

export type WorkerReply = { ok: true; book: XlsxBook; ms: number } | { ok: false; message: string };

/** Reads `bytes` with `read` and answers: the workbook, or why it cannot be opened (zh-CN). */
export async function openReply(bytes: ArrayBuffer, read: (bytes: ArrayBuffer) => Promise<XlsxBook>): Promise<WorkerReply> {
  const started = Date.now();
  const problem = fileProblem(bytes);
  if (problem) return { ok: false, message: problem };
  try {
    return { ok: true, book: await read(bytes), ms: Date.now() - started };
  } catch (e) {
    // Our own refusals (a zip bomb…) keep their reason; anything a library threw becomes the plain message.
    const own = e instanceof Error && e.name === "WorkbookRefused";
    return { ok: false, message: own ? e.message : unreadableWorkbook };
  }
}

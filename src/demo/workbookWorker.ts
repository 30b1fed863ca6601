/**
 * The playground's Web Worker: opens an .xlsx off the page's thread — the first-bytes check, the zip caps, the
 * bounds scan of every sheet (src/core/xlsxBounds, the CLI's code and caps) and exceljs — and posts back the
 * workbook as plain data (src/fakeExcel/xlsxBook). The page stays responsive however long a hostile file takes,
 * and 取消 simply terminates the worker (src/demo/workbookWorkerClient.ts).
 *
 * Built by webpack as its own entry, `workbook-worker.js` (webpack.config.js).
 */
import { readXlsxBook } from "../fakeExcel/loadFakeWorkbookFromXlsx";
import { openReply, type WorkerRequest } from "./workbookOpen";

interface WorkerScope {
  onmessage: ((e: { data: WorkerRequest }) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (e) => {
  void openReply(e.data.bytes, readXlsxBook).then((reply) => scope.postMessage(reply));
};

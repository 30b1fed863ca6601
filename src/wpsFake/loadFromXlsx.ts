/**
 * Fills a fake WPS 表格 from a real .xlsx, the way WPS opens it: values (formulas keep their cached result), number
 * formats of value cells, merged ranges, solid fills (as BGR longs), bold, comments (批注), sheet protection. The
 * first visible sheet is active. Only the top-left cell of a merged range holds a value.
 *
 * The file is read once, into plain data, by the Excel fake's reader (src/fakeExcel/loadFakeWorkbookFromXlsx:
 * bounds first, exceljs) — the same reading for both hosts; the playground does that part in its Web Worker and
 * builds the fake ET from the result (./fromBook, no exceljs).
 */
import { readXlsxBook } from "../fakeExcel/loadFakeWorkbookFromXlsx";
import type { FakeEt } from "./fakeEt";
import { fakeEtFromBook } from "./fromBook";
import type { EtQuirks } from "./model";

export { fakeEtFromBook } from "./fromBook";

/** `source`: a path (Node) or the file's bytes (browser). */
export async function loadFakeEtFromXlsx(
  source: string | ArrayBuffer | Uint8Array,
  quirks: Partial<EtQuirks> = {},
): Promise<FakeEt> {
  return fakeEtFromBook(await readXlsxBook(source), quirks);
}

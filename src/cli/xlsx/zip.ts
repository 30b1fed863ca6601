/**
 * The parts of an .xlsx (a zip) the fast reader needs, inflated one at a time and on demand.
 *
 * This does not decide whether a file is safe to expand: `openWorkbookBuffer` (../safeOpen) has already
 * refused encrypted, truncated and bomb-like files from the same central directory before the buffer gets
 * here, read by the same functions (`readCentralDirectory`, `entryData`). The bound given to `readPart` is a
 * second line only (zlib stops at `maxOutputLength`).
 * Zip format: https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT (4.3.12 central directory,
 * 4.3.7 local header, 4.3.16 end of central directory, 4.5.3 ZIP64 extra field).
 */
import zlib from "node:zlib";
import { type ReadLimits, type ZipEntry, entryData, readCentralDirectory } from "../safeOpen";

/** A part as the central directory lists it (the same reading `openWorkbookBuffer` checked). */
export type ZipPart = ZipEntry;

/**
 * The zip's parts by name (as stored, without a leading "/"): the central directory read by the same function that
 * checked the file (`readCentralDirectory`, with the run's limits). Throws on a directory that cannot be read.
 */
export function listParts(buf: Buffer, limits: ReadLimits): Map<string, ZipPart> {
  const parts = new Map<string, ZipPart>();
  for (const e of readCentralDirectory(buf, limits)) parts.set(e.name.replace(/^\//, ""), e);
  return parts;
}

/** One part's bytes, inflated; throws when it is larger than `maxBytes` or corrupt. */
export function readPart(buf: Buffer, part: ZipPart, maxBytes: number): Buffer {
  const data = entryData(buf, part);
  if (part.method === 0) {
    if (data.length > maxBytes) throw new Error(`zip: ${part.name} is too large`);
    return data;
  }
  if (part.method !== 8) throw new Error(`zip: unsupported compression ${part.method}`);
  return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
}

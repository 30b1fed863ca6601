/**
 * Node side of the bounds scan (../core/xlsxBounds): reads the worksheet parts of an .xlsx held in memory (already
 * through ./safeOpen's zip checks, so every part's inflated size is bounded), scans each one before exceljs sees it,
 * and when a sheet had to be trimmed or refused, rebuilds the zip with those parts replaced (the other parts are
 * copied as stored, not re-compressed).
 */
import zlib from "node:zlib";
import { boundWorkbookParts, DEFAULT_SHEET_CAPS, type SheetCaps, type WorkbookBounds } from "../core/xlsxBounds";
import { entryData, readCentralDirectory, type ZipEntry } from "./safeOpen";

export interface BoundedBuffer {
  buffer: Buffer;
  bounds: WorkbookBounds;
}

/** Scans every sheet of the workbook in `buf`; returns the buffer to load (the same one when nothing changed). */
export async function boundWorkbookBuffer(buf: Buffer, caps: SheetCaps = DEFAULT_SHEET_CAPS): Promise<BoundedBuffer> {
  const entries = readCentralDirectory(buf);
  const byName = new Map<string, ZipEntry>();
  for (const e of entries) byName.set(e.name.replace(/^\//, ""), e);
  const replaced = new Map<string, string>();
  const bounds = await boundWorkbookParts(
    {
      has: (part) => byName.has(part),
      read: (part) => {
        const e = byName.get(part)!;
        const data = entryData(buf, e);
        return (e.method === 8 ? zlib.inflateRawSync(data) : data).toString("utf8");
      },
      write: (part, text) => void replaced.set(part, text),
    },
    caps,
  );
  if (replaced.size === 0) return { buffer: buf, bounds };
  return { buffer: rebuildZip(buf, entries, replaced), bounds };
}

/** A new zip: every entry of `entries` copied as stored, except the `replaced` ones (deflated anew). */
export function rebuildZip(buf: Buffer, entries: readonly ZipEntry[], replaced: ReadonlyMap<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const text = replaced.get(e.name.replace(/^\//, ""));
    let data: Buffer;
    let method = e.method;
    let crc = e.crc;
    let size = e.size;
    if (text !== undefined) {
      const raw = Buffer.from(text, "utf8");
      data = zlib.deflateRawSync(raw);
      method = 8;
      crc = zlib.crc32(raw) >>> 0;
      size = raw.length;
    } else data = entryData(buf, e);
    if (data.length >= 0xffffffff || size >= 0xffffffff || offset >= 0xffffffff) {
      // Parts this large never reach here (the caps are far below 4 GB).
      throw new Error("zip part too large to rewrite");
    }
    const flags = e.flags & 0x0800; // keep only "UTF-8 names"; sizes are in the local header now
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(0, 10);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(0, 12);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

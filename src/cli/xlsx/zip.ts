/**
 * The parts of an .xlsx (a zip) the fast reader needs, inflated one at a time and on demand.
 *
 * This does not decide whether a file is safe to expand: `openWorkbookBuffer` (../safeOpen) has already
 * refused encrypted, truncated and bomb-like files from the same central directory before the buffer gets
 * here. The bound given to `readPart` is a second line only (zlib stops at `maxOutputLength`).
 * Zip format: https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT (4.3.12 central directory,
 * 4.3.7 local header, 4.3.16 end of central directory, 4.5.3 ZIP64 extra field).
 */
import zlib from "node:zlib";

export interface ZipPart {
  name: string;
  method: number;
  compressed: number;
  size: number;
  localOffset: number;
}

/** The zip's parts by name (as stored). Throws on a directory that cannot be read. */
export function listParts(buf: Buffer): Map<string, ZipPart> {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("zip: no end of central directory");
  let count = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || buf.readUInt32LE(loc) !== 0x07064b50) throw new Error("zip: bad ZIP64 locator");
    const z64 = Number(buf.readBigUInt64LE(loc + 8));
    if (z64 + 56 > buf.length || buf.readUInt32LE(z64) !== 0x06064b50) throw new Error("zip: bad ZIP64 directory");
    count = Number(buf.readBigUInt64LE(z64 + 32));
    offset = Number(buf.readBigUInt64LE(z64 + 48));
  }
  const parts = new Map<string, ZipPart>();
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw new Error("zip: bad central directory");
    const method = buf.readUInt16LE(p + 10);
    let compressed = buf.readUInt32LE(p + 20);
    let size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    let localOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLen);
    if (size === 0xffffffff || compressed === 0xffffffff || localOffset === 0xffffffff) {
      let q = p + 46 + nameLen;
      const end = q + extraLen;
      while (q + 4 <= end) {
        const id = buf.readUInt16LE(q);
        const len = buf.readUInt16LE(q + 2);
        if (id === 1) {
          let r = q + 4;
          if (size === 0xffffffff) {
            size = Number(buf.readBigUInt64LE(r));
            r += 8;
          }
          if (compressed === 0xffffffff) {
            compressed = Number(buf.readBigUInt64LE(r));
            r += 8;
          }
          if (localOffset === 0xffffffff) localOffset = Number(buf.readBigUInt64LE(r));
          break;
        }
        q += 4 + len;
      }
    }
    parts.set(name.replace(/^\//, ""), { name, method, compressed, size, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return parts;
}

/** One part's bytes, inflated; throws when it is larger than `maxBytes` or corrupt. */
export function readPart(buf: Buffer, part: ZipPart, maxBytes: number): Buffer {
  const lo = part.localOffset;
  if (lo + 30 > buf.length || buf.readUInt32LE(lo) !== 0x04034b50) throw new Error(`zip: bad local header for ${part.name}`);
  const start = lo + 30 + buf.readUInt16LE(lo + 26) + buf.readUInt16LE(lo + 28);
  const data = buf.subarray(start, start + part.compressed);
  if (part.method === 0) {
    if (data.length > maxBytes) throw new Error(`zip: ${part.name} is too large`);
    return data;
  }
  if (part.method !== 8) throw new Error(`zip: unsupported compression ${part.method}`);
  return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
}

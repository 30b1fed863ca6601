/**
 * Opens a workbook file defensively, before exceljs sees a byte of it:
 * - only regular files (a FIFO, socket or device is refused at once instead of blocking forever);
 * - a file-size cap;
 * - the file kind from its first bytes: empty, encrypted (Office password protection wraps the .xlsx in an
 *   OLE compound file holding "EncryptedPackage"), old binary .xls, plain text/CSV renamed, not a zip;
 * - the zip directory: truncated files, zip-level encryption, unknown compression, too many parts, and the
 *   decompressed size of every part (declared sizes, and for parts that could expand past the cap, an actual
 *   bounded inflate, since a zip may lie about sizes) — so a zip bomb is refused before anything expands it.
 * Every refusal is a ReadRefusal with a zh-CN message meant for the report as is.
 */
import { constants as fsConstants, promises as fs } from "node:fs";
import zlib from "node:zlib";

export interface ReadLimits {
  /** Largest .xlsx file read (bytes). */
  maxFileBytes: number;
  /** Largest decompressed size of one part (bytes). */
  maxPartBytes: number;
  /** Largest decompressed size of all parts together (bytes). */
  maxTotalBytes: number;
  /** Most parts (zip entries). */
  maxEntries: number;
  /** Most non-empty cells on one sheet. */
  maxCellsPerSheet: number;
  /** Most characters of text on one sheet. */
  maxTextPerSheet: number;
  /** Largest used area (rows × columns) on one sheet: the reader still visits every cell of it. */
  maxAreaPerSheet: number;
  /** Largest merge index on one sheet (cells of small merges + 64-row blocks of large ones). */
  maxMergeCostPerSheet: number;
  /** Used areas up to this size become a dense grid when compact enough; larger ones stay sparse. */
  denseAreaMax: number;
  /** Longest time one sheet may take in the engine (ms; enforced by the worker pool). */
  maxSheetMs: number;
}

export const DEFAULT_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxFileBytes: 100 * 1024 * 1024,
  maxPartBytes: 100 * 1024 * 1024,
  maxTotalBytes: 300 * 1024 * 1024,
  maxEntries: 20_000,
  maxCellsPerSheet: 1_000_000,
  maxTextPerSheet: 50_000_000,
  maxAreaPerSheet: 20_000_000,
  maxMergeCostPerSheet: 2_000_000,
  denseAreaMax: 4_000_000,
  maxSheetMs: 60_000,
});

/** A file refused before or while reading; `message` is the zh-CN report text. */
export class ReadRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReadRefusal";
  }
}

/** A size for messages: 字节 / KB / MB with one decimal. */
export function MB(n: number): string {
  if (n < 1024) return `${n} 字节`;
  if (n < 1024 * 1024) return `${Math.round((n / 1024) * 10) / 10} KB`;
  return `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
}

/** Reads the file into memory after the checks above; throws ReadRefusal (or the fs error) when it must not be read. */
export async function openWorkbookBuffer(file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<Buffer> {
  const st = await fs.stat(file);
  if (st.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
  if (!st.isFile()) {
    const kind = st.isFIFO()
      ? "命名管道（FIFO）"
      : st.isSocket()
        ? "套接字"
        : st.isCharacterDevice() || st.isBlockDevice()
          ? "设备文件"
          : "特殊文件";
    throw new ReadRefusal(`无法读取文件：这是${kind}，不是普通文件，已跳过`);
  }
  if (st.size === 0) throw new ReadRefusal("无法读取文件：文件是空的（0 字节）");
  if (st.size > limits.maxFileBytes) {
    throw new ReadRefusal(`无法读取文件：文件过大（${MB(st.size)}，上限 ${MB(limits.maxFileBytes)}）`);
  }
  // O_NONBLOCK: if the path was swapped for a FIFO after stat, the open does not wait for a writer.
  const handle = await fs.open(file, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
  let buffer: Buffer;
  try {
    const again = await handle.stat();
    if (!again.isFile()) throw new ReadRefusal("无法读取文件：不是普通文件，已跳过");
    if (again.size > limits.maxFileBytes) {
      throw new ReadRefusal(`无法读取文件：文件过大（${MB(again.size)}，上限 ${MB(limits.maxFileBytes)}）`);
    }
    buffer = await handle.readFile();
  } finally {
    await handle.close();
  }
  if (buffer.length === 0) throw new ReadRefusal("无法读取文件：文件是空的（0 字节）");
  sniff(buffer);
  await inspectZip(buffer, limits);
  return buffer;
}

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");
const ENCRYPTION_INFO = Buffer.from("EncryptionInfo", "utf16le");

/** Refuses what is not a zip, naming what it is. */
export function sniff(buf: Buffer): void {
  if (buf.length >= 8 && buf.subarray(0, 8).equals(CFB_MAGIC)) {
    if (buf.includes(ENCRYPTED_PACKAGE) || buf.includes(ENCRYPTION_INFO)) {
      throw new ReadRefusal(
        "文件已加密：工作簿设置了打开密码，无法检查。请在 Excel 中打开，“文件 → 信息 → 保护工作簿 → 用密码进行加密”清空密码后保存，再检查",
      );
    }
    throw new ReadRefusal(
      "无法读取文件：这是旧版 Excel 97-2003（.xls）或其他 Office 二进制文件，请在 Excel 中另存为 .xlsx 后再检查",
    );
  }
  if (buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && (buf[2] === 0x03 || buf[2] === 0x05 || buf[2] === 0x07)) return;
  if (looksLikeText(buf)) {
    throw new ReadRefusal(
      "无法读取文件：这是纯文本文件（可能是 CSV 改了扩展名），不是 .xlsx；请在 Excel 中打开后另存为 .xlsx 再检查",
    );
  }
  throw new ReadRefusal("无法读取文件：不是有效的 .xlsx 文件（文件头不是 zip 格式）");
}

function looksLikeText(buf: Buffer): boolean {
  const head = buf.subarray(0, 4096);
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return true;
  let ctrl = 0;
  for (const b of head) if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) ctrl++;
  if (ctrl > head.length / 100) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(head.subarray(0, Math.max(0, head.length - 4)));
    return true;
  } catch {
    // GBK-encoded CSV from Chinese Excel: bytes ≥ 0x80 in pairs; still text when no control bytes.
    return ctrl === 0;
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressed: number;
  size: number;
  localOffset: number;
  crc: number;
}

const CORRUPT =
  "无法读取文件：不是有效的 .xlsx 文件（文件不完整或已损坏：zip 目录缺失或有误，可能是下载或复制中断，请重新获取文件）";

/** Central-directory checks and bounded inflate of parts that could expand past the cap. */
export async function inspectZip(buf: Buffer, limits: ReadLimits = DEFAULT_LIMITS): Promise<void> {
  const entries = readCentralDirectory(buf, limits);
  let total = 0;
  let hasWorkbook = false;
  for (const e of entries) {
    const lname = e.name.toLowerCase().replace(/^\//, "");
    if (lname === "xl/workbook.xml") hasWorkbook = true;
    if (lname === "xl/workbook.bin") {
      throw new ReadRefusal("无法读取文件：这是 Excel 二进制工作簿（.xlsb），请在 Excel 中另存为 .xlsx 后再检查");
    }
    if (e.flags & 1) {
      throw new ReadRefusal("文件已加密：zip 内容设置了密码，无法检查；请去掉密码后另存为 .xlsx 再检查");
    }
    if (e.method !== 0 && e.method !== 8) {
      throw new ReadRefusal(`无法读取文件：不支持的压缩方式（${e.method}），请在 Excel 中另存为 .xlsx 后再检查`);
    }
    if (e.size > limits.maxPartBytes) throw tooLarge(e.name, e.size, e.compressed, limits);
    total += e.size;
    if (total > limits.maxTotalBytes) {
      throw new ReadRefusal(
        `无法读取文件：解压后过大（超过 ${MB(limits.maxTotalBytes)}，压缩文件${total > buf.length * 100 ? `只有 ${MB(buf.length)}），可能是“压缩炸弹”，已拒绝` : ` ${MB(buf.length)}），请拆分后再检查`}`,
      );
    }
  }
  if (!hasWorkbook) throw new ReadRefusal("无法读取文件：zip 中没有工作簿（xl/workbook.xml），不是 .xlsx 文件");
  // DEFLATE expands at most ~1032:1, so only parts whose compressed size allows more than the cap can lie.
  let actualTotal = 0;
  for (const e of entries) {
    if (e.method !== 8) {
      actualTotal += e.compressed;
      continue;
    }
    if (e.compressed * 1032 <= limits.maxPartBytes && actualTotal + e.compressed * 1032 <= limits.maxTotalBytes) {
      actualTotal += e.size;
      continue;
    }
    const actual = await inflatedSize(buf, e, Math.min(limits.maxPartBytes, limits.maxTotalBytes - actualTotal));
    if (actual === null) throw tooLarge(e.name, 0, e.compressed, limits, true);
    actualTotal += actual;
  }
}

function tooLarge(name: string, size: number, compressed: number, limits: ReadLimits, atLeast = false): ReadRefusal {
  // Ordinary XML compresses about 5–20:1; far beyond that the file is built to expand.
  const bomb = atLeast || size > compressed * 100 ? "，可能是“压缩炸弹”，已拒绝" : "，文件内容过大，请拆分后再检查";
  return new ReadRefusal(
    atLeast
      ? `无法读取文件：其中的 ${name} 解压后超过上限 ${MB(limits.maxPartBytes)}（压缩前只有 ${MB(compressed)}）${bomb}`
      : `无法读取文件：其中的 ${name} 解压后有 ${MB(size)}，超过上限 ${MB(limits.maxPartBytes)}（压缩前 ${MB(compressed)}）${bomb}`,
  );
}

export function readCentralDirectory(buf: Buffer, limits: ReadLimits = DEFAULT_LIMITS): ZipEntry[] {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ReadRefusal(CORRUPT);
  let count = buf.readUInt16LE(eocd + 10);
  let cdSize = buf.readUInt32LE(eocd + 12);
  let cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    // ZIP64: the locator sits just before the EOCD.
    const loc = eocd - 20;
    if (loc < 0 || buf.readUInt32LE(loc) !== 0x07064b50) throw new ReadRefusal(CORRUPT);
    const z64 = Number(buf.readBigUInt64LE(loc + 8));
    if (z64 + 56 > buf.length || buf.readUInt32LE(z64) !== 0x06064b50) throw new ReadRefusal(CORRUPT);
    count = Number(buf.readBigUInt64LE(z64 + 32));
    cdSize = Number(buf.readBigUInt64LE(z64 + 40));
    cdOffset = Number(buf.readBigUInt64LE(z64 + 48));
  }
  if (count > limits.maxEntries) {
    throw new ReadRefusal(`无法读取文件：zip 中有 ${count} 个部件，超过上限 ${limits.maxEntries}`);
  }
  if (cdOffset + cdSize > buf.length) throw new ReadRefusal(CORRUPT);
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw new ReadRefusal(CORRUPT);
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    let compressed = buf.readUInt32LE(p + 20);
    let size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    let localOffset = buf.readUInt32LE(p + 42);
    if (p + 46 + nameLen + extraLen > buf.length) throw new ReadRefusal(CORRUPT);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLen);
    if (size === 0xffffffff || compressed === 0xffffffff || localOffset === 0xffffffff) {
      // ZIP64 extended information extra field (id 1): the 0xFFFFFFFF fields, in order.
      let q = p + 46 + nameLen;
      const end = q + extraLen;
      while (q + 4 <= end) {
        const id = buf.readUInt16LE(q);
        const len = buf.readUInt16LE(q + 2);
        if (id === 1) {
          let r = q + 4;
          if (size === 0xffffffff && r + 8 <= q + 4 + len) {
            size = Number(buf.readBigUInt64LE(r));
            r += 8;
          }
          if (compressed === 0xffffffff && r + 8 <= q + 4 + len) {
            compressed = Number(buf.readBigUInt64LE(r));
            r += 8;
          }
          if (localOffset === 0xffffffff && r + 8 <= q + 4 + len) localOffset = Number(buf.readBigUInt64LE(r));
          break;
        }
        q += 4 + len;
      }
    }
    if (localOffset + 30 > buf.length || localOffset + compressed > buf.length) throw new ReadRefusal(CORRUPT);
    entries.push({ name, method, flags, compressed, size, localOffset, crc });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The stored (compressed) bytes of an entry. */
export function entryData(buf: Buffer, e: ZipEntry): Buffer {
  const lo = e.localOffset;
  if (buf.readUInt32LE(lo) !== 0x04034b50) throw new ReadRefusal(CORRUPT);
  const start = lo + 30 + buf.readUInt16LE(lo + 26) + buf.readUInt16LE(lo + 28);
  if (start + e.compressed > buf.length) throw new ReadRefusal(CORRUPT);
  return buf.subarray(start, start + e.compressed);
}

/** Actual inflated size of an entry, or null as soon as it passes `limit` (nothing larger is kept in memory). */
async function inflatedSize(buf: Buffer, e: ZipEntry, limit: number): Promise<number | null> {
  const data = entryData(buf, e); // a corrupt local header rejects the promise
  return new Promise((resolve, reject) => {
    const inflate = zlib.createInflateRaw();
    let n = 0;
    let done = false;
    inflate.on("data", (chunk: Buffer) => {
      n += chunk.length;
      if (n > limit && !done) {
        done = true;
        inflate.destroy();
        resolve(null);
      }
    });
    inflate.on("end", () => {
      if (done) return;
      done = true;
      resolve(n);
    });
    inflate.on("error", () => {
      if (done) return;
      done = true;
      reject(new ReadRefusal(CORRUPT));
    });
    inflate.end(data);
  });
}

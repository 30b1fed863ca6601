/**
 * Every file a command writes (check --out, insert-template --out, fix --out) goes through here, so that an output
 * never touches an input or a special file and is never left half written:
 * - `checkOutputTarget`: the output is compared with every input by device + inode and by real path (after folder
 *   expansion and symlink resolution, so a link, a hard link or a file found inside a folder argument all count);
 *   an existing output needs `force`; it must be a regular file or a new path in an existing folder (never a
 *   directory, FIFO, socket or device — renaming over `/dev/null` would replace the device).
 * - `writeAtomically`: writes a temporary file in the same folder and renames it over the output only after a
 *   complete write; on failure or Ctrl+C the temporary file is removed (and Ctrl+C says so).
 * Messages are zh-CN and name the reason; the caller prints them (a refused target is a usage error, exit 2).
 */
import { promises as fs, rmSync, type Stats } from "node:fs";
import path from "node:path";

/** An output the command must not write; `message` is the zh-CN text for the user. */
export class OutputRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OutputRefusal";
  }
}

export interface OutputTargetOptions {
  /** Files the command reads (already expanded from folders). Missing ones are ignored. */
  inputs: readonly string[];
  /** Overwrite an existing regular file. */
  force: boolean;
}

function kindOf(st: Stats): string {
  if (st.isDirectory()) return "文件夹";
  if (st.isFIFO()) return "命名管道（FIFO）";
  if (st.isSocket()) return "套接字";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "设备文件";
  return "特殊文件";
}

async function identity(file: string): Promise<{ real: string; dev: number; ino: number } | null> {
  try {
    const st = await fs.stat(file);
    return { real: await fs.realpath(file), dev: st.dev, ino: st.ino };
  } catch {
    return null;
  }
}

/**
 * Throws OutputRefusal when `out` must not be written: it is (or resolves to) one of the inputs, exists without
 * `force`, is not a regular file, or its folder does not exist.
 */
export async function checkOutputTarget(out: string, options: OutputTargetOptions): Promise<void> {
  if (out === "" || /[\\/]$/.test(out)) throw new OutputRefusal("这是一个文件夹，请给出文件名");
  let st: Stats | null = null;
  try {
    st = await fs.stat(out);
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === "ELOOP") throw new OutputRefusal("这是循环的符号链接，不能写入");
    if (code !== "ENOENT") throw new OutputRefusal(describeWriteError(err));
  }
  const inputs = (await Promise.all(options.inputs.map(identity))).filter((x): x is NonNullable<typeof x> => x !== null);
  if (st) {
    if (st.isDirectory()) throw new OutputRefusal("这是一个文件夹，请给出文件名");
    if (!st.isFile()) {
      throw new OutputRefusal(`这是${kindOf(st)}，不是普通文件；输出只能是普通文件或新文件名，未写出任何内容`);
    }
    if (inputs.some((i) => i.dev === st.dev && i.ino === st.ino)) {
      throw new OutputRefusal("它是要检查的文件之一（可能经由文件夹或链接），不能覆盖它；请另给一个文件名");
    }
    if (!options.force) throw new OutputRefusal("文件已存在；要覆盖请加 --force（或另给一个文件名）");
    return;
  }
  // A new path: its folder must exist, and its real location must not be an input's (a dangling name never is).
  const dir = path.dirname(path.resolve(out));
  let realDir: string;
  try {
    realDir = await fs.realpath(dir);
    if (!(await fs.stat(realDir)).isDirectory()) throw Object.assign(new Error("not a dir"), { code: "ENOTDIR" });
  } catch {
    throw new OutputRefusal("所在文件夹不存在");
  }
  const real = path.join(realDir, path.basename(out));
  if (inputs.some((i) => i.real === real)) {
    throw new OutputRefusal("它是要检查的文件之一，不能覆盖它；请另给一个文件名");
  }
}

/** zh-CN reason a file could not be written. */
export function describeWriteError(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return "所在文件夹不存在";
  if (code === "EISDIR") return "这是一个文件夹，请给出文件名";
  if (code === "EACCES") return "没有写入权限";
  if (code === "EROFS") return "所在磁盘是只读的";
  if (code === "EBUSY" || code === "EPERM") return "文件被占用（可能正在 Excel 中打开）或没有权限，请关闭后重试";
  if (code === "ENOSPC" || code === "EDQUOT") return "磁盘空间不足，请清理磁盘后重试";
  if (code === "ENAMETOOLONG") return "文件名或路径太长";
  if (code === "ELOOP") return "路径中有循环的符号链接";
  if (code === "EMFILE" || code === "ENFILE") return "同时打开的文件太多，请稍后重试";
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split("\n")[0];
}

export interface AtomicWriteOptions {
  /** Where "已中断…" goes when Ctrl+C arrives during the write (default: stderr). */
  writeErr?: (text: string) => void;
  /** Exit code on Ctrl+C (default 130). */
  interruptedExit?: number;
}

/** The temporary file used for `out`: hidden, in the same folder (so the rename is atomic), named by process. */
export function tempPathFor(out: string): string {
  return path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.tmp`);
}

/**
 * Runs `write(tmp)` then renames tmp → out; removes tmp on failure. Ctrl+C during the write removes tmp, says
 * that nothing was written and exits 130. Call checkOutputTarget first.
 */
export async function writeAtomically(
  out: string,
  write: (tmp: string) => Promise<void>,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const tmp = tempPathFor(out);
  const writeErr = options.writeErr ?? ((t: string) => void process.stderr.write(t));
  const onSigint = () => {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // nothing more can be done while exiting
    }
    writeErr(`\n已中断：没有写出 ${out}（临时文件已删除，原有文件未改动）。\n`);
    process.exit(options.interruptedExit ?? 130);
  };
  process.on("SIGINT", onSigint);
  try {
    await write(tmp);
    // The target may have been swapped for a special file since it was checked: never rename over one.
    const now = await fs.stat(out).catch(() => null);
    if (now && !now.isFile()) throw new OutputRefusal(`它已变成${kindOf(now)}，未写出`);
    await fs.rename(tmp, out);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  } finally {
    process.off("SIGINT", onSigint);
  }
}

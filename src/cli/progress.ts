/**
 * The progress line of a long run, on stderr only and only when stderr is a terminal:
 *   检查 3/10（30%）· 已用 0:12 · 预计还需 0:28 · 正在检查 神木/2021.xlsx
 * It redraws one line in place ("\r" + erase line) and is erased before anything else is printed,
 * so reports on stdout (text, json, csv) are never mixed with it.
 */
import path from "node:path";

export interface ProgressOptions {
  write: (text: string) => void;
  /** Draw at all (stderr is a TTY). When false every method is a no-op. */
  enabled: boolean;
  /** Terminal width; the line is cut to fit. */
  columns?: number;
  now?: () => number;
  /** Minimum time between redraws (ms); file changes always redraw. */
  interval?: number;
}

/** "0:05", "12:40", "1:02:03". */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

/** Display width: CJK and full-width characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function cutToWidth(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = "";
  let w = 0;
  for (const ch of s) {
    const cw = displayWidth(ch);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

export class Progress {
  private total = 0;
  private done = 0;
  private current = "";
  private started: number | null = null;
  private lastDraw = -Infinity;
  private drawn = false;
  private readonly now: () => number;

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? Date.now;
  }

  get enabled(): boolean {
    return this.options.enabled;
  }

  /** Files checked so far and in all. */
  get state(): { done: number; total: number; current: string; elapsedMs: number } {
    return {
      done: this.done,
      total: this.total,
      current: this.current,
      elapsedMs: this.started === null ? 0 : this.now() - this.started,
    };
  }

  start(total: number): void {
    this.total = total;
    this.done = 0;
    this.started = this.now();
  }

  fileStart(file: string, index: number, total: number): void {
    if (this.started === null) this.start(total);
    this.total = total;
    this.done = index;
    this.current = file;
    this.draw(true);
  }

  fileDone(_file: string, index: number, total: number): void {
    this.total = total;
    this.done = index + 1;
    this.draw(false);
  }

  /** The line as it would be drawn now (without control characters). */
  line(): string {
    const elapsed = this.started === null ? 0 : this.now() - this.started;
    const pct = this.total > 0 ? Math.floor((this.done / this.total) * 100) : 0;
    const parts = [`检查 ${this.done}/${this.total}（${pct}%）`, `已用 ${formatDuration(elapsed)}`];
    if (this.done > 0 && this.done < this.total)
      parts.push(`预计还需 ${formatDuration((elapsed / this.done) * (this.total - this.done))}`);
    if (this.current && this.done < this.total) parts.push(`正在检查 ${shortName(this.current)}`);
    return cutToWidth(parts.join(" · "), Math.max(20, (this.options.columns || 80) - 1));
  }

  private draw(force: boolean): void {
    if (!this.options.enabled) return;
    const t = this.now();
    if (!force && t - this.lastDraw < (this.options.interval ?? 100)) return;
    this.lastDraw = t;
    this.options.write(`\r\x1b[2K${this.line()}`);
    this.drawn = true;
  }

  /** Erases the line (before printing anything else to the terminal). */
  clear(): void {
    if (!this.options.enabled || !this.drawn) return;
    this.options.write("\r\x1b[2K");
    this.drawn = false;
  }
}

/** The last two path parts ("神木/2021.xlsx"), enough to recognise a file on one line. */
function shortName(file: string): string {
  const parts = file.split(/[\\/]/).filter(Boolean);
  return parts.length > 2 ? parts.slice(-2).join(path.sep === "\\" ? "\\" : "/") : file;
}

/**
 * Fake WPS 表格 (ET) — the workbook model: sheets with cells, merged areas, conditional-format rules, comments and
 * hyperlinks; the application with its switches, counters and event listeners. The JS objects WPS hands out
 * (Application, Range, FormatCondition …) are in ./objects.ts.
 *
 * Sources (each behaviour is cited where it is implemented): WPS 开发文档 office_v19 "WPS 基础接口 / 表格 API 参考"
 * (https://qn.cache.wpscdn.cn/encs/doc/office_v19/index.htm — pages Range, Worksheet, Sheets, FormatConditions,
 * FormatCondition, Comments; ET mirrors the VBA object model, so where a WPS page is silent the Excel VBA page of the
 * same member is cited: learn.microsoft.com/office/vba/api/excel.<member>). Behaviours known only from third-party
 * add-ins are switches ({@link EtQuirks}); the defaults follow the documentation.
 */
import type { CellRange } from "../core/snapshot";

export type Box = CellRange;
export type EtCellValue = string | number | boolean;

export const ET_MAX_ROW = 1048575;
export const ET_MAX_COL = 16383;

export interface EtFakeCell {
  value: EtCellValue | null;
  formula?: string;
  numberFormat?: string;
  /** Interior.Color, a BGR long. */
  fill?: number;
  bold?: boolean;
  wrap?: boolean;
}

export interface EtFakeRule {
  uid: number;
  box: Box;
  /** XlFormatConditionType (1 xlCellValue, 2 xlExpression). */
  type: number;
  operator?: number;
  formula1: string;
  formula2?: string;
  /** Interior.Color (BGR) or null when the rule sets no fill. */
  interior: number | null;
  /** Font.Color (BGR) or null. */
  fontColor: number | null;
  stopIfTrue: boolean;
  alive: boolean;
}

export interface EtFakeComment {
  row: number;
  col: number;
  text: string;
  author: string;
}

export interface EtFakeHyperlink {
  row: number;
  col: number;
  address: string;
  subAddress: string;
  screenTip: string;
  text: string;
}

/**
 * Shapes that differ between WPS builds, known from third-party add-ins (not from the WPS docs). Defaults follow the
 * documentation; tests turn them on.
 */
export interface EtQuirks {
  /**
   * Shape of `Range.Value2` of a block. "array": a 2-D array (the documented Variant array, Windows builds).
   * "item-wrapper": an object with a 1-based `Item(r, c)` (察元 design notes §9.6, stored copy 71371106952).
   */
  value2: "array" | "item-wrapper";
  /**
   * `Range.Address`: "method" as in the Range page ("express.Address ( RowAbsolute … )", example `mc.Address()`);
   * "property" as in the same docs' MergeArea example (`ma.Address == "$A$3"`) and et-jsapi-declare's older shape.
   */
  address: "method" | "property";
  /**
   * How WPS shows Interior.Color: "bgr" as documented (VBA RGB(r,g,b) = r + g·256 + b·65536; 察元: "颜色统一 hex→BGR
   * 整数"); "rgb" simulates a build that would read the long as 0xRRGGBB (not reported anywhere; lets a test show what
   * the marks would look like then — the adapter cannot detect it).
   */
  colour: "bgr" | "rgb";
  /** Default of FormatCondition.StopIfTrue for rules added by code: true as documented ("为了支持向后兼容性，此属性的默认值为 True"). */
  stopIfTrueDefault: boolean;
  /** Assigning a 2-D array to a multi-cell Value2 (察元: Mac builds lack it; then the assignment throws). */
  batchWrite: boolean;
  /** "对单个区域定义的条件格式不能超过三个" (FormatConditions.Add); null lifts the limit. */
  maxConditionsPerRange: number | null;
}

export const DEFAULT_QUIRKS: EtQuirks = {
  value2: "array",
  address: "method",
  colour: "bgr",
  stopIfTrueDefault: true,
  batchWrite: true,
  maxConditionsPerRange: 3,
};

/** An error thrown by the fake where WPS would throw (COM errors surface as JS exceptions). */
export class EtFakeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EtFakeError";
  }
}

export function intersects(a: Box, b: Box): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: Box, inner: Box): boolean {
  return outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right;
}

export class EtFakeSheet {
  readonly cells = new Map<string, EtFakeCell>();
  readonly merges: Box[] = [];
  /** In priority order: index 0 = Priority 1. */
  readonly rules: EtFakeRule[] = [];
  readonly comments = new Map<string, EtFakeComment>();
  readonly hyperlinks: EtFakeHyperlink[] = [];
  readonly columnWidths = new Map<number, number>();
  protectContents = false;
  alive = true;
  selection: Box = { top: 0, left: 0, bottom: 0, right: 0 };

  constructor(
    readonly app: FakeEtApp,
    public name: string,
  ) {}

  cellAt(row: number, col: number): EtFakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  /** The cell record, created when missing. */
  cellRecord(row: number, col: number): EtFakeCell {
    const key = `${row},${col}`;
    let c = this.cells.get(key);
    if (!c) {
      c = { value: null };
      this.cells.set(key, c);
    }
    return c;
  }

  dropIfBlank(row: number, col: number): void {
    const key = `${row},${col}`;
    const c = this.cells.get(key);
    if (c && c.value === null && !c.formula && !c.numberFormat && c.fill === undefined && !c.bold && !c.wrap)
      this.cells.delete(key);
  }

  /** Test set-up: stores a value as it is (no input parsing, no event). */
  setValue(row: number, col: number, value: EtCellValue | null, formula?: string): this {
    const c = this.cellRecord(row, col);
    c.value = value === "" ? null : value;
    if (formula) c.formula = formula;
    else delete c.formula;
    this.dropIfBlank(row, col);
    return this;
  }

  mergeAreaOf(row: number, col: number): Box | null {
    return this.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) ?? null;
  }

  /**
   * Worksheet.UsedRange ("返回一个 Range 对象，该对象表示指定工作表上所使用的区域"): as in VBA, formatted cells count
   * too, not only values; a blank sheet gives A1.
   */
  usedBox(): Box {
    let box: Box | null = null;
    const grow = (b: Box) => {
      box = box
        ? {
            top: Math.min(box.top, b.top),
            left: Math.min(box.left, b.left),
            bottom: Math.max(box.bottom, b.bottom),
            right: Math.max(box.right, b.right),
          }
        : { ...b };
    };
    for (const key of this.cells.keys()) {
      const [r, c] = key.split(",").map(Number);
      grow({ top: r, left: c, bottom: r, right: c });
    }
    for (const m of this.merges) grow(m);
    return box ?? { top: 0, left: 0, bottom: 0, right: 0 };
  }

  /** Comments in the order of Worksheet.Comments (by position, row first). */
  commentList(): EtFakeComment[] {
    return [...this.comments.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  }

  /** Rows `at`… move by `n` (n > 0: rows inserted before `at`; n < 0: rows at…at-n-1 deleted). */
  shiftRows(at: number, n: number): void {
    const moved = new Map<string, EtFakeCell>();
    for (const [key, cell] of this.cells) {
      const [r, c] = key.split(",").map(Number);
      if (r < at) moved.set(key, cell);
      else if (n < 0 && r < at - n) continue;
      else moved.set(`${r + n},${c}`, cell);
    }
    this.cells.clear();
    for (const [k, v] of moved) this.cells.set(k, v);
    const shiftBox = (b: Box): Box | null => {
      if (n > 0) {
        if (b.top >= at) return { ...b, top: b.top + n, bottom: b.bottom + n };
        if (b.bottom >= at) return { ...b, bottom: b.bottom + n }; // rows inserted inside the area widen it
        return b;
      }
      const last = at - n - 1;
      if (b.bottom < at) return b;
      if (b.top > last) return { ...b, top: b.top + n, bottom: b.bottom + n };
      if (b.top >= at && b.bottom <= last) return null; // wholly deleted
      const top = b.top < at ? b.top : at;
      const bottom = Math.max(top, b.bottom + n < top ? top : b.bottom + n);
      return { ...b, top, bottom };
    };
    const merges = this.merges.map(shiftBox).filter((b): b is Box => b !== null && (b.top !== b.bottom || b.left !== b.right));
    this.merges.splice(0, this.merges.length, ...merges);
    for (let i = this.rules.length - 1; i >= 0; i--) {
      const b = shiftBox(this.rules[i].box);
      if (b) this.rules[i].box = b;
      else {
        this.rules[i].alive = false;
        this.rules.splice(i, 1);
      }
    }
    const comments = [...this.comments.values()];
    this.comments.clear();
    for (const c of comments) {
      if (c.row < at) this.comments.set(`${c.row},${c.col}`, c);
      else if (n < 0 && c.row < at - n) continue;
      else {
        c.row += n;
        this.comments.set(`${c.row},${c.col}`, c);
      }
    }
  }

  // ── what the user sees (for tests) ──

  /**
   * The conditional formatting that shows on a cell: rules evaluated in priority order; for one format attribute the
   * higher-priority true rule wins; a true rule with StopIfTrue stops the rest (FormatCondition.StopIfTrue:
   * "该值确定在当前规则的计算结果为 True 时是否应计算单元格上的其他格式规则"). Conditions the fake can evaluate:
   * expressions =TRUE/=FALSE/=ISTEXT("…") and cell-value comparisons with a number; others count as true.
   */
  shownFormat(row: number, col: number): { fill: number | null; fontColor: number | null; rules: number[] } {
    let fill: number | null = null;
    let fontColor: number | null = null;
    const applied: number[] = [];
    for (const rule of this.rules) {
      const b = rule.box;
      if (row < b.top || row > b.bottom || col < b.left || col > b.right) continue;
      if (!this.ruleTrue(rule, row, col)) continue;
      applied.push(rule.uid);
      if (fill === null && rule.interior !== null) fill = rule.interior;
      if (fontColor === null && rule.fontColor !== null) fontColor = rule.fontColor;
      if (rule.stopIfTrue) break;
    }
    return { fill, fontColor, rules: applied };
  }

  private ruleTrue(rule: EtFakeRule, row: number, col: number): boolean {
    const f = rule.formula1.trim();
    if (rule.type === 2) {
      if (/^=?TRUE$/i.test(f)) return true;
      if (/^=?FALSE$/i.test(f)) return false;
      if (/^=ISTEXT\(".*"\)$/i.test(f)) return true;
      return true;
    }
    const v = this.cellAt(row, col)?.value;
    const x = Number(f.replace(/^=/, ""));
    if (typeof v !== "number" || !Number.isFinite(x)) return false;
    switch (rule.operator) {
      case 3: // xlEqual
        return v === x;
      case 5: // xlGreater
        return v > x;
      case 6: // xlLess
        return v < x;
      default:
        return true;
    }
  }
}

/** Arguments WPS passes to an ApiEvent listener; the fake passes the sheet and range objects (see objects.ts). */
export type EtListener = (...args: unknown[]) => void;

export class EtFakeWorkbook {
  readonly sheets: EtFakeSheet[] = [];
  active: EtFakeSheet | null = null;

  constructor(readonly app: FakeEtApp) {}

  addSheet(name: string): EtFakeSheet {
    if (this.sheet(name)) throw new EtFakeError(`工作表“${name}”已存在`);
    const s = new EtFakeSheet(this.app, name);
    this.sheets.push(s);
    if (!this.active) this.active = s;
    return s;
  }

  /** Sheet names compare case-insensitively, as in Excel/WPS. */
  sheet(name: string): EtFakeSheet | undefined {
    return this.sheets.find((s) => s.alive && s.name.toLowerCase() === name.toLowerCase());
  }

  live(): EtFakeSheet[] {
    return this.sheets.filter((s) => s.alive);
  }

  activate(name: string): this {
    const s = this.sheet(name);
    if (!s) throw new EtFakeError(`没有工作表“${name}”`);
    this.active = s;
    return this;
  }
}

export class FakeEtApp {
  readonly quirks: EtQuirks;
  readonly workbook = new EtFakeWorkbook(this);
  /** Every member read, write or call on an ET object (each is a synchronous call into WPS). */
  calls = 0;
  /** Changes made through the API. */
  mutations = 0;
  /** Changes made through the API while ScreenUpdating was on (the adapter turns it off while painting). */
  visibleMutations = 0;
  /** When set, the n-th API change from now throws (a write WPS refuses half-way); counts down. */
  failOnMutation: number | null = null;
  screenUpdating = true;
  displayAlerts = true;
  readonly listeners = new Map<string, Set<EtListener>>();
  readonly pluginStorage = new Map<string, unknown>();
  readonly taskPanes: { id: number; url: string; title: string; visible: boolean }[] = [];
  /** Labels of every API call, in order (tests print them on failure). */
  readonly log: string[] = [];
  private nextUid = 1;

  constructor(quirks: Partial<EtQuirks> = {}) {
    this.quirks = { ...DEFAULT_QUIRKS, ...quirks };
  }

  newUid(): number {
    return this.nextUid++;
  }

  /** Called by every changing API operation before it changes anything. */
  mutate(label: string, sheet?: EtFakeSheet): void {
    if (sheet && !sheet.alive) throw new EtFakeError(`工作表已删除（${label}）`);
    if (this.failOnMutation !== null) {
      this.failOnMutation -= 1;
      if (this.failOnMutation <= 0) {
        this.failOnMutation = null;
        throw new EtFakeError(`模拟失败：WPS 拒绝了 ${label}`);
      }
    }
    this.mutations++;
    if (this.screenUpdating) this.visibleMutations++;
  }

  /** Worksheet protection: changing a protected sheet throws (Worksheet.ProtectContents). */
  assertUnprotected(sheet: EtFakeSheet, label: string): void {
    if (sheet.protectContents) throw new EtFakeError(`工作表“${sheet.name}”受保护，${label} 被拒绝`);
  }

  emit(event: string, ...args: unknown[]): void {
    for (const l of [...(this.listeners.get(event) ?? [])]) {
      try {
        l(...args);
      } catch {
        // a failing listener does not break WPS
      }
    }
  }
}

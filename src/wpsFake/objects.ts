/**
 * Fake WPS 表格 (ET) — the objects WPS hands to JavaScript: Application, Workbook, Sheets, Worksheet, Range,
 * FormatConditions/FormatCondition, Interior, Font, Comments/Comment, Hyperlinks, ApiEvent, TaskPane.
 *
 * Strict: every object is a Proxy that counts each member read/write/call (`app.calls`; each is a synchronous
 * call into WPS, "10000 个单元格赋值耗时 2000 毫秒" per the official performance page quoted by 察元) and throws on a
 * member it does not have — the adapter cannot use anything this fake does not implement from the docs.
 */
/* eslint-disable @typescript-eslint/no-this-alias -- inside the object literals below `this` is the literal (the JS object WPS
   hands out); the factory is reached through `o` */
import { columnLetters, fromA1 } from "../core/cellAddress";
import {
  ET_MAX_COL,
  ET_MAX_ROW,
  EtFakeError,
  contains,
  intersects,
  type Box,
  type EtCellValue,
  type EtFakeRule,
  type EtFakeSheet,
  type FakeEtApp,
} from "./model";

const PASS_THROUGH = new Set<PropertyKey>(["then", "toJSON", "constructor", "$$typeof", "asymmetricMatch", "nodeType"]);

/** Wraps `target` so unknown members throw and every access counts as one call. */
function strict<T extends object>(app: FakeEtApp, label: string, target: T): T {
  return new Proxy(target, {
    get(t, prop, receiver) {
      if (typeof prop === "symbol" || PASS_THROUGH.has(prop)) return Reflect.get(t, prop, receiver);
      if (!(prop in t)) throw new EtFakeError(`${label} 没有成员 ${String(prop)}`);
      app.calls++;
      const v = Reflect.get(t, prop, t);
      if (typeof v === "function") {
        return (...args: unknown[]) => {
          app.log.push(`${label}.${String(prop)}()`);
          return (v as (...a: unknown[]) => unknown).apply(t, args);
        };
      }
      return v;
    },
    set(t, prop, value) {
      if (typeof prop === "symbol" || !(prop in t)) throw new EtFakeError(`${label} 的成员 ${String(prop)} 不可写`);
      app.calls++;
      app.log.push(`${label}.${String(prop)}=`);
      const desc = findDescriptor(t, prop);
      if (desc && !desc.set && !desc.writable) throw new EtFakeError(`${label}.${String(prop)} 只读`);
      return Reflect.set(t, prop, value, t);
    },
  });
}

function findDescriptor(o: object, prop: PropertyKey): PropertyDescriptor | undefined {
  let p: object | null = o;
  while (p) {
    const d = Object.getOwnPropertyDescriptor(p, prop);
    if (d) return d;
    p = Object.getPrototypeOf(p) as object | null;
  }
  return undefined;
}

export function boxA1(b: Box, absolute = true): string {
  const d = absolute ? "$" : "";
  const cell = (r: number, c: number) => `${d}${columnLetters(c)}${d}${r + 1}`;
  return b.top === b.bottom && b.left === b.right ? cell(b.top, b.left) : `${cell(b.top, b.left)}:${cell(b.bottom, b.right)}`;
}

/** "B5", "$A$1:$C$3", "5:7" (whole rows), "C:C" (whole columns) → box. */
export function parseRef(ref: string): Box {
  const s = ref.replace(/\$/g, "").trim();
  const rows = /^(\d+):(\d+)$/.exec(s);
  if (rows) return { top: Number(rows[1]) - 1, bottom: Number(rows[2]) - 1, left: 0, right: ET_MAX_COL };
  const cols = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(s);
  if (cols) return { top: 0, bottom: ET_MAX_ROW, left: fromA1(`${cols[1]}1`).col, right: fromA1(`${cols[2]}1`).col };
  const parts = s.split(":");
  if (parts.length > 2 || parts.some((p) => !/^[A-Za-z]{1,3}\d{1,7}$/.test(p))) throw new EtFakeError(`无效的区域引用：${ref}`);
  const a = fromA1(parts[0]);
  const b = fromA1(parts[1] ?? parts[0]);
  const box = {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
  if (box.bottom > ET_MAX_ROW || box.right > ET_MAX_COL) throw new EtFakeError(`区域超出工作表：${ref}`);
  return box;
}

/**
 * A string written to Value2 is taken like typed input, as in VBA (Range.Value): a leading apostrophe marks text (and
 * is not stored), "=…" is a formula, a plain number becomes a number, TRUE/FALSE booleans. A cell formatted as text
 * ("@") stores the string verbatim.
 */
export function parseInput(v: unknown, numberFormat: string | undefined): { value: EtCellValue | null; formula?: string } {
  if (v === null || v === undefined || v === "") return { value: null };
  if (typeof v === "number" || typeof v === "boolean") return { value: v };
  const s = String(v);
  if (numberFormat === "@") return { value: s };
  if (s.startsWith("'")) return { value: s.slice(1) === "" ? null : s.slice(1) };
  if (s.startsWith("=") && s.length > 1) return { value: null, formula: s };
  if (/^-?\d+(\.\d+)?$/.test(s.trim())) return { value: Number(s) };
  if (/^(true|false)$/i.test(s.trim())) return { value: /^true$/i.test(s.trim()) };
  return { value: s };
}

const isWholeRows = (b: Box) => b.left === 0 && b.right === ET_MAX_COL;

export class EtFakeObjects {
  /** Worksheet objects handed out → their sheet (so a Worksheet passed back as an argument is recognised). */
  private readonly sheetOf = new WeakMap<object, EtFakeSheet>();

  constructor(readonly app: FakeEtApp) {}

  application(): object {
    const o = this;
    const app = this.app;
    return strict(app, "Application", {
      get ActiveWorkbook() {
        return o.workbook();
      },
      get ActiveSheet() {
        const s = app.workbook.active;
        return s && s.alive ? o.worksheet(s) : null;
      },
      get Worksheets() {
        return o.sheets();
      },
      get ScreenUpdating() {
        return app.screenUpdating;
      },
      set ScreenUpdating(v: boolean) {
        app.screenUpdating = Boolean(v);
      },
      /** VBA Application.DisplayAlerts: false suppresses the confirmation of Worksheet.Delete. */
      get DisplayAlerts() {
        return app.displayAlerts;
      },
      set DisplayAlerts(v: boolean) {
        app.displayAlerts = Boolean(v);
      },
      get ApiEvent() {
        return o.apiEvent();
      },
      get PluginStorage() {
        return strict(app, "PluginStorage", {
          getItem: (k: string) => app.pluginStorage.get(k),
          setItem: (k: string, v: unknown) => void app.pluginStorage.set(k, v),
        });
      },
      /** Application.CreateTaskPane(url, title) → TaskPane {ID, Visible, …} (wpsjs ET template js/taskpane.js). */
      CreateTaskPane(url: string, title?: string) {
        const pane = { id: app.taskPanes.length + 1, url, title: title ?? "", visible: false };
        app.taskPanes.push(pane);
        return o.taskPane(pane);
      },
      GetTaskPane(id: number) {
        const pane = app.taskPanes.find((p) => p.id === Number(id));
        if (!pane) throw new EtFakeError(`没有任务窗格 ${id}`);
        return o.taskPane(pane);
      },
    });
  }

  taskPane(pane: { id: number; url: string; title: string; visible: boolean }): object {
    return strict(this.app, "TaskPane", {
      get ID() {
        return pane.id;
      },
      get Visible() {
        return pane.visible;
      },
      set Visible(v: boolean) {
        pane.visible = Boolean(v);
      },
    });
  }

  apiEvent(): object {
    const app = this.app;
    return strict(app, "ApiEvent", {
      /** Application.ApiEvent.AddApiEventListener(name, callback) (et-jsapi-declare addon.et.d.ts lists SheetChange). */
      AddApiEventListener(name: string, cb: (...a: unknown[]) => void) {
        let set = app.listeners.get(name);
        if (!set) app.listeners.set(name, (set = new Set()));
        set.add(cb);
      },
      RemoveApiEventListener(name: string, cb: (...a: unknown[]) => void) {
        app.listeners.get(name)?.delete(cb);
      },
    });
  }

  workbook(): object {
    const o = this;
    return strict(this.app, "Workbook", {
      get Worksheets() {
        return o.sheets();
      },
      get Sheets() {
        return o.sheets();
      },
    });
  }

  sheets(): object {
    const o = this;
    const app = this.app;
    const wb = app.workbook;
    return strict(app, "Sheets", {
      get Count() {
        return wb.live().length;
      },
      /** 1-based index or name; a missing item throws (VBA "下标越界"). */
      Item(index: number | string) {
        const s = typeof index === "number" ? wb.live()[index - 1] : wb.sheet(String(index));
        if (!s) throw new EtFakeError(`下标越界：${index}`);
        return o.worksheet(s);
      },
      /**
       * Sheets.Add(Before, After, Count, Type): "新建工作表、图表或宏表。新建的工作表将成为活动工作表"; before `Before`,
       * after `After`, else before the active sheet (VBA Sheets.Add). Named Sheet<n>.
       */
      Add(before?: unknown, after?: unknown) {
        const anchorBefore = before ? o.sheetOf.get(before as object) : undefined;
        const anchorAfter = after ? o.sheetOf.get(after as object) : undefined;
        if ((before && !anchorBefore) || (after && !anchorAfter)) throw new EtFakeError("Sheets.Add 的 Before/After 须为工作表");
        app.mutate("Sheets.Add");
        let n = wb.sheets.length + 1;
        while (wb.sheet(`Sheet${n}`)) n++;
        const s = wb.addSheet(`Sheet${n}`);
        const list = wb.sheets;
        list.splice(list.indexOf(s), 1);
        const at = anchorAfter
          ? list.indexOf(anchorAfter) + 1
          : anchorBefore
            ? list.indexOf(anchorBefore)
            : wb.active
              ? list.indexOf(wb.active)
              : list.length;
        list.splice(Math.max(0, at), 0, s);
        wb.active = s;
        return o.worksheet(s);
      },
    });
  }

  worksheet(sheet: EtFakeSheet): object {
    const ws = this.worksheetObject(sheet);
    this.sheetOf.set(ws, sheet);
    return ws;
  }

  private worksheetObject(sheet: EtFakeSheet): object {
    const o = this;
    const app = this.app;
    return strict(app, `Worksheet(${sheet.name})`, {
      get Name() {
        if (!sheet.alive) throw new EtFakeError("工作表已删除");
        return sheet.name;
      },
      /** Names: ≤ 31 characters, none of : \ / ? * [ ], unique case-insensitively (VBA Worksheet.Name). */
      set Name(v: string) {
        const name = String(v);
        if (name === "" || name.length > 31 || /[:\\/?*[\]]/.test(name)) throw new EtFakeError(`无效的工作表名称：${name}`);
        const other = app.workbook.sheet(name);
        if (other && other !== sheet) throw new EtFakeError(`工作表名称已存在：${name}`);
        app.mutate("Worksheet.Name", sheet);
        sheet.name = name;
      },
      get Index() {
        return app.workbook.live().indexOf(sheet) + 1;
      },
      /** Worksheet.UsedRange: formatted cells count too (VBA); A1 on a blank sheet. */
      get UsedRange() {
        return o.range(sheet, sheet.usedBox());
      },
      get Cells() {
        return o.range(sheet, { top: 0, left: 0, bottom: ET_MAX_ROW, right: ET_MAX_COL });
      },
      get Comments() {
        return o.comments(sheet);
      },
      get Hyperlinks() {
        return o.hyperlinks(sheet);
      },
      /** Worksheet.ProtectContents (VBA): true while the sheet is protected. */
      get ProtectContents() {
        return sheet.protectContents;
      },
      Range(ref: string) {
        return o.range(sheet, parseRef(ref));
      },
      Activate() {
        if (!sheet.alive) throw new EtFakeError("工作表已删除");
        app.workbook.active = sheet;
      },
      /**
       * Worksheet.Delete: with DisplayAlerts on WPS asks the user first (VBA: "a dialog box that prompts the user to
       * confirm the deletion"); the fake refuses instead of blocking. The last sheet cannot be deleted.
       */
      Delete() {
        if (app.displayAlerts) throw new EtFakeError("删除工作表会弹出确认对话框（DisplayAlerts 为 true）");
        if (app.workbook.live().length <= 1) throw new EtFakeError("不能删除唯一的工作表");
        app.mutate("Worksheet.Delete", sheet);
        sheet.alive = false;
        if (app.workbook.active === sheet) app.workbook.active = app.workbook.live()[0] ?? null;
      },
    });
  }

  hyperlinks(sheet: EtFakeSheet): object {
    const app = this.app;
    return strict(app, "Hyperlinks", {
      /** Hyperlinks.Add(Anchor, Address, SubAddress, ScreenTip, TextToDisplay) (VBA); the anchor shows the text. */
      Add(anchor: unknown, address: string, subAddress?: string, screenTip?: string, text?: string) {
        const box = (anchor as { __box?: Box }).__box;
        if (!box) throw new EtFakeError("Hyperlinks.Add 需要 Range 作为 Anchor");
        app.assertUnprotected(sheet, "Hyperlinks.Add");
        app.mutate("Hyperlinks.Add", sheet);
        sheet.hyperlinks.push({
          row: box.top,
          col: box.left,
          address: address ?? "",
          subAddress: subAddress ?? "",
          screenTip: screenTip ?? "",
          text: text ?? "",
        });
        if (text) sheet.cellRecord(box.top, box.left).value = text;
        return {};
      },
    });
  }

  comments(sheet: EtFakeSheet): object {
    const o = this;
    return strict(this.app, "Comments", {
      get Count() {
        return sheet.comments.size;
      },
      Item(index: number) {
        const c = sheet.commentList()[index - 1];
        if (!c) throw new EtFakeError(`下标越界：${index}`);
        return o.comment(sheet, c.row, c.col);
      },
    });
  }

  comment(sheet: EtFakeSheet, row: number, col: number): object {
    const o = this;
    const app = this.app;
    const key = `${row},${col}`;
    const get = () => {
      const c = sheet.comments.get(key);
      if (!c || !sheet.alive) throw new EtFakeError("批注已删除");
      return c;
    };
    return strict(app, `Comment(${boxA1({ top: row, left: col, bottom: row, right: row === row ? col : col }, false)})`, {
      /** Comment.Text(Text?) — a method: no argument reads, an argument replaces (VBA Comment.Text). */
      Text(text?: string) {
        const c = get();
        if (text !== undefined) {
          app.assertUnprotected(sheet, "Comment.Text");
          app.mutate("Comment.Text", sheet);
          c.text = String(text);
        }
        return c.text;
      },
      get Author() {
        return get().author;
      },
      get Parent() {
        get();
        return o.range(sheet, { top: row, left: col, bottom: row, right: col });
      },
      Delete() {
        get();
        app.assertUnprotected(sheet, "Comment.Delete");
        app.mutate("Comment.Delete", sheet);
        sheet.comments.delete(key);
      },
    });
  }

  formatConditions(sheet: EtFakeSheet, box: Box): object {
    const o = this;
    const app = this.app;
    const list = () => sheet.rules.filter((r) => intersects(r.box, box));
    return strict(app, "FormatConditions", {
      get Count() {
        return list().length;
      },
      Item(index: number) {
        const r = list()[index - 1];
        if (!r) throw new EtFakeError(`下标越界：${index}`);
        return o.formatCondition(sheet, r);
      },
      /**
       * FormatConditions.Add(Type, Operator, Formula1, Formula2) → FormatCondition. "对单个区域定义的条件格式不能超过三个"
       * (quirks.maxConditionsPerRange). StopIfTrue starts at quirks.stopIfTrueDefault (documented True). The new rule
       * is evaluated first (Priority 1), as Excel adds it [I: the WPS page does not say].
       */
      Add(type: number, operator?: number, formula1?: string, formula2?: string) {
        app.assertUnprotected(sheet, "FormatConditions.Add");
        const max = app.quirks.maxConditionsPerRange;
        if (max !== null && list().length >= max) throw new EtFakeError(`区域 ${boxA1(box)} 已有 ${max} 个条件格式`);
        if (type !== 1 && type !== 2) throw new EtFakeError(`不支持的条件格式类型 ${type}`);
        app.mutate("FormatConditions.Add", sheet);
        const rule: EtFakeRule = {
          uid: app.newUid(),
          box: { ...box },
          type,
          operator: type === 1 ? operator : undefined,
          formula1: formula1 === undefined ? "" : String(formula1),
          formula2: formula2 === undefined ? undefined : String(formula2),
          interior: null,
          fontColor: null,
          stopIfTrue: app.quirks.stopIfTrueDefault,
          alive: true,
        };
        sheet.rules.unshift(rule);
        return o.formatCondition(sheet, rule);
      },
    });
  }

  formatCondition(sheet: EtFakeSheet, rule: EtFakeRule): object {
    const o = this;
    const app = this.app;
    const live = () => {
      if (!rule.alive || !sheet.alive) throw new EtFakeError("条件格式已删除");
      return rule;
    };
    const change = (label: string) => {
      live();
      app.assertUnprotected(sheet, label);
      app.mutate(label, sheet);
    };
    return strict(app, "FormatCondition", {
      get Type() {
        return live().type;
      },
      get Operator() {
        return live().operator;
      },
      get Formula1() {
        return live().formula1;
      },
      get Priority() {
        return sheet.rules.indexOf(live()) + 1;
      },
      /** FormatCondition.Priority: "值必须为介于 1 和工作表上条件格式规则总数之间的正整数 … 可能会导致 … 其他规则的优先级值移位". */
      set Priority(v: unknown) {
        const p = Number(v);
        if (!Number.isInteger(p) || p < 1 || p > sheet.rules.length) throw new EtFakeError(`无效的优先级 ${String(v)}`);
        change("FormatCondition.Priority");
        sheet.rules.splice(sheet.rules.indexOf(rule), 1);
        sheet.rules.splice(p - 1, 0, rule);
      },
      get StopIfTrue() {
        return live().stopIfTrue;
      },
      set StopIfTrue(v: boolean) {
        change("FormatCondition.StopIfTrue");
        rule.stopIfTrue = Boolean(v);
      },
      get AppliesTo() {
        return o.range(sheet, live().box);
      },
      get Interior() {
        return strict(app, "FormatCondition.Interior", {
          get Color() {
            return live().interior;
          },
          set Color(v: unknown) {
            change("FormatCondition.Interior.Color");
            rule.interior = Number(v);
          },
        });
      },
      get Font() {
        return strict(app, "FormatCondition.Font", {
          get Color() {
            return live().fontColor;
          },
          set Color(v: unknown) {
            change("FormatCondition.Font.Color");
            rule.fontColor = Number(v);
          },
        });
      },
      Delete() {
        change("FormatCondition.Delete");
        rule.alive = false;
        sheet.rules.splice(sheet.rules.indexOf(rule), 1);
      },
      /** SetFirstPriority / SetLastPriority: "将在工作表级别应用条件格式规则的优先级". */
      SetFirstPriority() {
        change("FormatCondition.SetFirstPriority");
        sheet.rules.splice(sheet.rules.indexOf(rule), 1);
        sheet.rules.unshift(rule);
      },
      SetLastPriority() {
        change("FormatCondition.SetLastPriority");
        sheet.rules.splice(sheet.rules.indexOf(rule), 1);
        sheet.rules.push(rule);
      },
    });
  }

  range(sheet: EtFakeSheet, box: Box): object {
    const o = this;
    const app = this.app;
    const rows = box.bottom - box.top + 1;
    const cols = box.right - box.left + 1;
    const single = rows === 1 && cols === 1;
    const alive = () => {
      if (!sheet.alive) throw new EtFakeError("工作表已删除");
    };
    const forEach = (fn: (r: number, c: number) => void) => {
      for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) fn(r, c);
    };
    /** A covered cell of a merged area reads empty (only the top-left holds the value). */
    const valueAt = (r: number, c: number): EtCellValue | undefined => {
      const v = sheet.cellAt(r, c)?.value;
      return v === null || v === undefined ? undefined : v;
    };
    const address = (...args: unknown[]) => boxA1(box, args[0] !== false);
    const target: Record<string, unknown> & { __box: Box } = {
      __box: box,
      get Row() {
        return box.top + 1;
      },
      get Column() {
        return box.left + 1;
      },
      get Rows() {
        return strict(app, "Rows", { Count: rows });
      },
      get Columns() {
        return strict(app, "Columns", { Count: cols });
      },
      get Worksheet() {
        return o.worksheet(sheet);
      },
      /**
       * Range.Value2 ("返回或设置单元格值。 Variant 类型，可读写"; dates as serial numbers, VBA Value2): one cell gives its
       * value (undefined when empty); a block gives a 2-D array, or the Item(r, c) wrapper with quirks.value2.
       */
      get Value2() {
        alive();
        if (single) return valueAt(box.top, box.left);
        if (rows * cols > 5_000_000) throw new EtFakeError("区域过大");
        if (app.quirks.value2 === "item-wrapper") {
          return { Item: (r: number, c: number) => valueAt(box.top + r - 1, box.left + c - 1), Count: rows * cols };
        }
        return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => valueAt(box.top + i, box.left + j)));
      },
      set Value2(v: unknown) {
        alive();
        app.assertUnprotected(sheet, "Range.Value2");
        const grid: unknown[][] | null = Array.isArray(v)
          ? (v as unknown[]).map((line) => (Array.isArray(line) ? line : [line]))
          : null;
        if (grid && !single && !app.quirks.batchWrite) throw new EtFakeError("此版本不支持批量赋值");
        app.mutate("Range.Value2", sheet);
        forEach((r, c) => {
          const raw = grid ? grid[r - box.top]?.[c - box.left] : v;
          const cell = sheet.cellRecord(r, c);
          const parsed = parseInput(raw, cell.numberFormat);
          cell.value = parsed.value;
          if (parsed.formula) cell.formula = parsed.formula;
          else delete cell.formula;
          sheet.dropIfBlank(r, c);
        });
        // VBA raises Worksheet_Change for changes made by code too.
        app.emit("SheetChange", o.worksheet(sheet), o.range(sheet, box));
      },
      /** Range.Formula: the formula, or the value as text when the cell holds none (VBA). Single cells only here. */
      get Formula() {
        alive();
        if (!single) throw new EtFakeError("假 WPS 只支持单个单元格的 Formula");
        const cell = sheet.cellAt(box.top, box.left);
        return cell?.formula ?? (cell?.value === null || cell?.value === undefined ? "" : String(cell.value));
      },
      /** Range.NumberFormat: "如果指定区域中的所有单元格包含不同的数字格式，则此属性返回 Null". */
      get NumberFormat() {
        alive();
        let first: string | undefined;
        let same = true;
        let seen = false;
        forEach((r, c) => {
          const f = sheet.cellAt(r, c)?.numberFormat ?? "General";
          if (!seen) {
            first = f;
            seen = true;
          } else if (f !== first) same = false;
        });
        return same ? first : null;
      },
      set NumberFormat(v: unknown) {
        app.assertUnprotected(sheet, "Range.NumberFormat");
        app.mutate("Range.NumberFormat", sheet);
        forEach((r, c) => {
          const cell = sheet.cellRecord(r, c);
          if (v === "General") delete cell.numberFormat;
          else cell.numberFormat = String(v);
          sheet.dropIfBlank(r, c);
        });
      },
      /** Range.MergeCells: "如果区域包含合并单元格，则为 True". */
      get MergeCells() {
        alive();
        return sheet.merges.some((m) => intersects(m, box));
      },
      /** Range.MergeArea: "只应用于单个单元格区域"; the merged area holding the cell, or the cell itself. */
      get MergeArea() {
        alive();
        if (!single) throw new EtFakeError("MergeArea 只应用于单个单元格");
        return o.range(sheet, sheet.mergeAreaOf(box.top, box.left) ?? box);
      },
      Address: app.quirks.address === "method" ? address : undefined,
      get FormatConditions() {
        alive();
        return o.formatConditions(sheet, box);
      },
      /** Range.Comment: the cell's comment or null (VBA: Nothing). */
      get Comment() {
        alive();
        if (!single) throw new EtFakeError("Comment 只应用于单个单元格");
        return sheet.comments.has(`${box.top},${box.left}`) ? o.comment(sheet, box.top, box.left) : null;
      },
      /** Range.AddComment(Text): a cell that already has a comment refuses (VBA raises an error). */
      AddComment(text?: string) {
        alive();
        if (!single) throw new EtFakeError("AddComment 只应用于单个单元格");
        if (sheet.comments.has(`${box.top},${box.left}`)) throw new EtFakeError("该单元格已有批注");
        app.assertUnprotected(sheet, "Range.AddComment");
        app.mutate("Range.AddComment", sheet);
        sheet.comments.set(`${box.top},${box.left}`, { row: box.top, col: box.left, text: text ?? "", author: "WPS 用户" });
        return o.comment(sheet, box.top, box.left);
      },
      get Interior() {
        return strict(app, "Interior", {
          get Color() {
            let first: number | undefined;
            let same = true;
            forEach((r, c) => {
              const f = sheet.cellAt(r, c)?.fill ?? 0xffffff;
              if (first === undefined) first = f;
              else if (f !== first) same = false;
            });
            return same ? first : null;
          },
          set Color(v: unknown) {
            app.assertUnprotected(sheet, "Interior.Color");
            app.mutate("Interior.Color", sheet);
            forEach((r, c) => {
              sheet.cellRecord(r, c).fill = Number(v);
            });
          },
        });
      },
      get Font() {
        return strict(app, "Font", {
          get Bold() {
            return Boolean(sheet.cellAt(box.top, box.left)?.bold);
          },
          set Bold(v: boolean) {
            app.assertUnprotected(sheet, "Font.Bold");
            app.mutate("Font.Bold", sheet);
            forEach((r, c) => {
              sheet.cellRecord(r, c).bold = Boolean(v);
              sheet.dropIfBlank(r, c);
            });
          },
        });
      },
      get WrapText() {
        return Boolean(sheet.cellAt(box.top, box.left)?.wrap);
      },
      set WrapText(v: boolean) {
        app.assertUnprotected(sheet, "Range.WrapText");
        app.mutate("Range.WrapText", sheet);
        forEach((r, c) => {
          sheet.cellRecord(r, c).wrap = Boolean(v);
          sheet.dropIfBlank(r, c);
        });
      },
      get ColumnWidth() {
        return sheet.columnWidths.get(box.left) ?? 8.38;
      },
      /** Range.ColumnWidth: in characters of the standard font (VBA). */
      set ColumnWidth(v: number) {
        app.mutate("Range.ColumnWidth", sheet);
        for (let c = box.left; c <= box.right; c++) sheet.columnWidths.set(c, Number(v));
      },
      /** Range.Select: "由于必须选定位于活动工作表上的单元格，因此必须先激活工作表". */
      Select() {
        alive();
        if (app.workbook.active !== sheet) throw new EtFakeError("只能选定活动工作表上的单元格");
        sheet.selection = { ...box };
      },
      /** Range.Merge(Across): "由指定的 Range 对象创建合并单元格"; several values in the area need a confirmation. */
      Merge() {
        alive();
        app.assertUnprotected(sheet, "Range.Merge");
        const overlapping = sheet.merges.filter((m) => intersects(m, box));
        if (overlapping.some((m) => !contains(box, m))) throw new EtFakeError("不能合并与其他合并区域部分重叠的区域");
        let values = 0;
        forEach((r, c) => {
          if (sheet.cellAt(r, c)?.value !== null && sheet.cellAt(r, c)?.value !== undefined) values++;
        });
        if (values > 1 && app.displayAlerts) throw new EtFakeError("合并会丢失数据（会弹出确认对话框）");
        app.mutate("Range.Merge", sheet);
        for (const m of overlapping) sheet.merges.splice(sheet.merges.indexOf(m), 1);
        forEach((r, c) => {
          if (r === box.top && c === box.left) return;
          const cell = sheet.cellAt(r, c);
          if (cell) {
            cell.value = null;
            delete cell.formula;
            sheet.dropIfBlank(r, c);
          }
        });
        if (!single) sheet.merges.push({ ...box });
      },
      /** Range.UnMerge: "将合并区域分解为独立的单元格". */
      UnMerge() {
        alive();
        app.assertUnprotected(sheet, "Range.UnMerge");
        app.mutate("Range.UnMerge", sheet);
        for (const m of sheet.merges.filter((x) => intersects(x, box))) sheet.merges.splice(sheet.merges.indexOf(m), 1);
      },
      /**
       * Range.Insert(Shift): "在工作表或宏表中插入一个单元格或单元格区域，其他单元格相应移位以腾出空间"; the new rows
       * take the formats of the row above (VBA CopyOrigin default xlFormatFromLeftOrAbove). Whole rows only here.
       */
      Insert() {
        alive();
        if (!isWholeRows(box)) throw new EtFakeError("假 WPS 只支持插入整行");
        app.assertUnprotected(sheet, "Range.Insert");
        app.mutate("Range.Insert", sheet);
        sheet.shiftRows(box.top, rows);
        if (box.top > 0) {
          for (const [key, cell] of [...sheet.cells]) {
            const [r, c] = key.split(",").map(Number);
            if (r !== box.top - 1) continue;
            for (let k = 0; k < rows; k++) {
              if (cell.numberFormat === undefined && cell.fill === undefined && !cell.bold && !cell.wrap) continue;
              const n = sheet.cellRecord(box.top + k, c);
              n.numberFormat = cell.numberFormat;
              n.fill = cell.fill;
              n.bold = cell.bold;
              n.wrap = cell.wrap;
              if (n.numberFormat === undefined) delete n.numberFormat;
              if (n.fill === undefined) delete n.fill;
            }
          }
        }
      },
      /** Range.Delete(Shift): "删除对象". Whole rows only here. */
      Delete() {
        alive();
        if (!isWholeRows(box)) throw new EtFakeError("假 WPS 只支持删除整行");
        app.assertUnprotected(sheet, "Range.Delete");
        app.mutate("Range.Delete", sheet);
        sheet.shiftRows(box.top, -rows);
      },
    };
    if (app.quirks.address === "property") {
      Object.defineProperty(target, "Address", { get: () => boxA1(box), enumerable: true });
    }
    return strict(app, `Range(${boxA1(box, false)})`, target);
  }
}

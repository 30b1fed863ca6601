/**
 * Reads a money figure from a cell value: a number, or text such as "50", "50万元", "5000元", "１００",
 * "10,000.00". The unit of a bare number comes from the label, the heading or a "金额单位：元" line
 * (`unit`), never simply assumed. A value that cannot be read is unknown — never 0.
 */
import { isErrorValue, labelKey, normalizeText } from "../text/normalize";
import type { SheetGrid } from "./sheetGrid";

export interface MoneyReading {
  amountWan: number | null;
  /** Why the amount is unknown although the cell is not empty. */
  problem?: "unreadable" | "heading";
}

const HEADING = /^(金额|预算数|预算金额|资金|万元|元|金额万元|金额元|全年预算数|执行数)$/;

/** Amount in 万元 with the reason when it cannot be read. Bare numbers are in `unit` (default 万元). */
/** A date written in a money cell's text ("2022年", "2022年12月31日"): never part of an amount. */
export const DATE_IN_TEXT = /(?<![\d.])\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?/g;

export function readMoney(value: unknown, unit: "万元" | "元" = "万元"): MoneyReading {
  const scale = unit === "元" ? 1 / 10000 : 1;
  if (value === null || value === undefined) return { amountWan: null };
  if (typeof value === "number")
    return Number.isFinite(value) ? { amountWan: value * scale } : { amountWan: null, problem: "unreadable" };
  if (typeof value !== "string") return { amountWan: null, problem: "unreadable" };
  if (isErrorValue(value)) return { amountWan: null, problem: "unreadable" };
  const t = normalizeText(value).replace(/[\s]/g, "");
  if (!t) return { amountWan: null };
  // A dash, a slash or 无 in a money column is how accounts write "nothing on this line": no amount, and nothing
  // unreadable either.
  if (/^([-—–－]+|[/／\\]+|无)$/.test(t)) return { amountWan: null };
  if (!/\d/.test(t)) {
    return HEADING.test(labelKey(t)) ? { amountWan: null, problem: "heading" } : { amountWan: null, problem: "unreadable" };
  }
  // A date in the text ("2022年…项目38.75万元") is no amount: the year is never read as the figure.
  const clean = t.replace(/(\d),(?=\d{3}(?!\d))/g, "$1").replace(DATE_IN_TEXT, "");
  if (!/\d/.test(clean)) return { amountWan: null, problem: "unreadable" };
  // A figure typed twice or garbled ("5.005.00", "1.2.3"): unknown, never a wrong number.
  if (/\d+\.\d+\.\d/.test(clean)) return { amountWan: null, problem: "unreadable" };
  // Two amounts glued together outside brackets ("854万854万(…)", "10万元5万元"): which one is meant is unknown.
  if (/(?:亿元|万元|万|元)-?\d/.test(clean.replace(/[(（][^()（）]*[)）]/g, "")))
    return { amountWan: null, problem: "unreadable" };
  const numbers = clean.match(/-?\d+(?:\.\d+)?(?:亿元|万元|万|元)?/g) ?? [];
  const m = /(-?\d+(?:\.\d+)?)(亿元|万元|万|元)?/.exec(clean);
  if (!m) return { amountWan: null, problem: "unreadable" };
  // Several different amounts in one cell without words between them ("10 10", "1010万元10万元"): unreadable.
  if (numbers.length > 1 && numbers.every((n) => /万|元/.test(n)) && new Set(numbers).size === 1)
    return { amountWan: null, problem: "unreadable" };
  const n = Number(m[1]);
  switch (m[2]) {
    case "亿元":
      return { amountWan: n * 10000 };
    case "元":
      return { amountWan: n / 10000 };
    case "万元":
    case "万":
      return { amountWan: n };
    default:
      return { amountWan: n * scale };
  }
}

/** Amount in 万元, or null when the value holds no readable amount. */
export function readMoneyWan(value: unknown, unit: "万元" | "元" = "万元"): number | null {
  return readMoney(value, unit).amountWan;
}

/**
 * The unit a form writes its amounts in: "元" when a line says "金额单位：元" / "单位：元" (井研), else 万元.
 * Labels and cells that name their own unit override it.
 */
export function moneyUnitOf(grid: SheetGrid, top: number, bottom: number): "万元" | "元" {
  const last = Math.min(bottom, top + 40);
  for (let row = top; row <= last; row++) {
    for (let col = grid.left; col <= Math.min(grid.right, grid.left + 30); col++) {
      const t = grid.text(row, col);
      if (!t || t.length > 30 || !/单位/.test(t)) continue;
      const k = normalizeText(t).replace(/\s+/g, "");
      if (/(金额|资金)?单位[:]?万元/.test(k)) return "万元";
      if (/(金额|资金)?单位[:]?元/.test(k)) return "元";
    }
  }
  return "万元";
}

/**
 * Reads a money figure (万元) from a cell value: a number, or text such as "50", "50万元", "5000元", "１００".
 */
import { normalizeText } from "../text/normalize";

/** Amount in 万元, or null when the text holds no amount. Bare numbers are taken as 万元 (the forms' unit). */
export function readMoneyWan(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string") return null;
  const t = normalizeText(value).replace(/[,\s]/g, "");
  if (!t) return null;
  const m = /(-?\d+(?:\.\d+)?)(亿元|万元|万|元)?/.exec(t);
  if (!m) return null;
  const n = Number(m[1]);
  switch (m[2]) {
    case "亿元":
      return n * 10000;
    case "元":
      return n / 10000;
    default:
      return n;
  }
}

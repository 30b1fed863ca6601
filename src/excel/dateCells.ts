/**
 * Office.js returns a date cell's value as its serial number; the engine reads dates as text.
 * With the cell's number format (loaded in the same batch) a date serial becomes "YYYY-MM-DD",
 * the same text the command line's exceljs reader produces.
 */
import type { CellValue } from "../core/snapshot";

/** True for number formats that show a date ("yyyy/m/d", "yyyy\"年\"m\"月\"d\"日\"", "[$-804]mmm-yy"…). */
export function isDateFormat(format: string): boolean {
  if (!format || format === "General" || format === "@") return false;
  // Drop quoted literals, escaped characters and [colour]/[locale] sections before looking for date codes.
  const codes = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  return /[ymd]/i.test(codes) && !/^[#0.,%\s]*$/.test(codes);
}

/** Excel's 1900 date system serial → "YYYY-MM-DD" (serial 1 = 1900-01-01, with Excel's 1900 leap-year quirk). */
export function serialToIsoDate(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400000);
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** A loaded value with its number format applied where that changes its meaning (dates). */
export function withNumberFormat(value: CellValue, format: string | undefined): CellValue {
  if (typeof value === "number" && format !== undefined && value > 0 && value < 2958466 && isDateFormat(format)) {
    return serialToIsoDate(value);
  }
  return value;
}

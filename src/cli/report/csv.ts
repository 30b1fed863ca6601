/**
 * CSV report (`--format csv`): one row per finding, for other tools.
 * UTF-8 with a byte-order mark (so Excel opens the Chinese text correctly), RFC 4180 quoting with
 * CRLF line ends, and a guard against formula injection: a cell starting with = + - @ (or a tab or
 * carriage return) gets a leading apostrophe so a spreadsheet shows it as text instead of running it.
 */
import { FINDING_COLUMNS, type ReportData, findingTexts } from "./reportData";

export const CSV_HEADER = FINDING_COLUMNS;

const BOM = "\uFEFF";

/** Neutralises a leading formula character (OWASP "CSV injection"). */
export function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: quote when the field holds a comma, quote, CR or LF; double inner quotes. */
export function quoteCsv(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvRow(values: readonly string[]): string {
  return values.map((v) => quoteCsv(guardFormula(v))).join(",");
}

export function renderCsvReport(data: ReportData): string {
  const lines = [csvRow(CSV_HEADER)];
  for (const f of data.findings) {
    lines.push(csvRow(findingTexts(f)));
  }
  return `${BOM}${lines.join("\r\n")}\r\n`;
}

/** Indicator rows of a form as the cross-project checks see them. */
import type { IndicatorValue, Period } from "../model/form";
import type { ParsedValue } from "../model/parsedValue";
import { isFillerText } from "../parse/indicatorValue";
import { normalizeText } from "../text/normalize";
import { type AcrossForm, compactKey } from "./context";

export interface IndicatorEntry {
  at: AcrossForm;
  /** 三级 as written, its cell and its comparison key. */
  name: string;
  nameCell: string;
  nameKey: string;
  period: Period;
  value: IndicatorValue;
}

/** Every 三级 with a written (non-filler) value, one entry per value column. */
export function indicatorEntries(at: AcrossForm): IndicatorEntry[] {
  const out: IndicatorEntry[] = [];
  for (const table of at.form.indicators?.tables ?? []) {
    for (const row of table.rows) {
      const name = normalizeText(row.level3.text);
      if (!name || isFillerText(name)) continue;
      for (const value of row.values) {
        if (!normalizeText(value.text) || isFillerText(value.text)) continue;
        out.push({ at, name, nameCell: row.level3.cell, nameKey: compactKey(name), period: value.period, value });
      }
    }
  }
  return out;
}

/** A value's target as a comparable key, and its unit (null when it has none). */
export function targetKey(v: ParsedValue, text: string): { key: string; unit: string | null } {
  switch (v.kind) {
    case "quantitative":
      return { key: `q:${v.operator ?? ""}:${v.number}:${v.unit?.text ?? ""}`, unit: v.unit?.text ?? null };
    case "deadline":
      return { key: `d:${v.year ?? ""}-${v.month ?? ""}-${v.day ?? ""}:${v.recurrence}`, unit: null };
    case "duration":
      return { key: `t:${v.operator ?? ""}:${v.amount}:${v.unit}:${v.immediate}`, unit: v.unit };
    default:
      return { key: `x:${compactKey(text)}`, unit: null };
  }
}

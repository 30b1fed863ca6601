/**
 * A number together with its multiplier and unit, read from inside a longer text:
 * "2.5万张" → 25000 张, "30 万" → 30 万元, "17万/套/年" → 17 万元/套/年, "3千人" → 3000 人.
 */
import type { Unit } from "../model/parsedValue";
import { cleanFloat, findNumbers, MULTIPLIERS, readNumberAt } from "./number";
import { readUnitAt, type ReadUnitOptions } from "./unit";

/** A quantity found in a text (indices refer to that text). */
export interface QuantityMatch {
  /**
   * The value. Multipliers are applied when a non-money unit follows ("2.5万张" → 25000);
   * a 万/亿 followed by no other unit is the money unit itself ("30万" → 30, unit 万元).
   */
  number: number;
  /** Digits and multipliers as written ("2.5万", "1,850"). */
  numberText: string;
  unit: Unit | null;
  start: number;
  /** End of the number and its multipliers. */
  numberEnd: number;
  /** End of the whole quantity (after the unit when there is one). */
  end: number;
}

function skipSpaces(text: string, index: number): number {
  let i = index;
  while (text[i] === " ") i++;
  return i;
}

/**
 * True when the multiplier character at `index` scales the number rather than being (part of)
 * the unit: 千/百 unless a unit starts there ("千元", "千米"); 万/亿 only when a non-money unit
 * follows ("万张", "万人次", and with open units "万粒"), since "万元", "万" and "万/套/年" are money units.
 */
function isMultiplierAt(text: string, index: number, options: ReadUnitOptions = {}): boolean {
  const ch = text[index];
  if (ch === "千" || ch === "百") return readUnitAt(text, index) === null;
  if (ch === "万" || ch === "亿") {
    // Open units too where the caller reads them (an indicator value): "550万粒" is 5,500,000 粒, not 550 万元.
    const after = readUnitAt(text, index + 1, options);
    return after !== null && after.unit.kind !== "money";
  }
  return false;
}

/**
 * Reads the quantity whose digits start exactly at `index` of a half-width text, or null when
 * no digit starts there (or the digits overflow to Infinity).
 */
export function readQuantityAt(text: string, index: number, options: ReadUnitOptions = {}): QuantityMatch | null {
  const num = readNumberAt(text, index);
  if (!num) return null;
  let value = num.value;
  let p = num.end;
  for (let q = skipSpaces(text, p); isMultiplierAt(text, q, options); q = skipSpaces(text, p)) {
    value *= MULTIPLIERS[text[q]];
    p = q + 1;
  }
  if (!Number.isFinite(value)) return null;
  const unit = readUnitAt(text, p, options);
  return {
    number: cleanFloat(value),
    numberText: text.slice(index, p).replace(/\s+/g, ""),
    unit: unit ? unit.unit : null,
    start: index,
    numberEnd: p,
    end: unit ? unit.end : p,
  };
}

/** All quantities in a half-width text, left to right, not overlapping. */
export function findQuantities(text: string): QuantityMatch[] {
  const out: QuantityMatch[] = [];
  let from = 0;
  for (const n of findNumbers(text)) {
    if (n.start < from) continue;
    const q = readQuantityAt(text, n.start);
    if (!q) continue;
    out.push(q);
    from = q.end;
  }
  return out;
}

/**
 * Units of measure (计量单位) as written after indicator values and in 经费测算 texts:
 * "%", "人次", "套", "万元", "元/人/年", "万元/套/年", "小时", "个工作日", …
 */
import type { Unit, UnitKind } from "../model/parsedValue";
import { toHalfWidth } from "../text/normalize";

interface UnitSpec {
  kind: UnitKind;
  /** Canonical text when it differs from the written one (bare "万" → "万元"). */
  canonical?: string;
  /** Money only: factor to 万元. */
  toWan?: number;
}

const MONEY: Readonly<Record<string, UnitSpec>> = {
  元: { kind: "money", toWan: 0.0001 },
  千元: { kind: "money", toWan: 0.1 },
  万元: { kind: "money", toWan: 1 },
  亿元: { kind: "money", toWan: 10000 },
  /** A bare 万 standing as the unit is money: "≤30万" = 30万元. */
  万: { kind: "money", toWan: 1, canonical: "万元" },
  亿: { kind: "money", toWan: 10000, canonical: "亿元" },
};

const COUNT_WORDS = [
  "人次",
  "户次",
  "台次",
  "架次",
  "人",
  "户",
  "家",
  "个",
  "项",
  "套",
  "台",
  "次",
  "场",
  "张",
  "卷",
  "份",
  "篇",
  "件",
  "辆",
  "所",
  "批",
  "册",
  "本",
  "期",
  "名",
  "位",
  "条",
  "处",
  "间",
  "座",
  "块",
  "支",
  "部",
  "盒",
  "袋",
  "箱",
  "组",
  "节",
  "课时",
  "学时",
  "例",
  "笔",
  "宗",
  "起",
  "枚",
  "根",
  "把",
  "片",
  "层",
  "栋",
  "幅",
  "株",
  "头",
  "只",
  "村",
  "镇",
  "乡",
  "社区",
  "校",
  "园",
  "站",
  "轮",
  "趟",
  "班",
  "届",
  "车次",
  "床",
  "家次",
  "对",
];
const TIME_WORDS = ["个工作日", "工作日", "个小时", "小时", "分钟", "个月", "月", "年", "周", "天", "日", "秒", "季度"];
const OTHER_WORDS = [
  "平方米",
  "立方米",
  "平方公里",
  "公里",
  "千米",
  "厘米",
  "毫米",
  "米",
  "吨",
  "公斤",
  "千克",
  "克",
  "亩",
  "公顷",
  "千瓦",
  "兆瓦",
  "个百分点",
  "百分点",
  "分",
  "㎡",
  "m²",
  "m2",
  "km",
  "kg",
  "GB",
  "TB",
];

const SIMPLE_UNITS: ReadonlyMap<string, UnitSpec> = new Map<string, UnitSpec>([
  ["%", { kind: "percent" }],
  ["‰", { kind: "percent" }],
  ...Object.entries(MONEY),
  ...COUNT_WORDS.map((w): [string, UnitSpec] => [w, { kind: "count" }]),
  ...TIME_WORDS.map((w): [string, UnitSpec] => [w, { kind: "time" }]),
  ...OTHER_WORDS.map((w): [string, UnitSpec] => [w, { kind: "other" }]),
]);

/** Simple unit words, longest first so "人次" wins over "人" and "个工作日" over "个". */
const SIMPLE_WORDS: readonly string[] = [...SIMPLE_UNITS.keys()].sort((a, b) => b.length - a.length);

/** Separators between a unit and its denominators: "元/人/年", "元/人·年". */
const PER_SEPARATORS = "/·•";

/** A unit read from inside a longer text. */
export interface UnitMatch {
  unit: Unit;
  /** Index where the unit text starts (after skipped spaces) and ends. */
  start: number;
  end: number;
}

/** The longest simple unit word at `index`, or null. */
function readSimpleWord(text: string, index: number): string | null {
  for (const w of SIMPLE_WORDS) if (text.startsWith(w, index)) return w;
  return null;
}

/** Builds a Unit from a base word and its denominators. */
function makeUnit(baseWord: string, per: string[], separators: string[]): Unit {
  const spec = SIMPLE_UNITS.get(baseWord)!;
  const base = spec.canonical ?? baseWord;
  const text = base + per.map((p, i) => separators[i] + p).join("");
  const unit: Unit = { text, kind: spec.kind, per, base };
  if (spec.toWan !== undefined) unit.toWan = spec.toWan;
  return unit;
}

/**
 * Reads the unit starting at `index` of a half-width text (leading spaces skipped), with
 * denominators: "万元/套/年医保" at 0 → 万元/套/年 (per 套, 年). Returns null when no unit starts there.
 */
export function readUnitAt(text: string, index: number): UnitMatch | null {
  let start = index;
  while (text[start] === " ") start++;
  const baseWord = readSimpleWord(text, start);
  if (!baseWord) return null;
  let end = start + baseWord.length;
  const per: string[] = [];
  const separators: string[] = [];
  while (PER_SEPARATORS.includes(text[end] ?? "\u0000")) {
    const word = readSimpleWord(text, end + 1);
    const kind = word ? SIMPLE_UNITS.get(word)!.kind : null;
    if (!word || kind === "money" || kind === "percent") break;
    separators.push(text[end] === "/" ? "/" : "·");
    per.push(word);
    end += 1 + word.length;
  }
  return { unit: makeUnit(baseWord, per, separators), start, end };
}

/**
 * Parses a unit cell or a unit written alone: "%", "％", "人次", "万元/套/年", "元/人·年", "（元/人/年）".
 * Brackets and spaces around it are ignored. Returns null for anything that is not exactly one unit.
 * Bare "万"/"亿" are read as money and rendered "万元"/"亿元".
 */
export function parseUnit(text: string): Unit | null {
  const t = toHalfWidth(text ?? "")
    .replace(/\s+/g, "")
    .replace(/^[([{<]+|[)\]}>]+$/g, "");
  if (!t) return null;
  const m = readUnitAt(t, 0);
  return m && m.end === t.length ? m.unit : null;
}

/** True when `word` is a known simple unit of the given kind ("人" → count, "小时" → time). */
export function isUnitWordOfKind(word: string, kind: UnitKind): boolean {
  return SIMPLE_UNITS.get(word)?.kind === kind;
}

/** True for a money unit without denominators ("元", "万元"), i.e. one whose amount is a sum of money. */
export function isPlainMoney(unit: Unit | null | undefined): unit is Unit & { toWan: number } {
  return !!unit && unit.kind === "money" && unit.per.length === 0 && unit.toWan !== undefined;
}

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
  "MB",
  "KB",
  "M",
  "m",
  "KM",
  "cm",
  "mm",
  "t",
  "kW",
  "kWh",
  "MW",
  "Mbps",
  "G",
];

const SIMPLE_UNITS: ReadonlyMap<string, UnitSpec> = new Map<string, UnitSpec>([
  ["%", { kind: "percent" }],
  ["百分比", { kind: "percent", canonical: "%" }],
  ["‰", { kind: "percent" }],
  ...Object.entries(MONEY),
  ...COUNT_WORDS.map((w): [string, UnitSpec] => [w, { kind: "count" }]),
  ...TIME_WORDS.map((w): [string, UnitSpec] => [w, { kind: "time" }]),
  ...OTHER_WORDS.map((w): [string, UnitSpec] => [w, { kind: "other" }]),
]);

/** Simple unit words, longest first so "人次" wins over "人" and "个工作日" over "个". */
const SIMPLE_WORDS: readonly string[] = [...SIMPLE_UNITS.keys()].sort((a, b) => b.length - a.length);

/**
 * Separators between a unit and its denominators: "元/人/年", "元/人·年", and the stand-ins people type for the
 * middle dot: "元/人.每天" (湘西), "元/人*月" (濉溪), "元/人×月".
 */
const PER_SEPARATORS = "/·•.*×";

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
function makeUnit(baseWord: string, per: string[], separators: string[], spec: UnitSpec = SIMPLE_UNITS.get(baseWord)!): Unit {
  const base = spec.canonical ?? baseWord;
  const text = base + per.map((p, i) => separators[i] + p).join("");
  const unit: Unit = { text, kind: spec.kind, per, base };
  if (spec.toWan !== undefined) unit.toWan = spec.toWan;
  return unit;
}

/**
 * Open-world units. A unit is whatever short noun phrase follows the number, not only the words listed
 * above: "≥6批次", "＝1座", "≥220门", "＝5元/生·天", "80M". The vocabulary only says what a unit measures
 * (money, time, rate, count); an unlisted unit is read as a count when it ends in a counter word
 * ("批次" → 次), else as "other". A run is a unit only when it is short (≤ 4 characters), made of letters
 * (Han or Latin), ends the value (or is followed by a bracket, separator or punctuation), and holds no
 * word that makes it a clause: a verb, a connective, a bound word (以上/以内/前/后 …). "夹带了文字" is then
 * kept for real sentences inside a value ("≥95%的学生", "3次完成验收"), never for an unknown unit.
 */
const UNIT_RUN_CHAR = /[\u3400-\u9fff㎡㎞℃]/;
/** Characters that may follow an open unit: end, brackets, list or sentence punctuation, a separator. */
const AFTER_UNIT = /^[\s)\]}>,;.!?、，；。！？：:（）]*$|^[)\]}>（）(]/;
/** Words that make a run a clause rather than a unit. */
const CLAUSE_WORDS =
  /的|和|与|及|并|或|且|完成|达到|确保|保证|实现|开展|开工|竣工|验收|启动|左右|以上|以下|以内|之内|内$|前$|后$|至|到|每|约|共|均|累计|不|未|已|将|应|年度|月底|年底|底$|号$|日$/;
/** Latin symbols are a closed set (SI and IT units, listed above): a Latin run is never an open unit ("5A"). */
const MAX_OPEN_UNIT = 4;

/**
 * The bounds written after a quantity ("6批次以上", "3个工作日以内"): they end the unit before them, and
 * parseIndicatorValue reads them as the comparison.
 */
export const BOUND_WORDS = ["及以上", "以上", "及以下", "以下", "以内", "之内"] as const;
const BOUND_AFTER = new RegExp(`^(${BOUND_WORDS.join("|")})`);

function readOpenRun(text: string, start: number, maxLength: number): string | null {
  let end = start;
  while (
    end < text.length &&
    end - start <= maxLength &&
    UNIT_RUN_CHAR.test(text[end]) &&
    !(end > start && BOUND_AFTER.test(text.slice(end)))
  )
    end++;
  const run = text.slice(start, end);
  if (!run || run.length > maxLength) return null;
  if (CLAUSE_WORDS.test(run)) return null;
  return run;
}

/** Kind of an unlisted unit word: the kind of the counter word it ends with ("批次" → count), else "other". */
function openKind(word: string): UnitSpec {
  for (let i = 1; i < word.length; i++) {
    const tail = SIMPLE_UNITS.get(word.slice(i));
    if (tail && (tail.kind === "count" || tail.kind === "time")) return { kind: tail.kind };
  }
  return { kind: word.length <= 2 && /^[\u3400-\u9fff]+$/.test(word) ? "count" : "other" };
}

export interface ReadUnitOptions {
  /**
   * Accept unlisted units (a short noun phrase that ends the value). Only for indicator values and unit
   * cells, where what follows the number is the unit; never for dates or 经费测算 sentences.
   */
  open?: boolean;
}

/**
 * Reads the unit starting at `index` of a half-width text (leading spaces skipped), with
 * denominators: "万元/套/年医保" at 0 → 万元/套/年 (per 套, 年). Returns null when no unit starts there.
 * With `open`, unlisted units are read too (see above).
 */
export function readUnitAt(text: string, index: number, options: ReadUnitOptions = {}): UnitMatch | null {
  let start = index;
  while (text[start] === " ") start++;
  let baseWord = readSimpleWord(text, start);
  let spec: UnitSpec | undefined = baseWord ? SIMPLE_UNITS.get(baseWord) : undefined;
  if (options.open) {
    // A listed word that is only the start of a longer unit ("批" of "批次", "个" of "个工作站"): the whole run.
    const run = readOpenRun(text, start, MAX_OPEN_UNIT);
    const money = spec?.kind === "money" || spec?.kind === "percent";
    if (run && (!baseWord || (run.length > baseWord.length && !money)) && isUnitEnd(text, start + run.length)) {
      if (!SIMPLE_UNITS.has(run)) spec = openKind(run);
      else spec = SIMPLE_UNITS.get(run);
      baseWord = run;
    }
  }
  if (!baseWord || !spec) return null;
  let end = start + baseWord.length;
  const per: string[] = [];
  const separators: string[] = [];
  while (PER_SEPARATORS.includes(text[end] ?? "\u0000")) {
    // "元/人.每天": the 每 after a separator only repeats "per".
    const skip = text[end] !== "/" && text[end + 1] === "每" ? 1 : 0;
    const at = end + 1 + skip;
    let word = readSimpleWord(text, at);
    if (options.open) {
      const run = readOpenRun(text, at, 3);
      if (run && (!word || run.length > word.length) && isUnitEnd(text, at + run.length)) word = run;
    }
    const kind = word ? (SIMPLE_UNITS.get(word)?.kind ?? "count") : null;
    if (!word || kind === "money" || kind === "percent") break;
    separators.push(text[end] === "/" ? "/" : "·");
    per.push(word);
    end = at + word.length;
  }
  return { unit: makeUnit(baseWord, per, separators, spec), start, end };
}

/** True when a unit may end at `index`: end of text, a denominator separator, or closing punctuation. */
function isUnitEnd(text: string, index: number): boolean {
  if (index >= text.length) return true;
  if (PER_SEPARATORS.includes(text[index])) return true;
  const rest = text.slice(index);
  // A bound after the unit ends the value as well: "批次以上" is the unit 批次 and ≥.
  const bound = BOUND_AFTER.exec(rest);
  return AFTER_UNIT.test(bound ? rest.slice(bound[0].length) : rest);
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
  const m = readUnitAt(t, 0, { open: true });
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

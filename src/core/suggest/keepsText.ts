/**
 * "Keep every character the suggestion does not mean to change": a proposal may only
 * - add or replace a comparison operator (≥ ≤ = …) or the word "前" after a date,
 * - drop whitespace, operator words (不低于, 以上 …), placeholder marks (*, ××, empty brackets) and the text the
 *   finding names as extra,
 * - add a unit that is written in another cell of the same row (the 三级 name: "人均补助(元/人)" → "≤4000元/人"),
 * and never adds, drops or changes a number that is not inside the text the finding names as extra.
 * Anything else (a lost character, a new figure, a guessed unit) means the proposal is not offered.
 */

const OPERATOR_CHARS = "≥≤=＝<>＜＞≧≦﹦═";
const OPERATOR_WORDS =
  /大于或等于|小于或等于|大于等于|小于等于|不低于|不少于|不超过|不高于|不大于|不小于|不多于|大于|小于|高于|低于|以上|以下|以内|达到|达/g;
const PLACEHOLDER_CHARS = "*＊xX×()（）【】[]";
const NOISE_CHARS = ",，;；:：。、“”\"'—~";
const NUMBER = /\d+(?:\.\d+)?/g;

export interface TextChangeAllowance {
  /** Text the finding names as extra or placeholder: its characters (numbers included) may be removed. */
  removable: readonly string[];
  /** Texts of the other cells in the same row: a unit may be copied from them. */
  rowTexts: readonly string[];
}

/** Why the change is refused (zh-CN, for tests and debugging), or null when it keeps what it must keep. */
export function textChangeProblem(before: string, after: string, allow: TextChangeAllowance): string | null {
  // Each part with its length first: no two argument lists give the same key, whatever characters they hold.
  let key = `${before.length},${after.length}:${before}${after}`;
  for (const r of allow.removable) key += `${r.length}:${r}`;
  let judged = JUDGED.get(key);
  if (judged === undefined) {
    judged = judge(before, after, allow.removable);
    if (JUDGED.size >= 20000) JUDGED.clear();
    JUDGED.set(key, judged);
  }
  if (typeof judged !== "object" || judged === null) return judged;
  for (const rest of judged.inserted) {
    if (/\d/.test(rest)) return `写入了原来没有的数字“${rest}”`;
    if (!allow.rowTexts.some((t) => t.replace(/\s+/g, "").includes(rest))) return `写入了原来没有的“${rest}”`;
  }
  return judged.then;
}

/**
 * What `textChangeProblem` decides from the two texts and the removable text alone (memoised: the same cell texts and
 * proposals recur across forms): the answer, or the inserted words still to be found in the row's other texts
 * (in order), then the answer.
 */
type Judged = string | null | { inserted: string[]; then: string | null };
const JUDGED = new Map<string, Judged>();

function judge(before: string, after: string, removable: readonly string[]): Judged {
  const o = before.replace(/\s+/g, "");
  const n = after.replace(/\s+/g, "");
  if (n === "") return "建议为空";
  if (o === "") return /\d/.test(n) ? "空单元格里不能凭空写入数值" : null;
  if (o.length > 400 || n.length > 400) return "文字过长，不做自动修改";
  const removableChars = new Set([...removable.join("")]);
  const deletable = new Array<boolean>(o.length).fill(false);
  for (const m of o.matchAll(OPERATOR_WORDS)) for (let k = 0; k < m[0].length; k++) deletable[m.index + k] = true;
  for (let k = 0; k < o.length; k++) {
    const ch = o[k];
    if (OPERATOR_CHARS.includes(ch) || PLACEHOLDER_CHARS.includes(ch) || NOISE_CHARS.includes(ch) || removableChars.has(ch))
      deletable[k] = true;
  }
  const { keptOld, keptNew } = lcs(o, n);
  for (let k = 0; k < o.length; k++) {
    if (!keptOld[k] && !deletable[k]) return `删去了不该删的“${o[k]}”`;
  }
  // Inserted characters, as runs: a number refuses the change at once; words must be in the row's other texts.
  const inserted: string[] = [];
  let k = 0;
  while (k < n.length) {
    if (keptNew[k]) {
      k++;
      continue;
    }
    let end = k;
    while (end < n.length && !keptNew[end]) end++;
    const run = n.slice(k, end);
    const rest = [...run].filter((ch) => !OPERATOR_CHARS.includes(ch) && ch !== "前").join("");
    if (rest !== "") {
      inserted.push(rest);
      if (/\d/.test(rest)) break;
    }
    k = end;
  }
  const then = numbersKept(o, n, removable);
  return inserted.length === 0 ? then : { inserted, then };
}

/** Numbers: those of the proposal are those of the cell, in order, less ones inside the removable text. */
function numbersKept(o: string, n: string, removable: readonly string[]): string | null {
  const oldNumbers = o.match(NUMBER) ?? [];
  const newNumbers = n.match(NUMBER) ?? [];
  let j = 0;
  for (const num of oldNumbers) {
    if (j < newNumbers.length && newNumbers[j] === num) j++;
    else if (!removable.some((r) => r.includes(num))) return `数值“${num}”被改动或删去`;
  }
  if (j < newNumbers.length) return `数值“${newNumbers[j]}”不是原来写的`;
  return null;
}

/** Longest common subsequence of two short strings: which characters of each are kept. */
function lcs(a: string, b: string): { keptOld: boolean[]; keptNew: boolean[] } {
  const m = a.length;
  const n = b.length;
  // One flat table, row i at i × w, and code units compared as numbers (no one-character strings per step).
  const w = n + 1;
  const t = new Uint16Array((m + 1) * w);
  for (let i = m - 1; i >= 0; i--) {
    const ai = a.charCodeAt(i);
    for (let j = n - 1; j >= 0; j--)
      t[i * w + j] = ai === b.charCodeAt(j) ? t[(i + 1) * w + j + 1] + 1 : Math.max(t[(i + 1) * w + j], t[i * w + j + 1]);
  }
  const keptOld = new Array<boolean>(m).fill(false);
  const keptNew = new Array<boolean>(n).fill(false);
  let i = 0;
  let j = 0;
  while (i < m && j < n) {
    if (a.charCodeAt(i) === b.charCodeAt(j)) {
      keptOld[i++] = true;
      keptNew[j++] = true;
    } else if (t[(i + 1) * w + j] >= t[i * w + j + 1]) i++;
    else j++;
  }
  return { keptOld, keptNew };
}

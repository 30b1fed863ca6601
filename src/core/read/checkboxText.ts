/**
 * Reads a checkbox group written as text: "□新增项目 ☑延续项目", "新增项目 □ 延续项目 ☑",
 * "■一次性 □经常性", "√予以支持 □部分支持". Boxes may precede or follow their option.
 */
import { memo } from "../text/normalize";

export const CHECKED_CHARS = "☑☒■√✓✔⊠▣";
export const UNCHECKED_CHARS = "□☐◻▢⬜";
export const BOX_CHARS = CHECKED_CHARS + UNCHECKED_CHARS;

export interface CheckboxOption {
  name: string;
  checked: boolean;
  hasBox: boolean;
}

const BOX_SPLIT = new RegExp(`([${BOX_CHARS}])`);

/** Words that end in 口 (人口, 出口 …): an 口 after them is the word's, not a box. */
const KOU_WORD = /(人|出|入|港|窗|接|户|路|关|河|渠|缺|门|端|进|胃|借|开|闸|井|隘)$/;

/**
 * The text with its typed stand-ins for boxes written as boxes — the same length, so positions in it are the text's:
 * circles or diamonds marking options (see `circleMarks`), and 口 typed for an empty box ("口新增项目 口延续项目",
 * "持续性项目■ 新增性项目口", an input method's box). 口 is a box only at an option's edge (alone between spaces or
 * separators; before an option's first character after a space, a separator or another box; or after an option's last
 * character before one), and only in a text that has another box, or, with no other box, at the same edge of two
 * options at least; an 口 ending a word (人口, 出口) stays a character.
 */
export function withTypedBoxes(text: string): string {
  // (Asked of every cell a form reads: only a text holding 口 or an empty circle is looked at, and remembered.)
  const circled = EMPTY_CIRCLE.test(text) ? circleMarks(text) : text;
  return circled.includes("口") ? typedBoxes(circled) : circled;
}

/** Circles and diamonds used as radio marks ("●新增 ○延续", "◆一次性 ◇经常性"): empty, and filled. */
const EMPTY_CIRCLE = /[○◯◇]/;
const MARK = /[○◯◇●◉◆]/;

/** A space or a separator between options (or the text's edge, ""). */
const isSeparator = (c: string) => c === "" || /[\s,，、;；:：。]/.test(c);
/** A character of an option's words. */
const isOptionChar = (c: string) => /[\u4e00-\u9fff0-9A-Za-z(（)）]/.test(c);

/** The text with the characters at `positions` replaced by `by(old)`. */
function replacedAt(text: string, positions: readonly number[], by: (c: string) => string): string {
  const chars = text.split("");
  for (const i of positions) chars[i] = by(chars[i]);
  return chars.join("");
}

/**
 * The text with circles or diamonds that mark options ("●新增项目 ○延续项目", "新增项目○ 延续项目●") written as boxes (○ ◯ ◇
 * → □, ● ◉ ◆ → ☑) — the same length. Only in a text with an empty one and two marks at least, each at an option's edge
 * (between a space, a separator or the text's edge and a character of the option), or all on the same side of their
 * options with the text ending (or starting) with one: a line of bullets ("●完成…●开展…") has no empty circle and stays
 * as written.
 */
const circleMarks = memo((text: string): string => {
  const at: number[] = [];
  let atEdges = true;
  for (let i = 0; i < text.length; i++) {
    if (!MARK.test(text[i])) continue;
    const prev = i > 0 ? text[i - 1] : "";
    const next = i + 1 < text.length ? text[i + 1] : "";
    if (!((isSeparator(prev) && (isOptionChar(next) || isSeparator(next))) || (isOptionChar(prev) && isSeparator(next))))
      atEdges = false;
    at.push(i);
  }
  if (at.length < 2) return text;
  // Options with no separator between them ("延续专项○新增专项●"): every mark after an option, the text ending with one
  // — or every mark before one, the text starting with one.
  const trimmed = text.trim();
  const allAfter = MARK.test(trimmed[trimmed.length - 1]) && at.every((i) => i > 0 && isOptionChar(text[i - 1]));
  const allBefore = MARK.test(trimmed[0]) && at.every((i) => i + 1 < text.length && isOptionChar(text[i + 1]));
  if (!atEdges && !allAfter && !allBefore) return text;
  return replacedAt(text, at, (c) => (EMPTY_CIRCLE.test(c) ? "□" : "☑"));
});

const typedBoxes = memo((text: string): string => {
  const edge = (c: string) => isSeparator(c) || BOX_CHARS.includes(c);
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== "口") continue;
    const prev = i > 0 ? text[i - 1] : "";
    const next = i + 1 < text.length ? text[i + 1] : "";
    // (Alone between spaces or separators, "部门预算项目 口 2、…": a box whatever else the text holds.)
    if (edge(prev) && (edge(next) || /[\u4e00-\u9fff0-9(（]/.test(next))) starts.push(i);
    else if (/[\u4e00-\u9fff)）]/.test(prev) && edge(next) && !KOU_WORD.test(text.slice(0, i))) ends.push(i);
  }
  const boxed = BOX_SPLIT.test(text)
    ? [...starts, ...ends]
    : [...(starts.length >= 2 ? starts : []), ...(ends.length >= 2 ? ends : [])];
  return boxed.length === 0 ? text : replacedAt(text, boxed, () => "□");
});

/** True when the text holds at least one box character (口 typed for one included, see `withTypedBoxes`). */
export function hasCheckboxes(text: string): boolean {
  return BOX_SPLIT.test(withTypedBoxes(text));
}

/** The text ahead of its first box ("评价类型:" of "评价类型:项目实施过程评价□项目完成结果评价□"). */
export function textBeforeBoxes(text: string): string {
  return withTypedBoxes(text).split(BOX_SPLIT)[0];
}

/** A tick written after an empty box ("常年性项目 □ √", 黄石 2019): the box is ticked, not a second box. */
const TICK_AFTER_BOX = new RegExp(`[${UNCHECKED_CHARS}]\\s*[√✓✔]`, "g");

function cleanName(s: string): string {
  return s
    .replace(/[_＿…\s:：,，、;；.。☼]+$/g, "")
    .replace(/^[_＿…\s:：,，、;；.。]+/g, "")
    .trim();
}

/** Splits a text of unboxed words into option names ("市财政局 …其他" → ["市财政局", "其他"]). */
function words(s: string): string[] {
  return s
    .split(/[\s…,，、;；]+/)
    .map(cleanName)
    .filter((w) => w.length > 0 && /[\u4e00-\u9fffA-Za-z]/.test(w) && !/^[A-Za-z]$/.test(w));
}

/**
 * Parses the options of a checkbox text. Returns [] when the text has no box at all. Once per distinct text (forms
 * repeat the same boxes, and a label is read both to decide field or checkbox and then as the checkbox); the result is
 * read-only.
 */
export const parseCheckboxText = memo(parseCheckboxTextOnce);

function parseCheckboxTextOnce(written: string): CheckboxOption[] {
  const text = withTypedBoxes(written);
  if (!BOX_SPLIT.test(text)) return [];
  const parts = text.trim().replace(TICK_AFTER_BOX, "☑").split(BOX_SPLIT);
  // parts alternates: text, box, text, box, text …
  const boxBefore = parts[0].trim() === "";
  const options: CheckboxOption[] = [];
  if (boxBefore) {
    for (let i = 1; i < parts.length; i += 2) {
      const checked = CHECKED_CHARS.includes(parts[i]);
      const ws = words(parts[i + 1] ?? "");
      if (ws.length === 0) continue;
      options.push({ name: ws[0], checked, hasBox: true });
      for (const extra of ws.slice(1)) options.push({ name: extra, checked: false, hasBox: false });
    }
  } else {
    for (let i = 0; i < parts.length; i += 2) {
      const ws = words(parts[i] ?? "");
      const box = parts[i + 1];
      if (ws.length === 0) continue;
      for (const extra of ws.slice(0, -1)) options.push({ name: extra, checked: false, hasBox: false });
      options.push({
        name: ws[ws.length - 1],
        checked: box !== undefined && CHECKED_CHARS.includes(box),
        hasBox: box !== undefined,
      });
    }
  }
  return options;
}

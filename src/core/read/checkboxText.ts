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

/** True when the text holds at least one box character. */
export function hasCheckboxes(text: string): boolean {
  return BOX_SPLIT.test(text);
}

/** The text ahead of its first box ("评价类型:" of "评价类型:项目实施过程评价□项目完成结果评价□"). */
export function textBeforeBoxes(text: string): string {
  return text.split(BOX_SPLIT)[0];
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

function parseCheckboxTextOnce(text: string): CheckboxOption[] {
  if (!hasCheckboxes(text)) return [];
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

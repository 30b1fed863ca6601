/**
 * The readers skip the memoised label key of a cell whose text lacks a character the key would need ("其" for a 其中
 * line and a digit for a figure in readTotals, "位" or "表" for a form heading in readIndicators, "执" or "支" for an
 * execution heading in readForm, "算" or "说" for a 测算依据 / 情况说明 heading in readBasisColumns, "分" for a label's points). That is exact only
 * if normalising a text never brings one of those characters in: checked here for every character of the Basic
 * Multilingual Plane, alone and between others (normalising maps or drops single characters, collapses whitespace and
 * removes bracketed parts). Full-width digits become digits: the figure filter lets them through.
 */
import { labelKey, normalizeText } from "../../../src/core/text/normalize";

const NEEDED = ["其", "位", "表", "执", "支", "算", "说", "依", "过", "标", "分", ..."0123456789"];
const FULL_WIDTH_DIGITS = "０１２３４５６７８９";

describe("normalising adds none of the characters the readers filter on", () => {
  it("no other character becomes one of them", () => {
    const bad: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const ch = String.fromCharCode(code);
      if (NEEDED.includes(ch) || FULL_WIDTH_DIGITS.includes(ch)) continue;
      for (const out of [normalizeText(ch), labelKey(ch), normalizeText(`项${ch}目`), labelKey(`(${ch})项${ch}目${ch}：`)]) {
        if (NEEDED.some((n) => out.includes(n))) bad.push(`U+${code.toString(16)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("the characters themselves survive, whatever surrounds them", () => {
    expect(labelKey(" 其 中：")).toBe("其中");
    expect(normalizeText("单　位：万元")).toContain("位");
    expect(labelKey("项目支出绩效目标表（2024年度）")).toContain("表");
  });
});

/**
 * The readers skip the memoised key of a cell whose text lacks a character the key would need: "其" for a 其中 line and a
 * digit for a figure (readTotals), "算" or "说" for a 测算依据 / 情况说明 heading (readBasisColumns, which already asked
 * for one of 依说过标), "分" for a label's points (readForm). That is exact only if normalising a text never brings one of
 * those characters in: checked here for every character of the Basic Multilingual Plane, alone and between others
 * (normalising maps or drops single characters, collapses whitespace and removes bracketed parts). Full-width digits
 * become digits: the figure filter lets them through. (位, 表, 执 and 支 are checked too: their filters were tried and
 * taken out again, no test caught a wrong character in them and no time was measured.)
 */
import { figureOf } from "../../../src/core/read/readTotals";
import { SheetGrid } from "../../../src/core/read/sheetGrid";
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

describe("figureOf behind its digit filter", () => {
  it("reads every figure written as text, 0 and full-width digits included, and nothing without a digit", () => {
    const texts = ["0", "０", "-0.5", "1,084.25", "３８.８%", "9", "合计", "—", "％", ""];
    const grid = new SheetGrid({ name: "s", origin: { row: 0, col: 0 }, values: [texts], merges: [] });
    const read = texts.map((_, c) => figureOf(grid, 0, c));
    expect(read.map((f) => f?.value ?? null)).toEqual([0, 0, -0.5, 1084.25, 38.8, 9, null, null, null, null]);
    expect(read[4]?.percent).toBe(true);
  });
});

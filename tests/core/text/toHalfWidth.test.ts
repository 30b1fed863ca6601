/**
 * `toHalfWidth` by a regular expression, against the character-by-character loop it replaced (kept here as the
 * reference): the same text for every character of the Basic Multilingual Plane and for mixed strings with
 * surrogate pairs, full-width figures and punctuation.
 */
import { toHalfWidth } from "../../../src/core/text/normalize";

function reference(s: string): string {
  let out = "";
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else out += ch;
  }
  return out;
}

describe("toHalfWidth", () => {
  it("maps every BMP character as the loop did", () => {
    const diff: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const s = String.fromCharCode(code);
      if (toHalfWidth(s) !== reference(s)) diff.push(`U+${code.toString(16)}`);
    }
    expect(diff).toEqual([]);
  });

  it("keeps mixed texts, surrogate pairs and unpaired surrogates as the loop did", () => {
    const samples = [
      "",
      "≥９５％",
      "８９．９７万元",
      "单　位：万元（含税）",
      "项目𠀀名称，ＡＢＣ～！",
      "\ud800孤\udc00",
      "no full width at all",
      "　　前后　",
    ];
    for (const s of samples) expect(toHalfWidth(s)).toBe(reference(s));
    // A text without any full-width character is returned itself.
    const plain = "产出指标 数量指标 >=3套";
    expect(toHalfWidth(plain)).toBe(plain);
  });
});

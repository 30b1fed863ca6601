/**
 * ux-review-3 §16: a Fluent text component rendered as a heading is inline unless it gets `block`, so the heading and
 * the sentence after it run together ("Preview: 信息系统运维/升级This form already has …"). Every `as="h1"…"h6"` text
 * of the pane's body-size components must be a block (the Subtitle/Title section headings are each followed by a
 * block element — a list or a region — so they never run into text).
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

const DIR = path.join(__dirname, "../../src/taskpane/components");
const TEXT = /<(Body1|Body1Strong|Body2|Caption1|Text)\b([^>]*)\bas="h[1-6]"([^>]*)>/g;

describe("pane headings are blocks (ux-review-3 §16)", () => {
  it("every body-size Fluent text rendered as h1–h6 has `block`", () => {
    const inline: string[] = [];
    for (const file of readdirSync(DIR).filter((f) => f.endsWith(".tsx"))) {
      const source = readFileSync(path.join(DIR, file), "utf8");
      for (const m of source.matchAll(TEXT)) if (!/\bblock\b/.test(m[2] + m[3])) inline.push(`${file}: ${m[0]}`);
    }
    expect(inline).toEqual([]);
  });
});

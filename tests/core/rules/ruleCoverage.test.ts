/**
 * Every registered rule has its test file here (tests/core/rules/<rule id>.test.ts), and that file
 * exercises every message the rule declares with at least one expected diagnostic.
 */
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { ALL_RULES } from "../../../src/core/rules/registry";

describe("rule test coverage", () => {
  it("registers 28 rules with distinct ids", () => {
    expect(ALL_RULES).toHaveLength(28);
    expect(new Set(ALL_RULES.map((r) => r.meta.id)).size).toBe(ALL_RULES.length);
  });

  for (const rule of ALL_RULES) {
    const file = path.join(__dirname, `${rule.meta.id}.test.ts`);
    it(`${rule.meta.id}: has a test file covering every message id`, () => {
      expect(existsSync(file)).toBe(true);
      const text = readFileSync(file, "utf8");
      const missing = Object.keys(rule.meta.messages).filter((id) => !text.includes(`messageId: "${id}"`));
      expect(missing).toEqual([]);
    });
  }
});

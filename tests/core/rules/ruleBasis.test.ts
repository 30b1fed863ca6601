/**
 * Every rule and cross-project check says what it rests on (`basis`): the document and clause, the platform's
 * save-time check or the published return reason, with its source. A rule no source supports (kind
 * "practice") is a warning at most — in its meta, and at run time even when a report asks for an error.
 * docs/domain-basis.md lists every rule with its basis.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { type Basis, isSupported, practiceBasis } from "../../../src/core/basis";
import { ACROSS_CHECKS } from "../../../src/core/across/checkAcross";
import { checkSheet } from "../../../src/core/check";
import { ALL_RULES } from "../../../src/core/rules/registry";
import type { Rule } from "../../../src/core/rules/support/rule";
import { renderBasisDoc } from "../../../scripts/basisDoc";
import { shenmuGrid, toSnapshot } from "../helpers/formGrids";
import { runRule } from "../helpers/ruleTester";

const DOC = readFileSync(path.join(__dirname, "../../../docs/domain-basis.md"), "utf8");

function checkBasis(basis: Basis): void {
  expect(basis.text.trim().length).toBeGreaterThan(6);
  if (basis.kind === "platform" || basis.kind === "document" || basis.kind === "return-reason") {
    expect(basis.sources.length).toBeGreaterThan(0);
    for (const s of basis.sources) {
      expect(s.name.length).toBeGreaterThan(0);
      expect(s.where.length).toBeGreaterThan(0);
    }
  }
}

describe("rule basis", () => {
  for (const rule of ALL_RULES) {
    describe(rule.meta.id, () => {
      it("has a basis (and one per message where it differs) with its sources", () => {
        checkBasis(rule.meta.basis);
        for (const [id, b] of Object.entries(rule.meta.messageBasis ?? {})) {
          expect(Object.keys(rule.meta.messages)).toContain(id);
          checkBasis(b);
        }
      });
      it("is a warning at most when no source supports it", () => {
        if (!isSupported(rule.meta.basis)) expect(rule.meta.severity).not.toBe("error");
      });
      it("is listed in docs/domain-basis.md", () => {
        expect(DOC).toContain(`\`${rule.meta.id}\``);
      });
    });
  }
  for (const check of ACROSS_CHECKS) {
    it(`${check.id}: has a basis, is listed in the notes, warning at most without a source`, () => {
      checkBasis(check.basis);
      expect(DOC).toContain(`\`${check.id}\``);
      if (!isSupported(check.basis)) expect(check.severity).not.toBe("error");
    });
  }
  it("docs/domain-basis.md is up to date (run `npm run gen:rules`)", () => {
    expect(DOC).toBe(renderBasisDoc(DOC));
  });
  it("every source URL cited by a rule is in docs/domain-basis.md", () => {
    const urls = new Set<string>();
    for (const r of ALL_RULES)
      for (const b of [r.meta.basis, ...Object.values(r.meta.messageBasis ?? {})])
        for (const s of b.sources) for (const u of s.where.match(/https?:\/\/[^\s；]+/g) ?? []) urls.add(u);
    for (const u of urls) expect(DOC).toContain(u);
  });
});

describe("basis on findings", () => {
  it("every finding of a checked sheet carries its rule's basis text", () => {
    const result = checkSheet(toSnapshot(shenmuGrid({ fields: { 项目名称: "" } })));
    expect(result.findings.length).toBeGreaterThan(0);
    for (const d of result.findings) {
      const rule = ALL_RULES.find((r) => r.meta.id === d.rule)!;
      const texts = [rule.meta.basis, ...Object.values(rule.meta.messageBasis ?? {})].map((b) => b.text);
      expect(texts).toContain(d.basis);
    }
  });
  it("a rule without a source cannot report an error, even when it asks to", () => {
    const loud: Rule = {
      meta: {
        id: "loud",
        severity: "error",
        category: "format",
        description: "x",
        basis: practiceBasis("只是经验"),
        messages: { m: "m" },
      },
      check({ facts, report }) {
        report({ messageId: "m", cell: facts.form.anchorCell, severity: "error" });
      },
    };
    const [d] = runRule(loud, shenmuGrid());
    expect(d.severity).toBe("warning");
    expect(d.basis).toContain("无公开出处");
  });
});

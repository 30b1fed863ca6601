import type { Rule } from "../../../src/core/rules/support/rule";
import { formBasis } from "../../../src/core/basis";
import { runRule } from "../helpers/ruleTester";
import { shenmuGrid, toSnapshot } from "../helpers/formGrids";
import { runRules } from "../../../src/core/rules/support/runRules";
import { readSheet } from "../../../src/core/read/readSheet";
import { chooseFramework } from "../../../src/core/frameworks/classifyIndicator";
import { buildFormFacts } from "../../../src/core/rules/support/formFacts";

/** A rule that reports the same finding twice at one cell, and once at another (two halves missing the same 一级). */
const twice: Rule = {
  meta: {
    id: "twice",
    severity: "warning",
    category: "missing",
    basis: formBasis("测试"),
    description: "测试",
    messages: { same: "同一问题：{what}。" },
  },
  check({ report }) {
    report({ messageId: "same", cell: "B7", params: { what: "缺少满意度指标" } });
    report({ messageId: "same", cell: "B7", params: { what: "缺少满意度指标" } });
    report({ messageId: "same", cell: "B7", params: { what: "缺少效益指标" } });
    report({ messageId: "same", cell: "F7", params: { what: "缺少满意度指标" } });
  },
};

describe("runRules", () => {
  it("says one finding once per cell: an identical second report is dropped, a different message or cell is kept", () => {
    const found = runRule(twice, shenmuGrid()).map((d) => `${d.cell} ${d.message}`);
    expect(found).toEqual(["B7 同一问题：缺少满意度指标。", "B7 同一问题：缺少效益指标。", "F7 同一问题：缺少满意度指标。"]);
  });

  it("without messages (a re-check's findings) keeps and drops the same reports, by their messages as written", () => {
    const snapshot = toSnapshot(shenmuGrid());
    const form = readSheet(snapshot).forms[0];
    const facts = buildFormFacts(form, chooseFramework(form), snapshot.name);
    const key = (d: { cell: string; params: object }) => `${d.cell} ${JSON.stringify(d.params)}`;
    const full = runRules([twice], facts, 0);
    const light = runRules([twice], facts, 0, false);
    expect(light.map(key)).toEqual(full.map(key));
    expect(light).toHaveLength(3);
    expect(light.every((d) => d.message === "")).toBe(true);
  });
});

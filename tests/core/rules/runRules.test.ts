import type { Rule } from "../../../src/core/rules/support/rule";
import { formBasis } from "../../../src/core/basis";
import { runRule } from "../helpers/ruleTester";
import { shenmuGrid } from "../helpers/formGrids";

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
});

import type { Rule } from "./support/rule";
import { formBasis } from "../basis";

/** Spreadsheet error values (#REF!, #N/A, #VALUE! …) inside the form. */
export const cellErrorValue: Rule = {
  meta: {
    id: "cell-error-value",
    severity: "error",
    category: "format",
    basis: formBasis("错误值（#REF!、#N/A 等）不是内容，这一格没有可核对的值"),
    ruleSets: ["target", "self-evaluation"],
    description: "表内单元格不能是 #REF!、#N/A 等错误值。",
    messages: {
      error: "单元格显示错误值 {value}（公式引用失效或计算出错），内容无法读取。",
    },
  },
  check({ facts, report }) {
    for (const e of facts.form.errorCells) {
      report({ messageId: "error", cell: e.cell, params: { value: e.text }, fix: "检查该单元格的公式，或直接填写数值/文字。" });
    }
  },
};

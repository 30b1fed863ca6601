/** The texts of a form that describe the project, each with its cell. */
import { normalizeText } from "../text/normalize";
import type { AcrossForm } from "./context";

export interface FormText {
  /** What the text is, for messages: "项目概述", "年度目标", "三级指标", "指标值". */
  what: string;
  text: string;
  cell: string;
}

export function formTexts(at: AcrossForm, options: { name?: boolean } = {}): FormText[] {
  const f = at.form;
  const out: FormText[] = [];
  const push = (what: string, text: string | undefined, cell: string | undefined) => {
    const t = normalizeText(text ?? "");
    if (t && cell) out.push({ what, text: t, cell });
  };
  if (options.name) push("项目名称", f.fields.projectName?.text, f.fields.projectName?.cell);
  push("项目概述", f.fields.overview?.text, f.fields.overview?.cell);
  push("项目立项依据", f.fields.basis?.text, f.fields.basis?.cell);
  push("经费测算", f.fields.costEstimate?.text, f.fields.costEstimate?.cell);
  push("实施方案", f.fields.implementationPlan?.text, f.fields.implementationPlan?.cell);
  for (const g of f.goals) push(g.period === "annual" ? "年度目标" : "实施期目标", g.text, g.cell);
  for (const t of f.indicators?.tables ?? []) {
    for (const row of t.rows) {
      push("三级指标", row.level3.text, row.level3.cell);
      for (const v of row.values) push("指标值", v.text, v.cell);
    }
  }
  for (const d of f.details.lines) push("预算明细", d.name, d.nameCell);
  return out;
}

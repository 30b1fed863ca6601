/**
 * "Save this table's indicators as a template": a unit's own template from a (checked, approved) form,
 * so next year's table starts from what was approved.
 */
import { chooseFramework } from "../frameworks/classifyIndicator";
import type { FrameworkId } from "../frameworks/framework";
import type { PerformanceForm } from "../model/form";
import { formatNumber } from "../parse/number";
import { buildFormFacts } from "../rules/support/formFacts";
import { type Template, type TemplateRowInput, TemplateSchema } from "./schema";

export interface FromFormOptions {
  id: string;
  name: string;
  kinds?: string[];
  keywords?: string[];
  framework?: FrameworkId | "auto";
}

export type FromFormResult = { ok: true; template: Template } | { ok: false; reason: string };

/** Builds a template from the form's real 三级 rows (those with a known 二级 and a value). */
export function templateFromForm(form: PerformanceForm, options: FromFormOptions): FromFormResult {
  const framework = chooseFramework(form, options.framework ?? "auto");
  const facts = buildFormFacts(form, framework, "");
  const judged = new Set(facts.judgedTables);
  const rows: TemplateRowInput[] = [];
  for (const f of facts.indicators) {
    if (!judged.has(f.tableIndex) || !f.level2 || f.name === "" || f.filler) continue;
    const v = f.row.values.find((x) => x.period === "annual" && x.text !== "") ?? f.row.values.find((x) => x.text !== "");
    if (!v) continue;
    const p = v.parsed;
    const explanation = f.row.remark.trim() || "沿用本单位已批复绩效表中的指标。";
    if (
      p.kind === "quantitative" &&
      p.prefix === "" &&
      p.suffix === "" &&
      (p.operator === "≥" || p.operator === "≤" || p.operator === "＝") &&
      p.unit
    ) {
      rows.push({
        level2: f.level2.name,
        name: f.name,
        operator: p.operator === "＝" ? "=" : p.operator,
        value: formatNumber(p.number),
        unit: p.unit.text,
        explanation,
      });
    } else if (
      p.kind === "duration" &&
      !p.immediate &&
      p.prefix === "" &&
      p.suffix === "" &&
      (p.operator === "≤" || p.operator === "≥" || p.operator === "＝")
    ) {
      rows.push({
        level2: f.level2.name,
        name: f.name,
        operator: p.operator === "＝" ? "=" : p.operator,
        value: formatNumber(p.amount),
        unit: p.unit,
        explanation,
      });
    } else if (p.kind === "deadline") {
      rows.push({ level2: f.level2.name, name: f.name, operator: "时限", value: v.text, unit: "", explanation });
    } else {
      rows.push({ level2: f.level2.name, name: f.name, operator: "定性", value: v.text, unit: "", explanation });
    }
  }
  if (rows.length === 0) return { ok: false, reason: "这张表没有可保存的指标（需要有三级指标名称和指标值）。" };
  const project = form.fields.projectName?.text || form.title;
  const parsed = TemplateSchema.safeParse({
    id: options.id,
    name: options.name,
    kinds: options.kinds ?? [project || options.name],
    keywords: options.keywords ?? (project ? [project] : []),
    rows,
    source: "unit",
  });
  if (!parsed.success)
    return {
      ok: false,
      reason: `无法保存为模板：${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("；")}`,
    };
  return { ok: true, template: parsed.data };
}

/**
 * Renders a template into one framework's concrete rows (一级 › 二级 › 三级 › value text), filling the
 * values the form itself supplies: the budget cap, the deadline from the implementation period, and
 * the quantity / unit price written in 经费测算 ("3套医保系统日常运行维护费17万/套/年" → "=3套", "≤17万元/套/年").
 */
import type { Framework, FrameworkId, Level2Kind } from "../frameworks/framework";
import { CORE_101, OLD_88 } from "../frameworks/data";
import type { DateParts, PerformanceForm } from "../model/form";
import type { CostItem } from "../model/parsedValue";
import { lastDayOfMonth } from "../parse/indicatorValue";
import { formatNumber } from "../parse/number";
import { buildFormFacts } from "../rules/support/formFacts";
import { PLACEHOLDER, type Template, type TemplateSource, type TemplateOperator, type TemplateRow, rowKind } from "./schema";

/** What the form can tell a template. */
export interface FillContext {
  budgetWan: number | null;
  /** Where the budget came from ("项目预算 B5"), for the reason text. */
  budgetSource: string;
  periodEnd: DateParts | null;
  periodSource: string;
  estimateItems: readonly CostItem[];
  estimateSource: string;
}

export const EMPTY_CONTEXT: FillContext = {
  budgetWan: null,
  budgetSource: "",
  periodEnd: null,
  periodSource: "",
  estimateItems: [],
  estimateSource: "",
};

export function fillContextOf(form: PerformanceForm, framework: Framework = OLD_88): FillContext {
  const facts = buildFormFacts(form, framework, "");
  const period = form.fields.period;
  return {
    budgetWan: facts.budget?.amountWan ?? null,
    budgetSource: facts.budget ? `预算 ${facts.budget.cell}` : "",
    periodEnd: form.implementationPeriod?.end ?? null,
    periodSource: period ? `实施期 ${period.cell}` : "",
    estimateItems: form.costEstimate?.items ?? [],
    estimateSource: form.fields.costEstimate ? `经费测算 ${form.fields.costEstimate.cell}` : "经费测算",
  };
}

export interface RenderedRow {
  level1: string;
  level2: string;
  level3: string;
  kind: Level2Kind;
  operator: TemplateOperator;
  /** The text to write in the value cell ("≥95%", "=3套", "≥（待填）人次", "2021年12月31日前"). */
  value: string;
  /** True when the value still holds the （待填） placeholder. */
  placeholder: boolean;
  /** The value without operator and unit ("95", "（待填）", "2021年12月31日前"), for split 符号|指标值|单位 columns. */
  core: string;
  /** Example for a placeholder, as a full value text ("≥30家"). */
  example?: string;
  /** zh-CN: where a filled value came from ("经费测算 B9：3套医保系统…"). */
  filledFrom?: string;
  unit: string;
  explanation: string;
}

export interface RenderOptions {
  context?: FillContext;
  /** Write each placeholder's example instead of （待填） (tests, previews of a finished table). */
  useExamples?: boolean;
}

/** The framework's 二级 for a template row's kind ("cost" ↔ "economic-cost" across frameworks). */
function placeIn(
  framework: Framework,
  kind: Level2Kind,
): { l1: number; l2: number; level1: string; level2: string; kind: Level2Kind } | null {
  const wanted: Level2Kind[] =
    kind === "cost" || kind === "economic-cost"
      ? framework.id === "core-101"
        ? ["economic-cost"]
        : ["cost"]
      : (kind === "social-cost" || kind === "ecological-cost") && framework.id === "old-88"
        ? ["cost"]
        : [kind];
  for (let i = 0; i < framework.level1.length; i++) {
    const l1 = framework.level1[i];
    const j = l1.level2.findIndex((d) => wanted.includes(d.kind));
    if (j >= 0) return { l1: i, l2: j, level1: l1.name, level2: l1.level2[j].name, kind: l1.level2[j].kind };
  }
  return null;
}

export function formatDeadline(d: DateParts): string {
  const day = d.day ?? lastDayOfMonth(d.year, d.month);
  return `${d.year}年${d.month}月${day}日前`;
}

function valueText(op: TemplateOperator, value: string, unit: string): string {
  if (op === "定性" || op === "时限") return value;
  return `${op}${value}${unit}`;
}

/** Money unit and counted thing of a per-unit cost ("万元/套/年" → 万元, 套). */
function perUnit(unit: string): { money: "元" | "万元"; per: string } | null {
  const m = /^(万元|元)\/([^/]+)/.exec(unit);
  return m ? { money: m[1] as "元" | "万元", per: m[2] } : null;
}

function fillValue(row: TemplateRow, ctx: FillContext): { value: string; from: string } | null {
  switch (row.fill) {
    case "budget":
      return ctx.budgetWan !== null && ctx.budgetWan > 0 ? { value: formatNumber(ctx.budgetWan), from: ctx.budgetSource } : null;
    case "period-end":
      return ctx.periodEnd ? { value: formatDeadline(ctx.periodEnd), from: ctx.periodSource } : null;
    case "estimate-quantity": {
      const item = ctx.estimateItems.find((it) => it.sign > 0 && it.quantity !== undefined && it.quantityUnit === row.unit);
      return item ? { value: formatNumber(item.quantity!), from: `${ctx.estimateSource}：${item.text}` } : null;
    }
    case "estimate-unit-cost": {
      const pu = perUnit(row.unit);
      if (!pu) return null;
      const item = ctx.estimateItems.find((it) => it.sign > 0 && it.unitPriceWan !== undefined && it.quantityUnit === pu.per);
      if (!item) return null;
      const n = pu.money === "元" ? item.unitPriceWan! * 10000 : item.unitPriceWan!;
      return { value: formatNumber(n), from: `${ctx.estimateSource}：${item.text}` };
    }
    default:
      return null;
  }
}

/** One template row rendered for a framework (null when the framework has no place for its 二级). */
export function renderRow(row: TemplateRow, framework: Framework, options: RenderOptions = {}): RenderedRow | null {
  const kind = rowKind(row.level2);
  if (!kind) return null;
  const place = placeIn(framework, kind);
  if (!place) return null;
  const ctx = options.context ?? EMPTY_CONTEXT;
  const filled = fillValue(row, ctx);
  const base = {
    level1: place.level1,
    level2: place.level2,
    level3: row.name,
    kind: place.kind,
    operator: row.operator,
    unit: row.unit,
    explanation: row.explanation,
  };
  if (filled)
    return {
      ...base,
      value: valueText(row.operator, filled.value, row.unit),
      core: filled.value,
      placeholder: false,
      filledFrom: filled.from,
    };
  if (row.value !== null)
    return { ...base, value: valueText(row.operator, row.value, row.unit), core: row.value, placeholder: false };
  const example =
    row.operator === "时限"
      ? (row.example ?? (ctx.periodEnd ? formatDeadline(ctx.periodEnd) : "12月31日前"))
      : row.example !== undefined
        ? valueText(row.operator, row.example, row.unit)
        : undefined;
  if (options.useExamples && example !== undefined) {
    const core = row.operator === "时限" ? example : (row.example ?? example);
    return { ...base, value: example, core, placeholder: false };
  }
  const hole = row.operator === "时限" ? `${PLACEHOLDER}前` : valueText(row.operator, PLACEHOLDER, row.unit);
  return {
    ...base,
    value: hole,
    core: row.operator === "时限" ? hole : PLACEHOLDER,
    placeholder: true,
    ...(example !== undefined ? { example } : {}),
  };
}

/** Position of a rendered row in the framework (for ordering). */
export function frameworkOrder(framework: Framework, level1: string, level2: string): number {
  const i = framework.level1.findIndex((l) => l.name === level1);
  const j = i >= 0 ? framework.level1[i].level2.findIndex((d) => d.name === level2) : -1;
  return (i < 0 ? 99 : i) * 100 + (j < 0 ? 99 : j);
}

/** All rows of a template for one framework, in framework order (stable within a 二级). */
export function renderTemplate(template: Template, framework: Framework, options: RenderOptions = {}): RenderedRow[] {
  const rows = template.rows.map((r) => renderRow(r, framework, options)).filter((r): r is RenderedRow => r !== null);
  return rows
    .map((r, i) => ({ r, i, o: frameworkOrder(framework, r.level1, r.level2) }))
    .sort((a, b) => a.o - b.o || a.i - b.i)
    .map((x) => x.r);
}

export function frameworkOf(id: FrameworkId): Framework {
  return id === "core-101" ? CORE_101 : OLD_88;
}

/** The JSON listing of `jxcheck templates --format json`: one entry per template and framework. */
export interface TemplateListing {
  id: string;
  name: string;
  kinds: string[];
  framework: FrameworkId;
  /** Forms it is offered for ("project", "department"). */
  formKinds: string[];
  /** The published tables the rows follow. */
  sources: TemplateSource[];
  rows: {
    level1: string;
    level2: string;
    level3: string;
    operator: TemplateOperator;
    value: string;
    placeholder: boolean;
    unit: string;
    explanation: string;
    /** Publisher and year of the table this row follows (null for a unit's own rows without one). */
    source: TemplateSource | null;
  }[];
}

export function listTemplates(
  templates: readonly Template[],
  frameworks: readonly FrameworkId[] = ["old-88", "core-101"],
): TemplateListing[] {
  const out: TemplateListing[] = [];
  for (const t of templates) {
    for (const f of frameworks) {
      out.push({
        id: t.id,
        name: t.name,
        kinds: [...t.kinds],
        framework: f,
        formKinds: [...t.formKinds],
        sources: t.sources.map((x) => ({ ...x })),
        rows: renderTemplate(t, frameworkOf(f)).map((r) => ({
          level1: r.level1,
          level2: r.level2,
          level3: r.level3,
          operator: r.operator,
          value: r.value,
          placeholder: r.placeholder,
          unit: r.unit,
          explanation: r.explanation,
          source: t.rows.find((x) => x.name === r.level3)?.source ?? t.sources[0] ?? null,
        })),
      });
    }
  }
  return out;
}

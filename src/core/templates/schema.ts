/**
 * Indicator templates as data (zod): a template lists 三级 indicator rows per 二级, written once and
 * rendered into either framework (old-88: 成本 under 产出; core-101: 成本指标 as its own 一级).
 * The built-in library (./library.ts) and a unit's own JSON file go through the same schema.
 */
import { z } from "zod";
import { CORE_101, OLD_88 } from "../frameworks/data";
import type { Level2Kind } from "../frameworks/framework";
import { findLevel2 } from "../frameworks/classifyIndicator";

/** Marks a value only the user can fill: "≥（待填）人次". */
export const PLACEHOLDER = "（待填）";

/** How a row's value is compared: ≥ / ≤ / = with a number, 定性 text, or a 时限 (deadline). */
export const TemplateOperatorSchema = z.enum(["≥", "≤", "=", "定性", "时限"]);
export type TemplateOperator = z.infer<typeof TemplateOperatorSchema>;

/** A value the form itself can supply (see ./render.ts). */
export const FillSchema = z.enum([
  /** ≤ the project budget (万元). */
  "budget",
  /** The implementation period's end date ("2021年12月31日前"). */
  "period-end",
  /** The quantity counted in 经费测算 ("3套医保系统…" → 3). */
  "estimate-quantity",
  /** The unit price in 经费测算 ("17万/套/年" → 17, unit 万元/套/年). */
  "estimate-unit-cost",
]);
export type Fill = z.infer<typeof FillSchema>;

/** Where a row (or a template) was read: the published table's publisher and year (figures are facts, wording ours). */
export const TemplateSourceSchema = z.object({
  publisher: z.string().min(1, "来源要写发布单位"),
  /** null: the publication does not state its year. */
  year: z.number().int().min(1990, "年份不对").max(2100, "年份不对").nullable(),
  /** What was read there (the table's title or project), optional. */
  title: z.string().optional(),
});
export type TemplateSource = z.infer<typeof TemplateSourceSchema>;

/** The kinds of form a template is offered for: project forms (申报表, 目标表) or 部门整体 forms. */
export const TemplateFormKindSchema = z.enum(["project", "department"]);

export const TemplateRowSchema = z.object({
  /** The 二级 as written in either framework ("数量指标", "成本指标", "经济成本指标", "社会效益指标" …). */
  level2: z.string().min(1, "二级指标不能为空"),
  /** The 三级 indicator name. */
  name: z.string().min(1, "三级指标名称不能为空"),
  operator: TemplateOperatorSchema,
  /** The default value (number text for ≥/≤/=, text for 定性/时限); null = a placeholder the user fills. */
  value: z.string().nullable(),
  unit: z.string().default(""),
  /** One line: how the indicator is measured. */
  explanation: z.string().min(1, "指标解释不能为空"),
  /** A realistic example for a placeholder (shown as a hint; used by tests to fill the row). */
  example: z.string().optional(),
  fill: FillSchema.optional(),
  /** The published table this row follows; the template's first source when absent. */
  source: TemplateSourceSchema.optional(),
});
export type TemplateRowInput = z.input<typeof TemplateRowSchema>;
export type TemplateRow = z.infer<typeof TemplateRowSchema>;

export const TemplateSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "模板编号只能用小写字母、数字和“-”"),
  name: z.string().min(1, "模板名称不能为空"),
  /** The kinds of project it is for (shown to the user). */
  kinds: z.array(z.string().min(1)).min(1, "至少写一个适用的项目类型"),
  /** Words that point at this kind of project in 项目名称/概述/测算 (for suggestions). */
  keywords: z.array(z.string().min(1)).default([]),
  rows: z.array(TemplateRowSchema).min(1, "模板至少要有一行指标"),
  /** "builtin" for the library shipped here, "unit" for a unit's own file. */
  source: z.enum(["builtin", "unit"]).default("unit"),
  /** Published tables the rows follow (required for the built-in library). */
  sources: z.array(TemplateSourceSchema).default([]),
  /** Offered for these kinds of form (default: project forms only). */
  formKinds: z.array(TemplateFormKindSchema).min(1).default(["project"]),
});
export type TemplateInput = z.input<typeof TemplateSchema>;
export type Template = z.infer<typeof TemplateSchema>;

/** A unit's own library file. */
export const TemplateFileSchema = z.object({
  templates: z.array(TemplateSchema).min(1, "文件里没有模板"),
});

/** The 二级 kind a template row's level2 label stands for, in either framework. */
export function rowKind(level2: string): Level2Kind | null {
  return findLevel2(OLD_88, level2)?.level2.kind ?? findLevel2(CORE_101, level2)?.level2.kind ?? null;
}

const RATE_KINDS = new Set(["%"]);

/**
 * Values a template may fill in because they do not depend on the project: a rate's 100 %, 满意度 90/95 %, and zero
 * for counts or rates of bad events (=0次, ≤0%). Everything else (counts, amounts, other rates) is （待填）.
 */
export function isFixedStandard(row: TemplateRow, kind: Level2Kind | null = rowKind(row.level2)): boolean {
  if (row.value === null) return true;
  if (row.unit === "%" && row.value === "100" && row.operator !== "≤") return true;
  if (kind === "satisfaction" && row.unit === "%" && (row.value === "90" || row.value === "95")) return true;
  return row.value === "0" && (row.operator === "=" || row.operator === "≤");
}

/** The row with a project-dependent number moved to its example, so it is written as （待填）. */
export function asPlaceholderUnlessStandard(row: TemplateRowInput): TemplateRowInput {
  const numeric = row.operator === "≥" || row.operator === "≤" || row.operator === "=";
  if (!numeric || row.value === null || row.value === undefined) return row;
  if (isFixedStandard({ ...row, unit: row.unit ?? "" } as TemplateRow)) return row;
  return { ...row, value: null, example: row.example ?? row.value };
}

/**
 * Problems of one row (zh-CN). Always: a known 二级, numbers where a number belongs, a unit, rates ≤ 100%.
 * `strict` (the built-in library) adds the reviewer conventions: 数量 ≥/=, 成本 ≤, 满意度 ≥90%–≥95%.
 */
export function rowProblems(row: TemplateRow, strict = true): string[] {
  const out: string[] = [];
  const kind = rowKind(row.level2);
  if (!kind) out.push(`二级指标“${row.level2}”不在任何指标体系中`);
  const numeric = row.operator === "≥" || row.operator === "≤" || row.operator === "=";
  const checkNumber = (v: string, what: string) => {
    if (!/^\d+(\.\d+)?$/.test(v)) out.push(`${what}“${v}”应为数字（符号和单位分开写）`);
    else if (RATE_KINDS.has(row.unit) && Number(v) > 100) out.push(`${what}“${v}%”超过 100%`);
  };
  if (numeric && row.value !== null) checkNumber(row.value, "指标值");
  if (numeric && row.example !== undefined) checkNumber(row.example, "示例值");
  if (numeric && row.unit === "") out.push("定量指标要写单位");
  if (!strict) return out;
  if (numeric && row.value !== null && !isFixedStandard(row, kind))
    out.push(`“${row.value}${row.unit}”取决于项目，应留作${PLACEHOLDER}（示例写在 example）`);
  if (kind === "quantity" && row.operator === "≤") out.push("数量指标应使用“≥”或“=”");
  if ((kind === "cost" || kind === "economic-cost") && numeric && row.operator !== "≤") out.push("成本指标应使用“≤”（上限）");
  if (kind === "satisfaction") {
    const v = Number(row.value ?? row.example ?? "NaN");
    if (row.operator !== "≥" || row.unit !== "%" || !(v >= 90 && v <= 95)) out.push("满意度应写成“≥90%”到“≥95%”");
  }
  if (row.operator === "时限" && row.fill !== "period-end" && row.value === null && row.example === undefined) {
    out.push("时限指标要么从实施期取值（fill: period-end），要么给出示例");
  }
  return out;
}

/** Formats a zod issue path as "第2个模板（id）第3行" for messages. */
function where(path: readonly PropertyKey[], data: unknown): string {
  const parts: string[] = [];
  const templates = (data as { templates?: unknown[] } | null)?.templates;
  const ti = path[0] === "templates" ? path[1] : undefined;
  if (typeof ti === "number") {
    const t = Array.isArray(templates) ? (templates[ti] as { id?: unknown; name?: unknown } | undefined) : undefined;
    const label = typeof t?.id === "string" ? `（${t.id}${typeof t.name === "string" ? "：" + t.name : ""}）` : "";
    parts.push(`第 ${ti + 1} 个模板${label}`);
    if (path[2] === "rows" && typeof path[3] === "number") parts.push(`第 ${path[3] + 1} 行`);
    const field = path[path[2] === "rows" ? 4 : 2];
    if (field !== undefined) parts.push(`字段“${String(field)}”`);
  } else if (path.length > 0) {
    parts.push(`字段“${path.map(String).join(".")}”`);
  }
  return parts.join(" ");
}

export type ParseTemplatesResult = { ok: true; templates: Template[] } | { ok: false; errors: string[] };

/** Parses a unit's own library (JSON text or value); every problem names the bad entry in zh-CN. */
export function parseTemplateFile(input: string | unknown): ParseTemplatesResult {
  let data: unknown = input;
  if (typeof input === "string") {
    try {
      data = JSON.parse(input);
    } catch (e) {
      return { ok: false, errors: [`模板文件不是有效的 JSON：${e instanceof Error ? e.message : String(e)}`] };
    }
  }
  if (Array.isArray(data)) data = { templates: data };
  const parsed = TemplateFileSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => {
        const at = where(i.path, data);
        const msg =
          i.code === "invalid_type"
            ? `类型不对（应为 ${String((i as { expected?: unknown }).expected ?? "")}）`
            : i.code === "invalid_value"
              ? `取值不对（可选：${((i as { values?: unknown[] }).values ?? []).join(" ")}）`
              : i.message;
        return at ? `${at}：${msg}` : msg;
      }),
    };
  }
  const errors: string[] = [];
  const seen = new Set<string>();
  parsed.data.templates.forEach((t, ti) => {
    if (seen.has(t.id)) errors.push(`第 ${ti + 1} 个模板（${t.id}）：模板编号重复`);
    seen.add(t.id);
    t.rows.forEach((r, ri) => {
      for (const p of rowProblems(r, false))
        errors.push(`第 ${ti + 1} 个模板（${t.id}：${t.name}） 第 ${ri + 1} 行“${r.name}”：${p}`);
    });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, templates: parsed.data.templates };
}

/**
 * The answer key for the real 绩效表 in tests/fixtures/real/: one JSON file per sheet in
 * tests/fixtures/real/expected/<workbook-stem>--<n>.json (n = 1-based sheet index), written from a
 * reading of each table (see expected/NOTES.md), never from the checker's output.
 *
 * This module only defines the shape (zod) and loads the files; realExpectation.test.ts checks every
 * file against this schema and every cell address/text against the workbook itself.
 *
 * Conventions
 * - Cells are A1 addresses; for a merged area the top-left cell.
 * - Texts (`label`, `text`, level names, `value`) are the cell text as written, trimmed at both ends
 *   (inner spaces and line breaks kept). A number cell is written as its plain decimal (`2`, `88`, `6.3`).
 *   A label/value sharing one cell has labelCell === valueCell and `text` is the value part only.
 * - `goals[].text` is the first 20 characters of the trimmed cell text.
 * - Money: `amountWan` is the amount converted to 万元 (null when the cell is empty, a header, or
 *   unreadable); `unitSource` says where the unit came from: the row/group label ("label": `资金情况(万元)`,
 *   `年度金额(万元):`), the cell itself ("cell": `10000万元`), a column header ("header": `金额(万元)`), or a
 *   free note line ("note": `金额单位:元`); null only when the amount is null and nothing says the unit.
 * - Indicators are listed block by block in sheet order (left half before right half of a side-by-side
 *   table, upper block before lower block of a stacked one), rows ascending inside a block. A row of the
 *   indicator table that has a 二级 name but no 三级 name and no value (an unused slot) is still an
 *   indicator row, with `level3`/`value` null. Header rows, summary rows (合计/总分), template filler rows
 *   (`…`, `……`) and rows outside the indicator table are listed in `notIndicators` instead.
 * - `operator` is normalised to ≥ ≤ = > < (`>=` → ≥, `以内` → ≤); null when the value has none.
 *   `unit` is the unit as written (`%`, `村`, `元/平方米`), from the value text or a unit column.
 * - Findings are what a careful finance reviewer would flag and a checker can flag; `rule` is a suggested
 *   kebab-case rule id (existing ids reused where they fit). `notFindings` are traps for a naive checker.
 */
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

export const REAL_DIR = path.join(__dirname, "../../fixtures/real");
export const EXPECTED_DIR = path.join(REAL_DIR, "expected");

const cellRef = z.string().regex(/^[A-Z]{1,3}[1-9][0-9]*$/, "A1 形式的单元格地址");
const camelKey = z.string().regex(/^[a-z][A-Za-z0-9]*$/, "camelCase 键名");

export const FormKind = z.enum([
  "project-target",
  "department-overall",
  "transfer-payment",
  "project-list",
  "self-evaluation",
  "evaluation-result",
]);
export type FormKind = z.infer<typeof FormKind>;

export const IndicatorPeriod = z.enum(["annual", "implementation"]);
export type IndicatorPeriod = z.infer<typeof IndicatorPeriod>;

export const Periods = z
  .object({
    present: z.array(IndicatorPeriod).min(1),
    layout: z.enum(["single", "side-by-side", "stacked"]),
  })
  .strict();

export const Field = z
  .object({
    key: camelKey,
    /** The label as written; null when the value is found in running text without a label (南开). */
    label: z.string().nullable(),
    labelCell: cellRef.nullable(),
    valueCell: cellRef,
    /** The value text; null when the value cell is empty. */
    text: z.string().nullable(),
    /** true when `text` is only part of the value cell (a code inside `[015001]武汉市青山区教育局`). */
    part: z.boolean().optional(),
  })
  .strict();
export type Field = z.infer<typeof Field>;

export const Money = z
  .object({
    key: camelKey,
    label: z.string(),
    labelCell: cellRef,
    /** null when the form prints no amount for this line (e.g. a heading row). */
    valueCell: cellRef.nullable(),
    amountWan: z.number().nullable(),
    unitSource: z.enum(["label", "cell", "header", "note"]).nullable(),
  })
  .strict();
export type Money = z.infer<typeof Money>;

export const Goal = z
  .object({
    period: IndicatorPeriod,
    /** "target" = 年度目标 / 中期目标 / 年初设定目标; "achieved" = 完成情况 (self-evaluation and 申报表 columns). */
    role: z.enum(["target", "achieved"]).default("target"),
    headerCell: cellRef.nullable(),
    cell: cellRef,
    /** First 20 characters of the trimmed text; null when the cell is empty. */
    text: z.string().max(20).nullable(),
  })
  .strict();

export const Operator = z.enum(["≥", "≤", "=", ">", "<"]);

export const Level1Canon = z.enum(["产出指标", "效益指标", "满意度指标", "成本指标"]);
export const Level2Canon = z.enum([
  "数量指标",
  "质量指标",
  "时效指标",
  "成本指标",
  "经济效益指标",
  "社会效益指标",
  "生态效益指标",
  "可持续影响指标",
  "服务对象满意度指标",
  "经济成本指标",
  "社会成本指标",
  "生态环境成本指标",
]);

const CellText = z.object({ cell: cellRef, text: z.string().nullable() }).strict();

export const Indicator = z
  .object({
    row: z.number().int().positive(),
    period: IndicatorPeriod,
    /** For a list form: the 项目名称 the row belongs to. */
    project: z.string().optional(),
    level1: z.string(),
    level1Cell: cellRef,
    /** null when the 一级 cell names no framework class (宁晋 `制度指标`). */
    level1Canon: Level1Canon.nullable(),
    level2: z.string(),
    level2Cell: cellRef,
    /** null for a merged name covering several canonical 二级 (东莞 `社会、经济、生态效益 指标`) or none (`制度指标`). */
    level2Canon: Level2Canon.nullable(),
    level3: z.string().nullable(),
    level3Cell: cellRef,
    /** Null when the value cell is empty, and for per-area tables (see `values`). */
    value: z.string().nullable(),
    valueCell: cellRef.nullable(),
    operator: Operator.nullable(),
    unit: z.string().nullable(),
    valueKind: z.enum(["quantity", "qualitative", "date", "date-range", "empty", "per-area"]),
    /** One value per area (区域目标值 columns). */
    values: z.array(z.object({ area: z.string(), text: z.string().nullable(), cell: cellRef }).strict()).optional(),
    /** Other columns of the row: weight, score, actual, remark, explanation, direction, reason … */
    extra: z.record(camelKey, CellText).default({}),
  })
  .strict();
export type Indicator = z.infer<typeof Indicator>;

export const ColumnRole = z.enum([
  "section-label",
  "unit-name",
  "project-name",
  "budget",
  "goal",
  "level1",
  "level2",
  "level3",
  "operator",
  "value",
  "unit",
  "weight",
  "actual",
  "score",
  "reason",
  "remark",
  "explanation",
  "direction",
  "area-values",
  "area",
]);

export const Column = z
  .object({
    role: ColumnRole,
    cell: cellRef,
    text: z.string(),
    period: IndicatorPeriod.optional(),
  })
  .strict();

export const IndicatorTable = z
  .object({
    period: IndicatorPeriod,
    /** Header row(s) of this block. */
    headerRows: z.array(z.number().int().positive()).min(1),
    columns: z.array(Column).min(2),
  })
  .strict();

export const ScoreItem = z
  .object({
    key: camelKey,
    label: z.string(),
    labelCell: cellRef,
    weightCell: cellRef.nullable(),
    weight: z.number().nullable(),
    scoreCell: cellRef.nullable(),
    /** The score as printed; a text like `10分` stays text. */
    score: z.union([z.number(), z.string()]).nullable(),
    rateCell: cellRef.optional(),
    rate: z.string().optional(),
  })
  .strict();

export const Project = z
  .object({
    name: z.string(),
    nameCell: cellRef,
    rows: z.object({ first: z.number().int(), last: z.number().int() }).strict(),
    budgetCell: cellRef,
    amountWan: z.number(),
    unitSource: z.enum(["label", "cell", "header", "note"]),
    goalCell: cellRef,
    goal: z.string().max(20),
    /** true when the copy cuts the project's rows. */
    truncated: z.boolean(),
  })
  .strict();

export const Finding = z
  .object({
    cell: cellRef,
    severity: z.enum(["error", "warning", "info"]),
    category: z.enum(["missing", "inconsistent", "format"]),
    /** zh-CN, one sentence. */
    what: z.string().regex(/[\u4e00-\u9fff]/, "中文说明"),
    rule: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "kebab-case 规则 id"),
    related: z.array(cellRef).optional(),
  })
  .strict();
export type Finding = z.infer<typeof Finding>;

export const NotFinding = z.object({ cell: cellRef, why: z.string().min(4) }).strict();
export const NotIndicator = z.object({ row: z.number().int().positive(), why: z.string().min(2) }).strict();

export const FormBody = z
  .object({
    kind: FormKind,
    /** Sheet rows this form occupies. */
    rows: z.object({ first: z.number().int().positive(), last: z.number().int().positive() }).strict(),
    title: CellText.nullable(),
    periods: Periods,
    fields: z.array(Field),
    money: z.array(Money),
    goals: z.array(Goal),
    tables: z.array(IndicatorTable),
    indicators: z.array(Indicator),
    notIndicators: z.array(NotIndicator),
    projects: z.array(Project).optional(),
    scores: z.array(ScoreItem).optional(),
    /** Other structured parts of a form (履职目标 lines, 实施进度计划 lines …), free shape, cell-addressed. */
    other: z.record(camelKey, z.array(z.record(z.string(), CellText))).optional(),
    findings: z.array(Finding),
    notFindings: z.array(NotFinding),
  })
  .strict();
export type FormBody = z.infer<typeof FormBody>;

export const Copy = z.enum(["complete", "truncated", "fragments", "flattened-last-row-cut", "note-cut"]);

const Common = {
  workbook: z.string().regex(/^(extra-)?[a-z]+-\d{4}\.xlsx$/),
  sheet: z.string().min(1),
  sheetIndex: z.number().int().positive(),
  copy: Copy,
  /** What the copy cut, in a few words (for truncated copies). */
  cut: z.string().optional(),
};

export const SheetExpectation = z.union([
  z.object({ ...Common, ...FormBody.shape }).strict(),
  z.object({ ...Common, kind: FormKind, forms: z.array(FormBody).min(2) }).strict(),
]);
export type SheetExpectation = z.infer<typeof SheetExpectation>;

/** The forms of a sheet: the sheet itself when it holds one form. */
export function formsOf(e: SheetExpectation): FormBody[] {
  if ("forms" in e) return e.forms;
  const { workbook: _w, sheet: _s, sheetIndex: _i, copy: _c, cut: _x, ...body } = e;
  return [FormBody.parse(body)];
}

export interface LoadedExpectation {
  file: string;
  expectation: SheetExpectation;
}

/** Reads and parses every expected/*.json; a bad file fails with its name and the zod message. */
export function loadRealExpectations(dir = EXPECTED_DIR): LoadedExpectation[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => {
      const raw: unknown = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
      const parsed = SheetExpectation.safeParse(raw);
      if (!parsed.success) {
        throw new Error(`${file}: 期望文件格式不对：${z.prettifyError(parsed.error)}`);
      }
      return { file, expectation: parsed.data };
    });
}

/** "rule@cell" keys of a form's findings at or above a severity (same shape as the sample-workbook golden test). */
export function findingKeys(form: FormBody, atLeast: "error" | "warning" | "info" = "info"): string[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return form.findings.filter((f) => rank[f.severity] <= rank[atLeast]).map((f) => `${f.rule}@${f.cell}`);
}

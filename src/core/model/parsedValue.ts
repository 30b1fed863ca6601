/**
 * What an indicator value (指标值) means once parsed, and what a 经费测算 text evaluates to.
 * Produced by src/core/parse/, consumed by the rules.
 */
import { z } from "zod";

/** Canonical comparison operators (full-width ＝ is canonical for "equals"). */
export const OperatorSchema = z.enum(["＝", "≥", "＞", "≤", "＜"]);
export type Operator = z.infer<typeof OperatorSchema>;

/** What a unit measures. `money` units are converted to 万元 in `amountWan`. */
export const UnitKindSchema = z.enum(["percent", "money", "count", "time", "other", "none"]);
export type UnitKind = z.infer<typeof UnitKindSchema>;

export const UnitSchema = z.object({
  /** Unit as written, normalised to half width, e.g. "%", "人", "万元/套/年", "元/人/年". */
  text: z.string(),
  kind: UnitKindSchema,
  /** For money units: factor to 万元 (元 → 0.0001, 万元 → 1, 亿元 → 10000). */
  toWan: z.number().optional(),
  /** For "per" units ("元/人/年", "万元/套/年"): the denominators, e.g. ["人","年"]. */
  per: z.array(z.string()).default([]),
  /** For count units: the counted thing ("人", "套", "张"). For money: "元"/"万元". */
  base: z.string(),
});
export type Unit = z.infer<typeof UnitSchema>;

export const QuantitativeValueSchema = z.object({
  kind: z.literal("quantitative"),
  raw: z.string(),
  operator: OperatorSchema.nullable(),
  /** How the operator was written ("=", ">=", "不低于", "＞", …) or null. */
  operatorText: z.string().nullable(),
  /** The number with 万/千 multipliers applied to the count ("2.5万张" → 25000); money stays in its unit. */
  number: z.number(),
  unit: UnitSchema.nullable(),
  /** Text before the operator/number that is not part of it (e.g. a repeated indicator name "医保基金使用率"). */
  prefix: z.string(),
  /** Text after number+unit that is not part of it (e.g. "完成"). */
  suffix: z.string(),
  /** For money values: the amount in 万元 (number × unit.toWan), when the unit is pure money ("万元", "元"). */
  amountWan: z.number().optional(),
});
export type QuantitativeValue = z.infer<typeof QuantitativeValueSchema>;

export const DeadlineValueSchema = z.object({
  kind: z.literal("deadline"),
  raw: z.string(),
  /** A concrete date when one is written ("2021.12.31前" → 2021-12-31, "10月底前" → month 10 end, year unknown). */
  year: z.number().nullable(),
  month: z.number().nullable(),
  day: z.number().nullable(),
  /** Recurring deadlines: "每月20号之前" → "monthly", "每年10月底前" → "yearly". */
  recurrence: z.enum(["none", "monthly", "yearly"]),
  /** Whether a before/by word (前, 之前, 以前, 底前) or an operator (≤) is present. */
  hasBound: z.boolean(),
  /** Text before the date that is not part of it (e.g. "完成时间"); recurrence and bound words excluded. */
  prefix: z.string().optional(),
  /** Text after the date and its bound word (e.g. "完成参保缴费" in "每年10月底前完成参保缴费"). */
  suffix: z.string().optional(),
  /** For a written range ("2023.07-2024.01"): its start; year/month/day above are then the range end. */
  start: z.object({ year: z.number().nullable(), month: z.number().nullable(), day: z.number().nullable() }).optional(),
});
export type DeadlineValue = z.infer<typeof DeadlineValueSchema>;

export const DurationValueSchema = z.object({
  kind: z.literal("duration"),
  raw: z.string(),
  operator: OperatorSchema.nullable(),
  /** "24小时内" → 24 小时; "当面办结"/"当场办结"/"即时办结" → 0 小时 with immediate = true. */
  amount: z.number(),
  unit: z.string(),
  immediate: z.boolean(),
  prefix: z.string(),
  suffix: z.string(),
});
export type DurationValue = z.infer<typeof DurationValueSchema>;

export const QualitativeValueSchema = z.object({
  kind: z.literal("qualitative"),
  raw: z.string(),
  text: z.string(),
  /** Vague adverb-like words found (有效, 显著, 及时, 提高, 正常运行, 长期, 建立健全, 高效快捷, …). */
  vagueWords: z.array(z.string()),
  /** Filler such as "无" / "/" / "—". */
  isFiller: z.boolean(),
});
export type QualitativeValue = z.infer<typeof QualitativeValueSchema>;

export const EmptyValueSchema = z.object({ kind: z.literal("empty"), raw: z.string() });

export const ParsedValueSchema = z.discriminatedUnion("kind", [
  QuantitativeValueSchema,
  DeadlineValueSchema,
  DurationValueSchema,
  QualitativeValueSchema,
  EmptyValueSchema,
]);
export type ParsedValue = z.infer<typeof ParsedValueSchema>;

/** One line of a 经费测算 text. */
export const CostItemSchema = z.object({
  /** The line as written (trimmed). */
  text: z.string(),
  /** What it pays for ("差旅费", "卡用色带", "大病保险"). */
  label: z.string(),
  /** Quantity and its counted unit when written ("2000卷" → 2000 / "卷"; "2.5万张" → 25000 / "张"). */
  quantity: z.number().optional(),
  quantityUnit: z.string().optional(),
  /** Unit price in 万元 per quantityUnit when written ("17万/套/年" → 17; "400元/卷" → 0.04). */
  unitPriceWan: z.number().optional(),
  /** The line's amount in 万元: written ("费用10万") or computed (quantity × unit price, or a product chain). */
  amountWan: z.number(),
  /** True when amountWan was computed from factors rather than written. */
  computed: z.boolean(),
  /** A result written for this line after "=" ("10人*5000元=5万" → 5), when the text has several "=". */
  statedAmountWan: z.number().optional(),
  /** -1 for amounts netted off (上年结余, 结转, 减去); +1 otherwise. */
  sign: z.union([z.literal(1), z.literal(-1)]),
});
export type CostItem = z.infer<typeof CostItemSchema>;

export const CostEstimateSchema = z.object({
  raw: z.string(),
  items: z.array(CostItemSchema),
  /** Σ sign × amountWan over items (万元). null when no item could be read. */
  computedTotalWan: z.number().nullable(),
  /** A total written in the text ("=185万", "共计100万", "在需8万", "合计…"), in 万元. */
  statedTotalWan: z.number().nullable(),
  /** The text fragments that could not be read as an item (for messages). */
  unreadParts: z.array(z.string()),
});
export type CostEstimate = z.infer<typeof CostEstimateSchema>;

/**
 * Form kinds as data: which kinds of 绩效表 the engine knows, what identifies each, which header
 * fields it carries (and so may require), its indicator-table shape and which rule set applies.
 * The registry (./data.ts) is parsed with FormKindSchema when the engine loads.
 */
import { z } from "zod";
import { HeaderFieldKeySchema, LayoutIdSchema } from "../model/form";

export const RuleSetSchema = z.enum([
  /** Target tables (绩效目标表): completeness, consistency and value format of the targets. */
  "target",
  /** Self-evaluation (绩效自评表): scores, weights, achieved values and deviation reasons. */
  "self-evaluation",
]);
export type RuleSet = z.infer<typeof RuleSetSchema>;

export const FormKindSchema = z.object({
  id: LayoutIdSchema,
  /** zh-CN name shown in reports and the pane. */
  name: z.string().min(1),
  /** One line: what the kind is and where it comes from. */
  description: z.string().min(1),
  /** Title patterns (regular expressions over the title without spaces) that identify the kind. */
  titles: z.array(z.string()),
  /**
   * Points a matching title is worth (default 6): less for a kind whose titles are the generic ending every
   * target table may have ("…绩效目标表"), so that a title naming a more specific kind wins.
   */
  titlePoints: z.number(),
  /** Header fields the kind carries: only these are ever reported missing, and only when `required`. */
  required: z.array(HeaderFieldKeySchema),
  /** Fields reported when their label is present but the value is empty. */
  fields: z.array(HeaderFieldKeySchema),
  /** The kind states a budget (项目预算 / 资金总额 …) that must be filled. */
  requiresBudget: z.boolean(),
  /** The kind states goals (年度目标 …) that must be filled. */
  requiresGoals: z.boolean(),
  /**
   * Whether every template of the kind prints a goal section. When not (the many local 目标表/申报表 templates of
   * project-target: 临邑's has none), a form with no goal label at all is told, not held against the filler.
   */
  goalSectionAlwaysPrinted: z.boolean().optional(),
  /** Indicator table shape, for documentation and reading hints. */
  indicatorShape: z.enum(["periods", "halves", "single", "areas", "list", "evaluation"]),
  /** Rules that apply; null when the kind is recognised but not checked yet (the reason is said instead). */
  ruleSet: RuleSetSchema.nullable(),
  /** Rule ids that do not apply to this kind although they are in its rule set. */
  skipRules: z.array(z.string()),
  /** Example (a real published table of this kind, for the README). */
  example: z.string(),
  /**
   * What speaks for this kind besides its title: signals the reader finds on any form (see
   * read/detectKind.ts formSignals) with the points each is worth. Every kind is scored on all its
   * evidence and the best score wins; the JSON lists each kind's evidence (`kindEvidence`).
   */
  evidence: z.array(
    z.object({ signal: z.string().regex(/^[a-z]+(:[A-Za-z-]+)?$/), points: z.number(), text: z.string().min(1) }),
  ),
  /**
   * What this kind cannot be without: its title ("title") or one of these signals. A kind whose other evidence is
   * common to other kinds (a 经费测算 and a 项目期限 are on many project tables) is chosen only with one of them.
   */
  definedBy: z.array(z.string().regex(/^(title|[a-z]+:[A-Za-z-]+)$/)).optional(),
  /**
   * What this kind never prints, so that a form showing it is not of this kind whatever else it shares with it: a
   * table of targets, set before the year, has no achieved values written and no budget execution rate (a transfer
   * self-evaluation prints the transfer table's 资金名称, 中央主管部门 and 中央补助 | 地方资金 too).
   */
  ruledOutBy: z.array(z.string().regex(/^[a-z]+:[A-Za-z-]+$/)).optional(),
});
export type FormKind = z.infer<typeof FormKindSchema>;
export type FormKindInput = z.input<typeof FormKindSchema>;

export const FormKindRegistrySchema = z
  .array(FormKindSchema)
  .refine((kinds) => new Set(kinds.map((k) => k.id)).size === kinds.length, { message: "表格种类的 id 重复" });

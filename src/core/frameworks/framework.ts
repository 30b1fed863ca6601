/**
 * Indicator frameworks as data: which 一级 and 二级 指标 a table must have.
 * Rules read these tables; no rule hard-codes a framework.
 */
import { z } from "zod";

/** What a 二级 measures; rules key their checks on this, not on names. */
export const Level2KindSchema = z.enum([
  "quantity",
  "quality",
  "timeliness",
  "cost",
  "economic-benefit",
  "social-benefit",
  "ecological-benefit",
  "sustainability",
  "satisfaction",
  "economic-cost",
  "social-cost",
  "ecological-cost",
  // 绩效评价 frameworks: 决策 (立项, 目标, 资金投入) and 过程 (资金管理, 组织实施).
  "decision",
  "process",
  // 财预〔2020〕10号's evaluation framework groups by stage: 项目产出 over 产出数量/质量/时效/成本, 项目效益 over
  // 经济效益/社会效益/…/满意度 (those are its 三级).
  "output",
  "outcome",
]);
export type Level2Kind = z.infer<typeof Level2KindSchema>;

/**
 * required: must carry ≥1 三级 (error when absent);
 * recommended: warning when absent;
 * optional: may stay blank (a group rule such as "≥1 of the 效益 二级" may still apply).
 */
export const RequirementSchema = z.enum(["required", "recommended", "optional"]);
export type Requirement = z.infer<typeof RequirementSchema>;

export const Level2DefSchema = z.object({
  name: z.string(),
  kind: Level2KindSchema,
  aliases: z.array(z.string()),
  requirement: RequirementSchema,
});
export type Level2Def = z.infer<typeof Level2DefSchema>;

export const Level1DefSchema = z.object({
  name: z.string(),
  aliases: z.array(z.string()),
  required: z.boolean(),
  /** At least this many of the 二级 must carry a 三级 (e.g. 效益: ≥1 of 经济/社会/生态/可持续). */
  minFilledLevel2: z.number().int().nonnegative(),
  level2: z.array(Level2DefSchema),
});
export type Level1Def = z.infer<typeof Level1DefSchema>;

export const FrameworkIdSchema = z.enum(["old-88", "core-101", "eval-2020"]);
export type FrameworkId = z.infer<typeof FrameworkIdSchema>;

export const FrameworkSchema = z.object({
  id: FrameworkIdSchema,
  name: z.string(),
  /** Whether the framework text was verified against its source (101号 is recalled, not retrieved). */
  verified: z.boolean(),
  level1: z.array(Level1DefSchema),
});
export type Framework = z.infer<typeof FrameworkSchema>;

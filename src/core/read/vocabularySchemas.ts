/**
 * zod schemas of the reader's vocabularies (./labels LABEL_DATA, ./columnRoles COLUMN_DATA). The tests parse the
 * data with them (tests/core/read/vocabularySchemas.test.ts); the engine does not, so zod is not loaded on its
 * run-time path (the pane's first screen, the CLI's start-up).
 */
import { z } from "zod";
import { EXTRA_ROLES } from "./columnRoles";

export const ExtraRoleSchema = z.enum(EXTRA_ROLES);

/** Shape check of the label vocabulary (the targets' own fields are typed by LabelTarget). */
export const LabelDefSchema = z.object({
  labels: z.array(z.string().min(1)).min(1),
  target: z.object({ kind: z.string() }).passthrough(),
  prefix: z.boolean().optional(),
});

export const ColumnVocabularySchema = z.array(
  z.object({
    role: z.string(),
    extra: ExtraRoleSchema.optional(),
    exact: z.array(z.string()).default([]),
    patterns: z.array(z.string()).default([]),
  }),
);

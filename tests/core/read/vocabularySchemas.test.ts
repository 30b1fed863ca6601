/**
 * The reader's vocabularies are data checked here with their zod schemas (the engine trusts them at run time so
 * that zod stays off its path): every entry valid, and valid as written (parsing changes nothing the engine
 * reads: defaults only fill what the engine defaults the same way).
 */
import { z } from "zod";
import { COLUMN_DATA } from "../../../src/core/read/columnRoles";
import { LABEL_DATA } from "../../../src/core/read/labels";
import { ColumnVocabularySchema, LabelDefSchema } from "../../../src/core/read/vocabularySchemas";
import { FORM_KINDS } from "../../../src/core/kinds";
import { FormKindRegistrySchema } from "../../../src/core/kinds/formKind";

describe("vocabulary data against its schemas", () => {
  it("label vocabulary", () => {
    const parsed = z.array(LabelDefSchema).safeParse(LABEL_DATA);
    expect(parsed.success ? "" : JSON.stringify(parsed.error.issues[0])).toBe("");
    expect(parsed.data).toEqual(LABEL_DATA);
  });
  it("label vocabulary: an empty spelling list is refused", () => {
    expect(z.array(LabelDefSchema).safeParse([{ labels: [], target: { kind: "field" } }]).success).toBe(false);
  });
  it("column vocabulary", () => {
    const parsed = ColumnVocabularySchema.safeParse(COLUMN_DATA);
    expect(parsed.success ? "" : JSON.stringify(parsed.error.issues[0])).toBe("");
    expect(parsed.data).toEqual(COLUMN_DATA.map((v) => ({ ...v, exact: v.exact ?? [], patterns: v.patterns ?? [] })));
    for (const v of COLUMN_DATA) for (const p of v.patterns ?? []) expect(() => new RegExp(p)).not.toThrow();
  });
  it("column vocabulary: an unknown extra role is refused", () => {
    expect(ColumnVocabularySchema.safeParse([{ role: "extra", extra: "bogus" }]).success).toBe(false);
  });
  it("form kinds the engine uses are the registry as validated", () => {
    const parsed = FormKindRegistrySchema.safeParse(FORM_KINDS);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual(FORM_KINDS);
  });
});

/**
 * The form-kind registry, parsed and validated once when the engine loads.
 */
import type { LayoutId } from "../model/form";
import { FORM_KIND_DATA } from "./data";
import { type FormKind, FormKindRegistrySchema } from "./formKind";

function parseRegistry(): FormKind[] {
  const parsed = FormKindRegistrySchema.safeParse(FORM_KIND_DATA);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`表格种类登记表有误（${issue.path.join(".")}）：${issue.message}`);
  }
  return parsed.data;
}

export const FORM_KINDS: readonly FormKind[] = parseRegistry();

const BY_ID = new Map(FORM_KINDS.map((k) => [k.id, k]));

/** The kind with this id (every LayoutId has one). */
export function formKind(id: LayoutId): FormKind {
  return BY_ID.get(id) ?? BY_ID.get("generic")!;
}

/** The kind whose title patterns match a title (spaces removed), or null. */
export function kindFromTitle(title: string): FormKind | null {
  const t = title.replace(/\s+/g, "");
  if (!t) return null;
  for (const k of FORM_KINDS) if (k.titles.some((p) => new RegExp(p).test(t))) return k;
  return null;
}

export type { FormKind } from "./formKind";

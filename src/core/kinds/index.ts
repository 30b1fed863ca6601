/**
 * The form-kind registry (validated by the tests, see below).
 */
import type { LayoutId } from "../model/form";
import { FORM_KIND_DATA } from "./data";
import type { FormKind } from "./formKind";

/* The registry is data checked with FormKindRegistrySchema (./formKind) by tests/core/read/formKinds.test.ts;
 * it is not parsed again when the engine loads, so zod stays off the run-time path (pane first screen, CLI start-up). */
export const FORM_KINDS: readonly FormKind[] = FORM_KIND_DATA;

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

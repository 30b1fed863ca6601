/**
 * One vocabulary of display names (zh-CN) for what the engine reports: severities, categories,
 * form kinds (layout ids) and frameworks. The CLI, the pane and the reports all use these.
 */
import type { Category, Severity } from "./diagnostics";
import { FRAMEWORKS } from "./frameworks/data";
import { FORM_KINDS } from "./kinds";

export const SEVERITY_NAMES: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };
export const CATEGORY_NAMES: Record<Category, string> = { missing: "缺失", inconsistent: "不一致", format: "格式" };

/** Form kind (JSON `layout`) → zh-CN name. */
export const KIND_NAMES: Record<string, string> = Object.fromEntries(FORM_KINDS.map((k) => [k.id, k.name]));

/** Framework id → zh-CN name (the one name used everywhere). */
export const FRAMEWORK_NAMES: Record<string, string> = Object.fromEntries(FRAMEWORKS.map((f) => [f.id, f.name]));

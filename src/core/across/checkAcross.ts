/**
 * checkAcross: the cross-project checks over all forms of one workbook (or of a folder).
 * Pure: forms and snapshots in, findings out, each on the sheet it points into.
 */
import { compareDiagnostics } from "../diagnosticOrder";
import { acrossCopiedGoal } from "./acrossCopiedGoal";
import { acrossCopiedIndicators } from "./acrossCopiedIndicators";
import { acrossDuplicateProject } from "./acrossDuplicateProject";
import { acrossForeignQuantity } from "./acrossForeignQuantity";
import { acrossIndicatorTarget } from "./acrossIndicatorTarget";
import { acrossOtherProjectName } from "./acrossOtherProjectName";
import { acrossSummaryTotal } from "./acrossSummaryTotal";
import { type AcrossCheck, type AcrossFinding, type AcrossSheet, buildContext } from "./context";

export type { AcrossCheck, AcrossFinding, AcrossSheet } from "./context";

export const ACROSS_CHECKS: readonly AcrossCheck[] = [
  acrossIndicatorTarget,
  acrossCopiedIndicators,
  acrossCopiedGoal,
  acrossOtherProjectName,
  acrossForeignQuantity,
  acrossDuplicateProject,
  acrossSummaryTotal,
];

/** Runs every cross-project check (or the given ones); findings ordered by file, sheet, then cell. */
export function checkAcross(sheets: readonly AcrossSheet[], checks: readonly AcrossCheck[] = ACROSS_CHECKS): AcrossFinding[] {
  const ctx = buildContext(sheets);
  if (ctx.forms.length < 2 && !sheets.some((s) => s.snapshot)) return [];
  const order = new Map(sheets.map((s, i) => [`${s.file ?? ""}\u0000${s.sheet}`, i]));
  const out = checks.flatMap((c) => c.run(ctx));
  return out.sort(
    (a, b) =>
      (order.get(`${a.file ?? ""}\u0000${a.sheet}`) ?? 0) - (order.get(`${b.file ?? ""}\u0000${b.sheet}`) ?? 0) ||
      compareDiagnostics(a.diagnostic, b.diagnostic),
  );
}

/**
 * across-copied-indicators: a block of indicator rows copied unchanged from another project —
 * at least 3 rows whose 三级指标 and 指标值 are both identical, making up at least 60 % of the
 * smaller project's indicators.
 */
import { type AcrossCheck, type AcrossFinding, cellRef, finding, nameOther, pairs } from "./context";
import { type IndicatorEntry, indicatorEntries } from "./indicators";
import { compactKey } from "./context";

const MIN_ROWS = 3;
const MIN_SHARE = 0.6;

export const acrossCopiedIndicators: AcrossCheck = {
  id: "across-copied-indicators",
  severity: "warning",
  category: "inconsistent",
  run(ctx) {
    const rows = new Map(
      ctx.forms.map((f) => {
        const byKey = new Map<string, IndicatorEntry>();
        for (const e of indicatorEntries(f)) {
          const key = `${e.period}|${e.nameKey}|${compactKey(e.value.text)}`;
          if (!byKey.has(key)) byKey.set(key, e);
        }
        return [f, byKey] as const;
      }),
    );
    const out: AcrossFinding[] = [];
    for (const [a, b] of pairs(ctx.forms)) {
      const ra = rows.get(a)!;
      const rb = rows.get(b)!;
      const shared = [...ra.keys()].filter((k) => rb.has(k));
      if (shared.length < MIN_ROWS || shared.length < MIN_SHARE * Math.min(ra.size, rb.size)) continue;
      for (const [mine, theirs, other] of [
        [ra, rb, b],
        [rb, ra, a],
      ] as const) {
        const at = mine === ra ? a : b;
        const first = mine.get(shared[0])!;
        const names = shared.slice(0, 3).map((k) => `“${mine.get(k)!.name}”`);
        out.push(
          finding(acrossCopiedIndicators, at, {
            cell: first.nameCell,
            related: shared.flatMap((k) => [mine.get(k)!.nameCell, cellRef(at, other, theirs.get(k)!.nameCell)]),
            messageId: "copiedRows",
            template: "本项目有{count}行绩效指标与项目{other}完全相同（三级指标和指标值都一样，如{names}），可能是从该项目复制后没有按本项目修改",
            params: { count: shared.length, other: nameOther(at, other), names: names.join("、") },
            fix: "按本项目的实际产出、效益重新填写这些指标；确实相同的请核对数值是否属于本项目",
          }),
        );
      }
    }
    return out;
  },
};

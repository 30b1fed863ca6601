/**
 * across-copied-indicators: a block of indicator rows copied unchanged from another project —
 * at least 3 rows whose 三级指标 and 指标值 are both identical, making up at least 60 % of the
 * smaller project's indicators.
 */
import { practiceBasis } from "../basis";
import { type AcrossCheck, type AcrossFinding, type AcrossForm, cellRef, finding, nameOther, pairs } from "./context";
import { type IndicatorEntry, indicatorEntries } from "./indicators";
import { compactKey } from "./context";

const MIN_ROWS = 3;
const MIN_SHARE = 0.6;

export const acrossCopiedIndicators: AcrossCheck = {
  id: "across-copied-indicators",
  severity: "warning",
  category: "inconsistent",
  basis: practiceBasis("不同项目整块相同的指标多是照抄，与本项目资金用途无关"),
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
    // Per form, every other form it shares a copied block with; one finding per form (the closest copy
    // named, the others counted), so a folder of many near-identical tables does not explode quadratically.
    const partners = new Map<AcrossForm, Array<{ other: AcrossForm; shared: string[] }>>();
    const add = (at: AcrossForm, other: AcrossForm, shared: string[]) => {
      const list = partners.get(at);
      if (list) list.push({ other, shared });
      else partners.set(at, [{ other, shared }]);
    };
    for (const [a, b] of pairs(ctx.forms)) {
      const ra = rows.get(a)!;
      const rb = rows.get(b)!;
      const shared = [...ra.keys()].filter((k) => rb.has(k));
      if (shared.length < MIN_ROWS || shared.length < MIN_SHARE * Math.min(ra.size, rb.size)) continue;
      add(a, b, shared);
      add(b, a, shared);
    }
    const out: AcrossFinding[] = [];
    for (const at of ctx.forms) {
      const list = partners.get(at);
      if (!list) continue;
      list.sort((x, y) => y.shared.length - x.shared.length);
      const { other, shared } = list[0];
      const mine = rows.get(at)!;
      const theirs = rows.get(other)!;
      const first = mine.get(shared[0])!;
      const names = shared.slice(0, 3).map((k) => `“${mine.get(k)!.name}”`);
      out.push(
        finding(acrossCopiedIndicators, at, {
          cell: first.nameCell,
          related: [
            ...shared.flatMap((k) => [mine.get(k)!.nameCell, cellRef(at, other, theirs.get(k)!.nameCell)]),
            ...list.slice(1).map((p) => cellRef(at, p.other, rows.get(p.other)!.get(p.shared[0])!.nameCell)),
          ],
          messageId: "copiedRows",
          template:
            "本项目有{count}行绩效指标与项目{other}完全相同（三级指标和指标值都一样，如{names}），可能是从该项目复制后没有按本项目修改{more}",
          params: {
            count: shared.length,
            other: nameOther(at, other),
            names: names.join("、"),
            more: list.length > 1 ? `；另有${list.length - 1}个项目的指标也大段相同` : "",
          },
          fix: "按本项目的实际产出、效益重新填写这些指标；确实相同的请核对数值是否属于本项目",
        }),
      );
    }
    return out;
  },
};

/**
 * across-indicator-target: the same 三级指标 used by several projects of one unit with different
 * targets (指标值) or units (度量单位), compared per period (实施期 / 年度).
 */
import { practiceBasis } from "../basis";
import { type AcrossCheck, type AcrossFinding, cellRef, finding, listNames, nameOther, unitKey } from "./context";
import { type IndicatorEntry, indicatorEntries, targetKey } from "./indicators";

const PERIOD_NAME = { implementation: "实施期", annual: "年度" } as const;

export const acrossIndicatorTarget: AcrossCheck = {
  id: "across-indicator-target",
  severity: "warning",
  category: "inconsistent",
  basis: practiceBasis("同一单位各项目的同一指标，目标值和计量单位应一致"),
  run(ctx) {
    const groups = new Map<string, IndicatorEntry[]>();
    for (const at of ctx.forms) {
      for (const e of indicatorEntries(at)) {
        const key = `${unitKey(at)}|${e.period}|${e.nameKey}`;
        const list = groups.get(key);
        if (list) list.push(e);
        else groups.set(key, [e]);
      }
    }
    const out: AcrossFinding[] = [];
    for (const entries of groups.values()) {
      if (new Set(entries.map((e) => e.at)).size < 2) continue;
      const keyed = entries.map((e) => ({ e, t: targetKey(e.value.parsed, e.value.text) }));
      if (new Set(keyed.map((k) => k.t.key)).size < 2) continue;
      for (const mine of keyed) {
        const others = keyed.filter((k) => k.e.at !== mine.e.at && k.t.key !== mine.t.key);
        if (others.length === 0) continue;
        const unitOnly = others.every((o) => o.t.unit !== null && mine.t.unit !== null && o.t.unit !== mine.t.unit);
        const descr = others.map((o) => `${nameOther(mine.e.at, o.e.at)}为“${o.e.value.text}”`);
        out.push(
          finding(acrossIndicatorTarget, mine.e.at, {
            cell: mine.e.value.cell,
            related: others.map((o) => cellRef(mine.e.at, o.e.at, o.e.value.cell)),
            messageId: unitOnly ? "unitDiffers" : "targetDiffers",
            template: unitOnly
              ? "三级指标“{name}”的{period}指标值本项目为“{value}”，在项目{others}，度量单位不同：同一单位的同一指标应使用同一单位"
              : "三级指标“{name}”的{period}指标值本项目为“{value}”，在项目{others}：同一单位的同一指标目标值不一致，请核对是否抄错或漏改",
            params: { name: mine.e.name, period: PERIOD_NAME[mine.e.period], value: mine.e.value.text, others: listNames(descr) },
            fix: "核对各项目的该指标：目标确实不同就在备注中说明原因，否则改成一致的指标值和单位",
          }),
        );
      }
    }
    return out;
  },
};

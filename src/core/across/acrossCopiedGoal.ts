/**
 * across-copied-goal: a 绩效目标 text (实施期 or 年度) identical to another project's goal —
 * a goal describes one project, so an unchanged copy usually means it was not rewritten.
 */
import { practiceBasis } from "../basis";
import {
  type AcrossCheck,
  type AcrossFinding,
  type AcrossForm,
  cellRef,
  compactKey,
  finding,
  listNames,
  nameOther,
} from "./context";

/** Shorter goals ("保障运转") are too generic to call a copy. */
const MIN_LENGTH = 12;

export const acrossCopiedGoal: AcrossCheck = {
  id: "across-copied-goal",
  severity: "warning",
  category: "inconsistent",
  basis: practiceBasis("不同项目的绩效目标一字不差，多是照抄"),
  run(ctx) {
    const byText = new Map<string, Array<{ at: AcrossForm; cell: string; header: string }>>();
    for (const at of ctx.forms) {
      const seen = new Set<string>();
      for (const g of at.form.goals) {
        const key = compactKey(g.text);
        if (key.length < MIN_LENGTH || seen.has(key)) continue;
        seen.add(key);
        const list = byText.get(key);
        const entry = { at, cell: g.cell, header: g.header };
        if (list) list.push(entry);
        else byText.set(key, [entry]);
      }
    }
    const out: AcrossFinding[] = [];
    for (const list of byText.values()) {
      if (list.length < 2) continue;
      for (const mine of list) {
        const others = list.filter((o) => o !== mine);
        out.push(
          finding(acrossCopiedGoal, mine.at, {
            cell: mine.cell,
            related: others.map((o) => cellRef(mine.at, o.at, o.cell)),
            messageId: "copiedGoal",
            template: "绩效目标与项目{others}的目标一字不差，可能是复制后没有按本项目改写",
            params: { others: listNames(others.map((o) => nameOther(mine.at, o.at))) },
            fix: "按本项目的内容、数量和预期效果改写绩效目标",
          }),
        );
      }
    }
    return out;
  },
};

/**
 * across-duplicate-project: one project name on several forms. With different budgets that is a
 * warning (which figure is right?); with the same budget it is reported once as a likely duplicate.
 */
import { practiceBasis } from "../basis";
import { roundWan, formatWan } from "../text/normalize";
import { type AcrossCheck, type AcrossFinding, type AcrossForm, cellRef, finding, listNames, whereOther } from "./context";

export const acrossDuplicateProject: AcrossCheck = {
  id: "across-duplicate-project",
  severity: "warning",
  category: "inconsistent",
  basis: practiceBasis("同一项目不应重复填报"),
  run(ctx) {
    const byName = new Map<string, AcrossForm[]>();
    for (const f of ctx.forms) {
      if (!f.projectKey) continue;
      const list = byName.get(f.projectKey);
      if (list) list.push(f);
      else byName.set(f.projectKey, [f]);
    }
    const out: AcrossFinding[] = [];
    for (const group of byName.values()) {
      if (group.length < 2) continue;
      const amounts = new Set(group.map((f) => (f.budget?.amountWan == null ? "?" : String(roundWan(f.budget.amountWan)))));
      const differ = amounts.size > 1;
      for (const mine of group) {
        const others = group.filter((g) => g !== mine);
        const cell = mine.budget?.cell ?? mine.projectCell;
        const describe = (f: AcrossForm) =>
          `${whereOther(mine, f)}的预算为${f.budget?.amountWan == null ? "空" : `${formatWan(f.budget.amountWan)}万元`}`;
        out.push(
          finding({ ...acrossDuplicateProject, severity: differ ? "warning" : "info" }, mine, {
            cell,
            related: others.map((o) => cellRef(mine, o, o.budget?.cell ?? o.projectCell)),
            messageId: differ ? "budgetsDiffer" : "duplicate",
            template: differ
              ? "项目“{project}”出现了{count}次，预算不同：本表为{budget}，{others}"
              : "项目“{project}”出现了{count}次（{others}），预算相同，可能重复填报",
            params: {
              project: mine.project,
              count: group.length,
              budget: mine.budget?.amountWan == null ? "空" : `${formatWan(mine.budget.amountWan)}万元`,
              others: listNames(others.map(describe)),
            },
            fix: differ ? "确认哪一个预算是正确的，删除或改正另一张表" : "确认是否重复，删除多余的一张",
          }),
        );
      }
    }
    return out;
  },
};

/**
 * across-other-project-name: another project's name left in this project's texts (概述, 目标,
 * 指标) — the tell-tale of a table copied from that project. Names shorter than 4 characters
 * ("制卡费") are too likely to occur by chance and are skipped, as are names contained in this
 * project's own name.
 */
import { practiceBasis } from "../basis";
import { type AcrossCheck, type AcrossFinding, cellRef, compactKey, finding, nameOther } from "./context";
import { formTexts } from "./texts";

const MIN_NAME = 4;

export const acrossOtherProjectName: AcrossCheck = {
  id: "across-other-project-name",
  severity: "warning",
  category: "inconsistent",
  basis: practiceBasis("表中写着另一个项目的名称，多是照抄未改"),
  run(ctx) {
    const out: AcrossFinding[] = [];
    for (const mine of ctx.forms) {
      const texts = formTexts(mine).map((t) => ({ ...t, key: compactKey(t.text) }));
      const reported = new Set<string>();
      for (const other of ctx.forms) {
        if (other === mine || other.projectKey.length < MIN_NAME || reported.has(other.projectKey)) continue;
        if (mine.projectKey.includes(other.projectKey)) continue;
        const hit = texts.find((t) => t.key.includes(other.projectKey));
        if (!hit) continue;
        reported.add(other.projectKey);
        // Every form of that name is pointed at; the message names the first.
        const named = ctx.forms.filter((f) => f !== mine && f.projectKey === other.projectKey);
        out.push(
          finding(acrossOtherProjectName, mine, {
            cell: hit.cell,
            related: named.map((f) => cellRef(mine, f, f.projectCell)),
            messageId: "otherName",
            template: "{what}中写着另一个项目的名称{other}：可能是从该项目复制后没有改",
            params: { what: hit.what, other: nameOther(mine, other) },
            fix: "改成本项目的内容；确实与该项目有关的请写明关系",
          }),
        );
      }
    }
    return out;
  },
};

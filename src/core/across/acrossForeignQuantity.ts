/**
 * across-foreign-quantity: a quantity in 项目名称 / 项目概述 (e.g. "1850人", "3套") that appears
 * nowhere else in this project's table — not in its indicators, goals, budget or cost estimate —
 * but is a figure of another project (its indicators or its 概述). The name or 概述 was probably
 * copied from that project, or the numbers of the two projects were mixed up.
 */
import { practiceBasis } from "../basis";
import { type AcrossCheck, type AcrossFinding, type AcrossForm, cellRef, finding, nameOther } from "./context";
import { formTexts } from "./texts";
import { normalizeText } from "../text/normalize";

/** A number followed by a counting or money unit. */
const QUANTITY =
  /(\d+(?:\.\d+)?)\s*(万元|亿元|元|万人次|人次|万人|人|户|家|所|个|套|台|辆|张|卷|册|份|次|场|项|名|件|条|公里|千米|米|平方米|亩|吨|床)/g;
/** Any number, for "does this project mention the figure at all". */
const NUMBER = /\d+(?:\.\d+)?/g;

function quantities(text: string): Array<{ number: number; unit: string; text: string }> {
  return [...normalizeText(text).matchAll(QUANTITY)].map((m) => ({
    number: Number(m[1]),
    unit: m[2],
    text: m[0].replace(/\s+/g, ""),
  }));
}

function numbersOf(texts: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const t of texts) for (const m of normalizeText(t).matchAll(NUMBER)) out.add(Number(m[0]));
  return out;
}

export const acrossForeignQuantity: AcrossCheck = {
  id: "across-foreign-quantity",
  severity: "warning",
  category: "inconsistent",
  basis: practiceBasis("项目概述里的数量应出现在本项目的指标或金额中，是别的项目的数值时多是照抄"),
  run(ctx) {
    const out: AcrossFinding[] = [];
    const indicatorTexts = new Map<AcrossForm, Array<{ text: string; cell: string; what: string }>>(
      ctx.forms.map((f) => [
        f,
        formTexts(f).filter((t) => t.what === "指标值" || t.what === "三级指标" || t.what === "项目概述"),
      ]),
    );
    for (const mine of ctx.forms) {
      const f = mine.form;
      const sources = [
        { what: "项目名称", text: f.fields.projectName?.text ?? "", cell: f.fields.projectName?.cell },
        { what: "项目概述", text: f.fields.overview?.text ?? "", cell: f.fields.overview?.cell },
      ];
      const ownTexts = formTexts(mine)
        .filter((t) => t.what !== "项目概述")
        .map((t) => t.text);
      for (const b of Object.values(f.budget)) if (b?.amountWan != null) ownTexts.push(String(b.amountWan), b.text);
      const own = numbersOf(ownTexts);
      for (const src of sources) {
        if (!src.cell) continue;
        for (const q of quantities(src.text)) {
          if (own.has(q.number)) continue;
          for (const other of ctx.forms) {
            if (other === mine) continue;
            const hit = indicatorTexts
              .get(other)!
              .find((t) => quantities(t.text).some((o) => o.number === q.number && o.unit === q.unit));
            if (!hit) continue;
            out.push(
              finding(acrossForeignQuantity, mine, {
                cell: src.cell,
                related: [cellRef(mine, other, hit.cell)],
                messageId: "foreignQuantity",
                template:
                  "{what}中的“{quantity}”在本项目的指标、目标和金额中都没有出现，却出现在项目{other}的{where}中：可能是从该项目复制后没有改",
                params: { what: src.what, quantity: q.text, other: nameOther(mine, other), where: hit.what },
                fix: "核对这个数量属于哪个项目，改成本项目的数量，或在绩效指标中补上",
              }),
            );
            break;
          }
        }
      }
    }
    return out;
  },
};

import { normalizeText } from "../text/normalize";
import type { Rule } from "./support/rule";
import { SOURCES, returnReason } from "../basis";

/** A 长期 project whose 实施期 goal is word for word its 年度 goal confuses the two (DOMAIN Y-4). */
export const goalsDistinct: Rule = {
  meta: {
    id: "goals-distinct",
    severity: "info",
    category: "inconsistent",
    basis: returnReason("长期目标与年度目标混淆，把长期目标照搬为年度目标", SOURCES.returnReasonsS6),
    description: "长期项目的实施期总体目标不应与年度目标完全相同。",
    messages: {
      same: "实施期总体目标与年度目标完全相同，长期目标与年度目标混淆。",
    },
  },
  check({ facts, report }) {
    if (!facts.multiYear) return;
    const impl = facts.form.goals.find((g) => g.period === "implementation");
    const annual = facts.form.goals.find((g) => g.period === "annual");
    if (!impl || !annual || impl.text.trim() === "") return;
    const k = (s: string) => normalizeText(s).replace(/\s+/g, "");
    if (k(impl.text) !== k(annual.text)) return;
    report({
      messageId: "same",
      cell: impl.cell,
      related: [annual.cell],
      fix: "实施期目标写整个实施期的总目标，年度目标写本年度要完成的部分。",
    });
  },
};

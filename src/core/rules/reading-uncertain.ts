import { formBasis } from "../basis";
import type { Rule } from "./support/rule";

/**
 * Choices the reader made on weak or contradictory evidence (a target column empty while its sibling under
 * the same header is filled; two kinds of form scoring alike): said once, with what was chosen and why.
 * While such a choice stands, the engine reports the form's other findings as warnings at most (check.ts).
 */
export const readingUncertain: Rule = {
  meta: {
    id: "reading-uncertain",
    basis: formBasis("读表本身：证据不足时说明所作的选择，由此得出的问题最多为警告"),
    severity: "info",
    category: "inconsistent",
    ruleSets: ["target", "self-evaluation"],
    description: "读表时证据不足或互相矛盾的选择：说明选了什么、为什么；由此得出的问题最多按警告报告。",
    messages: {
      note: "{message}",
    },
  },
  check({ facts, report }) {
    for (const n of facts.form.readingNotes ?? []) {
      report({ messageId: "note", cell: n.cell, related: n.related ?? [], params: { message: n.message } });
    }
  },
};

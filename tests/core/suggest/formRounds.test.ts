/**
 * Verification on a sheet of many forms (src/core/suggest/verify.ts `formRounds`): when the batch decides nothing,
 * the proposals are verified one per form side by side, each judged on its own form's cells — the same decisions
 * as verifying each alone on the whole sheet, in a few re-checks of the sheet instead of a window per proposal.
 * A made-up sheet with a re-check written here, so the interactions and the re-checks are known exactly.
 */
import type { Diagnostic } from "../../../src/core/diagnostics";
import type { PerformanceForm } from "../../../src/core/model/form";
import type { SheetSnapshot } from "../../../src/core/snapshot";
import { verifySuggestions } from "../../../src/core/suggest/verify";

const FORMS = 6;

function finding(row: number, rule: string, suggestion?: string): Diagnostic {
  return {
    rule,
    severity: "warning",
    category: "format",
    cell: `A${row + 1}`,
    related: [],
    messageId: "m",
    params: {},
    message: `${rule} at A${row + 1}`,
    formIndex: Math.floor(row / 2),
    project: "p",
    group: "",
    basis: "test",
    ...(suggestion !== undefined ? { suggestion } : {}),
  };
}

/**
 * Each form is two rows (A1:A2, A3:A4, …), each cell "a b". A space is a warning (fix: remove it). Within a form:
 * both cells fixed → a warning on the second; the first fixed and the second not → a warning on the first. So the
 * first cell's fix never passes and the second's passes alone; no form affects another.
 */
function check(s: SheetSnapshot) {
  const at = (row: number) => s.values[row - s.origin.row]?.[0];
  const findings: Diagnostic[] = [];
  const forms: { rowSpan: { top: number; bottom: number } }[] = [];
  for (let k = 0; k < FORMS; k++) {
    const [r1, r2] = [2 * k, 2 * k + 1];
    const [t1, t2] = [at(r1), at(r2)];
    if (t1 === undefined || t2 === undefined) continue;
    forms.push({ rowSpan: { top: r1, bottom: r2 } });
    for (const [r, t] of [
      [r1, t1],
      [r2, t2],
    ] as const) {
      if (String(t).includes(" ")) findings.push(finding(r, "space", String(t).replace(/ /g, "")));
    }
    const fixed1 = !String(t1).includes(" ");
    const fixed2 = !String(t2).includes(" ");
    if (fixed1 && fixed2) findings.push(finding(r2, "pair"));
    if (fixed1 && !fixed2) findings.push(finding(r1, "half"));
  }
  return { recognized: forms.length > 0, forms, findings };
}

describe("proposals of many forms verified side by side", () => {
  it("decide as each verified alone on the whole sheet, in 4 re-checks of the sheet (batch 2, side by side 2)", () => {
    const values = Array.from({ length: 2 * FORMS }, () => ["a b"]);
    const snapshot: SheetSnapshot = { name: "s", origin: { row: 0, col: 0 }, values, merges: [] };
    const first = check(snapshot);
    const forms = first.forms as unknown as PerformanceForm[];
    const sizes: number[] = [];
    const recheck = (s: SheetSnapshot) => {
      sizes.push(s.values.length);
      return check(s);
    };
    const input = { snapshot, findings: first.findings, forms, recheck };
    const sideBySide = verifySuggestions(input);
    expect(sizes).toEqual([12, 12, 12, 12]);
    const whole = verifySuggestions({ ...input, wholeSheet: true });
    expect(sideBySide).toEqual(whole);
    // The first cell of each form keeps no suggestion (its fix leaves a warning on it); the second keeps its own.
    for (let k = 0; k < FORMS; k++) {
      expect(sideBySide.find((d) => d.cell === `A${2 * k + 1}`)?.suggestion).toBeUndefined();
      expect(sideBySide.find((d) => d.cell === `A${2 * k + 2}`)?.suggestion).toBe("ab");
    }
  });
});

/**
 * The batch re-checks can take a re-check's findings form by form (`recheckInto`, what checkSheet gives on a sheet of
 * many forms, so none of its hundreds of thousands of findings are kept): the decisions must be those made on the
 * whole list (`recheck`). A made-up sheet with a re-check written here: one column, one cell per row, so what stays
 * after each proposal is known exactly.
 */
import type { Diagnostic } from "../../../src/core/diagnostics";
import type { SheetSnapshot } from "../../../src/core/snapshot";
import { UNVERIFIED_FIX, verifySuggestions } from "../../../src/core/suggest/verify";

function finding(row: number, rule: string, severity: Diagnostic["severity"], suggestion?: string): Diagnostic {
  return {
    rule,
    severity,
    category: "format",
    cell: `A${row + 1}`,
    related: [],
    messageId: "m",
    params: {},
    message: `${rule} at A${row + 1}`,
    formIndex: 0,
    project: "p",
    group: "",
    basis: "test",
    ...(suggestion !== undefined ? { suggestion } : {}),
  };
}

/**
 * Per cell: "a b" → an info with "ab" proposed (ab is clean); "x y" → an info with "xy" proposed, and "xy" gets the
 * same info again (its own finding stays); "p q" → a warning with "pq" proposed, and "pq" gets an info of another rule
 * (allowed); "m n" → an info with "mn" proposed, and "mn" gets a warning (not allowed on the changed cell).
 */
function findingsOf(row: number, text: string): Diagnostic[] {
  if (text === "a b") return [finding(row, "space", "info", "ab")];
  if (text === "x y") return [finding(row, "space", "info", "xy")];
  if (text === "xy") return [finding(row, "space", "info", "xy")];
  if (text === "p q") return [finding(row, "space2", "warning", "pq")];
  if (text === "pq") return [finding(row, "other", "info")];
  if (text === "m n") return [finding(row, "space", "info", "mn")];
  if (text === "mn") return [finding(row, "w", "warning")];
  return [];
}

const TEXTS = ["a b", "x y", "p q", "m n", "a b"];
const snapshot: SheetSnapshot = { name: "s", origin: { row: 0, col: 0 }, values: TEXTS.map((t) => [t]), merges: [] };
const rowsOf = (s: SheetSnapshot) => s.values.map((line, r) => findingsOf(r + s.origin.row, String(line?.[0] ?? "")));
const forms = [{ rowSpan: { top: 0, bottom: TEXTS.length - 1 } }];
const findings = rowsOf(snapshot).flat();

describe("batch re-checks taken form by form (recheckInto)", () => {
  const recheck = (s: SheetSnapshot) => ({ recognized: true, forms, findings: rowsOf(s).flat() });
  const taken: number[] = [];
  const recheckInto = (s: SheetSnapshot, take: (found: readonly Diagnostic[]) => void) => {
    for (const row of rowsOf(s)) {
      taken.push(row.length);
      take(row);
    }
    return { recognized: true, forms };
  };
  const whole = verifySuggestions({ snapshot, findings, forms, recheck });
  const byForm = verifySuggestions({ snapshot, findings, forms, recheck, recheckInto });

  it("decides as on the whole list of findings", () => {
    expect(byForm).toEqual(whole);
    expect(taken.length).toBeGreaterThan(0); // the batch re-checks went through recheckInto
  });

  it("keeps a proposal that leaves only an info of another rule, drops one whose own finding stays or that leaves a warning", () => {
    const suggested = byForm.map((d) => [d.cell, d.suggestion ?? null, d.fix ?? null]);
    expect(suggested).toEqual([
      ["A1", "ab", null],
      ["A2", null, UNVERIFIED_FIX], // "xy" still has its own info
      ["A3", "pq", null], // "pq" has an info of another rule: allowed
      ["A4", null, UNVERIFIED_FIX], // "mn" has a warning on the cell
      ["A5", "ab", null],
    ]);
  });
});

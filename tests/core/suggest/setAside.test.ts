/**
 * Verification's batch (src/core/suggest/verify.ts): a value the batch sets aside while all the other proposals pass
 * together is not re-checked again on its own; the cell's other values are. A made-up three-cell sheet with a
 * re-check written here, so the number of re-checks and the interaction are known exactly.
 */
import type { Diagnostic } from "../../../src/core/diagnostics";
import type { SheetSnapshot } from "../../../src/core/snapshot";
import { verifySuggestions } from "../../../src/core/suggest/verify";

function finding(cell: string, rule: string, severity: Diagnostic["severity"], suggestion?: string): Diagnostic {
  return {
    rule,
    severity,
    category: "format",
    cell,
    related: [],
    messageId: "m",
    params: {},
    message: `${rule} at ${cell}`,
    formIndex: 0,
    project: "p",
    group: "",
    basis: "test",
    ...(suggestion !== undefined ? { suggestion } : {}),
  };
}

/**
 * The rules of the made-up sheet: a space in A1..A3 is a warning (its fix: remove the space); A3 not starting with
 * ≥ is an info (its fix: "≥ef"); and A3 without space or ≥ while A1 reads "ab" is a warning on A3 — an
 * interaction between two cells, so that A3's first value fails together with A1's but would pass alone.
 */
function check(s: SheetSnapshot): Diagnostic[] {
  const text = (r: number) => String(s.values[r]?.[0] ?? "");
  const out: Diagnostic[] = [];
  ["A1", "A2", "A3"].forEach((cell, r) => {
    if (text(r).includes(" ")) out.push(finding(cell, "space", "warning", text(r).replace(/ /g, "")));
  });
  if (!text(2).startsWith("≥")) out.push(finding("A3", "lead", "info", "≥ef"));
  if (text(2) === "ef" && text(0) === "ab") out.push(finding("A3", "pair", "warning"));
  return out;
}

describe("a value set aside by a batch that otherwise passes", () => {
  it("is not re-checked alone; the cell's next value is, and the finding points to it", () => {
    const snapshot: SheetSnapshot = { name: "s", origin: { row: 0, col: 0 }, values: [["a b"], ["c d"], ["e f"]], merges: [] };
    const findings = check(snapshot);
    expect(findings.map((d) => `${d.cell} ${d.rule} ${d.suggestion ?? ""}`)).toEqual([
      "A1 space ab",
      "A2 space cd",
      "A3 space ef",
      "A3 lead ≥ef",
    ]);
    const written: string[] = [];
    const recheck = (s: SheetSnapshot) => {
      written.push(s.values.map((r) => String(r[0])).join("|"));
      return { recognized: true, forms: [], findings: check(s) };
    };
    const out = verifySuggestions({ snapshot, findings, forms: [], recheck });
    // The batch (all three first values), its second round without A3's, then A3's next value alone.
    expect(written).toEqual(["ab|cd|ef", "ab|cd|e f", "a b|c d|≥ef"]);
    const at = (cell: string, rule: string) => out.find((d) => d.cell === cell && d.rule === rule)!;
    expect(at("A1", "space").suggestion).toBe("ab");
    expect(at("A2", "space").suggestion).toBe("cd");
    expect(at("A3", "lead").suggestion).toBe("≥ef");
    expect(at("A3", "space").suggestion).toBeUndefined();
    expect(at("A3", "space").fix).toBe("见本单元格的建议“≥ef”（一并解决）。");
  });
});

/**
 * Property: after rows are inserted, every formula still refers to the same cells' contents.
 * A random sheet "表" of distinct values, formulas on it and on another sheet referring to random cells and ranges
 * (relative, absolute, mixed, with and without sheet prefix), a random insertion; the cells move as Excel moves them,
 * the formulas are rewritten by shiftFormulaRows, and each reference is resolved again on the moved grid.
 */
import fc from "fast-check";
import { shiftFormulaRows, translateFormula } from "../../src/cli/formulaShift";

const col = (n: number) => String.fromCharCode(64 + n);
type Ref = { sheet: "" | "表" | "其他"; r1: number; c1: number; r2: number; c2: number; abs: boolean };

const refArb: fc.Arbitrary<Ref> = fc
  .record({
    sheet: fc.constantFrom("" as const, "表" as const, "其他" as const),
    r1: fc.integer({ min: 1, max: 30 }),
    c1: fc.integer({ min: 1, max: 6 }),
    h: fc.integer({ min: 0, max: 6 }),
    w: fc.integer({ min: 0, max: 2 }),
    abs: fc.boolean(),
  })
  .map(({ sheet, r1, c1, h, w, abs }) => ({ sheet, r1, c1, r2: r1 + h, c2: c1 + w, abs }));

const write = (r: Ref) => {
  const d = r.abs ? "$" : "";
  const p = r.sheet === "" ? "" : r.sheet === "表" ? "'表'!" : "其他!";
  const a = `${d}${col(r.c1)}${d}${r.r1}`;
  return r.r1 === r.r2 && r.c1 === r.c2 ? `${p}${a}` : `${p}${a}:${d}${col(r.c2)}${d}${r.r2}`;
};

/** Contents of a reference on a grid (row → col → value), in reading order, empty cells left out. */
function contents(grid: Map<string, string>, sheet: string, r1: number, c1: number, r2: number, c2: number): string[] {
  const out: string[] = [];
  for (let r = r1; r <= r2; r++)
    for (let c = c1; c <= c2; c++) {
      const v = grid.get(`${sheet}|${r}|${c}`);
      if (v !== undefined) out.push(v);
    }
  return out;
}

const REF = /(?:'([^']+)'!|([^\s'!(),+:$0-9A-Z][^\s'!(),+:]*)!)?\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?/g;

describe("shiftFormulaRows keeps every reference on the same contents", () => {
  it("holds for random sheets, formulas and insertions", () => {
    fc.assert(
      fc.property(
        fc.array(refArb, { minLength: 1, maxLength: 5 }),
        fc.constantFrom("表", "其他"),
        fc.integer({ min: 1, max: 36 }),
        fc.integer({ min: 1, max: 5 }),
        (refs, formulaSheet, at, count) => {
          // Every cell of both sheets holds its own name.
          const grid = new Map<string, string>();
          for (const s of ["表", "其他"])
            for (let r = 1; r <= 40; r++) for (let c = 1; c <= 8; c++) grid.set(`${s}|${r}|${c}`, `${s}${col(c)}${r}`);
          const formula = `SUM(${refs.map(write).join(",")})+LOG10(2)+"A1"`;
          const map = (r: number) => (r >= at ? r + count : r);
          const moved = shiftFormulaRows(formula, formulaSheet, "表", map);
          expect(moved).not.toBeNull();
          expect(moved!.endsWith('+LOG10(2)+"A1"')).toBe(true);
          // Rows ≥ at of 表 move down by count (the inserted rows are empty).
          const after = new Map<string, string>();
          for (const [k, v] of grid) {
            const [s, r, c] = k.split("|");
            after.set(`${s}|${s === "表" && Number(r) >= at ? Number(r) + count : r}|${c}`, v);
          }
          const args = moved!.slice("SUM(".length, moved!.indexOf(")+LOG10"));
          const found = [...args.matchAll(REF)];
          expect(found).toHaveLength(refs.length);
          refs.forEach((ref, i) => {
            const m = found[i];
            const sheetOf = (r: Ref) => (r.sheet === "" ? formulaSheet : r.sheet);
            const before = contents(grid, sheetOf(ref), ref.r1, ref.c1, ref.r2, ref.c2);
            const cn = (s: string) => s.charCodeAt(0) - 64;
            const nr1 = Number(m[4]);
            const nc1 = cn(m[3]);
            const nr2 = m[6] ? Number(m[6]) : nr1;
            const nc2 = m[5] ? cn(m[5]) : nc1;
            expect(contents(after, sheetOf(ref), nr1, nc1, nr2, nc2)).toEqual(before);
          });
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe("formula references: the cases Excel users write", () => {
  const map = (r: number) => (r >= 30 ? r + 2 : r);
  it.each([
    ["D34", "表", "D36"],
    ["SUM(H29:H40)", "表", "SUM(H29:H42)"],
    ["SUM(H20:H29)", "表", "SUM(H20:H29)"],
    ["$D$34*2", "表", "$D$36*2"],
    ["'表'!D34", "其他", "'表'!D36"],
    ["D34", "其他", "D34"],
    ["其他!D34+表!D34", "表", "其他!D34+表!D36"],
    ['"D34"&D34', "表", '"D34"&D36'],
    ["[1]表!D34", "表", "[1]表!D34"],
    ["LOG10(D34)", "表", "LOG10(D36)"],
    ["A:A", "表", "A:A"],
    ["30:31", "表", "32:33"],
    ["1.5E30+D34", "表", "1.5E30+D36"],
  ])("%s on %s → %s", (f, sheet, want) => {
    expect(shiftFormulaRows(f, sheet, "表", map)).toBe(want);
  });
  it("refuses a 3-D reference spanning the target sheet and an unterminated string", () => {
    expect(shiftFormulaRows("SUM(甲:表!A40)", "其他", "表", map)).toBeNull();
    expect(shiftFormulaRows('"abc', "表", "表", map)).toBeNull();
  });
  it("translates a shared formula's relative parts only", () => {
    expect(translateFormula("F18+$F$18+F$18+$F18", 2, 1)).toBe("G20+$F$18+G$18+$F20");
  });
});

/**
 * fromA1 reads the addresses the engine writes by character codes (verification parses one per proposal, hundreds of
 * thousands on a sheet of many forms) and everything else by its pattern: the answer — or the error — must be the
 * pattern's on every input.
 */
import { fromA1, toA1 } from "../../src/core/cellAddress";

/** The pattern alone, as fromA1 was before its fast path. */
function byPattern(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`Not an A1 cell address: ${address}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

function outcome(f: (a: string) => { row: number; col: number }, a: string): unknown {
  try {
    return f(a);
  } catch (e) {
    return (e as Error).message;
  }
}

describe("fromA1", () => {
  const fixed = [
    "A1",
    "B3",
    "Z9",
    "AA10",
    "XFD1048576",
    "ZZZ1",
    "AAAA1",
    "A0",
    "A007",
    "a1",
    "Ab3",
    "$A$1",
    "A$1",
    "$A1",
    " B2 ",
    "B2\n",
    "\uFEFFB2",
    "B",
    "12",
    "",
    "B-1",
    "B1.5",
    "B1e3",
    "B１",
    "Ｂ1",
    "A123456789012345",
    "A1234567890123456",
    "A99999999999999999999",
    "AB",
    "A 1",
    "A1:B2",
    "ÄB1",
  ];
  it.each(fixed)("%j reads as the pattern reads it", (a) => {
    expect(outcome(fromA1, a)).toEqual(outcome(byPattern, a));
  });

  it("on generated addresses: letters, digits, signs and spaces in every order up to five characters", () => {
    const alphabet = ["A", "Z", "a", "0", "1", "9", "$", " ", ":", "-"];
    const differ: string[] = [];
    let n = 0;
    const walk = (prefix: string): void => {
      if (JSON.stringify(outcome(fromA1, prefix)) !== JSON.stringify(outcome(byPattern, prefix))) differ.push(prefix);
      n++;
      if (prefix.length < 5) for (const c of alphabet) walk(prefix + c);
    };
    walk("");
    expect(differ).toEqual([]);
    expect(n).toBeGreaterThan(100_000);
  });

  it("round-trips toA1 over rows and columns", () => {
    for (const col of [0, 25, 26, 701, 702, 16383])
      for (const row of [0, 9, 99, 1_048_575]) expect(fromA1(toA1(row, col))).toEqual({ row, col });
  });
});

/** The readers that absorb shape differences between WPS builds (pi-for-excel's property-or-method idea). */
import { bgrToHex, countOf, hexToBgr, isEmptyValue, read, readMatrix } from "../../src/wps/etApi";

describe("etApi readers", () => {
  it("read: a property or a method", () => {
    expect(read("$A$1")).toBe("$A$1");
    const owner = {
      v: "$B$2",
      Address() {
        return this.v;
      },
    };
    expect(read(owner.Address, owner)).toBe("$B$2");
  });

  it("countOf: Count or count, property or method", () => {
    expect(countOf({ Count: 3 })).toBe(3);
    expect(countOf({ Count: () => 4 })).toBe(4);
    expect(countOf({ count: 5 })).toBe(5);
    expect(countOf({ count: () => 6 })).toBe(6);
    expect(countOf({})).toBe(0);
  });

  it("readMatrix: 2-D array, flat single row, Item(r,c) wrapper, bare value, unknown shape cell by cell", () => {
    expect(
      readMatrix(
        [
          [1, 2],
          [3, 4],
        ],
        2,
        2,
      ),
    ).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(readMatrix([1, 2, 3], 1, 3)).toEqual([[1, 2, 3]]);
    expect(readMatrix({ Item: (r: number, c: number) => r * 10 + c }, 2, 2)).toEqual([
      [11, 12],
      [21, 22],
    ]);
    expect(readMatrix("x", 1, 1)).toEqual([["x"]]);
    expect(readMatrix(42, 2, 1, (r) => `r${r}`)).toEqual([["r0"], ["r1"]]);
  });

  it("colours are BGR longs both ways; empty is undefined, null or ''", () => {
    expect(hexToBgr("#FF0000")).toBe(0x0000ff);
    expect(hexToBgr("#0000FF")).toBe(0xff0000);
    expect(bgrToHex(0x0000ff)).toBe("#FF0000");
    expect(bgrToHex(hexToBgr("#DDEBF7"))).toBe("#DDEBF7");
    expect([undefined, null, ""].every(isEmptyValue)).toBe(true);
    expect(isEmptyValue(0)).toBe(false);
  });
});

import { findQuantities, readQuantityAt } from "../../../src/core/parse/quantity";

describe("quantity.ts", () => {
  describe("readQuantityAt", () => {
    it.each<[string, number, string | null]>([
      ["2.5万张", 25000, "张"],
      ["30 万", 30, "万元"],
      ["30万元", 30, "万元"],
      ["17万/套/年", 17, "万元/套/年"],
      ["3千人", 3000, "人"],
      ["3千元", 3, "千元"],
      ["3千万元", 3000, "万元"],
      ["1.2万人次", 12000, "人次"],
      ["1.2亿", 1.2, "亿元"],
      ["1,850人", 1850, "人"],
      ["4000", 4000, null],
      ["98 %", 98, "%"],
    ])("reads %j as %d %s", (text, number, unitText) => {
      const q = readQuantityAt(text, 0);
      expect(q?.number).toBe(number);
      expect(q?.unit?.text ?? null).toBe(unitText);
      expect(q?.end).toBe(text.length);
    });

    it("keeps the digits and multiplier as written", () => {
      expect(readQuantityAt("2.5万张", 0)).toMatchObject({ numberText: "2.5万", numberEnd: 4, end: 5 });
    });

    it("returns null when no digit starts at the index", () => {
      expect(readQuantityAt("磁卡2.5万张", 0)).toBeNull();
    });
  });

  describe("findQuantities", () => {
    it("finds each quantity once, left to right", () => {
      const qs = findQuantities("磁卡2.5万张费用5万");
      expect(qs.map((q) => [q.number, q.unit?.text])).toEqual([
        [25000, "张"],
        [5, "万元"],
      ]);
      expect(qs[0]).toMatchObject({ start: 2, end: 7 });
    });

    it("returns [] for text without numbers", () => {
      expect(findQuantities("按实际发生")).toEqual([]);
    });
  });
});

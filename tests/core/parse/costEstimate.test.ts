import { parseCostEstimate } from "../../../src/core/parse/costEstimate";
import { CostEstimateSchema, type CostItem } from "../../../src/core/model/parsedValue";

/** Compares the numeric fields with toBeCloseTo and the rest exactly. */
function expectItem(actual: CostItem | undefined, expected: Partial<CostItem>): void {
  expect(actual).toBeDefined();
  const a = actual!;
  for (const [key, value] of Object.entries(expected)) {
    const got = a[key as keyof CostItem];
    if (typeof value === "number") expect(got as number).toBeCloseTo(value, 6);
    else expect(got).toEqual(value);
  }
}

describe("costEstimate.ts", () => {
  describe("parseCostEstimate", () => {
    it("computes count × unit price: 3套…17万/套/年", () => {
      const r = parseCostEstimate("3套医保系统日常运行维护费17万/套/年");
      expect(r.items).toHaveLength(1);
      expectItem(r.items[0], {
        label: "医保系统日常运行维护费",
        quantity: 3,
        quantityUnit: "套",
        unitPriceWan: 17,
        amountWan: 51,
        computed: true,
        sign: 1,
      });
      expect(r.computedTotalWan).toBeCloseTo(51, 6);
      expect(r.statedTotalWan).toBeNull();
      expect(r.unreadParts).toEqual([]);
    });

    it("evaluates a two-term product formula with a stated total", () => {
      const r = parseCostEstimate("人均缴费基数（3000元）*缴费比例（0.025）*12个月*1850人+大病保险（96元）*1850人=185万");
      expect(r.items).toHaveLength(2);
      expectItem(r.items[0], {
        label: "人均缴费基数",
        quantity: 1850,
        quantityUnit: "人",
        unitPriceWan: 0.09,
        amountWan: 166.5,
        computed: true,
        sign: 1,
      });
      expectItem(r.items[1], {
        label: "大病保险",
        quantity: 1850,
        quantityUnit: "人",
        unitPriceWan: 0.0096,
        amountWan: 17.76,
        computed: true,
        sign: 1,
      });
      expect(r.computedTotalWan).toBeCloseTo(184.26, 6);
      expect(r.statedTotalWan).toBeCloseTo(185, 6);
    });

    it("evaluates 15元/月*12个月*1850人=33万", () => {
      const r = parseCostEstimate("15元/月*12个月*1850人=33万");
      expect(r.items).toHaveLength(1);
      expectItem(r.items[0], { quantity: 1850, quantityUnit: "人", unitPriceWan: 0.018, amountWan: 33.3, computed: true });
      expect(r.computedTotalWan).toBeCloseTo(33.3, 6);
      expect(r.statedTotalWan).toBeCloseTo(33, 6);
    });

    it.each<[string, Array<[string, number]>, number]>([
      [
        "差旅费30万、租车费20万、印刷费30万、办公费20万",
        [
          ["差旅费", 30],
          ["租车费", 20],
          ["印刷费", 30],
          ["办公费", 20],
        ],
        100,
      ],
      [
        "差旅费 10 万, 印刷费 20 万, 劳务费 10 万",
        [
          ["差旅费", 10],
          ["印刷费", 20],
          ["劳务费", 10],
        ],
        40,
      ],
      [
        "差旅费30万；租车费20万;印刷费30万。",
        [
          ["差旅费", 30],
          ["租车费", 20],
          ["印刷费", 30],
        ],
        80,
      ],
      [
        "差旅费30万\n租车费20万",
        [
          ["差旅费", 30],
          ["租车费", 20],
        ],
        50,
      ],
      [
        "差旅费：30万元，会议费：1.5万元",
        [
          ["差旅费", 30],
          ["会议费", 1.5],
        ],
        31.5,
      ],
      [
        "差旅费约30万，租车费20万",
        [
          ["差旅费", 30],
          ["租车费", 20],
        ],
        50,
      ],
      [
        "差旅费30万 租车费20万",
        [
          ["差旅费", 30],
          ["租车费", 20],
        ],
        50,
      ],
      ["办公费5000元", [["办公费", 0.5]], 0.5],
      [
        "办公费5,000元、印刷费1千元",
        [
          ["办公费", 0.5],
          ["印刷费", 0.1],
        ],
        0.6,
      ],
      ["差旅费(含住宿)10万", [["差旅费", 10]], 10],
      ["办公费（5000元）", [["办公费", 0.5]], 0.5],
      ["培训费5万元（50人*1000元）", [["培训费", 5]], 5],
      [
        "1.差旅费10万\n2.印刷费5万",
        [
          ["差旅费", 10],
          ["印刷费", 5],
        ],
        15,
      ],
      [
        "(1)差旅费10万；(2)印刷费5万",
        [
          ["差旅费", 10],
          ["印刷费", 5],
        ],
        15,
      ],
      [
        "其中：差旅费10万、印刷费5万",
        [
          ["差旅费", 10],
          ["印刷费", 5],
        ],
        15,
      ],
      [
        "包括差旅费10万、印刷费5万",
        [
          ["差旅费", 10],
          ["印刷费", 5],
        ],
        15,
      ],
      ["共享平台维护费10万", [["共享平台维护费", 10]], 10],
      [
        "经费测算：差旅费30万，印刷费20万",
        [
          ["差旅费", 30],
          ["印刷费", 20],
        ],
        50,
      ],
    ])("reads written amounts in %j", (text, expected, total) => {
      const r = parseCostEstimate(text);
      expect(r.items.map((i) => [i.label, i.amountWan])).toEqual(expected);
      expect(r.items.every((i) => !i.computed && i.sign === 1)).toBe(true);
      expect(r.computedTotalWan).toBeCloseTo(total, 6);
      expect(r.statedTotalWan).toBeNull();
      expect(r.unreadParts).toEqual([]);
    });

    it("reads the 制卡 estimate with quantities, a netted-off balance and a stated total", () => {
      const r = parseCostEstimate("磁卡2.5万张费用5万，卡用色带2000卷费用10万，制卡机更新维护2台6万，上年结余13万，在需8万。");
      expect(r.items).toHaveLength(4);
      expectItem(r.items[0], { label: "磁卡", quantity: 25000, quantityUnit: "张", amountWan: 5, computed: false, sign: 1 });
      expectItem(r.items[1], { label: "卡用色带", quantity: 2000, quantityUnit: "卷", amountWan: 10, computed: false, sign: 1 });
      expectItem(r.items[2], {
        label: "制卡机更新维护",
        quantity: 2,
        quantityUnit: "台",
        amountWan: 6,
        computed: false,
        sign: 1,
      });
      expectItem(r.items[3], { label: "上年结余", amountWan: 13, computed: false, sign: -1 });
      expect(r.items[0].unitPriceWan).toBeUndefined();
      expect(r.items[3].quantity).toBeUndefined();
      expect(r.computedTotalWan).toBeCloseTo(8, 6);
      expect(r.statedTotalWan).toBeCloseTo(8, 6);
      expect(r.unreadParts).toEqual([]);
    });

    it.each<[string, number]>([
      ["共计100万元", 100],
      ["合计：185万元", 185],
      ["合计=185万", 185],
      ["总计185万", 185],
      ["共需8万", 8],
      ["还需8万", 8],
      ["尚需8万", 8],
      ["在需8万", 8],
      ["共100万", 100],
      ["项目总预算100万元", 100],
    ])("reads the stated total %j", (text, stated) => {
      const r = parseCostEstimate(text);
      expect(r.items).toEqual([]);
      expect(r.computedTotalWan).toBeNull();
      expect(r.statedTotalWan).toBeCloseTo(stated, 6);
    });

    it("reads a stated total after the items", () => {
      const r = parseCostEstimate("差旅费30万、租车费20万，合计50万元");
      expect(r.items.map((i) => i.label)).toEqual(["差旅费", "租车费"]);
      expect(r.computedTotalWan).toBeCloseTo(50, 6);
      expect(r.statedTotalWan).toBeCloseTo(50, 6);
    });

    it("takes the amount before a 其中 breakdown as the stated total", () => {
      const r = parseCostEstimate("项目预算100万元，其中：差旅费30万，印刷费70万");
      expect(r.items.map((i) => [i.label, i.amountWan])).toEqual([
        ["差旅费", 30],
        ["印刷费", 70],
      ]);
      expect(r.statedTotalWan).toBeCloseTo(100, 6);
      expect(r.computedTotalWan).toBeCloseTo(100, 6);
    });

    it("reads written amounts joined by + with a stated total after =", () => {
      const r = parseCostEstimate("差旅费30万+租车费20万=50万");
      expect(r.items.map((i) => [i.label, i.amountWan, i.computed])).toEqual([
        ["差旅费", 30, false],
        ["租车费", 20, false],
      ]);
      expect(r.statedTotalWan).toBeCloseTo(50, 6);
    });

    it("keeps per-line results when several lines have =", () => {
      const r = parseCostEstimate("10人*5000元=5万\n20台*3000元=7万");
      expect(r.items).toHaveLength(2);
      expectItem(r.items[0], { quantity: 10, quantityUnit: "人", unitPriceWan: 0.5, amountWan: 5, statedAmountWan: 5 });
      expectItem(r.items[1], { quantity: 20, quantityUnit: "台", unitPriceWan: 0.3, amountWan: 6, statedAmountWan: 7 });
      expect(r.computedTotalWan).toBeCloseTo(11, 6);
      expect(r.statedTotalWan).toBeNull();
    });

    it("reads a label = amount line as a written amount", () => {
      const r = parseCostEstimate("差旅费=10万");
      expect(r.items.map((i) => [i.label, i.amountWan, i.computed])).toEqual([["差旅费", 10, false]]);
      expect(r.statedTotalWan).toBeNull();
    });

    it.each<[string, string, number, number, number]>([
      ["电脑10台×0.5万元/台", "电脑", 10, 0.5, 5],
      ["打印机2台x2000元", "打印机", 2, 0.2, 0.4],
      ["会议费：100人*2天*450元/人/天", "会议费", 100, 0.09, 9],
      ["社保补贴1,850人*96元", "社保补贴", 1850, 0.0096, 17.76],
      ["服务费50万*10%*2年", "服务费", NaN, NaN, 10],
    ])("computes the product %j", (text, label, quantity, unitPrice, amount) => {
      const r = parseCostEstimate(text);
      expect(r.items).toHaveLength(1);
      expectItem(r.items[0], { label, amountWan: amount, computed: true });
      if (Number.isNaN(quantity)) expect(r.items[0].quantity).toBeUndefined();
      else expectItem(r.items[0], { quantity, unitPriceWan: unitPrice });
    });

    it.each<[string, number]>([
      ["差旅费30万，减：上年结余10万", 20],
      ["差旅费30万，上年结转资金10万", 20],
      ["差旅费30万，扣除已拨付5万", 25],
    ])("nets off %j", (text, total) => {
      const r = parseCostEstimate(text);
      expect(r.items[1].sign).toBe(-1);
      expect(r.computedTotalWan).toBeCloseTo(total, 6);
    });

    it("ignores 小计 lines", () => {
      const r = parseCostEstimate("差旅费30万，小计30万");
      expect(r.items).toHaveLength(1);
      expect(r.computedTotalWan).toBeCloseTo(30, 6);
    });

    it.each<[string, string[]]>([
      ["按实际发生", ["按实际发生"]],
      ["详见附件", ["详见附件"]],
      ["差旅费30万，按实际发生", ["按实际发生"]],
      ["购置电脑10台", ["购置电脑10台"]],
      ["10人*5天", ["10人*5天"]],
      ["维护费17万/套/年", ["维护费17万/套/年"]],
    ])("reports unreadable parts of %j", (text, unread) => {
      expect(parseCostEstimate(text).unreadParts).toEqual(unread);
    });

    it("returns no items and a null total for unparseable text", () => {
      expect(parseCostEstimate("按实际发生")).toEqual({
        raw: "按实际发生",
        items: [],
        computedTotalWan: null,
        statedTotalWan: null,
        unreadParts: ["按实际发生"],
      });
    });

    it("returns an empty estimate for empty text", () => {
      expect(parseCostEstimate("")).toEqual({
        raw: "",
        items: [],
        computedTotalWan: null,
        statedTotalWan: null,
        unreadParts: [],
      });
    });

    it("never throws on odd input and always returns a schema-valid estimate", () => {
      const odd = [
        "((((",
        "))))",
        "====",
        "***",
        "+++",
        "万万万",
        "=",
        "*",
        "+",
        "、、、",
        "1*",
        "*1",
        "=5万",
        "5万=",
        "(((3万",
        "3万)))",
        "1/0",
        "0人*5元",
        "1e309元",
        "9".repeat(400) + "元",
        "9".repeat(200) + "人*" + "9".repeat(200) + "元",
        "-",
        "--5万",
        "\u0000",
        "😀5万",
        "合计",
        "其中",
        "其中：",
        "差旅费30万，其中",
        "共",
        "小计",
        "a".repeat(5000),
        "3万".repeat(500),
      ];
      for (const text of odd) {
        let r: ReturnType<typeof parseCostEstimate> | undefined;
        expect(() => (r = parseCostEstimate(text))).not.toThrow();
        expect(CostEstimateSchema.safeParse(r).success).toBe(true);
      }
      expect(() => parseCostEstimate(undefined as unknown as string)).not.toThrow();
      expect(parseCostEstimate(null as unknown as string).raw).toBe("");
    });

    it("keeps the raw text and half-width item texts", () => {
      const r = parseCostEstimate("办公费（５０００元）");
      expect(r.raw).toBe("办公费（５０００元）");
      expect(r.items[0].text).toBe("办公费(5000元)");
    });
  });
});

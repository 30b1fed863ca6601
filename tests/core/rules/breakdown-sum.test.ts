import { breakdownSum } from "../../../src/core/rules/breakdown-sum";
import { type IndicatorRowSpec, SHENMU_INDICATORS, shenmuGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

/** A quantity row (F25) broken down into “其中” rows (F26, F27 …), then the rest of the 神木 table. */
const withParts = (total: string, ...parts: [string, string][]): IndicatorRowSpec[] => [
  ["产出指标", "数量指标", "补助家畜家禽养殖数量", "", total],
  ...parts.map(([name, value]): IndicatorRowSpec => ["产出指标", "数量指标", name, "", value]),
  ...SHENMU_INDICATORS.slice(1),
];

describe("breakdown-sum.ts", () => {
  testRule(breakdownSum, {
    valid: [
      { name: "the 神木 base form (no breakdown)", sheet: shenmuGrid() },
      {
        name: "parts in the total's unit adding up to it (29.5亩 = 1.5 + 5 + 20 + 3)",
        sheet: shenmuGrid({
          indicators: withParts(
            "=29.5亩",
            ["其中桃树种植面积", "=1.5亩"],
            ["其中苹果树种植面积", "=5亩"],
            ["其中露天蔬菜", "=20亩"],
            ["其中大棚蔬菜", "=3亩"],
          ),
        }),
      },
      {
        name: "a part that is only a subset of the total (其中脱贫户 40人 of 90人)",
        sheet: shenmuGrid({ indicators: withParts("=90人", ["其中脱贫户人数", "=40人"]) }),
      },
      {
        name: "parts in another unit that do not claim to make up the total (500人, 其中培训班 5期)",
        sheet: shenmuGrid({ indicators: withParts("=500人", ["其中:举办培训班", "=5期"]) }),
      },
      {
        name: "a total written as a floor (≥10个) may be exceeded by its parts",
        sheet: shenmuGrid({ indicators: withParts("≥10个", ["其中新建", "=6个"], ["其中改建", "=6个"]) }),
      },
    ],
    invalid: [
      {
        name: "张庄寨 2023: 192只 made of 180只 羊 and 12头 猪",
        sheet: shenmuGrid({ indicators: withParts("192只", ["其中羊养殖数量", "180只"], ["其中猪养殖数量", "12头"]) }),
        errors: [
          {
            messageId: "mixedUnits",
            cell: "F25",
            related: ["F26", "F27"],
            severity: "warning",
            params: { total: "192只", parts: "180只 + 12头" },
          },
        ],
      },
      {
        name: "parts adding up to more than the total",
        sheet: shenmuGrid({ indicators: withParts("=100亩", ["其中水田", "=60亩"], ["其中旱地", "=50亩"]) }),
        errors: [{ messageId: "exceeds", cell: "F25", related: ["F26", "F27"], params: { sum: "110", unit: "亩" } }],
      },
    ],
  });
});

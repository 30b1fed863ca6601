import { unitValueMismatch } from "../../../src/core/rules/unit-value-mismatch";
import { CORE_101_ROWS, SHENMU_INDICATORS, replaceRow, shenmuGrid } from "../helpers/formGrids";
import { isRateName } from "../../../src/core/rules/unit-value-mismatch";
import { SPLIT_ROWS, type SplitRow, splitGrid } from "../helpers/splitGrid";
import { testRule } from "../helpers/ruleTester";

const withRow = (i: number, row: SplitRow): SplitRow[] => SPLIT_ROWS.map((r, j) => (j === i ? row : r));

describe("unit-value-mismatch.ts", () => {
  testRule(unitValueMismatch, {
    valid: [
      { name: "split columns that agree", sheet: splitGrid() },
      {
        name: "a count of people valued in 人次 (培训人数 ≥100人次): the same noun",
        sheet: shenmuGrid({ indicators: replaceRow(SHENMU_INDICATORS, 0, ["产出指标", "数量指标", "培训人数", "", "≥100人次"]) }),
      },
      ...[
        ["外包清扫保洁居民生活区小广场数", "=4处"],
        ["邀请专家数", "≥5人"],
        ["建成服务平台数", "=2个"],
        ["举办科普讲座数", "≥10场"],
        ["印发宣传手册数量", "≥1000份"],
        ["培育龙头企业数", "≥3家"],
      ].map(([name, value]) => ({
        name: `a noun that ends in a measure word is not the unit: ${name} ${value}`,
        sheet: shenmuGrid({ indicators: replaceRow(SHENMU_INDICATORS, 0, ["产出指标", "数量指标", name, "", value]) }),
      })),
      {
        name: "the unit repeated in the value (“95%” with 度量单位 “%”)",
        sheet: splitGrid(withRow(1, ["产出指标", "质量指标", "培训合格率", "≥", "95%", "%"])),
      },
      {
        name: "a 定性 row without a unit",
        sheet: splitGrid(withRow(4, ["效益指标", "社会效益指标", "业务能力", "定性", "明显提升", ""])),
      },
      { name: "the 神木 base form", sheet: shenmuGrid() },
      { name: "a 101号 table with money 经济成本指标", sheet: shenmuGrid({ indicators: CORE_101_ROWS }) },
      {
        name: "a frequency is not a rate (巡查频率 ≥2次/月)",
        sheet: shenmuGrid({ indicators: replaceRow(SHENMU_INDICATORS, 3, ["产出指标", "时效指标", "巡查频率", "", "≥2次/月"]) }),
      },
      {
        name: "a 社会成本指标 may be a percentage",
        sheet: shenmuGrid({
          indicators: replaceRow(CORE_101_ROWS, 1, ["成本指标", "社会成本指标", "征地拆迁影响户数占比", "", "≤5%"]),
        }),
      },
      {
        name: "a change rate of the spending itself is a cost measure (“三公”经费变动率 ≤0%)",
        sheet: shenmuGrid({
          indicators: replaceRow(CORE_101_ROWS, 1, ["成本指标", "经济成本指标", "“三公”经费变动率", "", "≤0%"]),
        }),
      },
      {
        name: "the older framework's 成本指标 under 产出 (成本控制率 ≤100%) is left alone",
        sheet: shenmuGrid({ indicators: replaceRow(SHENMU_INDICATORS, 4, ["产出指标", "成本指标", "成本控制率", "", "≤100%"]) }),
      },
      {
        name: "a 数量 whose name is about time (服务年限 =3年)",
        sheet: shenmuGrid({ indicators: replaceRow(SHENMU_INDICATORS, 0, ["产出指标", "数量指标", "设备服务年限", "", "=3年"]) }),
      },
    ],
    invalid: [
      {
        name: "an amount “12万元” with 度量单位 “%”",
        sheet: splitGrid(withRow(3, ["产出指标", "成本指标", "培训经费", "≤", "12万元", "%"])),
        errors: [{ messageId: "conflict", cell: "F9", related: ["E9"], params: { valueUnit: "万元", unit: "%" } }],
      },
      {
        name: "a 定性 row with 度量单位 “%”",
        sheet: splitGrid(withRow(4, ["效益指标", "社会效益指标", "业务能力", "定性", "明显提升", "%"])),
        errors: [{ messageId: "qualitative", cell: "F10", related: ["D10", "E10"] }],
      },
      {
        name: "六安 2024: 检测及时率 valued “≤7工作日” (a time limit)",
        sheet: shenmuGrid({
          indicators: replaceRow(SHENMU_INDICATORS, 3, ["产出指标", "时效指标", "检测及时率", "", "≤7工作日"]),
        }),
        errors: [{ messageId: "rateAsOther", cell: "F28", related: ["D28"], params: { measure: "时限" }, severity: "warning" }],
      },
      {
        name: "浮梁 2026: a count of things made given in years (制作宣传横幅、公益宣传牌等 =1年)",
        sheet: shenmuGrid({
          indicators: replaceRow(SHENMU_INDICATORS, 0, ["产出指标", "数量指标", "制作宣传横幅、公益宣传牌等", "", "=1年"]),
        }),
        errors: [{ messageId: "yearForCount", cell: "F25", related: ["D25"], severity: "warning" }],
      },
      {
        name: "南岳 2023: a count of households valued in people (补助户数 ≥101人/次)",
        sheet: shenmuGrid({
          indicators: replaceRow(SHENMU_INDICATORS, 0, ["产出指标", "数量指标", "年度申请就学补助户数", "", "≥101人/次"]),
        }),
        errors: [
          { messageId: "countedMismatch", cell: "F25", params: { counted: "户", valueCounted: "人" }, severity: "warning" },
        ],
      },
      {
        name: "a rate valued as a count (覆盖率 ≥5个)",
        sheet: shenmuGrid({
          indicators: replaceRow(SHENMU_INDICATORS, 3, ["产出指标", "质量指标", "村级站点覆盖率(%)", "", "≥5个"]),
        }),
        errors: [{ messageId: "rateAsOther", cell: "F28", params: { measure: "数量" } }],
      },
      {
        name: "嘉峪关 2023: 经济成本指标 资金使用效率 =100百分比",
        sheet: shenmuGrid({
          indicators: replaceRow(CORE_101_ROWS, 1, ["成本指标", "经济成本指标", "资金使用效率", "", "=100百分比"]),
        }),
        errors: [{ messageId: "costAsRate", cell: "F26", related: ["D26", "C25"], severity: "warning" }],
      },
      // Split columns say what one cell says: the value is read with its 指标性质 and 度量单位 joined (thirteenth session).
      {
        name: "split columns: 检测及时率 “≤” | 7 | “工作日” is a time limit as “≤7工作日” is",
        sheet: splitGrid(withRow(2, ["产出指标", "时效指标", "检测及时率", "≤", 7, "工作日"])),
        errors: [{ messageId: "rateAsOther", cell: "E8", related: ["C8"], params: { measure: "时限" }, severity: "warning" }],
      },
      {
        name: "split columns: a count of households valued in people (补助户数 “≥” | 101 | “人”)",
        sheet: splitGrid(withRow(0, ["产出指标", "数量指标", "年度申请就学补助户数", "≥", 101, "人"])),
        errors: [{ messageId: "countedMismatch", cell: "E6", params: { counted: "户", valueCounted: "人" } }],
      },
      {
        name: "split columns: a 101号 经济成本指标 valued “=” | 100 | “%”",
        sheet: splitGrid([
          ["成本指标", "经济成本指标", "资金使用效率", "=", 100, "%"],
          ...SPLIT_ROWS.filter((r) => r[1] !== "成本指标"),
        ]),
        errors: [{ messageId: "costAsRate", cell: "E6", related: ["C6", "B6"], severity: "warning" }],
      },
      {
        name: "宁德 2019: 项目完成时间 valued “100%”",
        sheet: shenmuGrid({ indicators: replaceRow(SHENMU_INDICATORS, 3, ["产出指标", "时效指标", "项目完成时间", "", "100%"]) }),
        errors: [{ messageId: "dateAsPercent", cell: "F28", related: ["D28"] }],
      },
      {
        name: "南岳 2020: a 时效 三级 that is itself a date (“2020年12月完成”) valued “=95%”",
        sheet: shenmuGrid({
          indicators: replaceRow(SHENMU_INDICATORS, 3, ["产出指标", "时效指标", "2020年12月完成", "", "=95%"]),
        }),
        errors: [{ messageId: "dateAsPercent", cell: "F28", related: ["D28"] }],
      },
    ],
  });
});

describe("isRateName", () => {
  it.each([
    ["检测及时率", true],
    ["村级站点覆盖率(%)", true],
    ["巡查频率", false],
    ["资金使用效率", false],
    ["设备功率", false],
    ["受益人数", false],
  ])("%s → %s", (name, expected) => expect(isRateName(name)).toBe(expected));
});

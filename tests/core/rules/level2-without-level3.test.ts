import { level2WithoutLevel3 } from "../../../src/core/rules/level2-without-level3";
import { SHENMU_INDICATORS, WUHAI_INDICATORS, replaceRow, shenmuGrid, wuhaiGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

describe("missing/level2WithoutLevel3.ts", () => {
  testRule(level2WithoutLevel3, {
    valid: [
      { name: "every 二级 carries a 三级", sheet: shenmuGrid() },
      { name: "乌海: the unused 中长期 half is not judged", sheet: wuhaiGrid() },
      {
        name: "a 二级 group with one empty row next to a filled one",
        sheet: shenmuGrid({ indicators: replaceRow(SHENMU_INDICATORS, 5, ["产出指标", "成本指标", "", "", ""]) }),
      },
    ],
    invalid: [
      {
        name: "乌海 sheet 1: the 数量指标 row has no 三级 and no value",
        sheet: wuhaiGrid({ indicators: replaceRow(WUHAI_INDICATORS, 0, ["产出指标", "数量指标", "", "", ""]) }),
        errors: [{ messageId: "empty", cell: "G22", params: { level2: "数量指标" }, related: ["F22"], severity: "error" }],
      },
      {
        name: "an empty 服务对象满意度指标 row (recommended: warning)",
        sheet: shenmuGrid({ indicators: replaceRow(SHENMU_INDICATORS, 8, ["满意度指标", "服务对象满意度指标", "", "", ""]) }),
        errors: [{ messageId: "empty", cell: "D33", severity: "warning" }],
      },
      {
        name: "an empty optional 生态效益指标 row (info)",
        sheet: shenmuGrid({ indicators: replaceRow(SHENMU_INDICATORS, 7, ["效益指标", "生态效益指标", "", "", ""]) }),
        errors: [{ messageId: "emptyOptional", cell: "D32", params: { level2: "生态效益指标" }, severity: "info" }],
      },
      {
        name: '乌海: 生态效益指标 filled with "无 / 无"',
        sheet: wuhaiGrid({ indicators: replaceRow(WUHAI_INDICATORS, 6, ["效益指标", "生态效益指标", "无", "", "无"]) }),
        errors: [{ messageId: "filler", cell: "G28", params: { level2: "生态效益指标" }, severity: "info" }],
      },
    ],
  });
});

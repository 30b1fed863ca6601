import { midtermRepeatsAnnual } from "../../../src/core/rules/midterm-repeats-annual";
import type { FormGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

/** 全椒 2022's layout: 中期 | 年度 money side by side, the goals under a year-range heading and 年度目标. */
function form(attribute: string, midHeading: string, midTotal: number, annualTotal = 3581.8): FormGrid {
  const grid = [
    ["项目支出绩效目标表", null, null, null, null, null, null],
    ["项目名称", "全椒县2022年义务教育保补助经费", null, null, null, null, null],
    ["主管部门", "全椒县教育体育局", null, null, "实施单位", "全椒县教育体育局", null],
    ["项目属性", attribute, null, null, "项目来源", "县级资金", null],
    ["项目资金(万元)", "中期资金总额:", midTotal, null, "年度资金总额:", annualTotal, null],
    [null, "其中:财政拨款", midTotal, null, "其中:财政拨款", annualTotal, null],
    [null, "其他资金", 0, null, "其他资金", 0, null],
    ["总体目标", midHeading, null, null, "年度目标", null, null],
    [
      null,
      "落实义务教育保障学校公用经费，补助家庭经济困难学生生活",
      null,
      null,
      "2022年落实公用经费，保障学生38000人",
      null,
      null,
    ],
    ["一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "享受公用经费保障学生人次", "≥114000人次", "数量指标", "享受公用经费保障学生人数", "≥38000人"],
    ["满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%", "服务对象满意度指标", "学生及家长满意度", "≥90%"],
  ];
  return {
    name: "表",
    grid,
    merges: [
      "A1:G1",
      "B2:G2",
      "B3:D3",
      "F3:G3",
      "B4:D4",
      "F4:G4",
      "C5:D5",
      "F5:G5",
      "C6:D6",
      "F6:G6",
      "C7:D7",
      "F7:G7",
      "A5:A7",
      "B8:D8",
      "E8:G8",
      "A8:A9",
      "B9:D9",
      "E9:G9",
    ],
  };
}

describe("midterm-repeats-annual", () => {
  testRule(midtermRepeatsAnnual, {
    valid: [
      {
        name: "全椒 2022 corrected: 中期 2022—2024 with three years' money",
        sheet: form("经常性项目", "中期目标(2022年—2024年)", 10745.4),
      },
      { name: "a one-off project may fill its one year in both", sheet: form("一次性项目", "2022年—2022年", 3581.8) },
      { name: "one year but other money: not a plain copy", sheet: form("经常性项目", "2022年—2022年", 5000) },
    ],
    invalid: [
      {
        name: "全椒 2022: 经常性, 中期 2022年—2022年 with the year's money",
        sheet: form("经常性项目", "2022年—2022年", 3581.8),
        errors: [
          {
            messageId: "repeats",
            cell: "B8",
            related: ["C5", "F5"],
            severity: "warning",
            params: { attribute: "经常性项目", year: 2022 },
          },
        ],
      },
      {
        name: "a labelled 中期 heading of one year on a 延续 project",
        sheet: form("延续性项目", "中期目标(2023年-2023年)", 3581.8),
        errors: [{ messageId: "repeats", cell: "B8" }],
      },
    ],
  });
});

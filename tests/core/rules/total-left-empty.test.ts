import { totalLeftEmpty } from "../../../src/core/rules/total-left-empty";
import type { FormGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

type Row = (string | number | null)[];

/** A 部门整体 evaluation's 基础数据表 (湖南 2018/2022): 经费控制情况 by year, groups over their lines. */
function basicData(rows: Row[]): FormGrid {
  return {
    name: "表",
    grid: [
      ["部门整体支出绩效评价基础数据表", null, null, null],
      ["填报单位:", "某市总工会", null, null],
      ["经费控制情况(万元)", "2021年决算数", "2022年预算数", "2022年决算数"],
      ...rows,
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "帮扶困难职工人次", "≥200人次"],
    ],
    merges: ["A1:D1"],
  };
}

const sangong = (total: Row): Row[] => [
  total,
  ["1、公务用车购置和维护经费", 3.33, 7, 2.74],
  ["其中:公车购置", null, null, null],
  ["公车运行维护", 3.33, 7, 2.74],
  ["2、出国经费", null, null, null],
  ["3、公务接待", null, null, null],
];

describe("missing/totalLeftEmpty.ts", () => {
  testRule(totalLeftEmpty, {
    valid: [
      { name: "益阳 2022 corrected: 三公经费 filled", sheet: basicData(sangong(["三公经费", 3.33, 7, 2.74])) },
      {
        name: "零陵 2021 with its 三级 names numbered: a template's filler line (……) over numbered lines names no group",
        sheet: basicData([
          ["……", null, null, null],
          ["1.造林补助", 6, 6, 6],
          ["2.森林抚育", 6, 6, 6],
        ]),
      },
      {
        name: "a heading ending in a colon over numbered lines is a heading (项目支出:)",
        sheet: basicData([
          ["项目支出:", null, null, null],
          ["1、业务工作专项", 938.8, 320, 689.16],
          ["2、运行维护专项", null, null, null],
        ]),
      },
      {
        name: "an empty group whose lines are empty too: nothing to total",
        sheet: basicData(sangong(["三公经费", null, null, null]).map((r, i) => (i === 0 ? r : [r[0], null, null, null]))),
      },
    ],
    invalid: [
      {
        name: "益阳 2022: 三公经费 left empty over 1、公务用车购置和维护经费 3.33 | 7 | 2.74",
        sheet: basicData(sangong(["三公经费", null, null, null])),
        errors: [
          {
            messageId: "empty",
            cell: "B4",
            related: ["A4", "C4", "D4"],
            severity: "warning",
            params: { label: "三公经费", first: "1、公务用车购置和维护经费", figures: "3.33" },
          },
        ],
      },
      {
        name: "湖南 2018: 公用经费 left empty over 其中:办公经费 …",
        sheet: basicData([
          ["公用经费", null, null, null],
          ["其中:办公经费", 14.44, 10, 0.68],
          ["水费、电费、差旅费", 17.92, 7.5, 3],
        ]),
        errors: [{ messageId: "empty", cell: "B4", params: { label: "公用经费", figures: "14.44、17.92" } }],
      },
    ],
  });
});

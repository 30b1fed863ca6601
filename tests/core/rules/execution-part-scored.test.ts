import { executionPartScored } from "../../../src/core/rules/execution-part-scored";
import type { CellValue } from "../../../src/core/snapshot";
import type { FormGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

type Line = [CellValue, CellValue, CellValue, CellValue, CellValue, CellValue];

/**
 * The 上饶 2021 项目支出绩效自评表 (tests/fixtures/real/blind/o-shangraosf-2021.xlsx): 项目资金 block with 年初预算数 |
 * 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 over 年度资金总额 and its three parts; a short indicator table below.
 */
function shangrao(parts: [Line, Line, Line]): FormGrid {
  const rows: CellValue[][] = [
    ["项目支出绩效自评表", null, null, null, null, null, null, null, null],
    ["( 2021 年度)", null, null, null, null, null, null, null, null],
    ["项目名称", null, "司法业务经费", null, null, null, null, null, null],
    ["主管部门", null, "上饶市司法局", null, null, "实施单位", "上饶市司法局", null, null],
    ["项目资金(万元)", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率(全年执行数/全年预算数)", "得分", null],
    [null, "年度资金总额:", 620.82, 620.82, 620.82, 10, "100%", 10, null],
    [null, "其中:当年财政拨款", ...parts[0], null],
    [null, "上年结转资金", ...parts[1], null],
    [null, "其他资金", ...parts[2], null],
    ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null],
    [
      null,
      "开展普法宣传活动，办理法律援助案件。",
      null,
      null,
      null,
      "开展普法宣传活动62场，办理法律援助案件1620件。",
      null,
      null,
      null,
    ],
    [
      "年度绩效指标完成情况",
      "一级指标",
      "二级指标",
      "三级指标",
      "年度指标值",
      "实际完成值",
      "分值",
      "得分",
      "偏差原因分析及改进措施",
    ],
    [null, "产出指标", "数量指标", "普法宣传活动场次", "≥50场", "62场", 50, 50, null],
    [null, "效益指标", "社会效益指标", "群众法治意识", "逐步提高", "有所提高", 30, 30, null],
    [null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", 10, 10, null],
    ["总分", null, null, null, null, null, 100, 100, null],
  ];
  return {
    name: "司法业务经费",
    grid: rows,
    merges: [
      "A1:I1",
      "A2:I2",
      "A3:B3",
      "C3:I3",
      "A4:B4",
      "C4:E4",
      "G4:I4",
      "H5:I5",
      "A5:A9",
      "H6:I6",
      "H7:I7",
      "H8:I8",
      "H9:I9",
      "A10:A11",
      "B10:E10",
      "F10:I10",
      "B11:E11",
      "F11:I11",
      "A12:A15",
      "A16:F16",
    ],
  };
}

const DASHES: Line = [620.82, 620.82, 620.82, "—", "100%", "—"];
const EMPTY: Line = [0, 0, 0, "—", "—", "—"];

describe("execution-part-scored.ts", () => {
  testRule(executionPartScored, {
    valid: [
      { name: "上饶 corrected: the parts carry “—” in 分值 and 得分", sheet: shangrao([DASHES, EMPTY, EMPTY]) },
      {
        name: "parts left blank in 分值 and 得分",
        sheet: shangrao([
          [620.82, 620.82, 620.82, null, "100%", null],
          [null, null, null, null, null, null],
          [null, null, null, null, null, null],
        ]),
      },
      { name: "a slash in the parts", sheet: shangrao([[620.82, 620.82, 620.82, "/", "100%", "/"], EMPTY, EMPTY]) },
    ],
    invalid: [
      {
        name: "乐安 2021: 其中:当年财政拨款 scored differently from the total (分值 10, 得分 8 against 10 and 10)",
        sheet: shangrao([[620.82, 620.82, 620.82, 10, "100%", 8], EMPTY, EMPTY]),
        errors: [
          {
            messageId: "partScored",
            cell: "F7",
            related: ["B7", "H7"],
            severity: "warning",
            params: { label: "当年财政拨款", what: "分值 10、得分 8" },
          },
        ],
      },
      {
        name: "上饶 2021 / 张庄寨 2023: the total's 分值 and 得分 copied onto the part — a remark",
        sheet: shangrao([[620.82, 620.82, 620.82, 10, "100%", 10], EMPTY, EMPTY]),
        errors: [{ messageId: "partRepeats", cell: "F7", related: ["B7", "H7"], severity: "info" }],
      },
      {
        name: "a 得分 only, on 上年结转资金",
        sheet: shangrao([DASHES, [0, 0, 0, "—", "—", "5"], EMPTY]),
        errors: [{ messageId: "partScored", cell: "H8", related: ["B8"], severity: "warning" }],
      },
    ],
  });
});

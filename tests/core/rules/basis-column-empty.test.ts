import { basisColumnEmpty } from "../../../src/core/rules/basis-column-empty";
import type { FormGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

type Row = (string | number | null)[];

/** A short 项目支出绩效目标表 with a 支出明细预算 table (sheet rows 4–9) before its indicators. */
function form(basis: [string, string, string, string, string], merges: string[] = []): FormGrid {
  const rows: Row[] = [
    ["项目支出绩效目标表", null, null, null, null, null],
    ["项目名称", "项目前期及概算入库", null, "主管部门", "区发改局", null],
    ["项目预算(万元)", 300, null, "项目期限", "1年", null],
    ["支出明细预算(万元)", "项目", "上年度安排资金", "本年度申请资金", "测算依据及说明", null],
    ["支出明细预算(万元)", "合计", 130, 300, basis[0], null],
    ["支出明细预算(万元)", "1、办公及加班用餐费", 10, 40, basis[1], null],
    ["支出明细预算(万元)", "2、打字复印及资料印刷费", 9, 55, basis[2], null],
    ["支出明细预算(万元)", "3、编制咨询费", 88, 160, basis[3], null],
    ["支出明细预算(万元)", "4、其他", 23, 45, basis[4], null],
    ["年度绩效目标", "完成项目前期和概算评审", null, null, null, null],
    ["一级指标", "二级指标", "三级指标", "指标值", null, null],
    ["产出指标", "数量指标", "概算评审项目数", "≥30个", null, null],
    ["效益指标", "社会效益指标", "投资控制", "概算不超估算", null, null],
    ["满意度指标", "服务对象满意度指标", "项目单位满意度", "≥90%", null, null],
  ];
  return { name: "表", grid: rows, merges: ["A4:A9", ...merges] };
}

describe("basis-column-empty.ts", () => {
  testRule(basisColumnEmpty, {
    valid: [
      {
        name: "every line explained; the 合计 line needs none",
        sheet: form(["", "20人×250天×8元", "按上年实际", "合同价", "据实"]),
      },
      {
        name: "one explanation merged over all lines",
        sheet: form(["", "按合同及上年实际测算", "", "", ""], ["E6:E9"]),
      },
      {
        name: "one explanation written on the 合计 line (湘阴 2022's merge over 合计 and its line, undone): it covers the lines",
        sheet: form(["按全县幼儿园数据及每生每年500元测算", "", "", "", ""]),
      },
    ],
    invalid: [
      {
        name: "岳阳楼区 2021: 测算依据及说明 blank on every line",
        sheet: form(["", "", "", "", ""]),
        errors: [
          {
            messageId: "allEmpty",
            cell: "E4",
            severity: "warning",
            related: ["E6", "E7", "E8", "E9"],
            params: { count: 4, names: "办公及加班用餐费、打字复印及资料印刷费、编制咨询费、其他" },
          },
        ],
      },
      {
        name: "two lines without an explanation: said as an info",
        sheet: form(["", "20人×250天×8元", "", "合同价", ""]),
        errors: [{ messageId: "someEmpty", cell: "E7", severity: "info", related: ["E9"], params: { count: 2 } }],
      },
    ],
  });
});

import { columnLeftEmpty } from "../../../src/core/rules/column-left-empty";
import type { FormGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

/** 黄石 2022's indicator table: 指标值 | 2021年实际实现值 | 指标值设定依据 beside each indicator. */
function table(prior: (string | null)[], basis: (string | null)[]): FormGrid {
  const rows: [string, string, string, string][] = [
    ["产出指标", "数量指标", "培训人次", "≥280人次"],
    ["产出指标", "质量指标", "学员结业率", "≥95%"],
    ["效益指标", "社会效益指标", "学员综合素质提升率", "≥90%"],
    ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"],
  ];
  return {
    name: "表",
    grid: [
      ["项目支出绩效目标表", null, null, null, null, null],
      ["项目名称", "主体班", null, null, null, null],
      ["一级指标", "二级指标", "三级指标", "指标值", "2021年实际实现值", "指标值设定依据"],
      ...rows.map((r, i) => [...r, prior[i] ?? null, basis[i] ?? null]),
    ],
    merges: [],
  };
}

describe("column-left-empty", () => {
  testRule(columnLeftEmpty, {
    valid: [
      { name: "both columns filled", sheet: table(["260人次", "94%", "88%", "92%"], ["计划", "计划", "历史", "行业"]) },
      {
        name: "a column filled on some rows only is not left empty",
        sheet: table(["260人次", null, null, null], ["计划", "计划", "历史", "行业"]),
      },
    ],
    invalid: [
      {
        name: "黄石 2022: 2021年实际实现值 and 指标值设定依据 blank on every row (a note)",
        sheet: table([null, null, null, null], [null, null, null, null]),
        errors: [
          { messageId: "allEmpty", cell: "E3", severity: "info", related: ["E4", "E5", "E6", "E7"], params: { count: 4 } },
          { messageId: "allEmpty", cell: "F3", severity: "info", related: ["F4", "F5", "F6", "F7"] },
        ],
      },
    ],
  });
});

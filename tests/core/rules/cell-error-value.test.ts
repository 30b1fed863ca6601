import { cellErrorValue } from "../../../src/core/rules/cell-error-value";
import { SHENMU_INDICATORS, shenmuGrid, withAnnualValue, wuhaiGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

describe("format/cellErrorValue.ts", () => {
  testRule(cellErrorValue, {
    valid: [
      { name: "no error values", sheet: shenmuGrid() },
      { name: "乌海 base", sheet: wuhaiGrid() },
      {
        name: 'text that merely starts with # ("#3号楼机房")',
        sheet: shenmuGrid({ fields: { 项目实施方案: "#3号楼机房集中部署" } }),
      },
    ],
    invalid: [
      {
        name: '"#REF!" in a header cell (主管部门)',
        sheet: shenmuGrid({ fields: { 主管部门: "#REF!" } }),
        errors: [{ messageId: "error", cell: "B4", params: { value: "#REF!" }, severity: "error" }],
      },
      {
        name: '"#DIV/0!" in 项目预算',
        sheet: shenmuGrid({ fields: { 项目预算: "#DIV/0!" } }),
        errors: [{ messageId: "error", cell: "B5", params: { value: "#DIV/0!" } }],
      },
      {
        name: '"#N/A" as an indicator value',
        sheet: shenmuGrid({ indicators: withAnnualValue(SHENMU_INDICATORS, 0, "#N/A") }),
        errors: [{ messageId: "error", cell: "F25", params: { value: "#N/A" } }],
      },
      {
        name: '乌海: "#VALUE!" in 合计 and "#REF!" in a detail amount',
        sheet: wuhaiGrid({ cells: { E16: "#REF!", E18: "#VALUE!" } }),
        errors: [
          { messageId: "error", cell: "E16", params: { value: "#REF!" } },
          { messageId: "error", cell: "E18", params: { value: "#VALUE!" } },
        ],
      },
    ],
  });
});

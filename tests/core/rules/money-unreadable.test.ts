import { moneyUnreadable } from "../../../src/core/rules/money-unreadable";
import { shenmuGrid, wuhaiGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

describe("format/moneyUnreadable.ts", () => {
  testRule(moneyUnreadable, {
    valid: [
      { name: "神木: every money line a number", sheet: shenmuGrid() },
      { name: "乌海: every money line a number", sheet: wuhaiGrid() },
      { name: "a money line with its unit (50万元)", sheet: shenmuGrid({ fields: { 年度财政拨款: "50万元" } }) },
      {
        name: "a figure with a breakdown in brackets (50万元(设备30万元,服务20万元))",
        sheet: shenmuGrid({ fields: { 年度财政拨款: "50万元(设备30万元,服务20万元)" } }),
      },
      {
        name: "the budget figure itself is required-field's (项目预算 50万50万)",
        sheet: shenmuGrid({ fields: { 项目预算: "50万50万" } }),
      },
    ],
    invalid: [
      {
        name: "a figure typed twice with a note (岳阳: 854万854万(…))",
        sheet: shenmuGrid({ fields: { 年度财政拨款: "50万50万(设备30万元,服务20万元)" } }),
        errors: [{ messageId: "unreadable", cell: "F19", severity: "warning" }],
      },
      {
        name: "two amounts glued together (30万元20万元)",
        sheet: shenmuGrid({ fields: { 实施期财政拨款: "30万元20万元" } }),
        errors: [{ messageId: "unreadable", cell: "D19" }],
      },
      {
        name: "words instead of an amount (见附表)",
        sheet: shenmuGrid({ fields: { 年度其他资金: "见附表" } }),
        errors: [{ messageId: "unreadable", cell: "F20" }],
      },
    ],
  });
});

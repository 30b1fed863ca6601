import { moneyUnreadable } from "../../../src/core/rules/money-unreadable";
import { shenmuGrid, wuhaiGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

/** 重庆 2025's 区域绩效目标表 head: amounts with no unit anywhere, or with one in the section's heading. */
const noUnit = (heading: string) => ({
  name: "表",
  grid: [
    ["中央对地方转移支付区域绩效目标表(2025年度)", null, null],
    ["项目名称", "中央专项彩票公益金支持", null],
    [heading, "下达资金总额", 1916],
    [null, "其中:中央财政补助", 1916],
    ["年度总体目标", "为经济困难的失能老年人建设家庭养老床位", null],
    ["一级指标", "二级指标", "三级指标"],
  ],
  merges: ["A3:A4"],
});

describe("format/moneyUnreadable.ts", () => {
  testRule(moneyUnreadable, {
    valid: [
      { name: "神木: every money line a number", sheet: shenmuGrid() },
      { name: "the unit in the money section's heading (资金情况(万元))", sheet: noUnit("资金情况(万元)") },
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
        name: "重庆 2025: 下达资金总额 1916 with no 元 anywhere on the form (a note: templates may print it elsewhere)",
        sheet: noUnit("资金情况"),
        errors: [{ messageId: "noUnit", cell: "C3", severity: "info", params: { text: "1916" } }],
      },
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

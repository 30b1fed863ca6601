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

/** 岳阳 2020 自评报告's money row: plan | arrived | spent, the last two typed with their separators misplaced. */
const fundRow = (arrived: string, spent: string) => ({
  name: "表",
  grid: [
    ["财政支出项目绩效评价自评报告", null, null, null, null, null],
    ["项目名称", "农村公路养护", null, null, null, null],
    ["计划安排资金(万元)", 700, "实际到位资金(万元)", arrived, "实际支出(万元)", spent],
    ["年度总体目标", "完成农村公路日常养护1200公里", null, null, null, null],
    ["一级指标", "二级指标", "三级指标", "指标值", null, null],
  ],
  merges: [],
});

describe("format/moneyUnreadable.ts", () => {
  testRule(moneyUnreadable, {
    valid: [
      {
        name: "南宁 2021: 资金性质 | (kind in words) | 金额 — words where the amount was looked for, the figure further along",
        sheet: {
          name: "表",
          grid: [
            ["项目绩效目标申报表", null, null],
            ["项目名称", "不动产登记外聘人员经费", null],
            ["项目资金(万元)", 1406.5, null],
            ["资金性质", "预算管理资金", "金额(万元)"],
            ["其他资金", "财政专户管理资金", 0],
            ["年度目标", "按时足额发放240名外聘人员工资", null],
            ["一级指标", "二级指标", "三级指标"],
          ],
          merges: [],
        },
      },
      { name: "thousands written right (1,084.25) and plain figures", sheet: fundRow("1,084.25", "700.77") },
      { name: "神木: every money line a number", sheet: shenmuGrid() },
      { name: "the unit in the money section's heading (资金情况(万元))", sheet: noUnit("资金情况(万元)") },
      { name: "乌海: every money line a number", sheet: wuhaiGrid() },
      { name: "a money line with its unit (50万元)", sheet: shenmuGrid({ fields: { 年度财政拨款: "50万元" } }) },
      {
        name: "约, 整 and 人民币 are no words of their own",
        sheet: shenmuGrid({ fields: { 年度财政拨款: "人民币约50万元整" } }),
      },
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
        name: "原州 2022: a money line that is a fund's name with its amount — the figure is read, the words are said",
        sheet: shenmuGrid({ fields: { 年度财政拨款: "少数民族发展资金50万元" } }),
        errors: [
          {
            messageId: "words",
            cell: "F19",
            severity: "warning",
            params: { field: "年度财政拨款", text: "少数民族发展资金50万元", words: "少数民族发展资金" },
          },
        ],
      },
      {
        name: "武川 2021: the fund's name first, its task in brackets, the figure last",
        sheet: shenmuGrid({ fields: { 年度财政拨款: "中央衔接推进乡村振兴补助资金(少数民族发展任务)50" } }),
        errors: [{ messageId: "words", cell: "F19", params: { words: "中央衔接推进乡村振兴补助资金" } }],
      },
      {
        name: "岳阳 2020: “7,00.0,77” in two cells — one finding, the other cell related",
        sheet: fundRow("7,00.0,77", "7,00.0,77"),
        errors: [
          {
            messageId: "malformed",
            cell: "D3",
            related: ["F3"],
            severity: "warning",
            params: { field: "实际到位资金(万元)", text: "7,00.0,77" },
          },
        ],
      },
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

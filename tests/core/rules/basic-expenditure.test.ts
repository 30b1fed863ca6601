import { basicExpenditure } from "../../../src/core/rules/basic-expenditure";
import { shenmuGrid, wuhaiGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

describe("inconsistent/basicExpenditure.ts", () => {
  testRule(basicExpenditure, {
    valid: [
      { name: "a project with a specific task (系统升级维护)", sheet: shenmuGrid() },
      { name: "乌海 反欺诈: 稽核 and 查处 are project work", sheet: wuhaiGrid() },
      {
        name: "keeping a platform running is not the office's running cost",
        sheet: wuhaiGrid({ fields: { 项目概况: "保障采购平台正常运行，推进招标采购平台建设。" } }),
      },
    ],
    invalid: [
      {
        name: "乌海 医保业务经费: 用于…机构正常运转",
        sheet: wuhaiGrid({ fields: { 项目概况: "用于乌海市医疗保障局机构正常运转、开展全市医疗保障工作等方面支出。" } }),
        errors: [
          { messageId: "runningCosts", cell: "D8", params: { field: "项目概述", phrase: "机构正常运转" }, severity: "warning" },
        ],
      },
      {
        name: "机关运行经费 in the necessity text",
        sheet: wuhaiGrid({ fields: { 项目实施必要性及可行性: "机关运行经费，保障机关正常运转，开展医疗保障相关业务工作" } }),
        errors: [{ messageId: "runningCosts", cell: "D10", params: { phrase: "机关运行经费" } }],
      },
    ],
  });
});

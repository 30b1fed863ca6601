import { projectNameGeneric } from "../../../src/core/rules/project-name-generic";
import { shenmuGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

describe("project-name-generic.ts", () => {
  testRule(projectNameGeneric, {
    valid: [
      { name: "a project's own name", sheet: shenmuGrid() },
      {
        name: "a class word inside a specific name",
        sheet: shenmuGrid({ fields: { 项目名称: "文化馆免费开放商品和服务支出" } }),
      },
      { name: "公用经费 of a named school", sheet: shenmuGrid({ fields: { 项目名称: "初中公用经费" } }) },
    ],
    invalid: [
      {
        name: "醴陵 2019: 项目名称 “商品和服务支出”",
        sheet: shenmuGrid({ fields: { 项目名称: "商品和服务支出" } }),
        errors: [{ messageId: "economicClass", cell: "B3", params: { name: "商品和服务支出" } }],
      },
      {
        name: "“办公费” with the year before it",
        sheet: shenmuGrid({ fields: { 项目名称: "2023年办公费" } }),
        errors: [{ messageId: "economicClass", cell: "B3" }],
      },
    ],
  });
});

import { textYearStale } from "../../../src/core/rules/text-year-stale";
import { shenmuGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";
import { selfEvalGrid } from "../helpers/selfEvalGrid";

const goal = (text: string) => shenmuGrid({ fields: { 年度目标: text } });

describe("text-year-stale.ts", () => {
  testRule(textYearStale, {
    valid: [
      { name: "the 神木 2021 goal", sheet: shenmuGrid() },
      { name: "names the form's year", sheet: goal("完成2021年度新一轮退耕还林检查验收。") },
      { name: "names last year (work carried over)", sheet: goal("完成2020年度结转工程的验收。") },
      { name: "an old year with this year", sheet: goal("巩固2018年度建设成果，2021年完成全部验收。") },
      { name: "a span from an old year (2018年以来)", sheet: goal("巩固2018年以来的退耕还林成果。") },
      { name: "a range (2017-2019年)", sheet: goal("清理2017-2019年欠款。") },
      {
        name: "启东 2024: a document's name (关于印发…2020年度…实施方案的通知)",
        sheet: goal("根据省卫健委疾控处关于印发湖南省2020年度艾滋病防治项目实施方案的通知，开展防治工作。"),
      },
      { name: "a year inside 《》", sheet: goal("落实《2019年度退耕还林实施方案》。") },
      {
        name: "a self-evaluation of 2022 whose goal names 2022",
        sheet: selfEvalGrid({ goal: "2022年计划使用财政资金45万元，完成水标尺改造。" }),
      },
    ],
    invalid: [
      {
        name: "南充 2023: a goal speaking only of 2018年度",
        sheet: goal("协助完成国家林业局对我市2018年度新一轮退耕还林检查验收，开展业务培训。"),
        errors: [{ messageId: "oldYear", cell: "E23", severity: "info", params: { year: 2021, old: 2018 } }],
      },
      {
        name: "大英 2023: a self-evaluation's goal naming only the year before (last year's goal kept)",
        sheet: selfEvalGrid({ goal: "2021年计划使用财政资金45万元给聘用的14人发放工资及缴纳保险。" }),
        errors: [{ messageId: "oldYear", cell: "B8", severity: "info", params: { year: 2022, old: 2021 } }],
      },
      {
        name: "阜康 2023: the year after a document named and closed (根据《…通知》在2021年12月31日前…) is the text's",
        sheet: selfEvalGrid({ goal: "根据《关于拨付调查队专项经费的通知》在2021年12月31日前至少给120人发放记账户补贴费。" }),
        errors: [{ messageId: "oldYear", cell: "B8", params: { year: 2022, old: 2021 } }],
      },
    ],
  });
});

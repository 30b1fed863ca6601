import { level3NotAName } from "../../../src/core/rules/level3-not-a-name";
import { SHENMU_INDICATORS, replaceRow, shenmuGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

/** Row 27 (index 2) is the 时效 row of the 神木 sample; row 30 (index 5) its 成本 row. */
const at = (index: number, level2: string, name: string, value: string) =>
  shenmuGrid({ indicators: replaceRow(SHENMU_INDICATORS, index, ["产出指标", level2, name, "", value]) });

describe("level3-not-a-name", () => {
  testRule(level3NotAName, {
    valid: [
      { name: "the sample's names", sheet: shenmuGrid() },
      { name: "a name with a date and a measure word", sheet: at(2, "时效指标", "2022年12月前资金拨付率", "=100%") },
      { name: "a deadline name (完成时间)", sheet: at(2, "时效指标", "项目完成时间", "≤2022年12月31日") },
      { name: "a year in a name is no date (2022年度新增造林面积)", sheet: at(0, "数量指标", "2022年度新增造林面积", "≥500亩") },
      { name: "a count is no amount (3万人 as a name is left to other rules)", sheet: at(0, "数量指标", "3万人", "≥3万人") },
      {
        name: "宣州 2025: a long name of words only is no narrative, numbered or not (its number is no figure)",
        sheet: at(0, "数量指标", "1.对升华军民鱼水情,营造拥军优属、拥政爱民的良好氛围,推进军地共建的持续影响程度", "持续提升"),
      },
    ],
    invalid: [
      {
        name: "霍邱 2022: 时效 | 2022年底之前 | 2022年底之前",
        sheet: at(2, "时效指标", "2022年底之前", "2022年底之前"),
        errors: [{ messageId: "date", cell: "D27", severity: "warning", params: { name: "2022年底之前" } }],
      },
      {
        name: "原州 2022: an amount as the 成本 name",
        sheet: at(5, "成本指标", "38.75万元", "≤38.75万元"),
        errors: [{ messageId: "amount", cell: "D30", params: { name: "38.75万元" } }],
      },
      {
        name: "an amount written with 万 only (“20万”, fifteenth session) is an amount too",
        sheet: at(5, "成本指标", "20万", "≤20万"),
        errors: [{ messageId: "amount", cell: "D30", params: { name: "20万" } }],
      },
      {
        name: "原州 2022: a paragraph as the 数量 name",
        sheet: at(
          0,
          "数量指标",
          "针对原州区监测帮扶对象：边缘易致贫人口突发严重困难人口共计3875人，发放边销茶目标人群是3875人，目前已发放3620人",
          "=3875人",
        ),
        errors: [{ messageId: "narrative", cell: "D25" }],
      },
    ],
  });
});

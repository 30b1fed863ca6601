import { inputAsOutput } from "../../../src/core/rules/input-as-output";
import { SHENMU_INDICATORS, replaceRow, shenmuGrid, type IndicatorRowSpec } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

const withRows = (...rows: Array<[number, IndicatorRowSpec | null]>) => {
  let indicators = [...SHENMU_INDICATORS];
  for (const [index, row] of rows.sort((a, b) => b[0] - a[0])) indicators = replaceRow(indicators, index, row);
  return shenmuGrid({ indicators });
};

describe("input-as-output", () => {
  testRule(inputAsOutput, {
    valid: [
      {
        name: "东莞 2019: 预算执行率 in the template's own budget slot (预算(或投资规模)) under 成本",
        sheet: withRows([4, ["产出指标", "预算(或投资规模)", "年度预算执行率", "", "≥95%"]]),
      },
      { name: "outputs are things delivered", sheet: shenmuGrid() },
      {
        name: "汉阴 2022: loans a subsidy brings to borrowers (创业担保贷款发放额 ≥4000万元) are what it delivers",
        sheet: withRows([0, ["产出指标", "数量指标", "本年度创业担保贷款发放额", "", "≥4000万元"]]),
      },
      {
        name: "a money amount under 经济效益 (节约医保基金 ≥300万元) is an effect",
        sheet: withRows([6, ["效益指标", "经济效益指标", "年内节约医保基金", "", "≥300万元"]]),
      },
      {
        name: "a sector's income in money under 数量 is an outcome (outcome-as-output says so), not an input",
        sheet: withRows([0, ["产出指标", "数量指标", "全年实现会展业综合收入", "", "≥280亿元"]]),
      },
      {
        name: "资金支付及时率 under 时效 beside real outputs is accepted",
        sheet: withRows([2, ["产出指标", "时效指标", "资金支付及时率", "", "=100%"]]),
      },
      {
        name: "补贴资金发放率 under 质量 is how the payment was delivered",
        sheet: withRows(
          [1, ["产出指标", "质量指标", "补贴资金发放准确率", "", "=100%"]],
          [2, ["产出指标", "时效指标", "补助资金发放及时率", "", "=100%"]],
        ),
      },
      {
        name: "违规资金追回到位率 under 经济效益: money recovered is an effect",
        sheet: withRows([6, ["效益指标", "经济效益指标", "违规资金追回到位率", "", "≥90%"]]),
      },
      {
        name: "a price per unit under 成本 is a cost, not an input",
        sheet: withRows([4, ["产出指标", "成本指标", "单套运维费", "", "≤16万元/套"]]),
      },
    ],
    invalid: [
      {
        name: "补助经费 ＝120万元 as a 数量指标",
        sheet: withRows([0, ["产出指标", "数量指标", "补助经费", "", "=120万元"]]),
        errors: [{ messageId: "moneyAsOutput", cell: "F25", severity: "warning", related: ["D25"] }],
      },
      {
        name: "岳阳: 业务工作支出安排金额 28.8万元 under 数量",
        sheet: withRows([0, ["产出指标", "数量指标", "业务工作支出安排金额", "", "28.8万元"]]),
        errors: [{ messageId: "moneyAsOutput", cell: "F25", params: { value: "28.8万元" } }],
      },
      {
        name: "大英: 结余率 under 经济效益 and 科目调整次数 under 数量",
        sheet: withRows(
          [6, ["效益指标", "经济效益指标", "结余率", "", "≤5%"]],
          [0, ["产出指标", "数量指标", "科目调整次数", "", "≤10次"]],
        ),
        errors: [
          { messageId: "budgetMetric", cell: "D25", params: { name: "科目调整次数" } },
          { messageId: "budgetMetric", cell: "D31", params: { name: "结余率" } },
        ],
      },
      {
        name: "大英 2022: 资金执行率 in the 成本 slot",
        sheet: withRows([4, ["产出指标", "成本指标", "资金执行率", "", "=100%"]]),
        errors: [{ messageId: "budgetMetric", cell: "D29", params: { name: "资金执行率", level2: "成本指标" } }],
      },
      {
        name: "南华 2023: 奖补资金兑付率 under 经济效益, 补助经费拨付进度 under 社会效益",
        sheet: withRows(
          [6, ["效益指标", "经济效益指标", "奖补资金兑付率(%)", "", "≥100%"]],
          [7, ["效益指标", "社会效益指标", "补助经费拨付进度", "", "=100%"]],
        ),
        errors: [
          { messageId: "budgetMetric", cell: "D31", params: { name: "奖补资金兑付率(%)" } },
          { messageId: "budgetMetric", cell: "D32", params: { name: "补助经费拨付进度" } },
        ],
      },
      {
        name: "预算执行率 and 资金到位率 are the only 产出",
        sheet: withRows(
          [3, null],
          [2, ["产出指标", "时效指标", "预算执行率", "", "≥90%"]],
          [1, ["产出指标", "质量指标", "资金到位率", "", "=100%"]],
          [0, null],
        ),
        errors: [{ messageId: "onlyBudgetMetrics", cell: "D25", related: ["D26"] }],
      },
    ],
  });
});

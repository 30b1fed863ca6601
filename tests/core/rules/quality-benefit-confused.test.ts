import { qualityBenefitConfused } from "../../../src/core/rules/quality-benefit-confused";
import { SHENMU_INDICATORS, replaceRow, shenmuGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

describe("quality-benefit-confused", () => {
  testRule(qualityBenefitConfused, {
    valid: [
      { name: "合格率 under 质量, effects under 效益", sheet: shenmuGrid() },
      {
        name: "空气质量达标率 under 生态效益 is an effect",
        sheet: shenmuGrid({
          indicators: replaceRow(SHENMU_INDICATORS, 6, ["效益指标", "生态效益指标", "空气质量优良天数比例", "", "≥85%"]),
        }),
      },
      {
        name: "黄石 2022: 参训学员结业后跟踪评估合格率 under 社会效益 is an effect of the training",
        sheet: shenmuGrid({
          indicators: replaceRow(SHENMU_INDICATORS, 6, ["效益指标", "社会效益指标", "参训学员结业后跟踪评估合格率", "", "≥90%"]),
        }),
      },
    ],
    invalid: [
      {
        name: "验收合格率 under 社会效益",
        sheet: shenmuGrid({
          indicators: replaceRow(SHENMU_INDICATORS, 6, ["效益指标", "社会效益指标", "设备验收合格率", "", "=100%"]),
        }),
        errors: [{ messageId: "qualityAsBenefit", cell: "D31", severity: "warning", related: ["C31"] }],
      },
      {
        name: "疾病治愈率 under 质量",
        sheet: shenmuGrid({
          indicators: replaceRow(SHENMU_INDICATORS, 1, ["产出指标", "质量指标", "慢性病患者治愈率", "", "≥60%"]),
        }),
        errors: [{ messageId: "benefitAsQuality", cell: "D26" }],
      },
    ],
  });
});

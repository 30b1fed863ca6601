import { satisfactionTarget } from "../../../src/core/rules/satisfaction-target";
import { SHENMU_INDICATORS, WUHAI_INDICATORS, replaceRow, shenmuGrid, withAnnualValue, wuhaiGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

/** Row 33 (index 8) is 满意度指标 › 服务对象满意度指标 › 系统使用人员满意度. */
const satisfaction = (v: string) => shenmuGrid({ indicators: withAnnualValue(SHENMU_INDICATORS, 8, v) });

describe("format/satisfactionTarget.ts", () => {
  testRule(satisfactionTarget, {
    valid: [
      { name: "≥95%", sheet: shenmuGrid() },
      { name: "≥90%", sheet: satisfaction("≥90%") },
      { name: "≥98% (upper end of practice)", sheet: satisfaction("≥98%") },
      {
        name: '神木 variant 二级 "服务对象或受益者满意度指标"',
        sheet: shenmuGrid({
          indicators: replaceRow(SHENMU_INDICATORS, 8, [
            "满意度指标",
            "服务对象或受益者满意度指标",
            "参保群众满意度",
            "",
            "≥90%",
          ]),
        }),
      },
      { name: "乌海 base", sheet: wuhaiGrid() },
      { name: "“≥120%” is only rate-bounds' finding (one finding per problem)", sheet: satisfaction("≥120%") },
      {
        // First probe §1.3: the 二级 is misplaced (level-placement's finding); the 三级 says what it measures.
        name: "a quality indicator (验收合格率 =100%) under a misplaced 满意度 二级",
        sheet: shenmuGrid({
          indicators: replaceRow(SHENMU_INDICATORS, 1, ["产出指标", "满意度指标", "系统维护验收合格率", "", "=100%"]),
        }),
      },
    ],
    invalid: [
      {
        name: '"=100%" (神木: five projects)',
        sheet: satisfaction("=100%"),
        errors: [
          {
            messageId: "hundred",
            cell: "F33",
            params: { name: "系统使用人员满意度", value: "=100%" },
            suggestion: null,
            severity: "warning",
          },
        ],
      },
      {
        name: "under a misplaced 满意度 二级, a 三级 that is a satisfaction is still checked",
        sheet: shenmuGrid({
          indicators: replaceRow(SHENMU_INDICATORS, 1, ["产出指标", "满意度指标", "验收人员满意度", "", "=100%"]),
        }),
        errors: [{ messageId: "hundred", cell: "F26" }],
      },
      {
        name: '"100%" without operator',
        sheet: satisfaction("100%"),
        errors: [{ messageId: "hundred", cell: "F33", suggestion: null }],
      },
      {
        name: 'a cap "≤90%"',
        sheet: satisfaction("≤90%"),
        // The rule's basis is practice (no source found): an error is reported as a warning (ruleBasis).
        errors: [{ messageId: "cap", cell: "F33", suggestion: "≥90%", severity: "warning" }],
      },
      {
        name: 'a low target "≥70%"',
        sheet: satisfaction("≥70%"),
        errors: [{ messageId: "low", cell: "F33", severity: "info", suggestion: null }],
      },
      {
        name: 'not a percentage ("满意")',
        sheet: satisfaction("满意"),
        errors: [{ messageId: "notPercent", cell: "F33", params: { value: "满意" }, suggestion: null }],
      },
      {
        name: '乌海: 参保人满意度 "=100%"',
        sheet: wuhaiGrid({ indicators: withAnnualValue(WUHAI_INDICATORS, 7, "=100%") }),
        errors: [{ messageId: "hundred", cell: "H29" }],
      },
    ],
  });
});

import { indicatorNameDuplicate } from "../../../src/core/rules/indicator-name-duplicate";
import { SHENMU_INDICATORS, shenmuGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

const rows = SHENMU_INDICATORS.map((r) => [...r] as [string, string, string, string, string]);
const withName = (index: number, name: string) =>
  shenmuGrid({ indicators: rows.map((r, i) => (i === index ? ([r[0], r[1], name, r[3], r[4]] as const) : r)) });

describe("inconsistent/indicatorNameDuplicate.ts", () => {
  testRule(indicatorNameDuplicate, {
    valid: [
      { name: "every 三级 name once", sheet: shenmuGrid() },
      { name: "names that only look alike (系统维护费 / 巡检服务费)", sheet: withName(5, "系统巡检服务费") },
      {
        // A template's row numbers under each group (阳泉 2015): template-placeholder's finding, not a duplicate.
        name: "a template's row number “1.” under two groups",
        sheet: shenmuGrid({
          indicators: rows.map((r, i) => (i === 0 || i === 6 ? ([r[0], r[1], "1.", r[3], r[4]] as const) : r)),
        }),
      },
    ],
    invalid: [
      {
        name: "first probe §1.3: a 三级 name written twice (rows 29 and 30)",
        sheet: withName(5, "系统维护费"),
        errors: [
          {
            messageId: "duplicate",
            cell: "D30",
            severity: "warning",
            related: ["D29"],
            params: { name: "系统维护费", first: "D29" },
          },
        ],
      },
      {
        name: "spaces do not make it another indicator, and another 二级 does not either",
        sheet: withName(1, "运维 系统数量"),
        errors: [{ messageId: "duplicate", cell: "D26", related: ["D25"] }],
      },
    ],
  });
});

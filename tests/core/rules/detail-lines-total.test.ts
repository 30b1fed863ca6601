import { detailLinesTotal } from "../../../src/core/rules/detail-lines-total";
import { shenmuGrid, wuhaiGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

describe("inconsistent/detailLinesTotal.ts", () => {
  testRule(detailLinesTotal, {
    valid: [
      { name: "3 + 4 + 8 = 合计 15 = 项目资金总额 15", sheet: wuhaiGrid() },
      {
        name: "a single detail line (乌海 sheet 3: 112 = 112)",
        sheet: wuhaiGrid({
          fields: { 项目资金总额: 112, 本年度预算申请: 112 },
          details: [["离退休人员医疗保障金", 112, "2021.01-2021.12"]],
        }),
      },
      { name: "a 神木 table has no 预算明细", sheet: shenmuGrid() },
    ],
    invalid: [
      {
        name: "lines add up to 15 but 合计 says 16",
        sheet: wuhaiGrid({ fields: { 项目资金总额: 16, 本年度预算申请: 16 }, detailTotal: 16 }),
        errors: [
          {
            messageId: "sum",
            cell: "E18",
            params: { sum: "15", total: "16" },
            suggestion: "15",
            related: ["E15", "E16", "E17"],
            severity: "error",
          },
        ],
      },
      {
        name: "合计 15 against 项目资金总额 20",
        sheet: wuhaiGrid({ fields: { 项目资金总额: 20, 本年度预算申请: 20 } }),
        errors: [{ messageId: "total", cell: "E18", params: { total: "15", fund: "20" }, related: ["B13"] }],
      },
      {
        name: "合计 only covers 本年度预算申请; 上年结转 5 has no detail",
        sheet: wuhaiGrid({ fields: { 项目资金总额: 20, 上年度项目资金结转: 5, 本年度预算申请: 15 } }),
        errors: [{ messageId: "currentOnly", cell: "E18", params: { total: "15", carry: "5" }, severity: "info" }],
      },
      {
        name: "no 合计 row",
        sheet: wuhaiGrid({ detailTotal: "omit" }),
        errors: [{ messageId: "noTotal", cell: "B17", severity: "warning" }],
      },
      {
        name: "合计 wrong and different from the fund total",
        sheet: wuhaiGrid({ detailTotal: 18 }),
        errors: [
          { messageId: "sum", cell: "E18", suggestion: "15" },
          { messageId: "total", cell: "E18", params: { total: "18", fund: "15" } },
        ],
      },
    ],
  });
});

describe("inconsistent/detailLinesTotal.ts — unreadable amounts", () => {
  testRule(detailLinesTotal, {
    valid: [],
    invalid: [
      {
        name: "an amount written in words (三万) is reported, and the sums are not compared",
        sheet: wuhaiGrid({
          details: [
            ["差旅费", "三万", "2021.01-2021.12"],
            ["办公费", 4, "2021.01-2021.12"],
            ["其他商品服务支出", 8, "2021.01-2021.12"],
          ],
        }),
        errors: [{ messageId: "unreadable", cell: "E15", params: { name: "差旅费", amount: "三万" }, severity: "warning" }],
      },
    ],
  });
});

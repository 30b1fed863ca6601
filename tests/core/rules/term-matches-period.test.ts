import { termMatchesPeriod } from "../../../src/core/rules/term-matches-period";
import { shenmuGrid, wuhaiGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

describe("term-matches-period", () => {
  testRule(termMatchesPeriod, {
    valid: [
      { name: "乌海: 中长期目标（2021年—2021年）, 起止 2021-01至2021-12", sheet: wuhaiGrid() },
      {
        name: "a three-year block on a three-year project",
        sheet: wuhaiGrid({ fields: { 项目实施起止时间: "2021-01至2023-12" }, goals: { header: "中长期目标（2021年—2023年）" } }),
      },
      { name: "神木: the 实施期 goal names no years", sheet: shenmuGrid({ fields: { 项目期限: "3年" } }) },
      { name: "神木: （2021年度） over a 2021 period", sheet: shenmuGrid() },
      {
        name: "dates shorter than the term: this year's part of a longer project",
        sheet: shenmuGrid({ fields: { 项目期限: "3年", 项目实施起止时间: "2021.01.01-2021.12.31" } }),
      },
      {
        name: "a period a month longer than its term is within the rounding of the dates",
        sheet: shenmuGrid({ fields: { 项目期限: "1年", 项目实施起止时间: "2021.01-2022.01" } }),
      },
    ],
    invalid: [
      {
        name: "广东 2021: dates over two years against a term of one (项目周期1年)",
        sheet: shenmuGrid({ fields: { 项目期限: "1年", 项目实施起止时间: "2021年-2022年" } }),
        errors: [
          {
            messageId: "periodTerm",
            cell: "B6",
            severity: "warning",
            params: { term: "1年", months: 24 },
          },
        ],
      },
      {
        name: "奉节 2025: （2023年度） over a one-year period in 2025",
        sheet: shenmuGrid({ subtitle: "（2023年度）", fields: { 项目实施起止时间: "2025.01.01-2025.12.31" } }),
        errors: [
          { messageId: "statedYear", cell: "A2", related: ["E3"], severity: "warning", params: { year: 2023, start: 2025 } },
        ],
      },
      {
        name: "起止 2021 only, but the 中长期 block says 2021–2023",
        sheet: wuhaiGrid({ goals: { header: "中长期目标（2021年—2023年）" } }),
        errors: [
          { messageId: "years", cell: "B19", severity: "warning", params: { from: 2021, to: 2023, start: 2021, end: 2021 } },
        ],
      },
      {
        name: "项目期限 1年, but the 实施期 goal is headed 2021–2023 (no 起止 dates)",
        sheet: shenmuGrid({ fields: { 项目实施起止时间: null }, cells: { B22: "实施期总体目标（2021年—2023年）" } }),
        errors: [{ messageId: "term", cell: "B22", related: ["B6"], params: { count: 3, term: "1年" } }],
      },
    ],
  });
});

/**
 * A fund's allocation list whose projects carry a performance column (项目绩效 over 治理水体 | 污染负荷消减量 | 生态改善目标):
 * a list of projects, each goal read across its sub-columns; a goal in words without a single figure is said to be
 * unmeasurable. (After 六安 2021's 项目分配表; the grid is made up for the test.)
 */
import { checkSheet } from "../../../src/core/check";
import { classifyIndicatorHeader } from "../../../src/core/read/columnRoles";
import { readSheet } from "../../../src/core/read/readSheet";
import { snapshotFromGrid } from "../../../src/core/snapshot";
import type { CellValue } from "../../../src/core/snapshot";

test.each(["项目绩效", "项目内容及绩效", "预期绩效"])("%s heads a goal column", (h) =>
  expect(classifyIndicatorHeader(h)?.role).toBe("goal"),
);
test("绩效指标 still names the indicator section, not a goal column", () =>
  expect(classifyIndicatorHeader("绩效指标")?.role).not.toBe("goal"));

const grid: CellValue[][] = [
  ["某市2021年度生态补偿资金项目分配表"],
  ["序号", "项目名称", "承担单位", "项目绩效", null, null, "补助资金(万元)"],
  [null, null, null, "治理水体", "污染负荷消减量(吨/年)", "生态改善目标", null],
  [1, "甲县水质自动监测站建设项目", "甲县生态环境分局", "城东湖", "", "提升水源地水质监管能力", 100],
  [2, "乙县农村生活污水治理项目", "乙县生态环境分局", "杭埠河", "COD 12", "杭埠河出境断面水质稳定达到Ⅲ类", 200],
];
const merges = ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3"];

test("each project's goal is read across the sub-columns, its cell the one headed 目标", () => {
  const forms = readSheet(snapshotFromGrid("分配表", grid, merges)).forms;
  expect(forms.map((f) => f.layout)).toEqual(["project-list", "project-list"]);
  expect(forms[0].goals[0]).toMatchObject({ cell: "F4", text: "城东湖；提升水源地水质监管能力" });
  expect(forms[1].goals[0].text).toBe("杭埠河；COD 12；杭埠河出境断面水质稳定达到Ⅲ类");
});

test("a goal with no figure is unmeasurable; one with a figure is not", () => {
  const f = checkSheet(snapshotFromGrid("分配表", grid, merges)).findings.filter((x) => x.rule === "goal-substance");
  expect(f.map((x) => [x.messageId, x.cell])).toEqual([["notMeasurable", "F4"]]);
});

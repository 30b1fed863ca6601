/**
 * Layout that says nothing: an empty margin around the form (Excel's used range takes in cells that are only
 * formatted, so the add-in's snapshot may start with blank rows and columns) and an empty spacer column between a label
 * and what it labels. Neither changes how a form is read.
 */
import { checkSheet } from "../../../src/core/check";
import { readSheet } from "../../../src/core/read/readSheet";
import { SheetGrid } from "../../../src/core/read/sheetGrid";
import { type CellValue, type SheetSnapshot, snapshotFromGrid } from "../../../src/core/snapshot";

/** A 项目支出绩效目标表 (芜湖-like) with a 资金性质 checkbox line and a budget section label merged down. */
function form(): CellValue[][] {
  return [
    ["项目支出绩效目标表", null, null, null, null],
    ["项目名称", "科普展教及运营维护", null, null, null],
    ["主管部门", "市科学技术协会", "实施单位", "市科技馆", null],
    ["资金性质", "☑经费拨款 □非税收入 □政府性基金", null, null, null],
    ["项目金额(万元)", "年度资金总额", null, 63, null],
    [null, "其中:财政拨款", null, 63, null],
    [null, "其他资金", null, 0, null],
    ["年度绩效目标", "全年开展科普展教活动不少于120场，接待观众不少于20万人次。", null, null, null],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
    [null, "产出指标", "数量指标", "科普展教活动场次", "≥120场"],
    [null, null, "质量指标", "展品完好率", "≥95%"],
    [null, null, "时效指标", "活动按计划完成率", "=100%"],
    [null, null, "成本指标", "场均活动成本", "≤0.5万元/场"],
    [null, "效益指标", "社会效益指标", "接待观众人次", "≥20万人次"],
    [null, "满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"],
  ];
}
const merges = [
  "A1:E1",
  "B2:E2",
  "D3:E3",
  "B4:E4",
  "A5:A7",
  "B5:C5",
  "D5:E5",
  "B6:C6",
  "D6:E6",
  "B7:C7",
  "D7:E7",
  "B8:E8",
  "A9:A15",
  "B10:B13",
];

const serious = (s: SheetSnapshot) =>
  checkSheet(s)
    .findings.filter((f) => f.severity === "error" || f.severity === "warning")
    .map((f) => `${f.rule}|${f.message}`)
    .sort();

/** The same grid with an empty column put in at `at` (merges across it take it in, the others move right). */
function withColumn(grid: CellValue[][], ms: string[], at: number): { grid: CellValue[][]; merges: string[] } {
  const col = (a1: string) => a1.charCodeAt(0) - 65;
  const moved = (a1: string, by: number) => `${String.fromCharCode(a1.charCodeAt(0) + by)}${a1.slice(1)}`;
  return {
    grid: grid.map((r) => [...r.slice(0, at), null, ...r.slice(at)]),
    merges: ms.map((m) => {
      const [a, b] = m.split(":");
      if (col(a) >= at) return `${moved(a, 1)}:${moved(b, 1)}`;
      return col(b) >= at ? `${a}:${moved(b, 1)}` : m;
    }),
  };
}

test("the form as published reports nothing serious", () => {
  expect(serious(snapshotFromGrid("表", form(), merges))).toEqual([]);
});

describe("an empty margin", () => {
  const margin = () => {
    const grid: CellValue[][] = [
      [null, null, null, null, null, null],
      [null, null, null, null, null, null],
    ];
    for (const r of form()) grid.push([null, ...r]);
    const moved = merges.map((m) =>
      m.replace(/([A-Z])(\d+)/g, (_, c: string, r: string) => `${String.fromCharCode(c.charCodeAt(0) + 1)}${Number(r) + 2}`),
    );
    return snapshotFromGrid("表", grid, moved);
  };

  test("the grid starts and ends where the text does", () => {
    const g = new SheetGrid(margin());
    expect({ top: g.top, left: g.left }).toEqual({ top: 2, left: 1 });
    expect(g.text(2, 1)).toBe("项目支出绩效目标表");
    // Empty rows and columns after the form (a used range reaching past it) are not the form's.
    const padded = form().map((r) => [...r, null, null, null]);
    for (let i = 0; i < 4; i++) padded.push([null, null, null, null, null, null, null, null]);
    const p = new SheetGrid(snapshotFromGrid("表", padded, merges));
    expect({ bottom: p.bottom, right: p.right }).toEqual({ bottom: 14, right: 4 });
  });

  test("the form reads and reports as it does without the margin", () => {
    const f = readSheet(margin()).forms[0];
    expect(f.fields.projectName?.text).toBe("科普展教及运营维护");
    expect(f.indicators?.tables[0].rows.length).toBe(6);
    expect(serious(margin())).toEqual([]);
  });
});

describe("a spacer column between the labels and the form", () => {
  const spaced = withColumn(form(), merges, 1);
  const snap = () => snapshotFromGrid("表", spaced.grid, spaced.merges);

  test("a field, a checkbox line and the budget section read across it", () => {
    const f = readSheet(snap()).forms[0];
    expect(f.fields.projectName).toMatchObject({ text: "科普展教及运营维护", cell: "C2" });
    expect(f.budget.annualTotal?.amountWan).toBe(63);
    const checkboxes = [...Object.values(f.checkboxes ?? {}), ...(f.otherCheckboxes ?? [])] as { label?: string }[];
    expect(JSON.stringify(checkboxes)).toContain("资金性质");
  });

  test("reports what the form without it reports", () => {
    expect(serious(snap())).toEqual(serious(snapshotFromGrid("表", form(), merges)));
  });
});

/**
 * A target written as the budget platform exports it — 指标性质 | 指标值 | 度量单位 in three columns ("≥" | 280 | "人次") —
 * says what "≥280人次" in one cell says, in whatever layout the table has (the benign-edit property's `split-values`
 * edits; thirteenth session).
 */
import { checkSheet } from "../../../src/core/check";
import { readSheet } from "../../../src/core/read/readSheet";
import { type CellValue, snapshotFromGrid } from "../../../src/core/snapshot";

const ew = (grid: CellValue[][], merges: string[]) =>
  checkSheet(snapshotFromGrid("表", grid, merges))
    .findings.filter((d) => d.severity !== "info")
    .map((d) => `${d.rule} ${d.cell} ${d.message}`);

describe("an outline export (one column holds unit, project and levels) with split value columns", () => {
  const tree = (rows: Array<[number, string, CellValue?, CellValue?, CellValue?]>): CellValue[][] => [
    ["某市疾病预防控制中心2020年项目绩效目标批复表", null, null, null, null],
    ["单位:元", null, null, null, null],
    ["项目", "指标性质", "指标值", "度量单位", "绩效金额"],
    [" 某市疾病预防控制中心", null, null, null, null],
    ["  疫苗及美沙酮药物", null, null, null, 3000000],
    ...rows.map(([depth, text, op, value, unit]): CellValue[] => [
      " ".repeat(depth) + text,
      op ?? null,
      value ?? null,
      unit ?? null,
      null,
    ]),
  ];
  const complete: Array<[number, string, CellValue?, CellValue?, CellValue?]> = [
    [3, "产出指标"],
    [4, "成本指标"],
    [5, "疫苗及药物采购总成本", "≤", 3000000, "元"],
    [4, "数量指标"],
    [5, "采购供应疫苗剂次", "≥", 60000, "剂次"],
    [4, "质量指标"],
    [5, "疫苗批签发证明齐全率", "=", 100, "%"],
    [4, "时效指标"],
    [5, "疫苗提供及时率", "=", 100, "%"],
    [3, "满意度指标"],
    [4, "服务对象满意度指标"],
    [5, "服务对象满意度", "≥", 95, "%"],
    [3, "效益指标"],
    [4, "社会效益指标"],
    [5, "辖区常用疫苗供应保障率", "定性", "保障供应", null],
  ];

  it("joins each row's 指标性质 and 度量单位 to its 指标值, as in a table", () => {
    const [f] = readSheet(snapshotFromGrid("表", tree(complete), ["A1:E1"])).forms;
    expect(f.layout).toBe("project-list");
    expect(f.indicators!.tables[0].rows.map((r) => [r.level3.text, r.values[0].text, r.values[0].cell])).toEqual([
      ["疫苗及药物采购总成本", "≤3000000元", "C8"],
      ["采购供应疫苗剂次", "≥60000剂次", "C10"],
      ["疫苗批签发证明齐全率", "=100%", "C12"],
      ["疫苗提供及时率", "=100%", "C14"],
      ["服务对象满意度", "≥95%", "C17"],
      ["辖区常用疫苗供应保障率", "保障供应", "C20"],
    ]);
    // (Before: "3000000", "60000", "100" … — each read without its sign and unit, eleven warnings on a correct table.)
    expect(ew(tree(complete), ["A1:E1"])).toEqual([]);
  });

  it("a sign left out is still said", () => {
    const missing = complete.map((r) => (r[1] === "采购供应疫苗剂次" ? ([r[0], r[1], null, r[3], r[4]] as typeof r) : r));
    expect(ew(tree(missing), ["A1:E1"]).filter((m) => m.startsWith("value-format C10"))).toHaveLength(1);
  });
});

describe("a 度量单位 column beside a 指标值 heading merged over its sub-headings, headed on the lower row only", () => {
  // 黄石 2022 批复表's header: 指标值 over 2021年实际实现值 | 预期2022年实现值, then a column the publisher added.
  const table = (unitHeading: CellValue): { grid: CellValue[][]; merges: string[] } => ({
    grid: [
      ["项目支出绩效目标批复表", null, null, null, null, null, null, null],
      ["项目名称", "主体班培训", null, "项目主管部门", "某市委党校", null, null, null],
      ["项目金额", "164万元", null, "项目期", "2022年", null, null, null],
      ["年度绩效目标", "举办主体班培训不少于280人次，学员结业考核合格率不低于95%。", null, null, null, null, null, null],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", null, null, "指标标准或依据"],
      [null, null, null, null, "2021年实际实现值", "预期2022年实现值", unitHeading, null],
      [null, "产出指标", "数量指标", "主体班培训人次", 260, "≥280", "人次", "计划标准"],
      [null, null, "质量指标", "学员结业考核合格率", 96, "≥95", "%", "历史标准"],
      [null, null, "时效指标", "年度培训计划完成时间", null, "≤2022年12月31日", null, "计划标准"],
      [null, null, "成本指标", "主体班人均培训成本", 5900, "≤5850", "元/人次", "预算支出标准"],
      [null, "效益指标", "社会效益指标", "参训学员结业后跟踪评估合格率", 88, "≥90", "%", "计划标准"],
      [null, "满意度指标", "服务对象满意度指标", "培训学员对培训效果满意度", 95, "≥95", "%", "历史标准"],
    ],
    merges: ["A1:H1", "B4:H4", "A5:A12", "B5:B6", "C5:C6", "D5:D6", "E5:F5", "H5:H6", "B7:B10"],
  });

  it("reads the column by its lower heading and joins its unit to the target", () => {
    const [f] = readSheet(snapshotFromGrid("表", table("度量单位").grid, table("度量单位").merges)).forms;
    const t = f.indicators!.tables[0];
    expect(t.rows.map((r) => r.values.map((v) => `${v.cell}=${v.text}`))).toEqual([
      ["F7=≥280人次"],
      ["F8=≥95%"],
      ["F9=≤2022年12月31日"],
      ["F10=≤5850元/人次"],
      ["F11=≥90%"],
      ["F12=≥95%"],
    ]);
    expect(t.rows[0].values[0].unitColumn).toEqual({ text: "人次", cell: "G7" });
    expect(ew(table("度量单位").grid, table("度量单位").merges)).toEqual([]);
  });

  it("without the heading the column is nobody's: the bare targets lack their unit", () => {
    const { grid, merges } = table(null);
    const [f] = readSheet(snapshotFromGrid("表", grid, merges)).forms;
    expect(f.indicators!.tables[0].rows[0].values[0].text).toBe("≥280");
    expect(ew(grid, merges).some((m) => m.startsWith("value-format F7"))).toBe(true);
  });
});

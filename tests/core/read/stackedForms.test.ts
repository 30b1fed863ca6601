/**
 * Several forms on one sheet, one under the other (a workbook that puts each project's form below the last): each form is
 * read from its own rows. What a column holds is judged on its own table, a form's heading ends the table above it, and
 * the lines at a form's top (附件1, 项目负责人 | 联系电话) are that form's (thirteenth session; the benign-edit property
 * writes every corpus sheet twice).
 */
import { checkSheet } from "../../../src/core/check";
import { isFormTitle } from "../../../src/core/read/labels";
import { readSheet } from "../../../src/core/read/readSheet";
import { type CellValue, snapshotFromGrid } from "../../../src/core/snapshot";

/** `rows` written `times` times, `gap` blank rows between, with each copy's merges. */
function stacked(rows: CellValue[][], merges: string[], times = 2, gap = 0): { grid: CellValue[][]; merges: string[] } {
  const grid: CellValue[][] = [];
  const out: string[] = [];
  for (let k = 0; k < times; k++) {
    const shift = grid.length;
    grid.push(...rows.map((r) => [...r]));
    for (const m of merges) out.push(m.replace(/\d+/g, (n) => String(Number(n) + shift)));
    if (k < times - 1) for (let g = 0; g < gap; g++) grid.push([]);
  }
  return { grid, merges: out };
}

const forms = (g: { grid: CellValue[][]; merges: string[] }) => readSheet(snapshotFromGrid("表", g.grid, g.merges)).forms;
const errorsAndWarnings = (g: { grid: CellValue[][]; merges: string[] }) =>
  checkSheet(snapshotFromGrid("表", g.grid, g.merges))
    .findings.filter((d) => d.severity !== "info")
    .map((d) => d.rule);

/** A 区域 transfer table whose 指标方向 column holds the comparison (秀屿 2025's layout, made up). */
const TRANSFER: CellValue[][] = [
  ["附件2"],
  ["某区2025年省级水利专项资金绩效目标表"],
  ["项目名称", null, "省级水利专项资金"],
  ["主管部门(单位)名称", null, "某区水利局"],
  ["资金情况(万元)", null, "资金总额", 35, "其中:财政拨款", 35, "其他资金", 0],
  ["总体目标", null, "开展2个防洪水利设施水毁修复，当年完工。"],
  ["绩效指标", "一级指标", "二级指标", "三级指标", "指标解释", "指标方向", "东城街道", "西河镇"],
  [null, "成本指标", "经济成本指标", "修复工程单位成本", "反映修复成本", "≤", "17.5万元/个", "17.5万元/个"],
  [null, "产出指标", "数量指标", "开展修复工程数量", "反映修复开展情况", "≥", "1个", "1个"],
  [null, null, "质量指标", "已建工程是否存在质量问题", "检查中是否发现质量问题", "是/否", "否", "否"],
  [null, null, "时效指标", "修复完工时间", "反映完工时间", "≤", "2025年12月31日", "2025年12月31日"],
  [null, "效益指标", "社会效益指标", "受益群众人数", "反映受益情况", "≥", "3000人", "3000人"],
  [null, "满意度指标", "服务对象满意度指标", "受益群众满意度", "反映满意程度", "≥", "90%", "90%"],
];
const TRANSFER_MERGES = ["A2:H2", "A3:B3", "C3:H3", "A4:B4", "C4:H4", "A5:B5", "A6:B6", "C6:H6", "A7:A13", "B9:B11"];

describe("a column is judged by its own table", () => {
  it.each([0, 2])(
    "a 指标方向 of comparisons stays the comparison column with the next form right under it (%i blank rows)",
    (gap) => {
      const once = forms({ grid: TRANSFER, merges: TRANSFER_MERGES });
      const twice = forms(stacked(TRANSFER, TRANSFER_MERGES, 2, gap));
      expect(twice).toHaveLength(2);
      const values = (f: (typeof once)[number]) => f.indicators!.tables[0].rows.map((r) => r.values[0].text);
      expect(values(once[0])).toEqual(["≤17.5万元/个", "≥1个", "否", "≤2025年12月31日", "≥3000人", "≥90%"]);
      // (Before: read down 200 rows, the next form's title, name and fields outweighed the six comparisons and the
      // column was taken for a direction: every target lost its sign in the first form.)
      for (const f of twice) expect(values(f)).toEqual(values(once[0]));
    },
  );

  it("a 指标名称 column of 二级 names stays the 二级 column with the next form under it", () => {
    const rows: CellValue[][] = [
      ["某市项目支出绩效监控表 (某项目)"],
      ["项目名称", "某项目"],
      ["主管部门", "某局", null, "项目执行单位", "某中心"],
      ["项目资金 (万元)", null, "年初预算数", null, "1-6月执行数"],
      [null, "年度资金总额:", 220, null, 87.57],
      ["绩效指标", "一级指标", "指标名称", "指标值", "半年度指标执行情况"],
      [null, "产出指标", "质量", null, null],
      [null, null, "时效", null, null],
      [null, null, "成本", "≤220万元", "已使用约40%"],
      [null, "效益指标", "社会效益", "举办有社会影响力的活动≥5场", "已举办3场"],
    ];
    const merges = ["A1:E1", "B2:E2", "A4:B4", "A6:A10", "B7:B9"];
    const twice = forms(stacked(rows, merges, 2, 2));
    expect(twice).toHaveLength(2);
    for (const f of twice)
      expect(f.indicators!.tables[0].rows.map((r) => [r.level2.text, r.level3.text])).toEqual([
        ["质量", ""],
        ["时效", ""],
        ["成本", ""],
        ["社会效益", ""],
      ]);
    // The empty 二级 groups are said on both copies alike.
    const findings = errorsAndWarnings(stacked(rows, merges, 2, 2));
    expect(findings.filter((r) => r === "level2-without-level3")).toHaveLength(4);
  });
});

describe("a form's heading ends the table above it, and the lines at its top are its own", () => {
  it("titles without 绩效, or naming a self-evaluation's result as published, name a form", () => {
    expect(isFormTitle("2021年度本专科生奖助学金项目自评结果")).toBe(true);
    expect(isFormTitle("某县民政局2022年度中央对地方转移支付项目绩效自评情况公示")).toBe(true);
    expect(isFormTitle("2022年度某市申报工作经费项目自评表")).toBe(true);
    expect(isFormTitle("2021年度本专科生奖助学金发放结果")).toBe(false);
    expect(isFormTitle("项目支出情况")).toBe(false);
  });

  it("two bare tables under such titles are two forms", () => {
    const rows: CellValue[][] = [
      ["2021年度本专科生奖助学金项目自评结果"],
      ["一级指标", "二级指标", "指标名称", "目标值", "实际完成值"],
      ["产出指标", "数量指标", "受资助学生人数", "≥14000人", "15935人"],
      ["产出指标", "质量指标", "奖助政策学生知晓率", "=100%", "100%"],
      ["效益指标", "社会效益指标", "家庭经济困难学生完成学业率", "≥98%", "100%"],
      ["满意度指标", "服务对象满意度指标", "资助学生满意度", "≥95%", "96%"],
    ];
    expect(forms({ grid: rows, merges: ["A1:E1"] })).toHaveLength(1);
    expect(forms(stacked(rows, ["A1:E1"], 2, 1)).map((f) => f.rowSpan.top)).toEqual([0, 7]);
  });

  it("an 附件 line over a title is the form's below, not the end of the form above", () => {
    const twice = forms(stacked(TRANSFER, TRANSFER_MERGES, 2, 0));
    expect(twice.map((f) => [f.rowSpan.top, f.rowSpan.bottom])).toEqual([
      [0, 12],
      [13, 25],
    ]);
  });

  it("a list of projects ends where its heading is written again (a second list right under it)", () => {
    const list: CellValue[][] = [
      ["某市2021年度生态补偿资金项目分配表"],
      ["序号", "项目名称", "承担单位", "项目绩效目标", "补助资金(万元)"],
      [1, "甲县水质自动监测站建设项目", "甲县生态环境分局", "建成水质自动站1座，数据有效率≥90%", 100],
      [2, "乙县饮用水源保护项目", "乙县生态环境分局", "完成水源地隔离防护2公里", 80],
    ];
    const twice = forms(stacked(list, ["A1:E1"], 2, 0));
    expect(twice.map((f) => f.fields.projectName?.text)).toEqual([
      "甲县水质自动监测站建设项目",
      "乙县饮用水源保护项目",
      "甲县水质自动监测站建设项目",
      "乙县饮用水源保护项目",
    ]);
  });
});

describe("a 项目负责人 | 联系电话 line above the 项目名称", () => {
  const form = (contact: CellValue[]): CellValue[][] => [
    contact,
    ["项目编码", "406-2020-01", "项目名称", "外聘人员经费"],
    ["申请单位", "某不动产登记中心", "主管部门", "某自然资源局"],
    ["年度资金总额(万元)", 1406.5, "实施期限", "2021年"],
    ["年度绩效目标", "按时足额发放外聘人员工资，保障240名外聘人员到岗。"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "外聘人员到岗人数", "≥240人"],
    ["产出指标", "质量指标", "外聘人员年度考核达标率", "≥90%"],
    ["产出指标", "时效指标", "工资按月发放率", "=100%"],
    ["产出指标", "成本指标", "人均年工资", "≤5.86万元/人"],
    ["效益指标", "社会效益指标", "不动产登记业务按时办结率", "≥98%"],
    ["满意度指标", "服务对象满意度指标", "办事群众满意度", "≥90%"],
  ];
  const footer: CellValue[][] = [[], ["填报人：", "李明", "联系电话：", "0731-84561234"]];

  it.each([
    ["in cells of their own", ["项目负责人", "梁某", "联系电话", null]],
    ["the first written with its value", ["项目负责人：梁某", null, "联系电话", null]],
  ])("is the form's first line (%s): its empty phone is said", (_, contact) => {
    const grid = form(contact as CellValue[]);
    const [f] = forms({ grid, merges: ["B5:D5"] });
    expect(f.rowSpan.top).toBe(0);
    expect(f.fields.contact?.text).toBe("梁某");
    expect(
      checkSheet(snapshotFromGrid("表", grid, ["B5:D5"])).findings.some((d) => d.rule === "required-field" && d.cell === "D1"),
    ).toBe(true);
  });

  it("the phone on a closing line under the indicator table (the 填报人's) does not fill the header's", () => {
    const grid = [...form(["项目负责人", "梁某", "联系电话", null]), ...footer];
    const [f] = forms({ grid, merges: ["B5:D5"] });
    expect(f.fields.phone?.cell).toBe("D1");
    expect(
      checkSheet(snapshotFromGrid("表", grid, ["B5:D5"])).findings.some((d) => d.rule === "required-field" && d.cell === "D1"),
    ).toBe(true);
  });
});

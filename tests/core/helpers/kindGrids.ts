/**
 * Correct tables of the other form kinds (modelled on the real ones in tests/fixtures/real): a 部门整体 form
 * (宁德 2019), a transfer-payment form with one target column per county (龙岩 2023) and a list of projects
 * (井研 2023). Each is complete and consistent: checkSheet reports no error and no warning.
 */
import type { CellValue } from "../../../src/core/snapshot";
import type { FormGrid } from "./formGrids";

/** 产出 (数量, 质量, 时效, 成本) · 效益 (社会效益) · 满意度, as [一级, 二级, 三级, 指标值]. */
const ROWS: [string, string, string, string][] = [
  ["产出指标", "数量指标", "编纂出版地方志书", "≥2部"],
  ["产出指标", "质量指标", "书稿审读合格率", "≥98%"],
  ["产出指标", "时效指标", "年鉴出版时间", "2019年12月31日前"],
  ["产出指标", "成本指标", "年鉴编纂出版经费", "≤49.8万元"],
  ["效益指标", "社会效益指标", "志鉴资料公开查阅人次", "≥5000人次"],
  ["满意度指标", "服务对象满意度指标", "读者满意度", "≥90%"],
];

/** `amounts`: 资金总额, 项目支出, 基本支出, and the 履职目标 lines (two projects, then 基本支出). */
export function departmentOverallGrid(
  amounts: { total?: number; project?: number; basic?: number; lines?: [number, number, number] } = {},
): FormGrid {
  const { total = 171.41, project = 60.8, basic = 110.61, lines = [49.8, 11, 110.61] } = amounts;
  const grid: CellValue[][] = [
    ["部门整体支出绩效目标表", null, null, null, null],
    ["部门(单位)名称", "中共宁德市委党史和地方志研究室", null, "部门预算编码", "901001033"],
    ["年度预算安排(万元)", "资金总额", null, total, null],
    [null, "项目支出", null, project, null],
    [null, "基本支出", null, basic, null],
    ["年度总体目标", "完成年度地方志书和年鉴的编纂出版，保障机关正常运转。", null, null, null],
    ["年度履职目标", "部门职能", "年度目标任务", "支出项目名称", "预算金额(万元)"],
    [null, "组织编纂地方志书", "完成市志编纂", "市志编纂与年鉴出版经费", lines[0]],
    [null, "地情资料研究", "完成地情调研", "地情研究经费", lines[1]],
    [null, "保障机关运转", "按时发放工资", "基本支出", lines[2]],
    ["一级指标", "二级指标", "三级指标", "指标解释", "目标值"],
    ...ROWS.map(([a, b, c, v]): CellValue[] => [a, b, c, `反映${c}`, v]),
  ];
  return { name: "部门整体", grid, merges: ["A1:E1", "B2:C2", "A3:A5", "B3:C3", "B4:C4", "B5:C5", "B6:E6", "A7:A10"] };
}

export function transferPaymentGrid(): FormGrid {
  const counties = ["新罗区", "永定区", "上杭县"];
  const perCounty = (v: string) => counties.map(() => v);
  const grid: CellValue[][] = [
    ["专项转移支付绩效目标表", null, null, null, null, null, null, null],
    ["部门(单位)名称", "龙岩市民族与宗教事务局", null, null, "补助区域", "新罗区、永定区、上杭县", null, null],
    ["项目名称", "宗教管理经费", null, null, "资金总额(万元)", 30, null, null],
    ["总体目标", "推进宗教活动场所规范化管理，提升管理服务水平。", null, null, null, null, null, null],
    ["一级指标", "二级指标", "三级指标", "指标解释", "区域目标值", null, null, null],
    [null, null, null, null, ...counties, null],
    ["产出指标", "数量指标", "补助宗教活动场所数量", "反映补助的场所数", "≥5个", "≥4个", "≥3个", null],
    ["产出指标", "质量指标", "项目资金使用合规率", "反映资金合规使用", ...perCounty("≥95%"), null],
    ["产出指标", "时效指标", "资金拨付完成时间", "反映资金及时到位", ...perCounty("2023年12月31日前"), null],
    ["产出指标", "成本指标", "每县补助资金", "反映补助标准", ...perCounty("≤10万元"), null],
    ["效益指标", "社会效益指标", "场所管理制度健全率", "反映管理规范化", ...perCounty("≥90%"), null],
    ["满意度指标", "服务对象满意度指标", "信教群众满意度", "反映群众满意程度", ...perCounty("≥90%"), null],
  ].map((r) => r.slice(0, 7));
  return {
    name: "转移支付",
    grid,
    merges: ["A1:G1", "B2:D2", "F2:G2", "B3:D3", "F3:G3", "B4:G4", "A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:G5"],
  };
}

export function projectListGrid(): FormGrid {
  const header = [
    "单位名称",
    "项目名称",
    "预算数",
    "年度目标",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标性质",
    "指标值",
    "度量单位",
    "权重",
    "指标方向性",
  ];
  const rows = (n: string, budget: number, goal: string, qty: number): CellValue[][] => [
    [null, n, budget, goal, "产出指标", "数量指标", "村组干部报酬发放人数", "≥", qty, "人", 20, "正向指标"],
    [null, null, null, null, "产出指标", "质量指标", "报酬足额发放率", "=", 100, "%", 20, "正向指标"],
    [null, null, null, null, "产出指标", "时效指标", "报酬发放完成时间", "≤", "2023年12月31日", "", 20, "反向指标"],
    [null, null, null, null, "产出指标", "成本指标", "项目支出", "≤", budget / 10000, "万元", 10, "反向指标"],
    [null, null, null, null, "效益指标", "社会效益指标", "村级组织正常运转率", "≥", 95, "%", 10, "正向指标"],
    [null, null, null, null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥", 90, "%", 10, "正向指标"],
  ];
  const grid: CellValue[][] = [
    ["部门预算项目绩效目标申报表(2023年度)", ...new Array<CellValue>(11).fill(null)],
    ["金额单位:元", ...new Array<CellValue>(11).fill(null)],
    header,
    ...rows("村组干部报酬", 3309840, "按时足额发放村组干部报酬", 230),
    ...rows("基层组织活动经费", 660000, "保障村级组织正常运转", 120),
  ];
  grid[3][0] = "820001-井研县马踏镇人民政府";
  return {
    name: "项目清单",
    grid,
    merges: ["A1:L1", "A2:L2", "A4:A15", "B4:B9", "C4:C9", "D4:D9", "B10:B15", "C10:C15", "D10:D15"],
  };
}

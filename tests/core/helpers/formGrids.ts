/**
 * Literal sheet grids of complete, correct 绩效目标表 for rule tests, in the two real layouts
 * (see shared/fixtures/README.md):
 *
 * - shenmuGrid(): 神木 "项目（政策）支出绩效表", columns A–G. Rows 1–24 are fixed (labels in A/B/C/D/E);
 *   the indicator rows start at row 25 (SHENMU_FIRST_INDICATOR_ROW). 一级 (B) and 二级 (C) are merged down
 *   over consecutive equal labels; D = 三级, E = 实施期总体目标值, F = 年度指标值, G = 备注.
 * - wuhaiGrid(): 乌海 "项目支出绩效目标申报表", columns A–H, with 资金来源, 预算明细 and two indicator
 *   halves (C/D/E = 中长期 二级/三级/指标值, F/G/H = 年度 二级/三级/指标值).
 *
 * Both are parameterised by overrides so a test can break exactly one thing; `cells` writes raw values
 * by A1 address last (null empties a cell). The base forms are correct: checkSheet reports no error
 * and no warning on them (tests/core/rules/baseForms.test.ts).
 */
import { type CellValue, type SheetSnapshot, fromA1, rangeFromA1, rangeToA1, snapshotFromGrid } from "../../../src/core/snapshot";

/** A literal grid plus its merged ranges (A1 strings), as handed to snapshotFromGrid. */
export interface FormGrid {
  name: string;
  grid: CellValue[][];
  merges: string[];
}

export function toSnapshot(g: FormGrid | SheetSnapshot): SheetSnapshot {
  return "grid" in g ? snapshotFromGrid(g.name, g.grid, g.merges) : g;
}

/** One indicator row: [一级, 二级, 三级, 实施期（中长期）值, 年度值] (+ 备注 for 神木). */
export type IndicatorRowSpec = [string, string, string, string, string] | [string, string, string, string, string, string];

/** Writes values and merges into a growing grid (the literal forms here and in hunanGrid.ts). */
export class GridWriter {
  readonly grid: CellValue[][] = [];
  readonly merges: string[] = [];

  constructor(private readonly width: number) {}

  private ensure(row: number): void {
    while (this.grid.length <= row) this.grid.push(new Array<CellValue>(this.width).fill(null));
  }

  /** Writes `value` at the top-left of `range` ("B3" or "B3:C3") and records the merge when it spans cells. */
  put(range: string, value: CellValue): void {
    const r = rangeFromA1(range);
    this.ensure(r.bottom);
    this.grid[r.top][r.left] = value === undefined ? null : value;
    if (r.bottom > r.top || r.right > r.left) this.merges.push(range);
  }

  /** Sets one cell without touching merges (raw override). */
  set(a1: string, value: CellValue): void {
    const p = fromA1(a1);
    this.ensure(p.row);
    while (this.grid[p.row].length <= p.col) this.grid[p.row].push(null);
    this.grid[p.row][p.col] = value;
  }

  finish(name: string, dropMerges: readonly string[] = []): FormGrid {
    return { name, grid: this.grid, merges: this.merges.filter((m) => !dropMerges.includes(m)) };
  }
}

/** Runs of equal keys: [[start, end], …] (inclusive indexes). */
function runs<T>(items: readonly T[], key: (t: T) => string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 1; i <= items.length; i++) {
    if (i === items.length || key(items[i]) !== key(items[start])) {
      if (items.length > 0) out.push([start, i - 1]);
      start = i;
    }
  }
  return out;
}

function col(letter: string, row: number): string {
  return `${letter}${row}`;
}

function span(l1: string, r1: number, l2: string, r2: number): string {
  return l1 === l2 && r1 === r2 ? `${l1}${r1}` : `${l1}${r1}:${l2}${r2}`;
}

// ---------------------------------------------------------------------------------------------
// 神木: 项目（政策）支出绩效表
// ---------------------------------------------------------------------------------------------

/** Value cells of the 神木 header (top-left of their merge). */
export const SHENMU_CELLS = {
  项目名称: "B3",
  项目实施起止时间: "E3",
  主管部门: "B4",
  项目实施单位: "E4",
  项目预算: "B5",
  项目属性: "E5",
  项目期限: "B6",
  项目口径: "E6",
  设立依据: "B7",
  项目概述: "B8",
  经费测算: "B9",
  项目实施方案: "B10",
  评估方式: "C11",
  参与: "F11",
  评估结果: "C12",
  /** Label and score in one cell ("评估得分：95"). */
  评估得分: "E12",
  /** Label and code in one cell ("事前绩效评估编号：JXPG…"). */
  事前绩效评估编号: "F12",
  立项必要性: "C13",
  投入经济性: "C14",
  绩效目标合理性: "C15",
  项目可行性: "C16",
  筹资合规性: "C17",
  实施期资金总额: "D18",
  实施期财政拨款: "D19",
  实施期其他资金: "D20",
  年度资金总额: "F18",
  年度财政拨款: "F19",
  年度其他资金: "F20",
  当年预算变动情况及理由: "C21",
  实施期总体目标: "B23",
  年度目标: "E23",
} as const;
export type ShenmuField = keyof typeof SHENMU_CELLS;

export const SHENMU_FIRST_INDICATOR_ROW = 25;

/** The base 神木 indicator rows (rows 25–33). */
export const SHENMU_INDICATORS: readonly IndicatorRowSpec[] = [
  ["产出指标", "数量指标", "运维系统数量", "", "=3套"], // 25
  ["产出指标", "质量指标", "系统维护验收合格率", "", "=100%"], // 26
  ["产出指标", "时效指标", "故障修复时限", "", "≤24小时"], // 27
  ["产出指标", "时效指标", "年度维护完成时间", "", "2021.12.31前"], // 28
  ["产出指标", "成本指标", "系统维护费", "", "≤48万元"], // 29
  ["产出指标", "成本指标", "巡检服务费", "", "≤2万元"], // 30
  ["效益指标", "社会效益指标", "医保结算系统可用率", "", "≥99%"], // 31
  ["效益指标", "可持续影响指标", "数据安全事故次数", "", "=0次"], // 32
  ["满意度指标", "服务对象满意度指标", "系统使用人员满意度", "", "≥95%"], // 33
];

/** A one-year, fully and consistently filled 系统升级维护费 table (budget 50 万元). */
export const SHENMU_BASE: Readonly<Record<ShenmuField, CellValue>> = {
  项目名称: "系统升级维护费",
  项目实施起止时间: "2021.01.01-2021.12.31",
  主管部门: "神木市医疗保障局",
  项目实施单位: "神木市医疗保障局",
  项目预算: 50,
  项目属性: "□新增项目 ☑延续项目",
  项目期限: "1年",
  项目口径: "□一次性项目 □阶段性项目 ☑经常性项目",
  设立依据: "根据神医保发〔2021〕4号文件，设立医保信息系统升级维护项目。",
  项目概述: "榆林市医疗报销系统、神木市医疗报销系统、神木市医疗监管系统共三套系统的升级维护。",
  经费测算: "系统维护费48万元、巡检服务费2万元，合计50万元",
  项目实施方案: "按合同约定的维护项目和费用结算方式，由运维公司每月巡检、按季度结算。",
  评估方式: "□专家咨询 □现场调研 □问卷调查 □座谈会 ☑党委(组)会 □市财政局 □其他",
  参与: "参与 □人大代表 □政协委员",
  评估结果: "☑予以支持 □部分支持",
  评估得分: "评估得分：95",
  事前绩效评估编号: "事前绩效评估编号：JXPG202140400101",
  立项必要性: "三套系统是全市医保报销和监管的基础，必须持续维护。",
  投入经济性: "维护费按合同价测算，不高于同类系统市场价。",
  绩效目标合理性: "目标与维护内容对应，指标可量化。",
  项目可行性: "运维公司已连续服务三年，方案可行。",
  筹资合规性: "财政拨款",
  实施期资金总额: 50,
  实施期财政拨款: 50,
  实施期其他资金: null,
  年度资金总额: 50,
  年度财政拨款: 50,
  年度其他资金: null,
  当年预算变动情况及理由: "无变动",
  实施期总体目标: "保障三套医保信息系统稳定运行，参保人员刷卡购药、报销结算不中断。",
  年度目标: "2021年完成三套系统的升级维护，系统可用率不低于99%，故障24小时内修复。",
};

export interface ShenmuOptions {
  sheetName?: string;
  title?: CellValue;
  subtitle?: CellValue;
  /** Header values by field (null empties the cell). */
  fields?: Partial<Record<ShenmuField, CellValue>>;
  /** Indicator rows; default SHENMU_INDICATORS. */
  indicators?: readonly IndicatorRowSpec[];
  /** Write the indicator header and rows at all (default true). */
  indicatorBlock?: boolean;
  /** Merge equal consecutive 一级/二级 labels (default true); false writes them on every row, unmerged. */
  mergeLevels?: boolean;
  /** Raw cell overrides by A1, applied last. */
  cells?: Record<string, CellValue>;
  /** Merges (as written by the builder, e.g. "F12:G12") to leave out. */
  dropMerges?: string[];
}

/** Builds a 神木-style 项目（政策）支出绩效表. */
export function shenmuGrid(options: ShenmuOptions = {}): FormGrid {
  const v: Record<ShenmuField, CellValue> = { ...SHENMU_BASE, ...options.fields };
  const w = new GridWriter(7);
  w.put("A1:G1", options.title === undefined ? "项目（政策）支出绩效表" : options.title);
  w.put("A2:G2", options.subtitle === undefined ? "（2021年度）" : options.subtitle);
  const pair = (row: number, l1: string, v1: CellValue, l2: string, v2: CellValue) => {
    w.put(`A${row}`, l1);
    w.put(`B${row}:C${row}`, v1);
    w.put(`D${row}`, l2);
    w.put(`E${row}:G${row}`, v2);
  };
  pair(3, "项目名称", v.项目名称, "项目实施起止时间", v.项目实施起止时间);
  pair(4, "主管部门", v.主管部门, "项目实施单位", v.项目实施单位);
  pair(5, "项目预算（万元）", v.项目预算, "项目属性", v.项目属性);
  pair(6, "项目期限", v.项目期限, "项目口径", v.项目口径);
  const long: [number, string, ShenmuField][] = [
    [7, "设立依据", "设立依据"],
    [8, "项目概述", "项目概述"],
    [9, "经费测算（测算方法，测算依据）", "经费测算"],
    [10, "项目实施方案", "项目实施方案"],
  ];
  for (const [row, label, key] of long) {
    w.put(`A${row}`, label);
    w.put(`B${row}:G${row}`, v[key]);
  }
  // 事前绩效评估情况
  w.put("A11:A17", "事前绩效评估情况");
  w.put("B11", "评估方式");
  w.put("C11:E11", v.评估方式);
  w.put("F11:G11", v.参与);
  w.put("B12", "评估结果");
  w.put("C12:D12", v.评估结果);
  w.put("E12", v.评估得分);
  w.put("F12:G12", v.事前绩效评估编号);
  const dims: ShenmuField[] = ["立项必要性", "投入经济性", "绩效目标合理性", "项目可行性", "筹资合规性"];
  dims.forEach((k, i) => {
    w.put(`B${13 + i}`, k);
    w.put(`C${13 + i}:G${13 + i}`, v[k]);
  });
  // 预算安排情况
  w.put("A18:A21", "预算安排情况");
  w.put("B18:B20", "资金金额（万元）");
  const money: [number, string, ShenmuField, string, ShenmuField][] = [
    [18, "实施期资金总额：", "实施期资金总额", "年度资金总额：", "年度资金总额"],
    [19, "其中：财政拨款", "实施期财政拨款", "其中：财政拨款", "年度财政拨款"],
    [20, "其他资金", "实施期其他资金", "其他资金", "年度其他资金"],
  ];
  for (const [row, l1, k1, l2, k2] of money) {
    w.put(`C${row}`, l1);
    w.put(`D${row}`, v[k1]);
    w.put(`E${row}`, l2);
    w.put(`F${row}:G${row}`, v[k2]);
  }
  w.put("B21", "当年预算变动情况及理由");
  w.put("C21:G21", v.当年预算变动情况及理由);
  // 绩效目标
  w.put("A22:A23", "绩效目标");
  w.put("B22:D22", "实施期总体目标");
  w.put("E22:G22", "年度目标");
  w.put("B23:D23", v.实施期总体目标);
  w.put("E23:G23", v.年度目标);
  // 绩效指标
  if (options.indicatorBlock !== false) {
    const rows = options.indicators ?? SHENMU_INDICATORS;
    const first = SHENMU_FIRST_INDICATOR_ROW;
    w.put(span("A", 24, "A", 24 + rows.length), "绩效指标");
    ["一级指标", "二级指标", "三级指标", "实施期总体目标值", "年度指标值", "备注"].forEach((h, i) =>
      w.put(`${"BCDEFG"[i]}24`, h),
    );
    rows.forEach((r, i) => {
      w.put(col("D", first + i), r[2]);
      w.put(col("E", first + i), r[3]);
      w.put(col("F", first + i), r[4]);
      w.put(col("G", first + i), r[5] ?? "");
    });
    writeLevels(w, rows, first, "B", "C", options.mergeLevels !== false, (r) => r[1]);
  }
  for (const [a1, value] of Object.entries(options.cells ?? {})) w.set(a1, value);
  return w.finish(options.sheetName ?? "系统升级维护费", options.dropMerges);
}

/** 一级 merged down over equal consecutive labels; 二级 merged within each 一级 group. */
function writeLevels(
  w: GridWriter,
  rows: readonly IndicatorRowSpec[],
  first: number,
  l1Col: string,
  l2Col: string,
  merge: boolean,
  level2Of: (r: IndicatorRowSpec) => string,
): void {
  if (!merge) {
    rows.forEach((r, i) => {
      w.put(col(l1Col, first + i), r[0]);
      w.put(col(l2Col, first + i), level2Of(r));
    });
    return;
  }
  for (const [s, e] of runs(rows, (r) => r[0])) {
    w.put(span(l1Col, first + s, l1Col, first + e), rows[s][0]);
    const group = rows.slice(s, e + 1);
    for (const [a, b] of runs(group, level2Of)) w.put(span(l2Col, first + s + a, l2Col, first + s + b), level2Of(group[a]));
  }
}

/** The base 神木 table rewritten for 财预〔2021〕101号: 成本指标 is a 一级 with 经济成本指标. */
export const CORE_101_ROWS: readonly IndicatorRowSpec[] = [
  ["成本指标", "经济成本指标", "系统维护费", "", "≤48万元"],
  ["成本指标", "经济成本指标", "巡检服务费", "", "≤2万元"],
  ["产出指标", "数量指标", "运维系统数量", "", "=3套"],
  ["产出指标", "质量指标", "系统维护验收合格率", "", "=100%"],
  ["产出指标", "时效指标", "故障修复时限", "", "≤24小时"],
  ["效益指标", "社会效益指标", "医保结算系统可用率", "", "≥99%"],
  ["满意度指标", "服务对象满意度指标", "系统使用人员满意度", "", "≥95%"],
];

// ---------------------------------------------------------------------------------------------
// 乌海: 项目支出绩效目标申报表
// ---------------------------------------------------------------------------------------------

export const WUHAI_CELLS = {
  项目名称: "C2",
  主管部门及主管部门编码: "D3",
  主管部门负责人及联系电话: "H3",
  项目单位: "D4",
  项目单位负责人及联系电话: "H4",
  部门职能: "D5",
  预算功能科目: "D6",
  项目属性: "H6",
  项目实施起止时间: "D7",
  项目概况: "D8",
  项目立项依据: "D9",
  项目实施必要性及可行性: "D10",
  项目资金总额: "B13",
  上年度项目资金结转: "D13",
  本年度预算申请: "F13",
  本年度安排其他资金: "H13",
} as const;
export type WuhaiField = keyof typeof WUHAI_CELLS;

export const WUHAI_BASE: Readonly<Record<WuhaiField, CellValue>> = {
  项目名称: "反欺诈专项经费",
  主管部门及主管部门编码: "乌海市医疗保障局 101",
  主管部门负责人及联系电话: "张三 3158081",
  项目单位: "乌海市医疗保险管理服务局",
  项目单位负责人及联系电话: "李四 3158082",
  部门职能: "负责全市医疗、工伤、生育保险业务经办工作，对定点医疗机构的服务进行监管。",
  预算功能科目: "2101506",
  项目属性: "延续",
  项目实施起止时间: "2021-01至2021-12",
  项目概况: "对转外医疗费用进行外调稽核，对定点医疗机构、参保人员医疗违规行为进行查处。",
  项目立项依据: "国家医疗保障局关于做好2019年医疗保障基金监管工作的通知（医保发〔2019〕14号）",
  项目实施必要性及可行性: "加强对定点医疗机构的监管，对医保基金安全运行具有重要意义；稽核队伍已组建，可行。",
  项目资金总额: 15,
  上年度项目资金结转: null,
  本年度预算申请: 15,
  本年度安排其他资金: null,
};

/** [明细项目名称, 金额（万元）, 起止时间（年、月）] */
export type DetailRowSpec = [CellValue, CellValue, CellValue];

export const WUHAI_DETAILS: readonly DetailRowSpec[] = [
  ["差旅费", 3, "2021.01-2021.12"],
  ["宣传品印制费", 4, "2021.01-2021.12"],
  ["第三方服务费", 8, "2021.01-2021.12"],
];

/**
 * Base 乌海 indicator rows: the 年度 half is filled, the 中长期 half carries the 二级 labels only
 * (a one-year project). Rows start at wuhaiFirstIndicatorRow() (row 22 with three detail lines).
 */
export const WUHAI_INDICATORS: readonly IndicatorRowSpec[] = [
  ["产出指标", "数量指标", "外调稽核人次", "", "≥120人次"], // 22
  ["产出指标", "质量指标", "定点稽核覆盖率", "", "≥95%"], // 23
  ["产出指标", "时效指标", "稽核任务完成时间", "", "2021.12.31前"], // 24
  ["产出指标", "成本指标", "宣传品印制成本", "", "≤4万元"], // 25
  ["产出指标", "成本指标", "第三方服务成本", "", "≤8万元"], // 26
  ["效益指标", "经济效益指标", "追缴违规基金到位率", "", "≥90%"], // 27
  ["效益指标", "社会效益指标", "违规案件查处率", "", "=100%"], // 28
  ["满意度指标", "服务对象满意度指标", "参保人满意度", "", "≥95%"], // 29
];

/** One row of a 乌海 indicator table with both halves written out. */
export interface WuhaiIndicatorRow {
  level1: string;
  /** [二级, 三级, 指标值] of the 中长期 half. */
  left: [string, string, string];
  /** [二级, 三级, 指标值] of the 年度 half. */
  right: [string, string, string];
}

export interface WuhaiOptions {
  sheetName?: string;
  title?: CellValue;
  fields?: Partial<Record<WuhaiField, CellValue>>;
  details?: readonly DetailRowSpec[];
  /** 合计 amount; default the sum of the detail amounts; "omit" leaves out the 合计 row. */
  detailTotal?: CellValue | "omit";
  /** 项目总体目标 rows; null leaves them out (乌海 sheet 2 has no 总体目标 part). */
  goals?: { header?: string; implementation?: string; annual?: string } | null;
  /**
   * Indicator rows. An array row [一级, 二级, 三级, 中长期值, 年度值] writes 二级 in both halves, 三级 and
   * 年度值 in the 年度 half, and 三级 and 中长期值 in the 中长期 half when a 中长期值 is given.
   */
  indicators?: readonly (IndicatorRowSpec | WuhaiIndicatorRow)[];
  mergeLevels?: boolean;
  cells?: Record<string, CellValue>;
  dropMerges?: string[];
}

function wuhaiRow(r: IndicatorRowSpec | WuhaiIndicatorRow): WuhaiIndicatorRow {
  if (!Array.isArray(r)) return r;
  const [l1, l2, l3, impl, annual] = r;
  return { level1: l1, left: [l2, impl ? l3 : "", impl], right: [l2, l3, annual] };
}

/** First indicator row of a 乌海 grid with `detailCount` detail lines (and a 合计 row and the 总体目标 rows). */
export function wuhaiFirstIndicatorRow(detailCount = WUHAI_DETAILS.length): number {
  return 19 + detailCount;
}

/** Builds a 乌海-style 项目支出绩效目标申报表. */
export function wuhaiGrid(options: WuhaiOptions = {}): FormGrid {
  const v: Record<WuhaiField, CellValue> = { ...WUHAI_BASE, ...options.fields };
  const w = new GridWriter(8);
  w.put("A1:H1", options.title === undefined ? "项目支出绩效目标申报表" : options.title);
  w.put("A2:B2", "项目名称：");
  w.put("C2:H2", v.项目名称);
  w.put("A3:A5", "项目单位基本情况");
  w.put("B3:C3", "主管部门及主管部门编码");
  w.put("D3:E3", v.主管部门及主管部门编码);
  w.put("F3:G3", "主管部门负责人及联系电话");
  w.put("H3", v.主管部门负责人及联系电话);
  w.put("B4:C4", "项目单位");
  w.put("D4:E4", v.项目单位);
  w.put("F4:G4", "项目单位负责人及联系电话");
  w.put("H4", v.项目单位负责人及联系电话);
  w.put("B5:C5", "部门职能");
  w.put("D5:H5", v.部门职能);
  w.put("A6:A10", "项目基本情况");
  w.put("B6:C6", "预算功能科目");
  w.put("D6:E6", v.预算功能科目);
  w.put("F6:G6", "项目属性");
  w.put("H6", v.项目属性);
  const basics: [number, string, WuhaiField][] = [
    [7, "项目实施起止时间（年月）", "项目实施起止时间"],
    [8, "项目概况", "项目概况"],
    [9, "项目立项依据", "项目立项依据"],
    [10, "项目实施必要性及可行性", "项目实施必要性及可行性"],
  ];
  for (const [row, label, key] of basics) {
    w.put(`B${row}:C${row}`, label);
    w.put(`D${row}:H${row}`, v[key]);
  }
  w.put("A11:A13", "项目资金来源（万元）");
  w.put("B11:C12", "项目资金总额");
  w.put("D11:H11", "项目资金构成");
  w.put("D12:E12", "上年度项目资金结转");
  w.put("F12:G12", "本年度预算申请");
  w.put("H12", "本年度安排其他资金");
  w.put("B13:C13", v.项目资金总额);
  w.put("D13:E13", v.上年度项目资金结转);
  w.put("F13:G13", v.本年度预算申请);
  w.put("H13", v.本年度安排其他资金);
  // 项目预算明细
  const details = options.details ?? WUHAI_DETAILS;
  const withTotal = options.detailTotal !== "omit";
  let r = 14;
  const detailTop = r;
  w.put("B14:D14", "明细项目名称");
  w.put("E14:F14", "金额（万元）");
  w.put("G14:H14", "起止时间（年、月）");
  r++;
  for (const [name, amount, period] of details) {
    w.put(`B${r}:D${r}`, name);
    w.put(`E${r}:F${r}`, amount);
    w.put(`G${r}:H${r}`, period);
    r++;
  }
  if (withTotal) {
    const sum = details.reduce((acc, d) => acc + (typeof d[1] === "number" ? d[1] : 0), 0);
    w.put(`B${r}:D${r}`, "合计");
    w.put(`E${r}:F${r}`, options.detailTotal === undefined ? sum : (options.detailTotal as CellValue));
    w.put(`G${r}:H${r}`, null);
    r++;
  }
  w.put(span("A", detailTop, "A", r - 1), "项目预算明细");
  // 项目总体目标
  if (options.goals !== null) {
    const goals = options.goals ?? {};
    w.put(`A${r}:A${r + 1}`, "项目总体目标");
    w.put(`B${r}:E${r}`, goals.header ?? "中长期目标（2021年—2021年）");
    w.put(`F${r}:H${r}`, "年度目标");
    w.put(`B${r + 1}:E${r + 1}`, goals.implementation ?? "");
    w.put(
      `F${r + 1}:H${r + 1}`,
      goals.annual ?? "2021年完成外调稽核120人次以上，定点稽核覆盖率不低于95%，追缴违规基金到位率不低于90%。",
    );
    r += 2;
  }
  // 项目绩效指标
  const rows = (options.indicators ?? WUHAI_INDICATORS).map(wuhaiRow);
  const headerRow = r;
  w.put(span("A", headerRow, "A", headerRow + rows.length), "项目绩效指标");
  ["一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"].forEach((h, i) =>
    w.put(`${"BCDEFGH"[i]}${headerRow}`, h),
  );
  const first = headerRow + 1;
  rows.forEach((x, i) => {
    w.put(col("D", first + i), x.left[1]);
    w.put(col("E", first + i), x.left[2]);
    w.put(col("G", first + i), x.right[1]);
    w.put(col("H", first + i), x.right[2]);
  });
  const merge = options.mergeLevels !== false;
  if (!merge) {
    rows.forEach((x, i) => {
      w.put(col("B", first + i), x.level1);
      w.put(col("C", first + i), x.left[0]);
      w.put(col("F", first + i), x.right[0]);
    });
  } else {
    for (const [s, e] of runs(rows, (x) => x.level1)) {
      w.put(span("B", first + s, "B", first + e), rows[s].level1);
      const group = rows.slice(s, e + 1);
      for (const [a, b] of runs(group, (x) => x.left[0])) w.put(span("C", first + s + a, "C", first + s + b), group[a].left[0]);
      for (const [a, b] of runs(group, (x) => x.right[0])) w.put(span("F", first + s + a, "F", first + s + b), group[a].right[0]);
    }
  }
  for (const [a1, value] of Object.entries(options.cells ?? {})) w.set(a1, value);
  return w.finish(options.sheetName ?? "反欺诈专项经费", options.dropMerges);
}

// ---------------------------------------------------------------------------------------------
// Small helpers for building indicator lists
// ---------------------------------------------------------------------------------------------

/** The base rows with row `index` (0-based) replaced, or removed when `row` is null. */
export function replaceRow(rows: readonly IndicatorRowSpec[], index: number, row: IndicatorRowSpec | null): IndicatorRowSpec[] {
  const out = [...rows];
  if (row === null) out.splice(index, 1);
  else out[index] = row;
  return out;
}

/** The base rows with the 年度 value (5th item) of row `index` replaced. */
export function withAnnualValue(rows: readonly IndicatorRowSpec[], index: number, value: string): IndicatorRowSpec[] {
  const r = [...rows[index]] as IndicatorRowSpec;
  r[4] = value;
  return replaceRow(rows, index, r);
}

/** 神木 rows with each row's 实施期 value set equal to its 年度 value (for 长期 projects). */
export function withImplementationValues(rows: readonly IndicatorRowSpec[]): IndicatorRowSpec[] {
  return rows.map((r) => {
    const c = [...r] as IndicatorRowSpec;
    c[3] = c[4];
    return c;
  });
}

/** Two forms stacked vertically on one sheet, `gap` empty rows apart (the second one's merges shifted down). */
export function stackGrids(first: FormGrid, second: FormGrid, gap = 2): FormGrid {
  const offset = first.grid.length + gap;
  const shift = (m: string) => {
    const r = rangeFromA1(m);
    return rangeToA1({ ...r, top: r.top + offset, bottom: r.bottom + offset });
  };
  return {
    name: first.name,
    grid: [...first.grid, ...Array.from({ length: gap }, (): CellValue[] => []), ...second.grid],
    merges: [...first.merges, ...second.merges.map(shift)],
  };
}

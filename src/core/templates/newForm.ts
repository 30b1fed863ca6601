/**
 * "Or create": a complete new 绩效表 on a new sheet — the 神木 项目（政策）支出绩效表, the 乌海
 * 绩效目标申报表, or a 101号-style table (成本指标 first; 指标性质 | 指标值 | 度量单位 in separate columns) —
 * with every header field left empty for the unit to fill and the chosen template's indicators.
 */
import type { FrameworkId } from "../frameworks/framework";
import type { CellRange, CellValue, SheetSnapshot } from "../snapshot";
import { rangeFromA1 } from "../cellAddress";
import { frameworkOf, type RenderedRow, renderTemplate } from "./render";
import type { Template } from "./schema";

export type NewFormLayout = "policy-table" | "declaration-form" | "core-101-table";

export interface NewForm {
  snapshot: SheetSnapshot;
  /** Column widths in characters (for writers). */
  widths: number[];
  /** Rows (0-based) of the indicator header and the first/last indicator row. */
  indicatorRows: { header: number; first: number; last: number };
  rows: RenderedRow[];
}

class Grid {
  values: CellValue[][] = [];
  merges: CellRange[] = [];
  constructor(private readonly width: number) {}
  put(a1: string, value: CellValue): void {
    const r = rangeFromA1(a1);
    while (this.values.length <= r.bottom) this.values.push(new Array<CellValue>(this.width).fill(null));
    this.values[r.top][r.left] = value;
    const same = (m: CellRange) => m.top === r.top && m.left === r.left && m.bottom === r.bottom && m.right === r.right;
    if ((r.bottom > r.top || r.right > r.left) && !this.merges.some(same)) this.merges.push(r);
  }
}

const col = (i: number) => String.fromCharCode(65 + i);

function levelRuns(g: Grid, rows: RenderedRow[], first: number, c1: number, c2s: number[]): void {
  let s = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i < rows.length && rows[i].level1 === rows[s].level1) continue;
    g.put(i - 1 > s ? `${col(c1)}${first + s}:${col(c1)}${first + i - 1}` : `${col(c1)}${first + s}`, rows[s].level1);
    let t = s;
    for (let j = s + 1; j <= i; j++) {
      if (j < i && rows[j].level2 === rows[t].level2) continue;
      for (const c2 of c2s)
        g.put(j - 1 > t ? `${col(c2)}${first + t}:${col(c2)}${first + j - 1}` : `${col(c2)}${first + t}`, rows[t].level2);
      t = j;
    }
    s = i;
  }
}

/** Builds the new form. `year` labels the title (e.g. 2025); `sheetName` names the snapshot. */
export function newFormGrid(
  template: Template,
  layout: NewFormLayout,
  options: { sheetName: string; year?: number; framework?: FrameworkId },
): NewForm {
  const framework = layout === "core-101-table" ? "core-101" : (options.framework ?? "old-88");
  const rows = renderTemplate(template, frameworkOf(framework));
  const year = options.year ? `（${options.year}年度）` : "（    年度）";
  if (layout === "declaration-form") {
    const g = new Grid(8);
    g.put("A1:H1", "项目支出绩效目标申报表");
    g.put("A2:B2", "项目名称：");
    g.put("C2:H2", null);
    g.put("A3:A5", "项目单位基本情况");
    const pairs: [number, string, string][] = [
      [3, "主管部门及主管部门编码", "主管部门负责人及联系电话"],
      [4, "项目单位", "项目单位负责人及联系电话"],
    ];
    for (const [r, a, b] of pairs) {
      g.put(`B${r}:C${r}`, a);
      g.put(`D${r}:E${r}`, null);
      g.put(`F${r}:G${r}`, b);
    }
    g.put("B5:C5", "部门职能");
    g.put("D5:H5", null);
    g.put("A6:A10", "项目基本情况");
    g.put("B6:C6", "预算功能科目");
    g.put("D6:E6", null);
    g.put("F6:G6", "项目属性");
    ["项目实施起止时间（年月）", "项目概况", "项目立项依据", "项目实施必要性及可行性"].forEach((label, i) => {
      g.put(`B${7 + i}:C${7 + i}`, label);
      g.put(`D${7 + i}:H${7 + i}`, null);
    });
    g.put("A11:A13", "项目资金来源（万元）");
    g.put("B11:C12", "项目资金总额");
    g.put("D11:H11", "项目资金构成");
    g.put("D12:E12", "上年度项目资金结转");
    g.put("F12:G12", "本年度预算申请");
    g.put("H12", "本年度安排其他资金");
    g.put("B13:C13", null);
    g.put("D13:E13", null);
    g.put("F13:G13", null);
    g.put("A14:A16", "项目预算明细");
    g.put("B14:D14", "明细项目名称");
    g.put("E14:F14", "金额（万元）");
    g.put("G14:H14", "起止时间（年、月）");
    g.put("B15:D15", null);
    g.put("B16:D16", "合计");
    g.put("A17:A18", "项目总体目标");
    g.put("B17:E17", "中长期目标");
    g.put("F17:H17", "年度目标");
    g.put("B18:E18", null);
    g.put("F18:H18", null);
    const header = 19;
    const first = header + 1;
    g.put(`A${header}:A${first + rows.length - 1}`, "项目绩效指标");
    ["一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"].forEach((h, i) =>
      g.put(`${col(i + 1)}${header}`, h),
    );
    rows.forEach((r, i) => {
      g.put(`G${first + i}`, r.level3);
      g.put(`H${first + i}`, r.value);
    });
    levelRuns(g, rows, first, 1, [2, 5]);
    return {
      snapshot: { name: options.sheetName, origin: { row: 0, col: 0 }, values: g.values, merges: g.merges },
      widths: [10, 12, 14, 22, 14, 16, 24, 16],
      indicatorRows: { header: header - 1, first: first - 1, last: first + rows.length - 2 },
      rows,
    };
  }
  const split = layout === "core-101-table";
  const g = new Grid(split ? 8 : 7);
  const last = split ? "H" : "G";
  g.put(`A1:${last}1`, "项目（政策）支出绩效表");
  g.put(`A2:${last}2`, year);
  const pair = (r: number, a: string, b: string) => {
    g.put(`A${r}`, a);
    g.put(`B${r}:C${r}`, null);
    g.put(`D${r}`, b);
    g.put(`E${r}:${last}${r}`, null);
  };
  pair(3, "项目名称", "项目实施起止时间");
  pair(4, "主管部门", "项目实施单位");
  pair(5, "项目预算（万元）", "项目属性");
  pair(6, "项目期限", "项目口径");
  // Boxes to tick, as on the printed form.
  g.put(`E5:${last}5`, "□新增项目 □延续项目");
  g.put(`E6:${last}6`, "□一次性项目 □阶段性项目 □经常性项目");
  ["设立依据", "项目概述", "经费测算（测算方法，测算依据）", "项目实施方案"].forEach((label, i) => {
    g.put(`A${7 + i}`, label);
    g.put(`B${7 + i}:${last}${7 + i}`, null);
  });
  g.put("A11:A13", "预算安排情况");
  g.put("B11:B13", "资金金额（万元）");
  [
    ["实施期资金总额：", "年度资金总额："],
    ["其中：财政拨款", "其中：财政拨款"],
    ["其他资金", "其他资金"],
  ].forEach(([a, b], i) => {
    g.put(`C${11 + i}`, a);
    g.put(`D${11 + i}`, null);
    g.put(`E${11 + i}`, b);
    g.put(`F${11 + i}:${last}${11 + i}`, null);
  });
  g.put("A14:A15", "绩效目标");
  g.put("B14:D14", "实施期总体目标");
  g.put(`E14:${last}14`, "年度目标");
  g.put("B15:D15", null);
  g.put(`E15:${last}15`, null);
  const header = 16;
  const first = header + 1;
  g.put(`A${header}:A${first + rows.length - 1}`, "绩效指标");
  const heads = split
    ? ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "备注"]
    : ["一级指标", "二级指标", "三级指标", "实施期总体目标值", "年度指标值", "备注"];
  heads.forEach((h, i) => g.put(`${col(i + 1)}${header}`, h));
  rows.forEach((r, i) => {
    g.put(`D${first + i}`, r.level3);
    if (split) {
      const quantitative = r.operator === "≥" || r.operator === "≤" || r.operator === "=";
      g.put(`E${first + i}`, quantitative ? r.operator : "定性");
      g.put(`F${first + i}`, quantitative ? r.core : r.value);
      g.put(`G${first + i}`, quantitative ? r.unit : "");
    } else g.put(`F${first + i}`, r.value);
  });
  levelRuns(g, rows, first, 1, [2]);
  return {
    snapshot: { name: options.sheetName, origin: { row: 0, col: 0 }, values: g.values, merges: g.merges },
    widths: split ? [10, 12, 14, 24, 10, 16, 10, 12] : [10, 12, 14, 24, 16, 18, 12],
    indicatorRows: { header: header - 1, first: first - 1, last: first + rows.length - 2 },
    rows,
  };
}

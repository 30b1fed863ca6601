/**
 * A literal 绩效目标自评表 grid (the 中江 2022 layout, tests/fixtures/real/zhongjiang-2022.xlsx) for the
 * self-evaluation rule tests, correct by default: 分值 add up per 一级 (产出 50, 效益 30, 满意度 10) and with
 * the 预算执行 10 to the 总分 100; every 得分 ≤ its 分值; 执行率 = 执行数 ÷ 预算数. Overrides break one thing.
 */
import type { CellValue } from "../../../src/core/snapshot";
import type { FormGrid } from "./formGrids";

/** [一级 (with its points), 二级, 三级, 分值, 年度指标值, 全年实际值, 得分, 未完成原因]. */
export type SelfEvalRow = [string, string, string, number | string, string, string, number | string, string];

export const SELF_EVAL_ROWS: SelfEvalRow[] = [
  ["产出指标(50分)", "数量指标", "安装坡面水标尺", 20, "≥266米", "270米", 20, ""],
  ["产出指标(50分)", "质量指标", "项目(工程)验收合格率", 10, "=100%", "100%", 10, ""],
  ["产出指标(50分)", "时效指标", "及时(按期)完工率", 10, "≥90%", "95%", 10, ""],
  ["产出指标(50分)", "成本指标", "项目计划总投资", 10, "≤20万元", "20万元", 10, ""],
  ["效益指标(30分)", "社会效益指标", "受益人口数", 30, "≥1000人", "1200人", 30, ""],
  ["满意度指标(10分)", "服务对象满意度指标", "受益群众满意度", 10, "≥95%", "96%", 10, ""],
];

export interface SelfEvalOptions {
  rows?: SelfEvalRow[];
  /** 全年预算数, 全年执行数, 分值, 执行率, 得分 (the 年度资金总额 line). */
  execution?: [number | string, number | string, number | string, string, number | string] | null;
  /** 总分 row: 分值, 得分. */
  total?: [number | string, number | string] | null;
  title?: string;
  /** The 年初设定目标 text. */
  goal?: string;
}

/** Columns A–I as in 中江: A 标签, B 一级, C 二级, D 三级, E 分值, F 年度指标值, G 全年实际值, H 得分, I 未完成原因. */
export function selfEvalGrid(options: SelfEvalOptions = {}): FormGrid {
  const rows = options.rows ?? SELF_EVAL_ROWS;
  const execution = options.execution === undefined ? [20, 20, 10, "100.00%", 10] : options.execution;
  const total = options.total === undefined ? [100, 100] : options.total;
  const grid: CellValue[][] = [];
  const merges: string[] = [];
  const put = (r: number, values: CellValue[]) => {
    while (grid.length <= r) grid.push(new Array<CellValue>(9).fill(null));
    values.forEach((v, c) => (grid[r][c] = v));
  };
  put(0, [options.title ?? "绩效目标自评表"]);
  merges.push("A1:I1");
  put(1, ["(2022年度)"]);
  merges.push("A2:I2");
  put(2, ["项目名称", "小型水库水标尺制作安装", null, null, null, "项目负责人及电话", null, "谢凯 0838-7221356", null]);
  merges.push("B3:E3", "F3:G3", "H3:I3");
  put(3, ["主管部门", "中江县水利局", null, null, null, "实施单位", null, "中江县水利局", null]);
  merges.push("B4:E4", "F4:G4", "H4:I4");
  put(4, ["资金情况(万元)", null, null, null, "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"]);
  merges.push("A5:A6", "B5:D5");
  if (execution) put(5, [null, "年度资金总额:", null, null, ...execution]);
  else put(5, [null, "年度资金总额:", null, null, 20, 20, null, null, null]);
  merges.push("B6:D6");
  put(6, ["年度总体目标", "年初设定目标", null, null, null, "年度总体目标完成情况综述", null, null, null]);
  merges.push("A7:A8", "B7:E7", "F7:I7");
  put(7, [
    null,
    options.goal ?? "对农村地区供水计量设施设备进行改造。",
    null,
    null,
    null,
    "已完成改造并投入使用。",
    null,
    null,
    null,
  ]);
  merges.push("B8:E8", "F8:I8");
  const header = 8;
  put(header, [
    "绩效指标",
    "一级指标",
    "二级指标",
    "三级指标",
    "分值",
    "年度指标值",
    "全年实际值",
    "得分",
    "未完成原因及拟采取的改进措施",
  ]);
  rows.forEach((r, i) => put(header + 1 + i, [null, ...r]));
  const last = header + rows.length;
  merges.push(`A9:A${last + 1}`);
  // Merge equal consecutive 一级 labels.
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i === rows.length || rows[i][0] !== rows[start][0]) {
      if (i - start > 1) merges.push(`B${header + 2 + start}:B${header + 1 + i}`);
      start = i;
    }
  }
  if (total) {
    put(last + 1, ["总分", null, null, null, total[0], null, null, total[1], null]);
    merges.push(`A${last + 2}:D${last + 2}`);
  }
  return { name: "自评", grid, merges };
}

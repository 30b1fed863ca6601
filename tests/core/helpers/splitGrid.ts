/**
 * A small 项目支出绩效目标表 with split value columns (一级 | 二级 | 三级 | 指标性质 | 指标值 | 度量单位), the
 * Sichuan 101-era layout (井研 2023, 大英 2023), correct by default. `rows` replaces the indicator rows.
 */
import type { CellValue } from "../../../src/core/snapshot";
import type { FormGrid } from "./formGrids";

/** [一级, 二级, 三级, 指标性质, 指标值, 度量单位]. */
export type SplitRow = [string, string, string, string, CellValue, string];

export const SPLIT_ROWS: SplitRow[] = [
  ["产出指标", "数量指标", "培训人次", "≥", 300, "人次"],
  ["产出指标", "质量指标", "培训合格率", "≥", 95, "%"],
  ["产出指标", "时效指标", "培训完成时间", "≤", "2023年11月30日", ""],
  ["产出指标", "成本指标", "培训经费", "≤", 12, "万元"],
  ["效益指标", "社会效益指标", "参训人员业务能力提升率", "≥", 90, "%"],
  ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥", 95, "%"],
];

export function splitGrid(rows: SplitRow[] = SPLIT_ROWS): FormGrid {
  const grid: CellValue[][] = [
    ["项目支出绩效目标表", null, null, null, null, null],
    ["项目名称", "业务培训经费", null, "主管部门", "某县人力资源和社会保障局", null],
    ["年度资金总额（万元）", 12, null, "实施单位", "某县人力资源和社会保障局", null],
    ["年度目标", "组织全县业务骨干培训300人次，合格率不低于95%。", null, null, null, null],
    ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
    ...rows.map((r) => [...r] as CellValue[]),
  ];
  return { name: "分列", grid, merges: ["A1:F1", "B2:C2", "E2:F2", "B3:C3", "E3:F3", "B4:F4"] };
}

/**
 * Two distinct, correct projects of one unit (神木 layout) for the cross-project tests, and helpers
 * to turn grids into the checks' input directly or through an .xlsx written with exceljs.
 */
import ExcelJS from "exceljs";
import { readWorkbookSnapshots } from "../../../src/cli/readWorkbookSnapshots";
import type { AcrossSheet } from "../../../src/core/across/checkAcross";
import { readSheet } from "../../../src/core/read/readSheet";
import { type CellValue, fromA1 } from "../../../src/core/snapshot";
import {
  type FormGrid,
  type IndicatorRowSpec,
  type ShenmuOptions,
  SHENMU_INDICATORS,
  shenmuGrid,
  toSnapshot,
} from "../helpers/formGrids";

/** Project A: the base 系统升级维护费 table (budget 50). */
export function projectA(options: ShenmuOptions = {}): FormGrid {
  return shenmuGrid({ sheetName: "系统升级维护费", ...options, fields: { ...options.fields } });
}

export const CARD_INDICATORS: readonly IndicatorRowSpec[] = [
  ["产出指标", "数量指标", "制卡数量", "", "≤25000张"], // 25
  ["产出指标", "质量指标", "制卡合格率", "", "=100%"], // 26
  ["产出指标", "时效指标", "补办卡时限", "", "≤1天"], // 27
  ["产出指标", "成本指标", "卡工本费", "", "≤2元/张"], // 28
  ["产出指标", "成本指标", "色带费用", "", "≤3万元"], // 29
  ["效益指标", "社会效益指标", "持卡人员覆盖率", "", "≥98%"], // 30
  ["效益指标", "可持续影响指标", "数据安全事故次数", "", "=0次"], // 31
  ["满意度指标", "服务对象满意度指标", "办卡人员满意度", "", "≥95%"], // 32
];

/** Project B: a 制卡费 table (budget 8) of the same unit, sharing one indicator (数据安全事故次数 =0次) with A. */
export function projectB(options: ShenmuOptions = {}): FormGrid {
  return shenmuGrid({
    sheetName: "制卡费",
    indicators: CARD_INDICATORS,
    ...options,
    fields: {
      项目名称: "制卡费",
      项目预算: 8,
      实施期资金总额: 8,
      实施期财政拨款: 8,
      年度资金总额: 8,
      年度财政拨款: 8,
      设立依据: "根据社会保障卡管理办法，为参保人员制发社会保障卡。",
      项目概述: "为全市新生儿及丢卡、卡消磁的城乡居民补办社会保障卡。",
      经费测算: "卡工本费2元×25000张=5万元，色带费用3万元，合计8万元",
      项目实施方案: "由医保中心窗口受理，委托制卡公司集中制卡。",
      实施期总体目标: "为新增和补办人员及时制发社会保障卡，人人持卡就医。",
      年度目标: "2021年补办社会保障卡不超过25000张，当天办结。",
      ...options.fields,
    },
  });
}

export { SHENMU_INDICATORS };

/** Grids → the checks' input (no file). */
export function sheetsOf(...grids: FormGrid[]): AcrossSheet[] {
  return grids.map((g) => {
    const snapshot = toSnapshot(g);
    return { sheet: g.name, forms: readSheet(snapshot).forms, snapshot };
  });
}

/** Writes grids (values and merges) as sheets of one .xlsx with exceljs. */
export async function writeGridsWorkbook(file: string, grids: readonly FormGrid[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const g of grids) {
    const ws = wb.addWorksheet(g.name);
    g.grid.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) ws.getCell(r + 1, c + 1).value = v;
      }),
    );
    for (const m of g.merges) ws.mergeCells(m);
  }
  await wb.xlsx.writeFile(file);
  return file;
}

/** Reads an .xlsx back into the checks' input. */
export async function sheetsOfWorkbook(file: string): Promise<AcrossSheet[]> {
  return (await readWorkbookSnapshots(file)).map((snapshot) => ({
    file,
    sheet: snapshot.name,
    forms: readSheet(snapshot).forms,
    snapshot,
  }));
}

/** A1 of a row/col pair, for readability in expectations. */
export function a1Row(a1: string): number {
  return fromA1(a1).row + 1;
}

/** A 部门整体 sheet: 项目支出 in row 5, then a listing of projects with amounts. */
export function summaryGrid(
  projectSpending: CellValue,
  listed: Array<[string, CellValue]>,
  unitNote = "单位：万元",
): CellValue[][] {
  return [
    ["部门整体支出绩效目标表", null, null],
    [unitNote, null, null],
    ["部门（单位）名称", "神木市医疗保障局", null],
    ["年度预算安排", "资金总额", 1000],
    [null, "项目支出", projectSpending],
    [null, "基本支出", 942],
    ["支出项目名称", null, "预算金额"],
    ...listed.map(([name, amount]): CellValue[] => [name, null, amount]),
  ];
}

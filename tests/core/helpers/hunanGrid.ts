/**
 * A 湖南-style 项目支出预算绩效目标申报表 (the layout of 岳阳楼区 2017 and 湘阴 2022, columns A–F), built literally so a test can
 * break one thing: its money block 项目资金申请(万元) | 项 目 | 上年度安排资金 | 本年度申请资金 and, under it, the detail budget
 * 支出明细预算(万元) | 项 目 | 上年度安排资金 | 本年度申请资金 | 测算依据及说明 — 合 计 first, the lines below it — then a
 * safeguards row merged across the table, the goals and one indicator table (一级 | 二级 | 三级 | 指标值).
 * The base form is complete and adds up (合计 40 = 21.4 + 9 + 5.6 + 4).
 */
import { columnLetters } from "../../../src/core/cellAddress";
import type { CellValue } from "../../../src/core/snapshot";
import { type FormGrid, GridWriter } from "./formGrids";

/** One detail line: [name, 上年度安排资金, 本年度申请资金, 测算依据] — a null name leaves the printed line's number only. */
export type HunanLine = [string | null, CellValue, CellValue, string];

export interface HunanOptions {
  /** The detail lines (four printed rows unless more are given); default the four filled lines of the base form. */
  lines?: HunanLine[];
  /** 合计 of the detail budget (本年度申请资金); null leaves it blank. */
  total?: CellValue;
  /** Extra raw cells by A1 address, written last. */
  cells?: Record<string, CellValue>;
}

export const HUNAN_LINES: HunanLine[] = [
  ["1.村(社区)流动人口专项调查补助", 21.4, 21.4, "107个村(社区)×2000元/个"],
  ["2.乡、街道专项调查工作经费", 9, 9, "15个乡、街道×6000元/个"],
  ["3.省、市专项调查", 5.6, 5.6, "调查表印制、入户调查员劳务"],
  ["4.区域协作", 4, 4, "跨区域协查核查差旅及信息费"],
];

export function hunanGrid(options: HunanOptions = {}): FormGrid {
  const lines = options.lines ?? HUNAN_LINES;
  const w = new GridWriter(6);
  const row = (r: number, cells: CellValue[]) => cells.forEach((v, c) => v !== null && w.set(`${columnLetters(c)}${r}`, v));
  w.put("A1:F1", "项目支出预算绩效目标申报表");
  w.put("A2:F2", "(2017年度)");
  w.put("A3:A7", "项目基本情况");
  row(3, [null, "项目名称"]);
  w.put("C3:F3", "流动人口公卫经费");
  row(4, [null, "主管部门", "楼区卫计局", "项目起止时间"]);
  w.put("E4:F4", "2017年1月至2017年12月");
  row(5, [null, "项目负责人", "郑文红", "联系电话"]);
  w.put("E5:F5", "137****6725");
  row(6, [null, "项目概况"]);
  w.put("C6:F6", "对全区1个乡、14个街道的107个村(社区)进行流动人口专项调查");
  row(7, [null, "项目立项依据"]);
  w.put("C7:F7", "《湖南省2017年度计划生育工作考评方案》");
  const end = 13 + lines.length;
  w.put(`A8:A${end}`, "项目资金情况");
  w.put("B8:B11", "项目资金申请(万元)");
  row(8, [null, null, "项 目", "上年度安排资金", "本年度申请资金"]);
  row(9, [null, null, "合 计", 40, 40]);
  row(10, [null, null, "区级资金", 40, 40]);
  row(11, [null, null, "市级资金"]);
  w.put(`B12:B${end}`, "支出明细预算(万元)");
  row(12, [null, null, "项 目", "上年度安排资金", "本年度申请资金", "测算依据及说明"]);
  const total = options.total === undefined ? 40 : options.total;
  row(13, [null, null, "合 计", total === null ? null : 40, total, "按调查对象数量和补助标准测算"]);
  lines.forEach(([name, last, current, basis], i) => row(14 + i, [null, null, name ?? `${i + 1}.`, last, current, basis]));
  let r = end + 1;
  w.put(`A${r}:B${r}`, "单位已有的(或拟订的)保证项目实施的制度、措施");
  w.put(`C${r}:F${r}`, "区卫计局流动人口专项经费管理办法(专款专用、按进度拨付)");
  r++;
  w.put(`A${r}:A${r + 1}`, "项目年度绩效目标情况");
  row(r, [null, "长期绩效目标"]);
  w.put(`C${r}:F${r}`, "建立健全流动人口服务管理长效机制,实现流动人口基本公共卫生计生服务均等化");
  row(r + 1, [null, "本年度绩效目标"]);
  w.put(`C${r + 1}:F${r + 1}`, "2017年完成省、市专项调查任务,对全区107个村(社区)进行流动人口专项调查");
  r += 2;
  const top = r;
  row(r++, [null, "一级指标", "二级指标"]);
  w.put(`D${top}:E${top}`, "三级指标");
  row(top, [null, null, null, null, null, "指标值"]);
  const indicators: [string, string, string, string][] = [
    ["产出指标", "数量指标", "专项调查覆盖村(社区)数", "=107个"],
    ["", "质量指标", "流动人口信息准确率", "≥95%"],
    ["", "时效指标", "全区专项调查完成时间", "≤2017年10月31日"],
    ["", "成本指标", "村(社区)调查补助标准", "=2000元/个"],
    ["效益指标", "社会效益指标", "流动人口基本公共卫生计生服务覆盖率", "≥90%"],
    ["", "可持续影响指标", "流动人口服务管理长效机制运行年限", "≥3年"],
    ["满意度指标", "服务对象满意度指标", "流动人口满意度", "≥90%"],
  ];
  for (const [, l2, l3, v] of indicators) {
    row(r, [null, null, l2, null, null, v]);
    w.put(`D${r}:E${r}`, l3);
    r++;
  }
  w.put(`A${top}:A${r - 1}`, "年度绩效指标");
  w.put(`B${top + 1}:B${top + 4}`, indicators[0][0]);
  w.put(`B${top + 5}:B${top + 6}`, indicators[4][0]);
  w.set(`B${top + 7}`, indicators[6][0]);
  for (const [a1, v] of Object.entries(options.cells ?? {})) w.set(a1, v);
  return w.finish("流动人口公卫经费");
}

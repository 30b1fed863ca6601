import { weightsTotal } from "../../../src/core/rules/weights-total";
import { SELF_EVAL_ROWS, type SelfEvalRow, selfEvalGrid } from "../helpers/selfEvalGrid";
import { testRule } from "../helpers/ruleTester";
import type { CellValue } from "../../../src/core/snapshot";
import type { FormGrid } from "../helpers/formGrids";

/** A 101号-style target table (奉节 2023) with a 权重 column: [一级, 二级, 三级, 指标值, 权重]. */
type TargetRow = [string, string, string, string, number];
const TARGET_ROWS: TargetRow[] = [
  ["成本指标(0-20)分", "经济成本指标", "项目建设成本", "≤65万元", 10],
  ["产出指标(40-50)分", "数量指标", "新建晾晒房数量", "＝1座", 20],
  ["产出指标(40-50)分", "质量指标", "工程竣工验收合格率", "＝100%", 15],
  ["产出指标(40-50)分", "时效指标", "主体工程完工时间", "≤2023年12月31日", 15],
  ["效益指标(20-30)分", "经济效益指标", "带动当地群众务工人数", "≥20人", 10],
  ["效益指标(20-30)分", "社会效益指标", "带动受益总人口", "≥200人", 10],
  ["满意度指标(10分)", "服务对象满意度指标", "受益群众满意度", "≥95%", 10],
];
function targetGrid(rows: TargetRow[] = TARGET_ROWS): FormGrid {
  const grid: CellValue[][] = [
    ["项目支出绩效目标审批表", null, null, null, null],
    ["项目名称", "中药材加工园配套设施建设", null, "主管部门", "某县农业农村委员会"],
    ["年度资金总额（万元）", 65, null, "实施单位", "某镇人民政府"],
    ["年度目标", "新建晾晒房1座，带动群众务工20人以上。", null, null, null],
    ["一级指标", "二级指标", "三级指标", "指标值", "权重"],
    ...rows.map((r) => [...r] as CellValue[]),
  ];
  return { name: "审批表", grid, merges: ["A1:E1", "B4:E4"] };
}
/** The same table with a 预算执行率权重(%) line under the goal (甘孜 2023): its weights add to 90. */
function withExecutionWeight(weight: CellValue): FormGrid {
  const base = targetGrid();
  const grid = [...base.grid.slice(0, 4), ["预算执行率权重(%):", weight, null, null, null], ...base.grid.slice(4)];
  return { name: base.name, grid, merges: base.merges };
}
const withTarget = (index: number, weight: number) =>
  targetGrid(TARGET_ROWS.map((r, i) => (i === index ? ([...r.slice(0, 4), weight] as TargetRow) : r)));

/** 黄石 2023's self-evaluation: the two parts print their points in their labels, and there is no 总分 row. */
function partsGrid(execution: number, indicators: number): FormGrid {
  const grid: CellValue[][] = [
    ["2023年度项目支出绩效自评表", null, null, null, null, null],
    ["项目名称", "校园维修改造及设备购置", null, null, null, null],
    ["主管部门", "某市教育局", null, "项目实施单位", "某市第三中学", null],
    [`预算执行情况(万元)(${execution}分)`, null, "预算数(A)", "执行数(B)", "执行率(B/A)", null],
    [null, "年度财政资金总额", "800万元", "800万元", "100%", null],
    [`年度绩效目标(${indicators}分)`, "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)"],
    [null, "产出指标", "数量指标", "维修改造教室", "=12间", "12间"],
    [null, "产出指标", "质量指标", "验收合格率", "=100%", "100%"],
    [null, "效益指标", "社会效益指标", "教学正常运转", "保障", "已保障"],
    [null, "满意度指标", "服务对象满意度指标", "教师满意度", "≥95%", "97%"],
  ];
  return { name: "自评表", grid, merges: ["A1:F1", "B2:F2", "A4:A5", "E5:F5", "A6:A10"] };
}

const relabel = (from: string, to: string): SelfEvalRow[] =>
  SELF_EVAL_ROWS.map((r) => (r[0] === from ? ([to, ...r.slice(1)] as SelfEvalRow) : r));

describe("weights-total.ts", () => {
  testRule(weightsTotal, {
    valid: [
      { name: "50 + 30 + 10 + 预算执行 10 = 总分 100", sheet: selfEvalGrid() },
      { name: "no 总分 row: 预算执行情况(10分) + 年度绩效目标(90分) = 100", sheet: partsGrid(10, 90) },
      { name: "a target table: each 一级 within its printed range, 90 in all (奉节 2023)", sheet: targetGrid() },
      {
        name: "no 总分 row and no points in labels: nothing to compare",
        sheet: selfEvalGrid({
          total: null,
          rows: SELF_EVAL_ROWS.map((r) => [r[0].replace(/\(\d+分\)/, ""), ...r.slice(1)] as SelfEvalRow),
        }),
      },
      { name: "甘孜 2023 corrected: weights 90 and 预算执行率权重 10", sheet: withExecutionWeight(10) },
    ],
    invalid: [
      {
        name: "甘孜 2023: 预算执行率权重(%) left empty while the indicators weigh 90",
        sheet: withExecutionWeight(null),
        errors: [
          {
            messageId: "executionWeightEmpty",
            cell: "B5",
            related: ["A5"],
            severity: "warning",
            params: { sum: 90, rest: 10 },
          },
        ],
      },
      {
        name: "预算执行率权重 20 on indicators of 90: 110",
        sheet: withExecutionWeight(20),
        errors: [{ messageId: "executionWeightSum", cell: "B5", severity: "warning", params: { weight: 20, total: 110 } }],
      },
      {
        name: "黄石 2023: 预算执行情况(20分) + 年度绩效目标(98分) = 118, not 100",
        sheet: partsGrid(20, 98),
        errors: [
          { messageId: "parts100", cell: "A6", related: ["A4"], severity: "warning", params: { sum: 118, executionPoints: 20 } },
        ],
      },
      {
        name: "a target table: 成本 weighs 25, outside its printed range 0–20 (and the total is 105)",
        sheet: withTarget(0, 25),
        errors: [
          { messageId: "level1Range", cell: "A6", severity: "warning", params: { low: 0, high: 20, sum: 25 } },
          { messageId: "sum100", cell: "E6", severity: "warning", params: { sum: 105 } },
        ],
      },
      {
        name: "a target table whose weights add up to 85 (each 一级 still within its range)",
        sheet: withTarget(2, 10),
        errors: [{ messageId: "sum100", cell: "E6", severity: "warning", params: { sum: 85 } }],
      },
      {
        name: "中江 2022: the 一级 labels say 70/20/10, the indicators add to 100 and the 预算执行 10 makes 110 against 总分 100",
        sheet: selfEvalGrid({
          rows: [
            ["产出指标(70分)", "数量指标", "安装坡面水标尺", 10, "≥266米", "≥266米", 10, ""],
            ["产出指标(70分)", "数量指标", "水标尺宽度", 10, "≥50厘米", "≥50厘米", 10, ""],
            ["产出指标(70分)", "质量指标", "验收合格率", 20, "=100%", "100%", 20, ""],
            ["产出指标(70分)", "时效指标", "及时开工率", 10, "≥90%", "≥90%", 10, ""],
            ["产出指标(70分)", "时效指标", "及时完工率", 10, "≥90%", "≥90%", 10, ""],
            ["产出指标(70分)", "成本指标", "项目计划总投资", 10, "≤20万元", "20万元", 10, ""],
            ["效益指标(20分)", "社会效益指标", "受益人口数", 10, "≥1000人", "≥1000人", 10, ""],
            ["效益指标(20分)", "社会效益指标", "生产生活条件改善", 10, "显著提升", "显著提升", 10, ""],
            ["满意度指标(10分)", "服务对象满意度指标", "受益户满意度", 10, "≥95%", "≥95%", 10, ""],
          ],
        }),
        errors: [{ messageId: "total", cell: "E19", related: ["G6"], params: { indicators: 100, sum: 110, total: 100 } }],
      },
      {
        name: "大英 2023: the 合计 row has a weight but no score",
        sheet: selfEvalGrid({ total: [100, ""] }),
        errors: [{ messageId: "totalScoreEmpty", cell: "H16", related: ["E16"], severity: "warning" }],
      },
      {
        name: "a 一级 label states 40 points but its indicators add to 50",
        sheet: selfEvalGrid({ rows: relabel("产出指标(50分)", "产出指标(40分)"), total: null }),
        errors: [{ messageId: "level1", cell: "B10", params: { points: 40, sum: 50 } }],
      },
      {
        name: "大英 2023 style: “绩效指标(90分)” part whose indicators add to 80",
        sheet: (() => {
          const g = selfEvalGrid({
            rows: SELF_EVAL_ROWS.map((r, i) => (i === 4 ? ([r[0], r[1], r[2], 20, r[4], r[5], 20, r[7]] as SelfEvalRow) : r)),
            total: null,
          });
          g.grid[8][0] = "绩效指标(90分)";
          return g;
        })(),
        errors: [
          { messageId: "level1", cell: "B14", params: { points: 30, sum: 20 } },
          { messageId: "section", cell: "A9", params: { points: 90, sum: 80 } },
        ],
      },
    ],
  });
});

describe("weights-total.ts — a scored 资金管理情况 list counts toward the 总分 (徽州 2025)", () => {
  const huizhou = (manage: number[]): FormGrid => ({
    name: "自评",
    grid: [
      ["国家电影事业发展专项资金转移支付区域(项目)绩效自评表", null, null, null, null, null, null, null],
      ["转移支付(项目)名称", "国家电影事业发展专项资金", null, null, null, null, null, null],
      ["资金投入情况(万元)", null, "全年预算数(A)", "全年执行数(B)", "分值", "预算执行率(B/A×100%)", "得分", null],
      ["年度资金总额:", null, 4, 4, 10, "100%", 10, null],
      ["资金管理情况", null, "情况说明", null, "分值", "得分", "存在问题和改进措施", null],
      ["分配科学性", null, "资金全部拨付至影院", null, manage[0], manage[0], null, null],
      ["下达及时性", null, "资金已拨付至影院", null, manage[1], manage[1], null, null],
      ["拨付合规性", null, "按规定拨付", null, manage[2], manage[2], null, null],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "分值", "得分"],
      ["绩效指标", "产出指标", "数量指标", "维护放映设备数量", "≥5套", "5套", 20, 20],
      ["绩效指标", "产出指标", "质量指标", "设备正常运行率", "≥95%", "100%", 10, 10],
      ["绩效指标", "产出指标", "时效指标", "资金拨付及时率", "=100%", "100%", 10, 10],
      ["绩效指标", "效益指标", "社会效益指标", "全年影院观影人数", "≥4万人次", "4.4万人次", 10, 10],
      ["绩效指标", "满意度指标", "服务对象满意度指标", "观影群众满意度", "≥90%", "95%", 10, 10],
      ["总分", "总分", "总分", "总分", "总分", "总分", 100, 100],
    ],
    merges: ["A9:A14", "A15:F15"],
  });
  testRule(weightsTotal, {
    valid: [{ name: "60 (indicators) + 10 (预算执行) + 30 (资金管理) = 100", sheet: huizhou([10, 10, 10]) }],
    invalid: [
      {
        name: "60 + 10 + 25 = 95 against 总分 100",
        sheet: huizhou([10, 10, 5]),
        errors: [{ messageId: "total", cell: "G15", params: { sum: 95 } }],
      },
    ],
  });
});

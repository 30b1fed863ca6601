import { totalAddsUp } from "../../../src/core/rules/total-adds-up";
import type { FormGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

type Row = (string | number | null)[];

/** A short 项目支出绩效目标表 with a side table (rows `side`, from sheet row 4) before its indicators. */
function form(side: Row[], merges: string[] = []): FormGrid {
  const head: Row[] = [
    ["项目支出绩效目标表", null, null, null, null],
    ["项目名称", "办公大楼运行保障", null, "主管部门", "市机关事务服务中心"],
    ["项目预算(万元)", 814, null, "项目期限", "1年"],
  ];
  const tail: Row[] = [
    ["年度绩效目标", "保障办公大楼正常运行", null, null, null],
    ["一级指标", "二级指标", "三级指标", "指标值", null],
    ["产出指标", "数量指标", "维修维护次数", "≥2280次", null],
    ["效益指标", "社会效益指标", "大楼正常运转", "全年正常", null],
    ["满意度指标", "服务对象满意度指标", "干部职工满意度", "≥90%", null],
  ];
  return { name: "表", grid: [...head, ...side, ...tail], merges };
}

const costTable = (d10: number | string): Row[] => [
  ["成本构成", "金额", "测算依据", "2020年实际执行数", "2021年实际执行数"],
  ["保安服务费", 191, "依据招标文件", 191, 191],
  ["保洁服务费", 99, "依据招标文件", 99, 99],
  ["水电气、维修维护费", 524, "据实结算", 372.88, 504.55],
  ["合计", 814, null, d10, 794.55],
];

/** A cost line over its 其中 lines (the lines name no budget source, so no other reading takes them). */
const costLines = (total: number, parts: [number, number, number]): Row[] => [
  ["成本构成", "金额(万元)", "测算依据", null, null],
  ["设备购置费合计：", total, "按询价", null, null],
  ["其中：电脑", parts[0], "20台×0.5万元", null, null],
  ["打印机", parts[1], "10台×0.3万元", null, null],
  ["投影仪", parts[2], "2台×1.25万元", null, null],
  ["其中：", null, null, null, null],
];

const incomeTable = (total: string | number): Row[] => [
  ["收入构成", "当年金额", "占比", "2021", "2022"],
  ["财政拨款", 1780.51, "100%", 473.7, 1213.73],
  ["其他资金", 0, "0", 0, 0],
  ["合计", total, "100%", 473.7, 1213.73],
];

/** 岳阳's 自评报告 money block: four label | value pairs in one row, each over the same 其中 lines (南湖 2016). */
const fundPairs = (arrived: number, other: number): Row[] => [
  ["计划安排资金(万元)", 170, "实际到位资金(万元)", arrived, "实际支出(万元)"],
  ["其中:中央财政", null, "其中:中央财政", null, "其中:中央财政"],
  ["省财政", 170, "省财政", 170, "省财政"],
  ["市财政", null, "市财政", null, "市财政"],
  ["其它", null, "其它", other, "其它"],
];

/** A numbered 三公经费 line over its own 其中 lines, then its numbered siblings (湖南 2018 部门整体 基础数据表). */
const numberedLines: Row[] = [
  ["经费控制情况", "2017年决算数", "2018年预算数", null, null],
  ["1、公务用车购置和维护经费", 11.86, 41.46, null, null],
  ["其中:公车购置", null, 29.46, null, null],
  ["公车运行维护", 11.86, 12, null, null],
  ["2、出国经费", null, null, null, null],
  ["3、公务接待", 17.22, 22, null, null],
];

/** A transfer payment's self-evaluation (朝天 2023): its execution block's 其中 lines, only the 中央 one filled. */
function execution(executedTotal: number, central: number | null, local: number | null = null): FormGrid {
  const grid: Row[] = [
    ["中央转移支付全民健身中心项目绩效自评表", null, null, null],
    ["转移支付(项目)名称", "全民健身中心项目", null, null],
    ["中央主管部门", "国家体育总局", "地方主管部门", "区人民政府"],
    ["资金投入情况(万元)", "全年预算数(A)", "全年执行数(B)", "预算执行率(B/A×100%)"],
    ["年度资金总额:", 2000, executedTotal, `${((executedTotal / 2000) * 100).toFixed(2)}%`],
    ["其中:中央财政资金", 2000, central, central === null ? null : `${((central / 2000) * 100).toFixed(2)}%`],
    ["地方财政资金", null, local, null],
    ["其他资金", null, null, null],
    ["总体目标", "新建全民健身中心1个", "全年实际完成情况", "主体完工"],
    ["一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值"],
    ["产出指标", "数量指标", "新建全民健身中心数量", "=1个", "1个"],
    ["效益指标", "社会效益指标", "群众健身条件改善", "明显改善", "已改善"],
    ["满意度指标", "服务对象满意度指标", "健身群众满意度", "≥90%", "92%"],
  ].map((r) => [...r, ...new Array<null>(5 - r.length).fill(null)]);
  return { name: "表", grid, merges: [] };
}

describe("total-adds-up.ts", () => {
  testRule(totalAddsUp, {
    valid: [
      {
        name: "a 合计 typed with misplaced separators (1,2345.6) is no figure: nothing guessed, nothing compared",
        sheet: form([
          ["成本构成", "金额", null, null, null],
          ["甲", 100, null, null, null],
          ["乙", 200, null, null, null],
          ["合计", "1,2345.6", null, null, null],
        ]),
      },
      { name: "南湖 2016 corrected: 实际到位资金 179.6 = 170 + 9.6", sheet: form(fundPairs(179.6, 9.6)) },
      {
        name: "蔡甸 2021 with a row of column numbers under the headings (1 | 2 | 3 | 4): no line of the 合计",
        sheet: form([
          ["资金来源", "预算数(A)", "执行数(B)", "执行率(B/A)", null],
          ["1", "2", "3", "4", null],
          ["一般预算内拨款", 63, 63, "100%", null],
          ["合计", 63, 63, "100%", null],
        ]),
      },
      { name: "a numbered line's parts end at its numbered sibling (2、出国经费, 3、公务接待)", sheet: form(numberedLines) },
      { name: "every column of a 成本构成 table adds up (鄂州 2022 corrected)", sheet: form(costTable(662.88)) },
      {
        name: "an execution block whose only filled source is the whole total (中央 1157.97 of 1157.97)",
        sheet: execution(1157.97, 1157.97),
      },
      { name: "an execution block with no 其中 figure at all", sheet: execution(1157.97, null) },
      { name: "设备购置费合计 over its 其中 lines: 10 + 3 + 2.5 = 15.5", sheet: form(costLines(15.5, [10, 3, 2.5])) },
      {
        name: "a 年度资金总额 read as the form's budget is left to funding-consistency",
        sheet: form([
          ["年度资金总额：", 321.25, null, null, null],
          ["其中：中央补助", 166, null, null, null],
          ["市级资金", 136, null, null, null],
          ["本级资金", 20.25, null, null, null],
        ]),
      },
      { name: "percent shares add up to 100 %; amounts to their total", sheet: form(incomeTable(1780.51)) },
      {
        name: "a 行次 column (1, 2, 3, 4) is line numbers, not figures (名山 2024)",
        sheet: form([
          ["资金投入情况", "行次", "全年预算数", null, null],
          ["年度资金总额(万元)：", 1, 52.8, null, null],
          ["其中：中央财政资金(万元)", 2, 52.8, null, null],
          ["地方财政资金(万元)", 3, null, null, null],
          ["其他资金(万元)", 4, null, null, null],
        ]),
      },
      {
        name: "a 其中 line among the parts above a 合计: a subset, not a part — nothing read",
        sheet: form([
          ["支出", "金额", null, null, null],
          ["基本支出", 100, null, null, null],
          ["其中：人员经费", 60, null, null, null],
          ["项目支出", 20, null, null, null],
          ["合计", 120, null, null, null],
        ]),
      },
      {
        name: "rounded parts: 33.33 + 33.33 + 33.33 against 合计 100.00 is within rounding",
        sheet: form([
          ["成本构成", "金额", null, null, null],
          ["甲", 33.33, null, null, null],
          ["乙", 33.33, null, null, null],
          ["丙", 33.33, null, null, null],
          ["合计", "100.00", null, null, null],
        ]),
      },
      {
        name: "subtotals: each 小计 sums its own group, the 合计 follows the last 小计 (nothing between: not read)",
        sheet: form([
          ["成本构成", "金额", null, null, null],
          ["甲", 10, null, null, null],
          ["乙", 20, null, null, null],
          ["小计", 30, null, null, null],
          ["丙", 5, null, null, null],
          ["丁", 5, null, null, null],
          ["小计", 10, null, null, null],
          ["合计", 40, null, null, null],
        ]),
      },
    ],
    invalid: [
      {
        name: "南湖 2016: 实际到位资金 170 over 其中 lines of 170 + 9.6 — labels in a row, each over a 其中 line, are totals",
        sheet: form(fundPairs(170, 9.6)),
        errors: [{ messageId: "sum", cell: "D4", related: ["D6", "D8"], severity: "warning", params: { sum: "179.6" } }],
      },
      {
        name: "朝天 2023: the executed total 1157.97, its only filled source 1157.9",
        sheet: execution(1157.97, 1157.9),
        errors: [{ messageId: "sum", cell: "C5", related: ["C6"] }],
      },
      {
        name: "two filled sources that do not make the executed total",
        sheet: execution(1157.97, 1000, 150),
        errors: [{ messageId: "sum", cell: "C5", related: ["C6", "C7"] }],
      },
      {
        name: "the second 小计 says 11 against 5 + 5; the first group and the 合计 are not disturbed",
        sheet: form([
          ["成本构成", "金额", null, null, null],
          ["甲", 10, null, null, null],
          ["乙", 20, null, null, null],
          ["小计", 30, null, null, null],
          ["丙", 5, null, null, null],
          ["丁", 5, null, null, null],
          ["小计", 11, null, null, null],
          ["合计", 41, null, null, null],
        ]),
        errors: [{ messageId: "sum", cell: "B10", related: ["B8", "B9"], params: { sum: "10", total: "11" } }],
      },
      {
        name: "a 合计 printed as the first line under the headings (岳阳楼区 2021 layout): 本年度 301 against 40 + 55 + 160 + 45",
        sheet: form([
          ["项目", "上年度安排资金", "本年度申请资金", null, null],
          ["合 计", 130, 301, null, null],
          ["1、办公及加班用餐费", 10, 40, null, null],
          ["2、打字复印及资料印刷费", 9, 55, null, null],
          ["3、编制咨询费", 88, 160, null, null],
          ["4、其他", 23, 45, null, null],
        ]),
        errors: [{ messageId: "sum", cell: "C5", related: ["C6", "C7", "C8", "C9"], params: { sum: "300", total: "301" } }],
      },
      {
        name: "鄂州 2022: the 2020年实际执行数 column's 合计 662.98 against 191 + 99 + 372.88 = 662.88",
        sheet: form(costTable(662.98)),
        errors: [
          {
            messageId: "sum",
            cell: "D8",
            severity: "warning",
            related: ["D5", "D6", "D7"],
            params: { total: "662.98", sum: "662.88", diff: "0.1" },
            suggestion: null,
          },
        ],
      },
      {
        name: "a total over its 其中 lines (彭水 2024: 321.25 against 166 + 136 + 20.25): 16.5 against 10 + 3 + 2.5",
        sheet: form(costLines(16.5, [10, 3, 2.5])),
        errors: [{ messageId: "sum", cell: "B5", related: ["B6", "B7", "B8"], params: { sum: "15.5", diff: "1" } }],
      },
      {
        name: "黄冈 2023: the 合计 of an amount column written as 100 %",
        sheet: form(incomeTable("100%")),
        errors: [{ messageId: "percentTotal", cell: "B7", params: { sum: "1780.51" }, suggestion: "1780.51" }],
      },
    ],
  });
});

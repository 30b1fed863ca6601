import { goalSubstance } from "../../../src/core/rules/goal-substance";
import type { CellValue } from "../../../src/core/snapshot";
import { shenmuGrid, type FormGrid } from "../helpers/formGrids";
import { departmentOverallGrid } from "../helpers/kindGrids";
import { testRule } from "../helpers/ruleTester";
import { selfEvalGrid } from "../helpers/selfEvalGrid";

/** A 自评表 whose 年初设定目标 (B8) is `goal`. */
function selfEvalGoal(goal: string): FormGrid {
  const g = selfEvalGrid();
  g.grid[7][1] = goal;
  return g;
}

/** 年度目标 is E23 on the 神木 grid. */
const annualGoal = (text: string) => shenmuGrid({ cells: { E23: text } });

/** The 宁德 部门整体 table with a 部门职能 field above its 年度总体目标. */
function withDuty(duty: string, goal: string): FormGrid {
  const g = departmentOverallGrid();
  const grid = g.grid.map((r) => [...r]);
  grid[5] = ["年度总体目标", goal, null, null, null];
  grid.splice(5, 0, ["部门职能", duty, null, null, null] as CellValue[]);
  const merges = g.merges!.map((m) => m.replace(/\d+/g, (n) => (Number(n) >= 6 ? String(Number(n) + 1) : n)));
  return { ...g, grid, merges: [...merges, "B6:E6"] };
}

const DUTY = "负责组织编纂地方志书和地方综合年鉴，开展地情资料研究，指导全市地方志工作。";

describe("goal-substance", () => {
  testRule(goalSubstance, {
    valid: [
      {
        name: "a goal naming tasks with duty verbs and figures (组织实施 3 个项目, 完成上级交办的其他工作) is a goal",
        sheet: selfEvalGoal(
          "组织实施高标准农田建设项目3个，新建农田1.2万亩，指导乡镇完成验收，负责资金拨付率达到100%，完成上级交办的其他工作。",
        ),
      },
      { name: "a 自评表 goal that says what is done", sheet: selfEvalGrid() },
      { name: "a 自评表 goal with a figure in a sentence", sheet: selfEvalGoal("改造供水计量设施43处") },
      { name: "the base goals say what is achieved", sheet: shenmuGrid() },
      { name: "money with what it buys", sheet: annualGoal("安排资金50万元，完成3套系统的升级维护，系统可用率不低于99%。") },
      { name: "a 部门整体 goal of its own", sheet: withDuty(DUTY, "完成年度地方志书和年鉴的编纂出版，保障机关正常运转。") },
    ],
    invalid: [
      {
        name: "六安 2021: a project list whose only performance content is a goal in words without a figure",
        sheet: {
          name: "分配表",
          grid: [
            ["某市2021年度生态补偿资金项目分配表"],
            ["序号", "项目名称", "承担单位", "项目绩效", "补助资金(万元)"],
            [1, "甲县水质自动监测站建设项目", "甲县生态环境分局", "提升水源地水质监管能力", 100],
            [2, "乙县农村生活污水治理项目", "乙县生态环境分局", "出境断面水质稳定达到Ⅲ类，消减COD 12吨/年", 200],
          ],
          merges: ["A1:E1"],
        },
        errors: [{ messageId: "notMeasurable", cell: "D3", params: { header: "项目绩效" } }],
      },
      {
        name: "廊坊 2019: a 自评表 goal that is only a bare figure “43.2”",
        sheet: selfEvalGoal("43.2"),
        errors: [{ messageId: "moneyOnly", cell: "B8", params: { text: "43.2" } }],
      },
      {
        name: "古城 2020: the goal is a piece of the project's name (小型水库水标尺 for 小型水库水标尺制作安装)",
        sheet: selfEvalGoal("小型水库水标尺"),
        errors: [{ messageId: "moneyOnly", cell: "B8" }],
      },
      {
        name: "a goal that is only a sum of money",
        sheet: annualGoal("本年度安排项目资金50万元。"),
        errors: [{ messageId: "moneyOnly", cell: "E23", severity: "warning" }],
      },
      {
        name: "a goal that is only the fund's name and its amount",
        sheet: annualGoal("系统升级维护费50万元"),
        errors: [{ messageId: "moneyOnly", cell: "E23" }],
      },
      {
        name: "绥阳 2021: a 自评表 goal that is the 乡镇's duty list, ending with 交办的其它事项 (no 职能 field to compare)",
        sheet: selfEvalGoal(
          "(1)制定和组织实施经济、科技和社会发展计划,组织指导好各业生产,促进经济发展。(2)制定并组织实施村镇建设规划,负责土地、林木、水等自然资源和生态环境的保护。(3)按计划组织本级财政收入和地方税的征收,完成国家财政计划。(4)完成上级政府交办的其它事项。",
        ),
        errors: [{ messageId: "readsAsDuties", cell: "B8", severity: "warning" }],
      },
      {
        name: "甘孜 2023: clauses each opening with a duty verb (组织协调…；承办…；承担…), no figure",
        sheet: selfEvalGoal(
          "组织协调推进全州食品安全重点工作;承办州食品安全委员会会议及中央活动;组织协调食品安全宣传、培训工作;承担州政府食品安全委员会的日常工作;组织开展食品安全重大整顿治理和联合检查行动;考核评议州级相关部门履行食品安全党政同责目标工作。",
        ),
        errors: [{ messageId: "readsAsDuties", cell: "B8" }],
      },
      {
        name: "甘其毛都 2024: the year's completion written as the unit's duties",
        sheet: (() => {
          const g = selfEvalGrid();
          g.grid[7][5] =
            "负责编制辖区内国土空间规划并监督实施,落实辖区内自然资源调查监测评价工作;承担辖区内国土空间生态修复工作,负责组织实施最严格的耕地保护制度;负责辖区内地质勘查协调、监督管理和行业规范执行监督;负责矿产资源管理工作。";
          return g;
        })(),
        errors: [{ messageId: "completionAsDuties", cell: "F8", severity: "warning" }],
      },
      {
        name: "a goal written with duty verbs throughout and no figure",
        sheet: selfEvalGoal(
          "负责全县农业技术推广工作，贯彻执行国家农业政策，拟订农业发展规划并组织实施，指导乡镇农业技术服务，承办县政府交代的事情。",
        ),
        errors: [{ messageId: "readsAsDuties", cell: "B8" }],
      },
      {
        name: "部门整体: the goal copies 部门职能",
        sheet: withDuty(DUTY, DUTY),
        errors: [{ messageId: "copiedFunction", cell: "B7", related: ["B6"] }],
      },
    ],
  });
});

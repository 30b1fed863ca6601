import { fieldsDistinct } from "../../../src/core/rules/fields-distinct";
import { SHENMU_BASE, shenmuGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";
import { selfEvalGrid } from "../helpers/selfEvalGrid";

/** The 中江 self-evaluation with its 完成情况综述 (F8) set to the given text (the goal is B8). */
function withCompletion(text: (goal: string) => string) {
  const sheet = selfEvalGrid();
  const goal = String(sheet.grid[7][1]);
  sheet.grid[7][5] = text(goal);
  return sheet;
}

const LONG_GOAL =
  "加强督查、巡查和走访，严防社区矫正对象脱离监管，开展全市社区矫正社会工作者培训和业务工作培训，提高工作人员的业务水平。";

/** A self-evaluation with a long goal (B8) and the completion (F8) made from it. */
function longGoal(completion: (goal: string) => string) {
  const sheet = selfEvalGrid();
  sheet.grid[7][1] = LONG_GOAL;
  sheet.grid[7][5] = completion(LONG_GOAL);
  return sheet;
}

describe("fields-distinct", () => {
  testRule(fieldsDistinct, {
    valid: [
      { name: "a complete 神木 table: every field says its own thing", sheet: shenmuGrid() },
      {
        name: "主管部门 and 项目实施单位 alike is normal (names may repeat)",
        sheet: shenmuGrid({ fields: { 项目实施单位: SHENMU_BASE.主管部门 } }),
      },
      { name: "a self-evaluation whose completion says what was done", sheet: selfEvalGrid() },
      {
        name: "a completion that starts like the goal and says much more",
        sheet: longGoal((g) => `${g}全年开展督查12次、培训3期共300人次，社区矫正对象无脱管。`),
      },
      { name: "short texts repeat by nature", sheet: shenmuGrid({ fields: { 设立依据: "详见附件", 项目实施方案: "详见附件" } }) },
    ],
    invalid: [
      {
        name: "上饶 2021: the completion is the goal cut a few characters short",
        sheet: longGoal((g) => g.slice(0, -4)),
        errors: [{ messageId: "completionCopiesGoal", cell: "F8", related: ["B8"], severity: "warning" }],
      },
      {
        name: "阳泉 2021: 项目实施方案 copied word for word from 项目概述",
        sheet: shenmuGrid({ fields: { 项目实施方案: SHENMU_BASE.项目概述 } }),
        errors: [{ messageId: "copied", cell: "B10", related: ["B8"], severity: "warning" }],
      },
      {
        name: "四川 2021: the same items under other list markers (目标1: … against 完成情况1: …, 2: …)",
        sheet: (() => {
          const sheet = selfEvalGrid();
          sheet.grid[7][1] = "目标1:支持农村金融组织体系建设,扩大农村金融服务覆盖面,目标2:支持重点群体和小微企业融资发展,";
          sheet.grid[7][5] = "1:支持农村金融组织体系建设,扩大农村金融服务覆盖面,2:支持重点群体和小微企业融资发展,";
          return sheet;
        })(),
        errors: [{ messageId: "completionCopiesGoal", cell: "F8", related: ["B8"], severity: "warning" }],
      },
      {
        name: "炉霍 2021: the year's completion copies the goal word for word",
        sheet: withCompletion((goal) => goal),
        errors: [{ messageId: "completionCopiesGoal", cell: "F8", related: ["B8"], severity: "warning" }],
      },
    ],
  });
});

describe("fields-distinct.ts — a 中央主管部门 written as the local bureau (霍山 2024)", () => {
  /** The 中江 self-evaluation printed as a transfer payment's: 中央主管部门 on row 4, 地方主管部门 on row 5. */
  function transfer(central: string, local: string) {
    const sheet = selfEvalGrid();
    sheet.grid.splice(3, 1, ["中央主管部门", central, null, null, null, null, null, null, null]);
    sheet.grid.splice(4, 0, ["地方主管部门", local, null, null, null, "资金使用单位", null, local, null]);
    sheet.merges = [];
    return sheet;
  }
  testRule(fieldsDistinct, {
    valid: [
      { name: "财政部、国家医疗保障局 above 霍山县医疗保障局", sheet: transfer("财政部、国家医疗保障局", "霍山县医疗保障局") },
    ],
    invalid: [
      {
        name: "医疗保障局 in both lines",
        sheet: transfer("医疗保障局", "医疗保障局"),
        errors: [{ messageId: "centralSameAsLocal", cell: "B4", related: ["B5"], severity: "warning" }],
      },
    ],
  });
});

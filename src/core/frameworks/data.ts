/**
 * The two indicator frameworks (see DOMAIN §1). Pure data, validated by FrameworkSchema in tests.
 */
import type { Framework, Level1Def, Level2Def } from "./framework";

const SATISFACTION_ALIASES = ["服务对象或受益者满意度指标", "社会公众或服务对象满意度指标", "受益对象满意度指标", "满意度指标"];

/** 一级 产出 as local templates name it: 项目完成指标 (四川), 预期产出指标 (广东), 产出目标. */
const OUTPUT_ALIASES = ["产出", "项目完成指标", "项目完成", "预期产出指标", "预期产出", "产出目标"];

const QUANTITY_QUALITY_TIMELINESS: Level2Def[] = [
  { name: "数量指标", kind: "quantity", aliases: ["数里指标", "建筑规模指标"], requirement: "required" },
  { name: "质量指标", kind: "quality", aliases: ["质里指标", "质星指标"], requirement: "required" },
  { name: "时效指标", kind: "timeliness", aliases: ["进度指标", "工期指标"], requirement: "required" },
];

/** 效益: at least one of the four must carry a 三级; unused ones may stay blank. */
const BENEFIT: Level1Def = {
  name: "效益指标",
  aliases: ["效果指标", "效益", "项目效益指标", "项目效益", "效果", "结果目标", "效益目标", "预期效果指标"],
  required: true,
  minFilledLevel2: 1,
  level2: [
    { name: "经济效益指标", kind: "economic-benefit", aliases: [], requirement: "optional" },
    {
      name: "社会效益指标",
      kind: "social-benefit",
      aliases: ["社会经济生态效益指标", "社会经济生态效益", "经济社会效益指标"],
      requirement: "optional",
    },
    { name: "生态效益指标", kind: "ecological-benefit", aliases: ["环境效益指标", "生态环境效益指标"], requirement: "optional" },
    { name: "可持续影响指标", kind: "sustainability", aliases: [], requirement: "optional" },
  ],
};

const SATISFACTION: Level1Def = {
  name: "满意度指标",
  aliases: ["服务对象满意度指标", "满意度"],
  required: true,
  minFilledLevel2: 1,
  level2: [{ name: "服务对象满意度指标", kind: "satisfaction", aliases: SATISFACTION_ALIASES, requirement: "recommended" }],
};

/** 88号 申报表 family: 产出 / 效益 / 满意度 (成本 under 产出). */
export const OLD_88: Framework = {
  id: "old-88",
  name: "产出·效益·满意度（成本在产出下）",
  verified: true,
  level1: [
    {
      name: "产出指标",
      aliases: OUTPUT_ALIASES,
      required: true,
      minFilledLevel2: 1,
      level2: [
        ...QUANTITY_QUALITY_TIMELINESS,
        {
          name: "成本指标",
          kind: "cost",
          aliases: ["预算控制指标", "投资规模控制指标", "成本控制指标", "预算指标"],
          requirement: "recommended",
        },
      ],
    },
    BENEFIT,
    SATISFACTION,
  ],
};

/** 财预〔2021〕101号 核心指标 (recalled, not retrieved): 成本指标 is its own 一级. */
export const CORE_101: Framework = {
  id: "core-101",
  name: "成本·产出·效益·满意度（101号，成本为一级）",
  verified: false,
  level1: [
    {
      name: "成本指标",
      aliases: ["成本"],
      required: true,
      minFilledLevel2: 1,
      level2: [
        { name: "经济成本指标", kind: "economic-cost", aliases: [], requirement: "recommended" },
        { name: "社会成本指标", kind: "social-cost", aliases: [], requirement: "optional" },
        { name: "生态环境成本指标", kind: "ecological-cost", aliases: ["生态成本指标"], requirement: "optional" },
      ],
    },
    { name: "产出指标", aliases: OUTPUT_ALIASES, required: true, minFilledLevel2: 1, level2: QUANTITY_QUALITY_TIMELINESS },
    BENEFIT,
    SATISFACTION,
  ],
};

/**
 * 财预〔2020〕10号 附件1 项目支出绩效评价指标体系框架（参考）: 决策 · 过程 · 产出 · 效益, which 自评表 of some
 * places follow (银川 2021: 项目决策 | 项目管理 | 项目产出 | 项目效益). Local variants rename every 二级, so none is
 * required; 满意度 belongs under 效益 here.
 */
export const EVAL_2020: Framework = {
  id: "eval-2020",
  name: "决策·过程·产出·效益（绩效评价指标体系框架）",
  verified: true,
  level1: [
    {
      name: "决策指标",
      aliases: ["决策", "项目决策", "项目决策指标"],
      required: false,
      minFilledLevel2: 0,
      level2: [
        { name: "项目立项", kind: "decision", aliases: ["立项", "项目目标", "绩效目标", "决策过程"], requirement: "optional" },
        { name: "资金投入", kind: "decision", aliases: ["投入", "资金落实", "资金分配"], requirement: "optional" },
      ],
    },
    {
      name: "过程指标",
      aliases: ["过程", "项目过程", "项目管理", "项目管理指标", "管理"],
      required: false,
      minFilledLevel2: 0,
      level2: [
        { name: "资金管理", kind: "process", aliases: ["投入管理", "财务管理", "预算管理", "资金到位"], requirement: "optional" },
        { name: "组织实施", kind: "process", aliases: ["项目实施", "业务管理", "实施管理"], requirement: "optional" },
      ],
    },
    {
      name: "产出指标",
      aliases: [...OUTPUT_ALIASES, "项目产出", "项目产出指标"],
      required: true,
      minFilledLevel2: 1,
      level2: [
        ...QUANTITY_QUALITY_TIMELINESS.map((d) => ({ ...d, requirement: "optional" as const })),
        { name: "成本指标", kind: "cost", aliases: ["产出成本", "预算控制指标", "成本控制指标"], requirement: "optional" },
        // The stage as one 二级 over 产出数量 | 产出质量 | 产出时效 | 产出成本 (海南 2022 自评表: 项目绩效 › 项目产出).
        { name: "项目产出", kind: "output", aliases: [], requirement: "optional" },
      ],
    },
    {
      ...BENEFIT,
      level2: [
        ...BENEFIT.level2,
        { name: "服务对象满意度指标", kind: "satisfaction", aliases: SATISFACTION_ALIASES, requirement: "optional" },
        // 10号: 项目效益 over 实施效益 (经济效益, 社会效益, 生态效益, 可持续影响) and 满意度 as its 三级.
        { name: "项目效益", kind: "outcome", aliases: ["实施效益"], requirement: "optional" },
      ],
    },
  ],
};

export const FRAMEWORKS: readonly Framework[] = [OLD_88, CORE_101, EVAL_2020];

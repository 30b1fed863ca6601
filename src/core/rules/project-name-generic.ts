import type { Rule } from "./support/rule";
import { practiceBasis } from "../basis";
import { labelKey } from "../text/normalize";

/**
 * The 部门预算支出经济分类 (《政府收支分类科目》) classes and the common items under them: what money is spent on, for
 * any project. A project named only by one of them ("商品和服务支出", 醴陵 2019) names no project.
 */
const ECONOMIC_CLASSES = new Set(
  [
    "工资福利支出",
    "商品和服务支出",
    "对个人和家庭的补助",
    "对个人和家庭补助",
    "资本性支出",
    "债务利息及费用支出",
    "对企业补助",
    "对事业单位经常性补助",
    "对事业单位资本性补助",
    "其他支出",
    "基本支出",
    "项目支出",
    "人员经费",
    "公用经费",
    "日常公用经费",
    "基本工资",
    "津贴补贴",
    "奖金",
    "办公费",
    "印刷费",
    "咨询费",
    "手续费",
    "水费",
    "电费",
    "邮电费",
    "物业管理费",
    "差旅费",
    "维修费",
    "维护费",
    "维修(护)费",
    "租赁费",
    "会议费",
    "培训费",
    "公务接待费",
    "专用材料费",
    "劳务费",
    "委托业务费",
    "工会经费",
    "福利费",
    "公务用车运行维护费",
    "其他交通费用",
    "其他商品和服务支出",
    "办公设备购置",
    "专用设备购置",
  ].map((s) => labelKey(s)),
);

/** The 项目名称 is the project's own name, not an expenditure class every project shares. */
export const projectNameGeneric: Rule = {
  meta: {
    id: "project-name-generic",
    severity: "warning",
    category: "format",
    ruleSets: ["target", "self-evaluation"],
    basis: practiceBasis(
      "项目名称要写出具体项目（做什么），支出经济分类名称（如“商品和服务支出”“办公费”）是所有项目共有的支出类别，不是项目名称",
    ),
    description: "项目名称不能只写支出经济分类（如“商品和服务支出”“工资福利支出”），要写具体项目名称。",
    messages: {
      economicClass: "项目名称“{name}”是支出经济分类的名称，不是具体项目：看不出这笔钱用于什么项目，指标也无从对应。",
    },
  },
  check({ facts, report }) {
    const f = facts.form.fields.projectName;
    if (!f) return;
    // "其他商品和服务支出" with brackets or ordinals removed; "(2019年)" and the like do not make a name specific.
    const key = labelKey(f.text)
      .replace(/^\d{4}年度?/, "")
      .replace(/^[\d一二三四五六七八九十]+[、.]/, "");
    if (!ECONOMIC_CLASSES.has(key)) return;
    report({
      messageId: "economicClass",
      cell: f.cell,
      params: { name: f.text.trim() },
      fix: "写出具体的项目名称，如“文化馆免费开放经费”“办公楼维修改造”，说明钱用在哪个项目上。",
    });
  },
};

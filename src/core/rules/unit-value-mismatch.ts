import { parseUnit } from "../parse/unit";
import type { Rule } from "./support/rule";
import { documentBasis, platformCheck, practiceBasis, SOURCES } from "../basis";
import type { ParsedValue } from "../model/parsedValue";

/**
 * A 三级 name that is a rate (……率), not a speed, frequency or power whose unit is not "%" (频率, 功率, 效率 …).
 * A bracketed unit at the end ("检测及时率(%)") is ignored.
 */
export function isRateName(name: string): boolean {
  const n = name.replace(/\s+/g, "").replace(/[（(][^（()）]*[)）]$/, "");
  return /率$/.test(n) && !/(频|功|效|速|汇|帧|码|分辨|容积|周转|出勤|上座)率$/.test(n);
}

/** What a non-percent value measures, in words for a message ("时限", "数量", "金额"); null for a rate or no unit. */
function nonRateMeasure(p: ParsedValue): string | null {
  if (p.kind === "duration") return "时限";
  if (p.kind === "deadline") return "日期";
  if (p.kind !== "quantitative" || !p.unit) return null;
  if (p.unit.kind === "time") return "时限";
  if (p.unit.kind === "money") return "金额";
  if (p.unit.kind === "count" && p.unit.per.length === 0) return "数量";
  return null;
}

/** Counting nouns specific enough to tell what is counted (个, 项, 次 count anything). */
const COUNTED = "户|人|家|所|座|台|套|辆|间|处|场|批|册|份|篇|条|头|株|棵|亩";
const NAME_COUNT = new RegExp(`(${COUNTED})次?数(量)?$`);
const UNIT_HEAD = new RegExp(`^(${COUNTED})`);
/** Nouns that end in a measure word, before 数/数量 (see countedMismatch). */
const NOUN_TAIL =
  /(?:(?:场|厕|诊|住|会|处|出|究|务|寓)所|(?:广|市|农|林|牧|球|剧|会|考|机|现|赛|商|操|殖|宰|道)场|(?:车|房|空|田|民|时|卫生|洗手)间|(?:专|国|商|作|画|科学|企业|住)家|(?:平|舞|视|柜|站|灯)台|(?:讲|宝|星)座|(?:手|画|名|花|图)册|(?:镜|龙|源|码|街|口|桥)头|审批|(?:线|面|教|法|信|链|路)条|(?:股|身|月|年|省)份|(?:住|办事|联络|用)处)次?数(量)?$/;

/** "…补助户数" valued "≥101人/次": the name counts 户, the value counts 人. Null when they agree or cannot be told. */
function countedMismatch(name: string, p: ParsedValue): { counted: string; valueCounted: string } | null {
  if (p.kind !== "quantitative" || !p.unit || p.unit.kind !== "count") return null;
  const bare = name.replace(/\s+/g, "").replace(/[（(][^（()）]*[)）]$/, "");
  const n = NAME_COUNT.exec(bare);
  const u = UNIT_HEAD.exec(p.unit.text.trim());
  if (!n || !u || n[1] === u[1]) return null;
  // A measure word that closes a noun is part of the noun, not the unit: 场所, 诊所 (counted in 处/个/家, 龙岩 2023), 小广场
  // (counted in 处, 海淀 2016), 车间, 专家 (人), 平台, 讲座 (场), 手册 (份), 龙头 (家), 审批 (件) — unlike 学校所数, 补助户数.
  if (NOUN_TAIL.test(bare)) return null;
  return { counted: n[1], valueCounted: u[1] };
}

/**
 * The unit written in its own column must agree with the value: an amount with unit "%", a rate with
 * unit "万元", or a 定性 (qualitative) row given a numeric unit.
 */
export const unitValueMismatch: Rule = {
  meta: {
    id: "unit-value-mismatch",
    severity: "warning",
    category: "format",
    basis: platformCheck("定量指标另填计量单位且与指标值相符，定性指标不填计量单位"),
    messageBasis: {
      rateAsOther: practiceBasis("名称是“……率”的指标以百分比计量；时限、数量、金额要用相应的指标名称"),
      costAsRate: documentBasis(
        "101号：经济成本指标反映实施项目所产生的直接经济成本（以金额计量，对照计划、行业、历史标准）",
        SOURCES.doc101,
      ),
    },
    ruleSets: ["target", "self-evaluation"],
    description: "度量单位要与指标值一致：金额不能配“%”，比率不能配“万元”，定性指标不应填数值单位。",
    messages: {
      conflict: "指标值“{value}”的单位是“{valueUnit}”，度量单位一栏却写“{unit}”。",
      qualitative: "指标性质写“定性”，度量单位却是“{unit}”：定性指标没有数值单位，或应改为定量。",
      dateAsPercent: "“{name}”是时间类指标，指标值却写成“{value}”（百分比），应写完成时限。",
      rateAsOther: "“{name}”是比率，指标值却写成“{value}”（{measure}）：名称与指标值不一致。",
      countedMismatch: "“{name}”按“{counted}”计数，指标值“{value}”却以“{valueCounted}”计：计量单位与指标名称不一致。",
      yearForCount:
        "数量指标“{name}”的指标值“{value}”以“年”计：数量指标要数出做了多少（幅、块、次、个），“年”只说明期限，无法衡量产出。",
      costAsRate: "成本指标“{name}”的指标值写成比率“{value}”：成本指标应反映花费的金额（总成本或单位成本），比率无法与预算核对。",
    },
  },
  check({ facts, report }) {
    for (const i of facts.indicators) {
      for (const v of i.row.values) {
        const uc = v.unitColumn;
        const p = v.parsed;
        if (uc) {
          const unit = parseUnit(uc.text.trim());
          if (v.operatorColumn && /定性/.test(v.operatorColumn.text) && unit && unit.kind !== "other") {
            report({
              messageId: "qualitative",
              cell: uc.cell,
              related: [v.operatorColumn.cell, v.cell],
              params: { unit: uc.text },
              group: i.group,
            });
            continue;
          }
          if (
            p.kind === "quantitative" &&
            p.unit &&
            unit &&
            p.unit.kind !== unit.kind &&
            (p.unit.kind === "percent" || unit.kind === "percent" || p.unit.kind === "money" || unit.kind === "money")
          ) {
            report({
              messageId: "conflict",
              cell: uc.cell,
              related: [v.cell],
              params: { value: v.text, valueUnit: p.unit.text, unit: uc.text },
              group: i.group,
            });
            continue;
          }
        }
        // 检测及时率 ≤7工作日: a rate valued as a time limit, a count or an amount. (The value is read with its 度量单位
        // column joined, so "≤" | "7" | "工作日" in three columns says the same as "≤7工作日" in one.)
        const measure = nonRateMeasure(p);
        if (measure && isRateName(i.name)) {
          report({
            messageId: "rateAsOther",
            cell: v.cell,
            related: [i.row.level3.cell],
            params: { name: i.name, value: v.text, measure },
            fix: `把指标值写成百分比（如“=100%”），或把名称改为所计量的内容（如“……${measure} ${v.text}”）。`,
            group: i.group,
          });
          continue;
        }
        // 年度申请就学补助户数 ≥101人/次 (南岳 2023): what the name counts and what the value counts differ.
        const counted = countedMismatch(i.name, p);
        if (counted) {
          report({
            messageId: "countedMismatch",
            cell: v.cell,
            related: [i.row.level3.cell],
            params: { name: i.name, value: v.text, ...counted },
            fix: `指标值按“${counted.counted}”计（如“≥100${counted.counted}”），或把名称改成按“${counted.valueCounted}”计的指标。`,
            group: i.group,
          });
          continue;
        }
        // 制作宣传横幅、公益宣传牌等 =1年 (浮梁 2026): a count of things made given in years, the name saying nothing of time.
        const unitText = uc ? uc.text.trim() : p.kind === "quantitative" ? (p.unit?.text.trim() ?? "") : "";
        if (i.kind === "quantity" && unitText === "年" && !/年|期|时|龄|寿命/.test(i.name.replace(/[（(][^（()）]*[)）]$/, ""))) {
          report({
            messageId: "yearForCount",
            cell: uc?.cell ?? v.cell,
            related: [v.cell, i.row.level3.cell].filter((c) => c !== (uc?.cell ?? v.cell)),
            params: { name: i.name, value: v.text },
            fix: "按产出的实物量计（如“≥20幅”“≥5块”）；要说明期限的，写在时效指标里。",
            group: i.group,
          });
          continue;
        }
        // 经济成本指标 资金使用效率 =100%: under 101号 an economic cost is money and is set against the budget (the
        // older framework's 成本指标 under 产出 often holds 成本控制率 and is left alone).
        if (
          i.kind === "economic-cost" &&
          // A change or control rate of the spending itself (“三公”经费变动率 ≤0%, 成本控制率) measures the cost.
          !/(变动|控制|节约|降低|下降|压减|超支|增长|增减)(率|幅度)/.test(i.name) &&
          p.kind === "quantitative" &&
          p.unit?.kind === "percent"
        ) {
          report({
            messageId: "costAsRate",
            cell: v.cell,
            related: [i.row.level3.cell, i.row.level2.cell],
            params: { name: i.name, value: v.text },
            fix: "写成金额，如“≤20万元”（总成本）或“≤500元/人”（单位成本）；比率类指标放到产出或效益下。",
            group: i.group,
          });
          continue;
        }
        // 项目完成时间 100%: a time indicator named as a date/deadline but valued as a percentage.
        if (
          i.kind === "timeliness" &&
          // Named as a date or deadline: …时间/时限/日期, or a date itself ("2020年12月完成", 南岳).
          (/时间$|时限$|日期$/.test(i.name) ||
            /\d{4}年\d{1,2}月(\d{1,2}日)?(底|前|末)?(完成|完工|竣工|结束|到位)?$/.test(i.name)) &&
          p.kind === "quantitative" &&
          p.unit?.kind === "percent"
        ) {
          report({
            messageId: "dateAsPercent",
            cell: v.cell,
            related: [i.row.level3.cell],
            params: { name: i.name, value: v.text },
            fix: "写成“XXXX年XX月XX日前”或“≤N个工作日”。",
            group: i.group,
          });
        }
      }
    }
  },
};

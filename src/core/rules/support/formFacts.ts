/**
 * Facts derived once per form and shared by the rules: the framework, each indicator row's
 * place in it, the project's budget figure and whether the project runs longer than a year.
 */
import type { Framework, Level1Def, Level2Def, Level2Kind } from "../../frameworks/framework";
import { findLevel1, findLevel2 } from "../../frameworks/classifyIndicator";
import type { BudgetKey, IndicatorRow, IndicatorTable, Money, PerformanceForm, Period } from "../../model/form";
import { indicatorNameKey, memo, withoutOutlineNumber } from "../../text/normalize";

const bareNameOf = memo((name: string): string => withoutOutlineNumber(name.replace(/\s+/g, "")));

export interface IndicatorFact {
  tableIndex: number;
  table: IndicatorTable;
  row: IndicatorRow;
  /** The 一级 this row belongs to: the known 二级's parent, else the written 一级. */
  level1: Level1Def | null;
  level2: Level2Def | null;
  kind: Level2Kind | null;
  /** "产出指标 › 数量指标" (as written, or inferred when blank). */
  group: string;
  /** The 三级 name. */
  name: string;
  /**
   * The name as compared with other texts: without spaces, nor an outline's number before it ("1.培训人次" → 培训人次;
   * many publishers number their 三级 names).
   */
  bareName: string;
  /** No 三级 and no value in any of the table's periods. */
  empty: boolean;
  /** "无 / 无" filler. */
  filler: boolean;
}

export interface FormFacts {
  form: PerformanceForm;
  framework: Framework;
  project: string;
  indicators: IndicatorFact[];
  /** The figure the project is budgeted at (万元): 项目预算, else 年度资金总额, else 项目资金总额. */
  budget: Money | null;
  /** Which of those it is (for messages, via BUDGET_NAMES). */
  budgetKey: BudgetKey | null;
  /** 长期 / multi-year projects need 实施期 goals and values. */
  multiYear: boolean;
  /** Periods in which at least one indicator value is written, per table. */
  usedPeriods: Period[][];
  /**
   * Tables whose completeness is judged: those with at least one value written; else those with a
   * 三级 name; else the last one (the 年度 half of a two-half form).
   */
  judgedTables: number[];
  /**
   * Tables of another indicator system: several rows and not one 一级 or 二级 of the framework among them (a fund
   * management self-evaluation: 项目预算管理 › 资金投入 › 预算编制科学性, 彭水 2024). The framework's groups are not
   * judged on them.
   */
  foreignTables: Set<number>;
}

const FILLER = /^(无|\/|／|—|-|--|暂无|不适用)$/;

/** The years a text names, in order; memoised by text (the list is shared: never changed). */
const yearsIn = memo((text: string): readonly number[] => [...text.matchAll(/(20\d{2}|19\d{2})/g)].map((m) => Number(m[1])));

/** 长期 / multi-year: 项目期限 says 长期 or several years, or the period/中长期 header spans years. */
export function isMultiYear(form: PerformanceForm): boolean {
  const term = form.fields.projectTerm?.text ?? "";
  if (/长期|持续|多年/.test(term)) return true;
  const termYears = /(?<!\d)(\d{1,2})\s*年(?!\d|月)/.exec(term);
  if (termYears && Number(termYears[1]) > 1) return true;
  const calendarYears = yearsIn(term);
  if (calendarYears.length >= 2 && Math.max(...calendarYears) > Math.min(...calendarYears)) return true;
  const p = form.implementationPeriod;
  if (p?.start && p?.end && p.end.year > p.start.year) return true;
  for (const g of form.goals) {
    const ys = yearsIn(g.header);
    if (ys.length >= 2 && Math.max(...ys) > Math.min(...ys)) return true;
  }
  return false;
}

/** The budget figures, in the order a project's budget is taken from. */
export const BUDGET_FIGURES = ["projectBudget", "annualTotal", "fundTotal", "implementationTotal"] as const;

function budgetKeyOf(form: PerformanceForm): BudgetKey | null {
  return BUDGET_FIGURES.find((key) => (form.budget[key]?.amountWan ?? null) !== null) ?? null;
}

/**
 * 经济成本指标 (a 101号 二级) written under 产出指标 in a table of the older framework: a real hybrid of the
 * 101号 transition (四川 2023 自评), accepted as 产出's 成本 slot.
 */
function hybridCost(framework: Framework, row: IndicatorRow): { level1: Level1Def; level2: Level2Def } | null {
  // (Written with or without its 指标, or numbered: "经济成本", "1.经济成本指标".)
  if (!/成本$/.test(indicatorNameKey(row.level2.text))) return null;
  const l1 = findLevel1(framework, row.level1.text);
  const cost = l1?.level2.find((d) => d.kind === "cost");
  return l1 && cost ? { level1: l1, level2: cost } : null;
}

/** Classifies every indicator row against the framework. */
export function collectIndicatorFacts(form: PerformanceForm, framework: Framework): IndicatorFact[] {
  const out: IndicatorFact[] = [];
  form.indicators?.tables.forEach((table, tableIndex) => {
    for (const row of table.rows) {
      const l2 = findLevel2(framework, row.level2.text) ?? hybridCost(framework, row);
      const l1 = l2?.level1 ?? findLevel1(framework, row.level1.text);
      const name = row.level3.text;
      const values = row.values.map((v) => v.text);
      const group = [row.level1.text || l1?.name || "", row.level2.text].filter(Boolean).join(" › ");
      out.push({
        tableIndex,
        table,
        row,
        level1: l1,
        level2: l2?.level2 ?? null,
        kind: l2?.level2.kind ?? null,
        group,
        name,
        bareName: bareNameOf(name),
        empty: name === "" && values.every((v) => v === ""),
        filler:
          (name.trim() === "" || FILLER.test(name.trim())) &&
          values.every((v) => v === "" || FILLER.test(v.trim())) &&
          [name, ...values].some((v) => FILLER.test(v.trim())),
      });
    }
  });
  return out;
}

export function buildFormFacts(form: PerformanceForm, framework: Framework, fallbackName: string): FormFacts {
  const indicators = collectIndicatorFacts(form, framework);
  const usedPeriods = (form.indicators?.tables ?? []).map((t) =>
    t.periods.filter((p) => t.rows.some((r) => r.values.some((v) => v.period === p && v.text !== ""))),
  );
  const budgetKey = budgetKeyOf(form);
  const tableCount = form.indicators?.tables.length ?? 0;
  const withValues = usedPeriods.flatMap((p, i) => (p.length > 0 ? [i] : []));
  const withNames = [...new Set(indicators.filter((i) => i.name !== "").map((i) => i.tableIndex))];
  const judgedTables =
    withValues.length > 0 ? withValues : withNames.length > 0 ? withNames : tableCount > 0 ? [tableCount - 1] : [];
  return {
    form,
    framework,
    judgedTables,
    project: form.fields.projectName?.text || form.title || fallbackName,
    indicators,
    budget: budgetKey ? form.budget[budgetKey]! : null,
    budgetKey,
    multiYear: isMultiYear(form),
    usedPeriods,
    foreignTables: new Set(
      Array.from({ length: tableCount }, (_, t) => t).filter((t) => {
        const rows = indicators.filter((i) => i.tableIndex === t && !i.empty);
        return rows.length >= 3 && !rows.some((i) => i.level1 || i.level2);
      }),
    ),
  };
}

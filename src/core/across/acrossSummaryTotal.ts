/**
 * across-summary-total: project budgets against a 部门整体 / 汇总 table in the same workbook.
 * - A 部门整体 table's 项目支出 figure against the sum of the workbook's project budgets.
 * - A summary listing (a row naming a project, an amount to its right) against that project's budget.
 * Amounts are read in 万元, or in 元 when the sheet says 单位：元 / （元）.
 */
import { formBasis } from "../basis";
import { toA1 } from "../cellAddress";
import type { SheetSnapshot } from "../snapshot";
import { cellText, formatWan, labelKey, normalizeText, roundWan } from "../text/normalize";
import {
  type AcrossCheck,
  type AcrossFinding,
  type AcrossForm,
  type AcrossSheet,
  cellRef,
  compactKey,
  finding,
  nameOther,
} from "./context";

const SUMMARY_TITLE = /部门整体|单位整体|汇总|一览表/;
const TOLERANCE = 0.005;

interface Grid {
  rows: number;
  text(row: number, col: number): string;
  number(row: number, col: number): number | null;
  cols(row: number): number;
}

function gridOf(s: SheetSnapshot): Grid {
  const v = s.values;
  const at = (r: number, c: number) => v[r - s.origin.row]?.[c - s.origin.col] ?? null;
  return {
    rows: s.origin.row + v.length,
    cols: (r) => s.origin.col + (v[r - s.origin.row]?.length ?? 0),
    text: (r, c) => cellText(at(r, c)),
    number: (r, c) => {
      const x = at(r, c);
      if (typeof x === "number") return x;
      if (typeof x === "string" && /^\s*-?\d+(?:\.\d+)?\s*$/.test(x.replace(/,/g, ""))) return Number(x.replace(/,/g, ""));
      return null;
    },
  };
}

/** True when the sheet's first rows carry a 部门整体 / 汇总 title. */
function isSummarySheet(s: SheetSnapshot, g: Grid): boolean {
  for (let r = s.origin.row; r < Math.min(g.rows, s.origin.row + 4); r++) {
    for (let c = s.origin.col; c < g.cols(r); c++) if (SUMMARY_TITLE.test(normalizeText(g.text(r, c)))) return true;
  }
  return false;
}

function inYuan(s: SheetSnapshot, g: Grid): boolean {
  for (let r = s.origin.row; r < g.rows; r++) {
    for (let c = s.origin.col; c < g.cols(r); c++) {
      const t = normalizeText(g.text(r, c)).replace(/\s+/g, "");
      if (/单位[:：]?元(?![/])|\(元\)$|金额\(元\)/.test(t)) return true;
    }
  }
  return false;
}

/** The first number right of (row, col) on the same row, with its cell. */
function amountRightOf(g: Grid, row: number, col: number): { value: number; cell: string } | null {
  for (let c = col + 1; c < g.cols(row); c++) {
    const n = g.number(row, c);
    if (n !== null) return { value: n, cell: toA1(row, c) };
  }
  return null;
}

export const acrossSummaryTotal: AcrossCheck = {
  id: "across-summary-total",
  severity: "warning",
  category: "inconsistent",
  basis: formBasis("汇总表（部门整体）的项目支出等于各项目预算之和，逐项金额与各项目表一致"),
  run(ctx) {
    const out: AcrossFinding[] = [];
    for (const sheet of ctx.sheets) {
      const snap = sheet.snapshot;
      if (!snap) continue;
      const g = gridOf(snap);
      if (!isSummarySheet(snap, g)) continue;
      const projects = ctx.forms.filter((f) => (f.file ?? "") === (sheet.file ?? "") && f.sheet !== sheet.sheet);
      if (projects.length === 0) continue;
      const scale = inYuan(snap, g) ? 1 / 10000 : 1;
      const at = { file: sheet.file, sheet: sheet.sheet, formIndex: 0, project: summaryName(sheet) };
      out.push(...departmentTotal(snap, g, scale, sheet, at, projects), ...listedProjects(snap, g, scale, sheet, at, projects));
    }
    return out;
  },
};

function summaryName(sheet: AcrossSheet): string {
  return normalizeText(sheet.forms[0]?.fields.projectName?.text ?? "") || sheet.sheet;
}

type At = Pick<AcrossForm, "file" | "sheet" | "formIndex" | "project">;

function departmentTotal(
  snap: SheetSnapshot,
  g: Grid,
  scale: number,
  sheet: AcrossSheet,
  at: At,
  projects: AcrossForm[],
): AcrossFinding[] {
  for (let r = snap.origin.row; r < g.rows; r++) {
    for (let c = snap.origin.col; c < g.cols(r); c++) {
      const key = labelKey(g.text(r, c));
      if (key !== "项目支出" && key !== "项目支出合计" && key !== "项目经费") continue;
      const amount = amountRightOf(g, r, c);
      if (!amount) continue;
      const budgeted = projects.filter((p) => p.budget?.amountWan != null);
      const sum = roundWan(budgeted.reduce((s, p) => s + (p.budget!.amountWan as number), 0));
      const declared = roundWan(amount.value * scale);
      if (Math.abs(sum - declared) <= TOLERANCE) return [];
      const missing = projects.length - budgeted.length;
      return [
        finding(acrossSummaryTotal, at, {
          cell: amount.cell,
          related: [toA1(r, c), ...budgeted.map((p) => cellRef(sheet, p, p.budget!.cell))],
          messageId: "departmentTotal",
          template: "部门整体表的项目支出为{declared}万元，本工作簿{count}个项目表的预算合计为{sum}万元，相差{diff}万元{missing}",
          params: {
            declared: formatWan(declared),
            count: budgeted.length,
            sum: formatWan(sum),
            diff: formatWan(Math.abs(declared - sum)),
            missing: missing > 0 ? `（另有${missing}个项目表没有填预算）` : "",
          },
          fix: "核对部门整体表的项目支出与各项目表的预算，补上漏报的项目或改正金额",
        }),
      ];
    }
  }
  return [];
}

function listedProjects(
  snap: SheetSnapshot,
  g: Grid,
  scale: number,
  sheet: AcrossSheet,
  at: At,
  projects: AcrossForm[],
): AcrossFinding[] {
  const byKey = new Map(projects.filter((p) => p.projectKey.length >= 2).map((p) => [p.projectKey, p]));
  const out: AcrossFinding[] = [];
  const done = new Set<AcrossForm>();
  for (let r = snap.origin.row; r < g.rows; r++) {
    for (let c = snap.origin.col; c < g.cols(r); c++) {
      const p = byKey.get(compactKey(g.text(r, c)));
      if (!p || done.has(p) || p.budget?.amountWan == null) continue;
      const amount = amountRightOf(g, r, c);
      if (!amount) continue;
      done.add(p);
      const listed = roundWan(amount.value * scale);
      if (Math.abs(listed - p.budget.amountWan) <= TOLERANCE) continue;
      out.push(
        finding(acrossSummaryTotal, at, {
          cell: amount.cell,
          related: [toA1(r, c), cellRef(sheet, p, p.budget.cell)],
          messageId: "listedAmount",
          template: "汇总表中项目{project}的金额为{listed}万元，该项目表的预算为{budget}万元",
          params: { project: nameOther(sheet, p), listed: formatWan(listed), budget: formatWan(p.budget.amountWan) },
          fix: "核对汇总表与项目表，改正其中错误的金额",
        }),
      );
    }
  }
  return out;
}

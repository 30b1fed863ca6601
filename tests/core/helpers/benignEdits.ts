/**
 * Edits a publisher makes without changing what a table says — a signature footer, a note under the table, "附件2"
 * above it, labels spaced out or broken over lines, numbers stored as text — applied to a sheet snapshot, and the list
 * of the real corpus's sheets to apply them to. Used by tests/core/read/benignEdits.property.test.ts and by
 * scripts/perturb-clean.ts (which prints what each edit changes).
 */
import fs from "node:fs";
import path from "node:path";
import { checkSheet } from "../../../src/core/check";
import type { CellRange, CellValue, SheetSnapshot } from "../../../src/core/snapshot";
import { readSheet } from "../../../src/core/read/readSheet";
import { fromA1, toA1 } from "../../../src/core/cellAddress";
import type { IndicatorRow, IndicatorTable, PerformanceForm } from "../../../src/core/model/form";
import { inferHeaderRole } from "../../../src/core/read/columnRoles";
import { labelKey } from "../../../src/core/text/normalize";

export interface Dense {
  name: string;
  cells: CellValue[][];
  merges: CellRange[];
  width: number;
  /** Row offset added above the original rows (to map findings back). */
  shift: number;
}

export function dense(s: SheetSnapshot): Dense {
  const cells: CellValue[][] = [];
  let width = 0;
  if (s.cells && s.cells.length) {
    for (const c of s.cells) {
      const row = (cells[c.row] ??= []);
      row[c.col] = c.text ?? c.value;
      width = Math.max(width, c.col + 1);
    }
  } else {
    s.values.forEach((r, i) => {
      const row: CellValue[] = [];
      r.forEach((v, j) => {
        const t = s.texts?.[i]?.[j];
        row[s.origin.col + j] = t ?? v;
      });
      cells[s.origin.row + i] = row;
      width = Math.max(width, s.origin.col + r.length);
    });
  }
  for (let i = 0; i < cells.length; i++) {
    cells[i] ??= [];
    for (let j = 0; j < width; j++) cells[i][j] ??= null;
  }
  for (const m of s.merges) width = Math.max(width, m.right + 1);
  return { name: s.name, cells, merges: s.merges.map((m) => ({ ...m })), width, shift: 0 };
}

export function toSheet(d: Dense): SheetSnapshot {
  return { name: d.name, origin: { row: 0, col: 0 }, values: d.cells.map((r) => [...r]), merges: d.merges };
}

function lastRow(d: Dense): number {
  let last = -1;
  d.cells.forEach((r, i) => {
    if (r.some((v) => v !== null && String(v).trim() !== "")) last = i;
  });
  for (const m of d.merges) last = Math.max(last, m.bottom);
  return last;
}

function blankRow(w: number): CellValue[] {
  return new Array<CellValue>(w).fill(null);
}

function appendRows(d: Dense, rows: CellValue[][], merges: CellRange[] = []): Dense {
  const at = lastRow(d) + 1;
  const cells = d.cells.slice(0, at).map((r) => [...r]);
  while (cells.length < at) cells.push(blankRow(d.width)); // merges may reach below the last written row
  for (const r of rows) cells.push(r);
  return { ...d, cells, merges: [...d.merges, ...merges.map((m) => ({ ...m, top: m.top + at, bottom: m.bottom + at }))] };
}

function prependRows(d: Dense, rows: CellValue[][]): Dense {
  const n = rows.length;
  return {
    ...d,
    cells: [...rows, ...d.cells.map((r) => [...r])],
    merges: d.merges.map((m) => ({ ...m, top: m.top + n, bottom: m.bottom + n })),
    shift: d.shift + n,
  };
}

const CJK = /^[\u4e00-\u9fff]+$/;

/**
 * Cells a label edit may touch: not field values, and in indicator rows only the cells left of the row's
 * first value (a value split over operator | number | unit cells stays as written). With `headersOnly`,
 * only rows down to the indicator header (labels such as 项 目 名 称 or 指 标 值 are spaced there in real tables).
 */
function editable(d: Dense, headersOnly: boolean): (row: number, col: number) => boolean {
  const fieldCells = new Set<string>();
  const firstValueCol = new Map<number, number>();
  let lastHeader = -1;
  for (const f of readSheet(toSheet(d)).forms) {
    for (const v of Object.values(f.fields)) if (v?.cell) fieldCells.add(v.cell);
    for (const t of f.indicators?.tables ?? []) {
      if (t.headerCell) lastHeader = Math.max(lastHeader, fromA1(t.headerCell).row);
      for (const r of t.rows)
        for (const v of r.values) {
          if (!v.cell) continue;
          const c = fromA1(v.cell).col;
          firstValueCol.set(r.row, Math.min(firstValueCol.get(r.row) ?? c, c));
        }
    }
  }
  return (row, col) =>
    !fieldCells.has(toA1(row, col)) &&
    col < (firstValueCol.get(row) ?? Infinity) &&
    (!headersOnly || lastHeader < 0 || row <= lastHeader);
}

function mapTexts(d: Dense, f: (s: string) => string, headersOnly = false, everywhere = false): Dense {
  const ok = everywhere ? () => true : editable(d, headersOnly);
  return {
    ...d,
    cells: d.cells.map((r, i) => r.map((v, j) => (typeof v === "string" && ok(i, j) ? f(v) : v))),
  };
}

export type Perturb = (d: Dense) => Dense;

export const perturbations: Record<string, Perturb> = {
  "footer-split": (d) => {
    const w = Math.max(d.width, 4);
    const r = blankRow(w);
    r[0] = "填报人：";
    r[1] = "李明";
    r[Math.min(2, w - 2)] = "联系电话：";
    r[Math.min(3, w - 1)] = "0731-84561234";
    const r2 = blankRow(w);
    r2[0] = "填报日期：2021年3月5日";
    return appendRows(d, [blankRow(w), r, r2]);
  },
  "footer-merged": (d) => {
    const w = Math.max(d.width, 2);
    const r = blankRow(w);
    r[0] = "填报单位（盖章）：            单位负责人：王强        填报人：李明        联系电话：13800000000";
    return appendRows(d, [r], [{ top: 0, bottom: 0, left: 0, right: w - 1 }]);
  },
  "note-under": (d) => {
    const w = Math.max(d.width, 2);
    const r = blankRow(w);
    r[0] = "注：1.本表由项目单位填报，主管部门审核。2.绩效指标应细化、量化，定性指标应可衡量。";
    return appendRows(d, [r], [{ top: 0, bottom: 0, left: 0, right: w - 1 }]);
  },
  "annex-above": (d) => {
    const w = Math.max(d.width, 1);
    const r = blankRow(w);
    r[0] = "附件2";
    return prependRows(d, [r]);
  },
  "spaced-labels": (d) =>
    mapTexts(
      d,
      (s) => {
        const t = s.trim();
        const lead = /^\s*/.exec(s)![0];
        return t.length >= 2 && t.length <= 4 && CJK.test(t) ? lead + t.split("").join(" ") : s;
      },
      true,
    ),
  "wrapped-labels": (d) =>
    mapTexts(d, (s) => {
      const t = s.trim();
      const lead = /^\s*/.exec(s)![0]; // an outline's indentation stays
      return t.length >= 4 && t.length <= 8 && CJK.test(t) ? `${lead}${t.slice(0, t.length >> 1)}\n${t.slice(t.length >> 1)}` : s;
    }),
  "numbers-as-text": (d) => ({ ...d, cells: d.cells.map((r) => r.map((v) => (typeof v === "number" ? String(v) : v))) }),
  /** Figures typed in full width ("≥９５％", "１２０户"), as Chinese input methods do. */
  "fullwidth-figures": (d) =>
    mapTexts(d, (s) => s.replace(/[0-9%.]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)), false, true),
  /** Field labels written with a colon before the value on their right ("项目名称：" | 某项目). */
  "label-colons": (d) => {
    const labels = fieldLabelCells(d);
    return {
      ...d,
      cells: d.cells.map((r, i) => r.map((v, j) => (typeof v === "string" && labels.has(toA1(i, j)) ? `${v.trim()}：` : v))),
    };
  },
  /**
   * A field's label and value written in one cell ("项目名称：某项目" merged over where both were), as many templates
   * print their header lines.
   */
  "inline-fields": (d) => inlineFields(d),
  /** The 一级/二级 names merged down an indicator table written out in every row instead (how exports write them). */
  "levels-repeated": (d) => unmergeLevels(d),
  /** Excel's "取消单元格合并" over the whole sheet: each merged area's text stays in its top-left cell, the rest is blank. */
  "unmerged-all": (d) => ({ ...d, merges: [] }),
  /** Every merge across columns undone, those down rows only kept (a converter or a hand that undid one kind). */
  "unmerged-across": (d) => ({ ...d, merges: d.merges.filter((m) => m.left === m.right) }),
  /** Every merge down rows undone, those across columns only kept. */
  "unmerged-down": (d) => ({ ...d, merges: d.merges.filter((m) => m.top === m.bottom) }),
  /** The same over the 一级/二级 names merged down an indicator table only (blank cells below each name). */
  "unmerged-levels": (d) => unmergeLevels(d, false),
  /** Texts pasted from a web page or Word: non-breaking and ideographic spaces around them, a stray tab. */
  "pasted-spaces": (d) => mapTexts(d, (s) => `\u00a0${s}\u3000`, false, true),
  /** The whole form pasted lower and further right (two blank rows above it, a blank column on its left). */
  offset: (d) => {
    const moved = insertColumn(d, 0);
    return prependRows(moved, [blankRow(moved.width), blankRow(moved.width)]);
  },
  /** An empty narrow column put between the sheet's first and second columns (a spacer for the layout). */
  "spacer-column": (d) => (d.width < 2 ? d : insertColumn(d, 1)),
  /** A blank row under the title (the first row with text, when it is a title: "…表", no colon). */
  "blank-under-title": (d) => {
    const first = d.cells.findIndex((r) => r.some((v) => v !== null && String(v).trim() !== ""));
    if (first < 0 || d.merges.some((m) => m.top <= first && m.bottom > first)) return d;
    const title = d.cells[first].filter((v) => v !== null && String(v).trim() !== "").map(String);
    if (title.length !== 1 || !/表/.test(title[0]) || /[:：]/.test(title[0])) return d;
    const at = first + 1;
    return {
      ...d,
      cells: [...d.cells.slice(0, at).map((r) => [...r]), blankRow(d.width), ...d.cells.slice(at).map((r) => [...r])],
      merges: d.merges.map((m) => (m.top >= at ? { ...m, top: m.top + 1, bottom: m.bottom + 1 } : m)),
    };
  },
  /** The title row left out (a table pasted without its heading, or the heading printed outside the sheet). */
  "no-title": (d) => {
    const first = d.cells.findIndex((r) => r.some((v) => v !== null && String(v).trim() !== ""));
    if (first < 0 || d.merges.some((m) => m.top <= first && m.bottom > first)) return d;
    const title = d.cells[first].filter((v) => v !== null && String(v).trim() !== "").map(String);
    if (title.length !== 1 || !/表/.test(title[0]) || /[:：]/.test(title[0])) return d;
    const cells = d.cells.map((r) => [...r]);
    cells[first] = blankRow(d.width);
    return { ...d, cells, merges: d.merges.filter((m) => m.top !== first) };
  },
  /** A 序号 column put in front of the sheet, numbering the indicator rows (1, 2, 3 …). */
  "numbered-rows": (d) => {
    const rows = indicatorRows(d);
    // Only where the table starts at the sheet's left edge with nothing merged across that edge beside its rows (where a
    // section label stands left of the table, a publisher does not number the rows in front of it).
    if (!rows || rows.level1Col !== 0 || new Set(rows.rows).size !== rows.rows.length) return d; // (a sideways table: no rows to number)
    const first = rows.header;
    const last = rows.rows[rows.rows.length - 1];
    if (d.merges.some((m) => m.left === 0 && m.right > 0 && m.bottom >= first && m.top <= last)) return d;
    const cells = d.cells.map((r) => [null, ...r]);
    cells[rows.header][0] = "序号";
    rows.rows.forEach((r, i) => (cells[r][0] = i + 1));
    // Lines merged from the left edge (title, section bars) take the new column in; the rest move right.
    const cellsMoved = cells.map((r, i) => {
      const bar = d.merges.find((m) => m.left === 0 && m.right > 0 && i >= m.top && i <= m.bottom);
      if (bar && i === bar.top) [r[0], r[1]] = [r[1], null];
      return r;
    });
    const merges = d.merges.map((m) =>
      m.left === 0 && m.right > 0 ? { ...m, right: m.right + 1 } : { ...m, left: m.left + 1, right: m.right + 1 },
    );
    return { ...d, cells: cellsMoved, merges, width: d.width + 1 };
  },
  /** A "绩效指标" bar merged across the sheet, put right above the indicator table's header. */
  "section-bar": (d) => {
    const rows = indicatorRows(d);
    // Only over a table that starts at the left edge (no section label beside it already).
    if (!rows || rows.level1Col !== 0 || new Set(rows.rows).size !== rows.rows.length) return d;
    const at = rows.header;
    // Not inside a merge that spans the header's row from above (the bar would split it).
    if (d.merges.some((m) => m.top < at && m.bottom >= at)) return d;
    const bar = blankRow(d.width);
    bar[0] = "绩效指标";
    const cells = [...d.cells.slice(0, at).map((r) => [...r]), bar, ...d.cells.slice(at).map((r) => [...r])];
    const merges = [
      ...d.merges.map((m) => (m.top >= at ? { ...m, top: m.top + 1, bottom: m.bottom + 1 } : m)),
      { top: at, bottom: at, left: 0, right: Math.max(d.width - 1, 0) },
    ];
    return { ...d, cells, merges };
  },
  /** An empty 备注 column added right of the indicator table's header. */
  "remark-column": (d) => {
    const header = indicatorHeader(d);
    return header ? addColumnRight(d, header.row, "备注", []) : d;
  },
  /** Two field lines of the header given in the other order (主管部门 above 项目名称: publishers order them differently). */
  "field-rows-swapped": (d) => {
    const rows = new Set<number>();
    for (const f of readSheet(toSheet(d)).forms)
      for (const v of Object.values(f.fields)) if (v?.labelCell) rows.add(fromA1(v.labelCell).row);
    const ownLine = (r: number) =>
      d.merges.every((m) => m.top > r || m.bottom < r || (m.top === r && m.bottom === r)) &&
      !d.cells[r].some((v) => typeof v === "string" && /[:：]\s*\S/.test(v)); // not a "label:value" line of several fields
    const sorted = [...rows].sort((a, b) => a - b);
    const at = sorted.find((r) => rows.has(r + 1) && ownLine(r) && ownLine(r + 1));
    if (at === undefined) return d;
    const cells = d.cells.map((r) => [...r]);
    [cells[at], cells[at + 1]] = [cells[at + 1], cells[at]];
    const merges = d.merges.map((m) =>
      m.top === at && m.bottom === at
        ? { ...m, top: at + 1, bottom: at + 1 }
        : m.top === at + 1 && m.bottom === at + 1
          ? { ...m, top: at, bottom: at }
          : m,
    );
    return { ...d, cells, merges };
  },
  /** 一级 and 二级 names numbered as an outline ("一、产出指标", "1.数量指标"), each group in its order. */
  "numbered-levels": (d) => {
    const cells = d.cells.map((r) => [...r]);
    const cn = "一二三四五六七八九十";
    for (const f of readSheet(toSheet(d)).forms)
      for (const t of f.indicators?.tables ?? []) {
        const first = Math.min(...t.rows.flatMap((r) => r.values.filter((v) => v.cell).map((v) => fromA1(v.cell).col)), Infinity);
        const seen1 = new Map<string, number>();
        const seen2 = new Map<string, number>();
        for (const r of t.rows) {
          for (const [cell, seen, mark] of [
            [r.level1.cell, seen1, (n: number) => `${cn[n] ?? n + 1}、`],
            [r.level2.cell, seen2, (n: number) => `${n + 1}.`],
          ] as const) {
            if (!cell || fromA1(cell).col >= first || seen.has(cell)) continue;
            const { row, col } = fromA1(cell);
            const text = cells[row][col];
            // (Not over a number the publisher already wrote.)
            if (typeof text !== "string" || text.trim() === "" || /^\s*[(（]?[一二三四五六七八九十\d]/.test(text)) continue;
            const n = seen === seen2 ? [...seen.keys()].length : seen.size;
            seen.set(cell, n);
            cells[row][col] = `${/^\s*/.exec(text)![0]}${mark(n)}${text.trim()}`; // an outline's indentation stays
          }
        }
      }
    return { ...d, cells };
  },
  /** 一级/二级 names written without their trailing 指标 ("产出", "数量", "社会效益"), as many templates print them. */
  "levels-short": (d) =>
    rewriteRowCells(
      d,
      (r) => [r.level1.cell, r.level2.cell],
      (t) => (/^\s*[\u4e00-\u9fff]{2,8}指标\s*$/.test(t) ? t.replace(/指标(\s*)$/, "$1") : null),
    ),
  /** Spaces typed between a target's operator, figure and unit ("≥ 95 %", "≤ 2.5 万元"). */
  "value-spaces": (d) =>
    rewriteRowCells(
      d,
      (r) => r.values.map((v) => v.cell),
      (t) => {
        const m = /^([≥≤＞＜><=＝]+)(\d+(?:\.\d+)?)(%|[\u4e00-\u9fff]{1,3})$/.exec(t.trim());
        return m ? `${m[1]} ${m[2]} ${m[3]}` : null;
      },
    ),
  /** Empty rows and columns around the form's end (a used range that reaches past it). */
  padding: (d) => {
    const w = d.width + 3;
    const cells = d.cells.map((r) => [...r, null, null, null]);
    for (let i = 0; i < 5; i++) cells.push(blankRow(w));
    return { ...d, cells, width: w };
  },
  /** Amounts of a thousand or more written as text with separators ("1,200.50"), as exports print them. */
  thousands: (d) => ({
    ...d,
    cells: d.cells.map((r) =>
      r.map((v) => (typeof v === "number" && Math.abs(v) >= 1000 ? v.toLocaleString("en-US", { maximumFractionDigits: 6 }) : v)),
    ),
  }),
  /**
   * The money unit written with each amount instead of in its label: "年度资金总额（万元）| 12" → "年度资金总额 | 12万元"
   * (only where every "(万元)" on the sheet is a read amount's label and each of those amounts is a bare figure).
   */
  "money-unit-in-value": (d) => {
    const UNIT = /[(（]\s*万元\s*[)）]/;
    const withUnit: [number, number][] = [];
    d.cells.forEach((r, i) => r.forEach((v, j) => typeof v === "string" && UNIT.test(v) && withUnit.push([i, j])));
    const valueOf = new Map<string, { row: number; col: number }>();
    for (const f of readSheet(toSheet(d)).forms)
      for (const m of Object.values(f.budget)) if (m) valueOf.set(m.labelCell, fromA1(m.cell));
    const cells = d.cells.map((r) => [...r]);
    for (const [row, col] of withUnit) {
      const at = valueOf.get(toA1(row, col));
      const v = at ? cells[at.row][at.col] : null;
      if (!at || !(typeof v === "number" || (typeof v === "string" && /^\s*\d+(\.\d+)?\s*$/.test(v)))) return d;
      cells[row][col] = String(cells[row][col]).replace(UNIT, "");
      cells[at.row][at.col] = `${String(v).trim()}万元`;
    }
    return { ...d, cells };
  },
  /** An empty row typed above the indicator table's header and above each goal's label, for spacing. */
  "blank-before-sections": (d) => {
    const rows = new Set<number>();
    for (const f of readSheet(toSheet(d)).forms) {
      for (const t of f.indicators?.tables ?? []) {
        const heads = [t.headerCell, t.level1HeaderCell, ...Object.values(t.valueHeaderCells)].filter((c): c is string => !!c);
        if (heads.length > 0) rows.add(Math.min(...heads.map((c) => fromA1(c).row)));
      }
      for (const g of f.goals) if (g.headerCell) rows.add(fromA1(g.headerCell).row);
    }
    let out = d;
    // (Not where a merge crosses the row: a section label merged down over goals and indicators.)
    for (const at of [...rows].sort((a, b) => b - a)) {
      if (out.merges.some((m) => m.top < at && m.bottom >= at)) continue;
      const cells = [...out.cells.slice(0, at), blankRow(out.width), ...out.cells.slice(at)].map((r) => [...r]);
      out = { ...out, cells, merges: out.merges.map((m) => (m.top >= at ? { ...m, top: m.top + 1, bottom: m.bottom + 1 } : m)) };
    }
    return out;
  },
  /** The comparison written after the figure: "≥95%" → "95%以上", "≥6批次" → "6批次以上", "≤3天" → "3天以内". */
  "operator-suffix": (d) =>
    rewriteRowCells(
      d,
      (r) => r.values.filter((v) => !v.operatorColumn).map((v) => v.cell),
      (t) => {
        const m = /^\s*(≥|≤)\s*(\d+(?:\.\d+)?\s*(?:%|[\u4e00-\u9fff/·]{1,6})?)\s*$/.exec(t);
        return m ? `${m[2]}${m[1] === "≥" ? "以上" : "以内"}` : null;
      },
    ),
  /** Comparison signs written as words in the targets ("≥95%" → "不低于95%", "≤3天" → "不超过3天", "=100%" → "达到100%"). */
  "operator-words": (d) =>
    rewriteRowCells(
      d,
      (r) => r.values.filter((v) => !v.operatorColumn).map((v) => v.cell),
      (t) => {
        const m = /^\s*(≥|≤|=|＝)\s*(?=\d)/.exec(t);
        return m ? t.replace(m[0], m[1] === "≥" ? "不低于" : m[1] === "≤" ? "不超过" : "等于") : null;
      },
    ),
  /**
   * The title worded another way publishers use: a qualifier before 表 ("…绩效目标表" → "…绩效目标公开表", "…绩效自评表" →
   * "…绩效自评情况表"), a note in brackets inside it ("…区域绩效目标表" → "…区域(项目)绩效目标表").
   */
  "title-worded": (d) =>
    mapTexts(
      d,
      (s) =>
        s
          .replace(/区域绩效目标表(\s*)$/, "区域(项目)绩效目标表$1")
          .replace(/绩效目标表(\s*)$/, "绩效目标公开表$1")
          .replace(/绩效自评表(\s*)$/, "绩效自评情况表$1"),
      false,
      true,
    ),
  /** An amount in 万元 written with 万 alone, wherever a cell is only that amount ("≤30万元" → "≤30万", "50万元" → "50万"). */
  "money-short-unit": (d) => mapTexts(d, (s) => s.replace(/^(\s*[≥≤=＝]?\s*\d+(?:\.\d+)?\s*)万元(\s*)$/, "$1万$2"), false, true),
  /**
   * Small counts written in words, in the targets and the achieved values ("=3套" → "=三套", "≥2次" → "≥两次",
   * "6户" → "六户"), as publishers often write them.
   */
  "counts-in-words": (d) =>
    rewriteRowCells(
      d,
      (r) => [...r.values.filter((v) => !v.operatorColumn).map((v) => v.cell), r.extras?.actual?.cell],
      (t) => {
        const m = /^(\s*(?:[=≥≤＝]\s*)?)([1-9])(\s*[个套次项场人名所家座台辆批期处篇份本条户村])\s*$/.exec(t);
        return m ? `${m[1]}${"一两三四五六七八九"[Number(m[2]) - 1]}${m[3]}` : null;
      },
    ),
  /**
   * The detail budget worded another way a publisher prints it: its heading (项目预算明细 ↔ 支出明细预算) and, in its header
   * row, the amount column (金额 ↔ 本年度申请金额).
   */
  "details-worded": (d) => {
    const headerRows = new Set<number>();
    for (const f of readSheet(toSheet(d)).forms) if (f.details.headerCell) headerRows.add(fromA1(f.details.headerCell).row);
    const heading = (t: string) => {
      const m = /^(\s*)(项目预算明细|预算明细|支出明细预算)/.exec(t);
      return m ? `${m[1]}${m[2] === "支出明细预算" ? "项目预算明细" : "支出明细预算"}${t.slice(m[0].length)}` : t;
    };
    const amount = (t: string) => {
      const m = /^(\s*)(本年度申请(?:资金|金额)|金额)/.exec(t);
      return m ? `${m[1]}${m[2] === "金额" ? "本年度申请金额" : "金额"}${t.slice(m[0].length)}` : t;
    };
    return {
      ...d,
      cells: d.cells.map((r, i) =>
        r.map((v) => (typeof v !== "string" ? v : headerRows.has(i) ? amount(heading(v)) : heading(v))),
      ),
    };
  },
  /** A filled 评(扣)分标准 column added right of the indicator table (many templates carry one). */
  "scoring-column": (d) => {
    const rows = indicatorRows(d);
    if (!rows) return d;
    // Each row its own standard (one sentence for every row is boilerplate, which a rule rightly reports).
    const standards = [...new Set(rows.rows)].map((r) => ({
      row: r,
      text: `第${r + 1}行指标达到目标值得满分，每低1个百分点扣${((r % 5) + 1) / 10}分`,
    }));
    return addColumnRight(d, rows.header, "评(扣)分标准", standards);
  },
  /**
   * A row of column numbers under the first indicator table's header (1 | 2 | 3 … under each heading), as 决算 and
   * platform exports print one.
   */
  "column-numbers": (d) => {
    const t = readSheet(toSheet(d))
      .forms.flatMap((f) => f.indicators?.tables ?? [])
      .find((x) => x.rows.length > 0);
    return t ? numbersRowAbove(d, t.rows[0].row) : d;
  },
  /** A row of column numbers under the money block's headings (预算数 | 执行数 | 执行率 over 1 | 2 | 3), as 自评表 print it. */
  "money-numbers": (d) => {
    const headings = d.cells.findIndex((r) =>
      r.some((v) => typeof v === "string" && /^(全年|年初)?预算数/.test(v.replace(/\s+/g, ""))),
    );
    // (Not where a merge other than a label's down the first column crosses the new row.)
    if (headings < 0 || d.merges.some((m) => m.top <= headings && m.bottom > headings && m.left !== 0)) return d;
    return numbersRowAbove(d, headings + 1);
  },
  /**
   * The first indicator table's header rows printed again before its second 一级 group's first row (a page break's
   * repeated title rows), with their merges.
   */
  "header-repeated": (d) => headerRepeated(d),
  /** Each target cell and its heading merged over two columns, as wide layouts print them. */
  "values-wide": (d) => valuesWide(d),
  /** The 一级 groups of each indicator table in the reverse order (满意度 before 效益, 成本 last): publishers order them freely. */
  "groups-reversed": (d) => groupsReversed(d),
  /** 三级 names numbered within their 二级 ("1.培训人次", "2.培训合格率"), as many publishers write them. */
  "numbered-level3": (d) => {
    const cells = d.cells.map((r) => [...r]);
    for (const f of readSheet(toSheet(d)).forms)
      for (const t of f.indicators?.tables ?? []) {
        let group = "";
        let n = 0;
        for (const r of t.rows) {
          const g = `${r.level1.cell}|${r.level2.cell}`;
          if (g !== group) [group, n] = [g, 0];
          if (!r.level3.cell || r.level3.inherited) continue;
          const { row, col } = fromA1(r.level3.cell);
          const text = cells[row][col];
          // (Not a name already numbered, a template's 指标1, a 其中 line, nor a filler "-" or "……".)
          if (typeof text !== "string" || /^\s*[(（]?[\d一二三四五六七八九十]/.test(text) || /^\s*(指标|其中)/.test(text))
            continue;
          if (!/\p{L}/u.test(text)) continue;
          n++;
          cells[row][col] = `${/^\s*/.exec(text)![0]}${n}.${text.trim()}`; // an outline's indentation stays
        }
      }
    return { ...d, cells };
  },
  /** Field labels marked required as platform exports print them ("*项目名称", "*实际完成情况"). */
  "required-marks": (d) => {
    const cells = d.cells.map((r) => [...r]);
    for (const f of readSheet(toSheet(d)).forms)
      for (const v of Object.values(f.fields)) {
        if (!v?.labelCell || v.labelCell === v.cell) continue;
        const { row, col } = fromA1(v.labelCell);
        const t = cells[row][col];
        if (typeof t === "string" && !/^\s*[*＊]/.test(t)) cells[row][col] = `*${t}`;
      }
    return { ...d, cells };
  },
  /** A title centred by hand: its text in the middle column of its merge, the merge undone. */
  "title-centred": (d) => {
    const cells = d.cells.map((r) => [...r]);
    let merges = d.merges;
    for (const f of readSheet(toSheet(d)).forms) {
      if (!f.title) continue;
      const { row, col } = fromA1(f.anchorCell);
      const text = cells[row]?.[col];
      if (typeof text !== "string" || !text.replace(/\s+/g, "").includes(f.title.replace(/\s+/g, "").slice(0, 6))) continue;
      const m = merges.find((x) => x.top === row && x.left === col);
      const mid = Math.floor((col + (m ? m.right : d.width - 1)) / 2);
      if (mid === col) continue;
      cells[row][mid] = text;
      cells[row][col] = null;
      merges = merges.filter((x) => x !== m);
    }
    return { ...d, cells, merges };
  },
  /**
   * A target written as the budget platform's export writes it: 指标性质 | 指标值 | 度量单位 in three columns ("≥98%" →
   * "≥" | "98" | "%"; a text target → "定性" | text | blank). Only tables whose target column and heading stand alone
   * (no merge across) are split; a target that is not operator + number + unit, nor words without a figure, stays whole.
   * Tables with per-area target columns, or with 实际完成值 written as bare figures, are left as they are.
   */
  /**
   * The 一级 column left out of the indicator table (二级指标 | 三级指标 | 指标值 …, as 岳峰 2024 and 周至 2024 print it): the
   * table's cells from the 一级 column on move left; each row's 一级 is the one its 二级 belongs to.
   */
  "level1-dropped": (d) => level1Dropped(d),
  /** An empty column inside the table, right before its first target column (a hidden or spacer column left empty). */
  "spacer-before-values": (d) => {
    const t = readSheet(toSheet(d))
      .forms.flatMap((f) => f.indicators?.tables ?? [])
      .find((x) => !x.flat && Object.keys(x.valueHeaderCells).length > 0);
    if (!t) return d;
    const col = Math.min(...Object.values(t.valueHeaderCells).map((c) => fromA1(c).col));
    return insertColumn(d, col);
  },
  /** The achieved column's heading in other words a self-evaluation prints (本年度实际完成值), and a prior year's too. */
  "actual-relabelled": (d) =>
    relabelEveryCopy(
      relabelEveryCopy(d, (_f, t) => ({ cell: t.extraColumns?.actual, text: "本年度实际完成值", role: "extra" })),
      (_f, t) => ({ cell: t.extraColumns?.priorActual, text: "上年度实际值", role: "extra" }),
    ),
  /**
   * A one-period table's target heading in the words of a form that names its year ("2022年度指标值"; "本年度指标值" when
   * the form states none), written so in every copy of the header.
   */
  "target-relabelled": (d) => targetRelabelled(d),
  /** The score column headed "自评得分" (also the label of a form's total score in its header fields), every copy. */
  "score-relabelled": (d) => relabelEveryCopy(d, (_f, t) => ({ cell: t.extraColumns?.score, text: "自评得分", role: "extra" })),
  "split-values": (d) => splitValues(d),
  /** As `split-values`, the 度量单位 column added right of a heading merged over the target's sub-headings, not under it. */
  "split-values-outside": (d) => splitValues(d, false),
};

/**
 * The sheet written twice, the copy under the original after `gap` blank rows: a workbook that puts several projects'
 * forms on one sheet. Read right, it holds twice the forms, each with its own findings.
 */
export function stackTwice(d: Dense, gap: number): Dense {
  const n = d.cells.length + gap;
  const blank = Array.from({ length: gap }, () => blankRow(d.width));
  return {
    ...d,
    cells: [...d.cells.map((r) => [...r]), ...blank, ...d.cells.map((r) => [...r])],
    merges: [...d.merges, ...d.merges.map((m) => ({ ...m, top: m.top + n, bottom: m.bottom + n }))],
  };
}

/** A column added right of the sheet: its heading on `headerRow`, texts on some rows; lines merged across the form widen. */
function addColumnRight(d: Dense, headerRow: number, heading: string, texts: readonly { row: number; text: string }[]): Dense {
  const col = d.width;
  const cells = d.cells.map((r) => [...r, null]);
  cells[headerRow][col] = heading;
  for (const t of texts) cells[t.row][col] = t.text;
  const merges = d.merges.map((m) => (m.right === col - 1 && m.left < m.right ? { ...m, right: col } : m));
  return { ...d, cells, merges, width: d.width + 1 };
}

/** A copy with the texts of some cells of every indicator row rewritten (`rewrite` returns null to keep a text). */
function rewriteRowCells(
  d: Dense,
  cellsOf: (r: IndicatorRow) => readonly (string | null | undefined)[],
  rewrite: (text: string) => string | null,
): Dense {
  const cells = d.cells.map((r) => [...r]);
  for (const f of readSheet(toSheet(d)).forms)
    for (const t of f.indicators?.tables ?? [])
      for (const r of t.rows)
        for (const cell of cellsOf(r)) {
          if (!cell) continue;
          const { row, col } = fromA1(cell);
          const text = cells[row][col];
          const next = typeof text === "string" ? rewrite(text) : null;
          if (next !== null) cells[row][col] = next;
        }
  return { ...d, cells };
}

/** An empty column inserted at `at`: merged areas across it take it in, the others right of it move right. */
function insertColumn(d: Dense, at: number): Dense {
  const cells = d.cells.map((r) => [...r.slice(0, at), null, ...r.slice(at)]);
  const merges = d.merges.map((m) =>
    m.left >= at ? { ...m, left: m.left + 1, right: m.right + 1 } : m.right >= at ? { ...m, right: m.right + 1 } : m,
  );
  return { ...d, cells, merges, width: d.width + 1 };
}

/** The label cells of the forms' header fields (项目名称, 主管部门 …), where the label is a cell of its own. */
function fieldLabelCells(d: Dense): Set<string> {
  const out = new Set<string>();
  for (const f of readSheet(toSheet(d)).forms)
    for (const v of Object.values(f.fields))
      if (
        v?.labelCell &&
        v.labelCell !== v.cell &&
        fromA1(v.labelCell).row === fromA1(v.cell).row &&
        cellAt(d, v.cell).trim() !== "" &&
        !/[:：]\s*$/.test(cellAt(d, v.labelCell))
      )
        out.add(v.labelCell);
  return out;
}

/** See `inline-fields`: each field on one row whose label and value stand side by side, in one cell merged over both. */
function inlineFields(d: Dense): Dense {
  const pairs: { row: number; label: number; value: number }[] = [];
  for (const f of readSheet(toSheet(d)).forms)
    for (const v of Object.values(f.fields)) {
      if (!v?.labelCell || v.labelCell === v.cell || cellAt(d, v.cell).trim() === "" || /[:：]\s*$/.test(cellAt(d, v.labelCell)))
        continue;
      const l = fromA1(v.labelCell);
      const c = fromA1(v.cell);
      if (l.row === c.row && c.col > l.col) pairs.push({ row: l.row, label: l.col, value: c.col });
    }
  if (pairs.length === 0) return d;
  const cells = d.cells.map((r) => [...r]);
  let merges = d.merges.map((m) => ({ ...m }));
  const mergeAt = (row: number, col: number) => merges.find((m) => m.top === row && m.left === col);
  for (const p of pairs) {
    const lm = mergeAt(p.row, p.label);
    const vm = mergeAt(p.row, p.value);
    // Only side by side on one row: the label's merge (or cell) ends right before the value's.
    if ((lm && lm.bottom !== lm.top) || (vm && vm.bottom !== vm.top) || (lm ? lm.right : p.label) + 1 !== p.value) continue;
    const right = vm ? vm.right : p.value;
    cells[p.row][p.label] = `${String(cells[p.row][p.label]).trim()}：${String(cells[p.row][p.value]).trim()}`;
    cells[p.row][p.value] = null;
    merges = merges.filter((m) => m !== lm && m !== vm);
    merges.push({ top: p.row, bottom: p.row, left: p.label, right });
  }
  return { ...d, cells, merges };
}

function cellAt(d: Dense, a1: string): string {
  const { row, col } = fromA1(a1);
  const v = d.cells[row]?.[col];
  return v === null || v === undefined ? "" : String(v);
}

/** The first indicator table's header row and its indicator rows, as the reader sees them. */
function indicatorRows(d: Dense): { header: number; rows: number[]; level1Col: number } | null {
  for (const f of readSheet(toSheet(d)).forms)
    for (const t of f.indicators?.tables ?? [])
      if (t.headerCell && t.rows.length > 0)
        return {
          header: fromA1(t.headerCell).row,
          rows: t.rows.map((r) => r.row),
          level1Col: fromA1(t.level1HeaderCell ?? t.headerCell).col,
        };
  return null;
}

function indicatorHeader(d: Dense): { row: number } | null {
  for (const f of readSheet(toSheet(d)).forms)
    for (const t of f.indicators?.tables ?? []) if (t.headerCell) return { row: fromA1(t.headerCell).row };
  return null;
}

function unmergeLevels(d: Dense, repeat = true): Dense {
  // Indicator rows and the columns left of their first value (the level columns), as the reader sees them.
  const levelCells = new Set<string>();
  for (const f of readSheet(toSheet(d)).forms)
    for (const t of f.indicators?.tables ?? [])
      for (const r of t.rows) {
        const first = Math.min(...r.values.filter((v) => v.cell).map((v) => fromA1(v.cell).col), Infinity);
        for (const c of [r.level1.cell, r.level2.cell]) if (c && fromA1(c).col < first) levelCells.add(c);
      }
  const cells = d.cells.map((r) => [...r]);
  const merges: CellRange[] = [];
  for (const m of d.merges) {
    if (m.left !== m.right || m.bottom === m.top || !levelCells.has(toA1(m.top, m.left))) {
      merges.push(m);
      continue;
    }
    if (repeat) for (let r = m.top + 1; r <= m.bottom; r++) if (cells[r]) cells[r][m.left] = cells[m.top][m.left];
  }
  return { ...d, cells, merges };
}

export interface CorpusSheet {
  file: string;
  sheet: string;
  clean: boolean;
}

export function listSheets(sets: string[] | null): CorpusSheet[] {
  const out: CorpusSheet[] = [];
  const blind = path.join(__dirname, "../../fixtures/real/blind");
  for (const f of fs.readdirSync(blind).filter((n) => /^reading-[a-z]+\.json$/.test(n))) {
    const set = f.slice(8, -5);
    if (sets && !sets.includes(set)) continue;
    const r = JSON.parse(fs.readFileSync(path.join(blind, f), "utf8")) as {
      files: Record<string, { sheets: Record<string, { clean?: boolean; notForm?: boolean }> }>;
    };
    for (const [file, v] of Object.entries(r.files))
      for (const [sheet, s] of Object.entries(v.sheets))
        if (!s.notForm) out.push({ file: path.join(blind, file), sheet, clean: Boolean(s.clean) });
  }
  if (!sets) {
    const real2 = path.join(__dirname, "../../fixtures/real2");
    const r = JSON.parse(fs.readFileSync(path.join(real2, "reading.json"), "utf8")) as {
      files?: Record<string, { sheets: Record<string, { clean?: boolean }> }>;
    };
    for (const [file, v] of Object.entries(r.files ?? {}))
      for (const [sheet, s] of Object.entries(v.sheets ?? {}))
        out.push({ file: path.join(real2, file), sheet, clean: Boolean(s.clean) });
  }
  return out;
}

/** Errors and warnings of a sheet as rule|severity (with cell and message when `verbose`). */
export function ew(s: SheetSnapshot, verbose = false): string[] {
  const r = checkSheet(s);
  return [
    ...r.findings
      .filter((f) => f.severity === "error" || f.severity === "warning")
      .map((f) => `${f.rule}|${f.severity}${verbose ? `|${f.cell}|${f.message}` : ""}`),
    // The kind each form is read as counts too.
    ...readSheet(s).forms.map((f) => `kind:${f.layout}`),
  ].sort();
}

export function diff(a: string[], b: string[]): { added: string[]; lost: string[] } {
  const count = new Map<string, number>();
  for (const k of a) count.set(k, (count.get(k) ?? 0) + 1);
  const added: string[] = [];
  for (const k of b) {
    const n = count.get(k) ?? 0;
    if (n > 0) count.set(k, n - 1);
    else added.push(k);
  }
  const lost: string[] = [];
  for (const [k, n] of count) for (let i = 0; i < n; i++) lost.push(k);
  return { added, lost };
}

/** See `split-values`. */
function splitValues(d: Dense, widenHeading = true): Dense {
  // Target columns of every table (right to left, so inserting keeps the others' positions), with their rows.
  const cols = new Map<number, { headRow: number; rows: number[] }>();
  for (const f of readSheet(toSheet(d)).forms)
    for (const t of f.indicators?.tables ?? []) {
      // (Not per-area columns; nor a table whose 实际完成值 are bare figures: a 度量单位 column would give them their unit.)
      if (t.flat || t.textLines || t.rows.some((r) => r.values.some((v) => v.area !== undefined))) continue;
      if (t.rows.some((r) => /^\s*\d+(\.\d+)?\s*$/.test(r.extras?.actual?.text ?? ""))) continue;
      const heads = Object.values(t.valueHeaderCells).map(fromA1);
      for (const h of heads) {
        const rows: number[] = [];
        let ok = !d.merges.some((m) => m.top === h.row && m.left === h.col && m.right > m.left);
        for (const r of t.rows)
          for (const v of r.values) {
            if (v.operatorColumn || v.unitColumn || v.ownText !== undefined) ok = false;
            const c = fromA1(v.cell);
            if (c.col !== h.col) continue;
            if (d.merges.some((m) => m.top === c.row && m.left === c.col && (m.right > m.left || m.bottom > m.top))) ok = false;
            rows.push(c.row);
          }
        if (ok && rows.length > 0 && !cols.has(h.col)) cols.set(h.col, { headRow: h.row, rows });
      }
    }
  let out = d;
  for (const col of [...cols.keys()].sort((a, b) => b - a)) {
    const { headRow, rows } = cols.get(col)!;
    out = insertColumn(out, col + 1);
    // A heading merged over the target column from the left ("指标值" over its sub-headings) takes in the unit column.
    if (widenHeading)
      out.merges = out.merges.map((m) => (m.right === col && m.left < col && m.bottom < headRow ? { ...m, right: col + 1 } : m));
    out = insertColumn(out, col);
    const cells = out.cells;
    const headMerge = out.merges.find((m) => m.top === headRow && m.left === col + 1);
    cells[headRow][col] = "指标性质";
    cells[headRow][col + 2] = "度量单位";
    if (headMerge && headMerge.bottom > headMerge.top)
      out.merges.push({ ...headMerge, left: col, right: col }, { ...headMerge, left: col + 2, right: col + 2 });
    for (const r of rows) {
      const text = cells[r][col + 1];
      if (typeof text !== "string" && typeof text !== "number") continue;
      const t = String(text).trim();
      const m = /^(≥|≤|=|＝|>|<|＞|＜)?\s*(\d+(?:\.\d+)?)\s*(%|‰|[\u4e00-\u9fff][\u4e00-\u9fff/·]{0,7})?$/.exec(t);
      if (m && (m[1] || m[3])) {
        cells[r][col] = m[1] ?? null;
        cells[r][col + 1] = m[2];
        cells[r][col + 2] = m[3] ?? null;
      } else if (t !== "" && !/\d/.test(t)) cells[r][col] = "定性";
    }
  }
  return out;
}

/** See `groups-reversed`: only tables whose rows follow each other and whose merges stay within a group or span it all. */
function groupsReversed(d: Dense): Dense {
  let out = d;
  for (const f of readSheet(toSheet(d)).forms)
    for (const t of f.indicators?.tables ?? []) {
      const rows = t.rows.map((r) => r.row);
      const top = rows[0];
      const bottom = rows[rows.length - 1];
      if (rows.length < 2 || rows.some((r, i) => r !== top + i)) continue;
      const blocks: number[][] = [];
      let key = "";
      for (const r of t.rows) {
        if (r.level1.cell !== key) {
          key = r.level1.cell;
          blocks.push([]);
        }
        blocks[blocks.length - 1].push(r.row);
      }
      if (blocks.length < 2) continue;
      const blockOf = new Map<number, number>();
      blocks.forEach((b, i) => b.forEach((r) => blockOf.set(r, i)));
      const spansAll = (m: CellRange) => m.top <= top && m.bottom >= bottom;
      const touches = (m: CellRange) => m.bottom >= top && m.top <= bottom;
      if (
        out.merges.some(
          (m) => touches(m) && !spansAll(m) && (m.top < top || m.bottom > bottom || blockOf.get(m.top) !== blockOf.get(m.bottom)),
        )
      )
        continue;
      const newRowOf = new Map<number, number>();
      blocks
        .slice()
        .reverse()
        .flat()
        .forEach((r, i) => newRowOf.set(r, top + i));
      const cells = out.cells.map((r) => [...r]);
      for (const r of rows) cells[newRowOf.get(r)!] = [...out.cells[r]];
      // A merge over the whole table (a section label beside it) keeps its text in its top-left cell.
      for (const m of out.merges)
        if (spansAll(m) && m.top === top) {
          for (const r of rows) cells[r][m.left] = null;
          cells[top][m.left] = out.cells[top][m.left];
        }
      const merges = out.merges.map((m) =>
        !touches(m) || spansAll(m) ? m : { ...m, top: newRowOf.get(m.top)!, bottom: newRowOf.get(m.top)! + (m.bottom - m.top) },
      );
      out = { ...out, cells, merges };
    }
  return out;
}

/** See `values-wide`: target columns (not per-area ones) whose cells no merge crosses yet. */
function valuesWide(d: Dense): Dense {
  const cols = new Map<number, { top: number; bottom: number }>();
  for (const f of readSheet(toSheet(d)).forms)
    for (const t of f.indicators?.tables ?? []) {
      if (t.rows.some((r) => r.values.some((v) => v.area !== undefined))) continue;
      for (const h of Object.values(t.valueHeaderCells).map(fromA1)) {
        const rows = t.rows.flatMap((r) =>
          r.values
            .map((v) => fromA1(v.cell))
            .filter((c) => c.col === h.col)
            .map((c) => c.row),
        );
        if (rows.length > 0 && !cols.has(h.col)) cols.set(h.col, { top: h.row, bottom: Math.max(...rows) });
      }
    }
  let out = d;
  for (const col of [...cols.keys()].sort((a, b) => b - a)) {
    const { top, bottom } = cols.get(col)!;
    const across = (m: CellRange, r: number) => m.top <= r && m.bottom >= r && m.left <= col && m.right >= col;
    if (
      out.merges.some(
        (m) => (m.left < col || m.right > col) && m.top <= bottom && m.bottom >= top && m.left <= col && m.right >= col,
      )
    )
      continue;
    // The new column right of the target's: merges reaching over it widen, a cell merged down takes it in.
    const shifted = insertColumn(out, col + 1);
    const merges = shifted.merges.map((m) =>
      m.left === col && m.right === col && m.bottom > m.top ? { ...m, right: col + 1 } : m,
    );
    for (let r = top; r <= bottom; r++)
      if (!merges.some((m) => across(m, r))) merges.push({ top: r, bottom: r, left: col, right: col + 1 });
    out = { ...shifted, merges };
  }
  return out;
}

/** See `header-repeated`: only where no merge but one beside the whole table crosses the row the copy goes before. */
function headerRepeated(d: Dense): Dense {
  const t = readSheet(toSheet(d))
    .forms.flatMap((f) => f.indicators?.tables ?? [])
    .find((x) => x.rows.length > 1 && !x.flat && x.headerCell !== "");
  const at = t?.rows.find((r) => r.level1.cell !== t.rows[0].level1.cell)?.row;
  if (!t || at === undefined) return d;
  const heads = [t.headerCell, t.level1HeaderCell, ...Object.values(t.valueHeaderCells), ...Object.values(t.extraColumns ?? {})];
  const top = Math.min(...heads.filter((c): c is string => !!c).map((c) => fromA1(c).row));
  const first = t.rows[0].row;
  const n = first - top;
  if (n < 1 || n > 3 || d.merges.some((m) => m.top < at && m.bottom >= at && !(m.top <= top && m.left === 0))) return d;
  const cells = [...d.cells.slice(0, at), ...d.cells.slice(top, first), ...d.cells.slice(at)].map((r) => [...r]);
  const merges = d.merges.map((m) =>
    m.top >= at ? { ...m, top: m.top + n, bottom: m.bottom + n } : m.bottom >= at ? { ...m, bottom: m.bottom + n } : m,
  );
  for (const m of d.merges)
    if (m.top >= top && m.bottom < first) merges.push({ ...m, top: m.top - top + at, bottom: m.bottom - top + at });
  return { ...d, cells, merges };
}

/**
 * A row numbering the headings of row `at - 1` (1 | 2 | 3 … under each heading written there, not under one merged from
 * the left or down over it), inserted at `at`; merges reaching over the new row grow. Unchanged when fewer than three.
 */
function numbersRowAbove(d: Dense, at: number): Dense {
  const row = blankRow(d.width);
  let n = 0;
  for (let c = 0; c < d.width; c++) {
    const above = d.cells[at - 1]?.[c];
    const covered = d.merges.some(
      (m) => m.top <= at - 1 && m.bottom >= at - 1 && m.left <= c && m.right >= c && (m.left < c || m.bottom > at - 1),
    );
    if (!covered && above !== null && above !== undefined && String(above).trim() !== "") row[c] = String(++n);
  }
  if (n < 3) return d;
  const cells = [...d.cells.slice(0, at), row, ...d.cells.slice(at)].map((r) => [...r]);
  const merges = d.merges.map((m) =>
    m.top >= at ? { ...m, top: m.top + 1, bottom: m.bottom + 1 } : m.bottom >= at ? { ...m, bottom: m.bottom + 1 } : m,
  );
  return { ...d, cells, merges };
}

/**
 * See `level1-dropped`: tables whose 一级 column is its own (no merge across it, none reaching out of the table over it),
 * whose 二级 names are the framework's, and whose rows between header and last indicator row are all indicator rows.
 */
function level1Dropped(d: Dense): Dense {
  let out = d;
  const tables = readSheet(toSheet(d))
    .forms.flatMap((f) => f.indicators?.tables ?? [])
    .filter((t) => !t.flat && !t.noLevel1 && !t.textLines && t.rows.length > 0 && t.headerCell !== "");
  for (const t of tables) {
    // (Not the halves of a two-period table, side by side on the same rows.)
    const span = (x: typeof t) => [Math.min(...x.rows.map((r) => r.row)), Math.max(...x.rows.map((r) => r.row))];
    const [a, b] = span(t);
    if (tables.some((o) => o !== t && span(o)[0] <= b && span(o)[1] >= a)) continue;
    const col = fromA1(t.level1HeaderCell ?? t.headerCell).col;
    const heads = [t.headerCell, t.level1HeaderCell, ...Object.values(t.valueHeaderCells)].filter((c): c is string => !!c);
    const top = Math.min(...heads.map((c) => fromA1(c).row));
    const last = Math.max(...t.rows.map((r) => r.row));
    const rows = new Set(t.rows.map((r) => r.row));
    const first = Math.min(...rows);
    // The table's closing lines (总分, 合计) move with it.
    let bottom = last;
    while (bottom - last < 3 && /^(总分|合计|总计|得分合计|分值合计)/.test(rowText(out, bottom + 1))) bottom++;
    // The 一级 cells of the rows, and nothing else in that column between the header and the last row.
    if (
      t.rows.some(
        (r) => !r.level1.cell || fromA1(r.level1.cell).col !== col || !r.level2.cell || fromA1(r.level2.cell).col <= col,
      )
    )
      continue;
    // Only where the column says nothing its 二级 do not: every 一级 written, the one its 二级 belongs to, no weight in it
    // (a 二级 of its own words, or a 一级 left blank or misplaced, is what the column tells).
    if (t.rows.some((r) => !redundantLevel1(r.level1.text, r.level2.text))) continue;
    let gap = false;
    for (let r = first; r <= last; r++)
      if (!rows.has(r) && out.cells[r]?.some((v) => v !== null && String(v).trim() !== "")) gap = true;
    if (gap) continue;
    const inside = (m: CellRange) => m.top >= top && m.bottom <= bottom;
    const touches = (m: CellRange) => m.bottom >= top && m.top <= bottom && m.right >= col;
    // (A merge reaching out of the table over the column, or one starting in it across others, would lose its text.)
    if (out.merges.some((m) => touches(m) && (!inside(m) || (m.left === col && m.right > col)))) continue;
    const cells = out.cells.map((r, i) => (i >= top && i <= bottom ? [...r.slice(0, col), ...r.slice(col + 1), null] : [...r]));
    // Merges of the column go; those right of it move left; those across it (a 总分 label over its columns) lose it.
    const merges = out.merges
      .filter((m) => !(inside(m) && m.left === col && m.right === col))
      .map((m) =>
        !inside(m) || m.right < col
          ? m
          : m.left > col
            ? { ...m, left: m.left - 1, right: m.right - 1 }
            : { ...m, right: m.right - 1 },
      );
    out = { ...out, cells, merges };
  }
  return out;
}

/** Whether a 一级 name is the one its 二级 (a name of the framework) belongs to. */
function redundantLevel1(level1: string, level2: string): boolean {
  const one = level1.replace(/\s+/g, "");
  const two = level2.replace(/\s+/g, "");
  if (/^(数量|质量|时效|成本)指标$/.test(two)) return one === "产出指标";
  if (/^(经济成本|社会成本|生态环境成本)指标$/.test(two)) return one === "成本指标";
  if (/^(经济效益|社会效益|生态效益|可持续影响)指标$/.test(two)) return one === "效益指标";
  if (/^(服务对象|社会公众或服务对象)?满意度指标$/.test(two)) return one === "满意度指标";
  return false;
}

function rowText(d: Dense, row: number): string {
  return (d.cells[row] ?? [])
    .map((v) => (v === null ? "" : String(v)))
    .join("")
    .replace(/\s+/g, "");
}

/** See `target-relabelled`. */
function targetRelabelled(d: Dense): Dense {
  return relabelEveryCopy(d, (f, t) => {
    // (Not a form with a 中期 table beside or above: its heading may be written the same, 指标值 | 指标值.)
    if (f.indicators?.tables.some((x) => x.periods.includes("implementation"))) return null;
    const heads = Object.entries(t.valueHeaderCells);
    if (t.textLines || t.flat || heads.length !== 1 || heads[0][0] !== "annual") return null;
    if (t.rows.some((r) => r.values.some((v) => v.area !== undefined))) return null;
    return { cell: heads[0][1], text: f.statedYear ? `${f.statedYear.year}年度指标值` : "本年度指标值", role: "value" };
  });
}

/**
 * Each form's heading of one column (picked per table, with its new text and the role its old text must have: a heading
 * of the header row, not merged across) written anew in every copy of the header (a copy after a page break may break the
 * same words over two lines). Lists are left as they are.
 */
function relabelEveryCopy(
  d: Dense,
  pick: (f: PerformanceForm, t: IndicatorTable) => { cell: string | undefined; text: string; role: string } | null,
): Dense {
  const cells = d.cells.map((r) => [...r]);
  for (const f of readSheet(toSheet(d)).forms) {
    if (f.layout === "project-list") continue;
    for (const t of f.indicators?.tables ?? []) {
      const p = pick(f, t);
      if (!p?.cell) continue;
      const { row, col } = fromA1(p.cell);
      const headRow = fromA1(t.level1HeaderCell ?? t.headerCell).row;
      const old = cells[row]?.[col];
      if (Math.abs(row - headRow) > 1 || typeof old !== "string" || inferHeaderRole(old)?.role !== p.role) continue;
      if (d.merges.some((m) => m.top === row && m.left === col && m.right > col)) continue;
      for (let r = f.rowSpan.top; r <= f.rowSpan.bottom; r++)
        for (let c = 0; c < (cells[r]?.length ?? 0); c++) {
          const v = cells[r][c];
          if (typeof v === "string" && labelKey(v) === labelKey(old)) cells[r][c] = p.text;
        }
    }
  }
  return { ...d, cells };
}

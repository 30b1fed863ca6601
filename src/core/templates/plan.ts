/**
 * Pure insertion planning: which rows to insert inside an existing indicator table (in framework order),
 * which cells to write and which 一级/二级 merges to extend, so that every required 二级 that is absent or
 * has no 三级 gets the template's rows. Or, when the form has no indicator table at all, a complete new
 * indicator block (and an empty 绩效目标 block when that is missing too) appended below the form.
 *
 * Safety rules, checked by tests/core/templates/plan.property.test.ts:
 * - a write only ever targets an inserted row or an empty, unmerged cell of a present-but-empty 二级 row;
 * - every pre-existing cell keeps its shown text (moved down with its row), every pre-existing merge keeps
 *   its columns and only grows by the inserted rows (a 一级/二级 merge or a section label spanning the table);
 * - nothing left or right of the form's columns is written.
 * Hosts (exceljs in the CLI, Office.js in the add-in, applyPlanToSnapshot here) apply: insert rows
 * bottom-up in old coordinates → resize/create merges → write values.
 */
import { toA1 } from "../cellAddress";
import { chooseFramework, findLevel1, findLevel2 } from "../frameworks/classifyIndicator";
import { checkSheet } from "../check";
import type { Framework, FrameworkId } from "../frameworks/framework";
import type { PerformanceForm, Period } from "../model/form";
import { classifyIndicatorHeader } from "../read/readIndicators";
import { readSheet } from "../read/readSheet";
import { SheetGrid } from "../read/sheetGrid";
import { buildFormFacts, type FormFacts, isMultiYear } from "../rules/support/formFacts";
import type { CellRange, CellValue, SheetSnapshot } from "../snapshot";
import { fillContextOf, frameworkOrder, type RenderedRow, renderTemplate } from "./render";
import { PLACEHOLDER, type Template } from "./schema";

export interface CellWrite {
  /** New (after-insertion) sheet coordinates, 0-based. */
  row: number;
  col: number;
  value: string;
}

export interface RowInsert {
  /** Old sheet row (0-based) before which `count` whole rows are inserted. */
  at: number;
  count: number;
  /** Old row whose formats (borders, fonts, wrap, height) the new rows copy. */
  styleRow: number;
}

export interface PlannedRow {
  /** Where the 三级 name goes (new coordinates, A1). */
  cell: string;
  level1: string;
  level2: string;
  level3: string;
  value: string;
  placeholder: boolean;
  explanation: string;
  filledFrom?: string;
  /** True when written into an existing empty row instead of an inserted one. */
  inPlace: boolean;
}

export interface InsertionPlan {
  sheet: string;
  formIndex: number;
  templateId: string;
  framework: FrameworkId;
  mode: "fill" | "new-block";
  inserts: RowInsert[];
  writes: CellWrite[];
  /** Existing merges whose final shape is not a plain shift: `from` in old, `to` in new coordinates. */
  resized: { from: CellRange; to: CellRange }[];
  /** Merges to create (new coordinates). */
  created: CellRange[];
  rows: PlannedRow[];
  /** A1 cells (new coordinates) that still hold （待填）. */
  placeholders: string[];
  /** zh-CN: 二级 groups the template has no rows for. */
  skipped: string[];
  /** The 二级 groups this plan fills ("产出指标 › 数量指标"). */
  fixes: string[];
  /** 三级 cells (new coordinates) of existing empty rows the template had no more rows for. */
  leftEmpty: string[];
  /** Total rows inserted. */
  insertedRows: number;
}

export interface PlanOptions {
  formIndex?: number;
  framework?: FrameworkId | "auto";
  /** Only these groups ("产出指标 › 数量指标", or a whole "满意度指标"); default every missing one. */
  groups?: readonly string[];
}

export type PlanResult = { ok: true; plan: InsertionPlan } | { ok: false; reason: string };

/** Old row → new row after the plan's inserts. */
export function mapRow(inserts: readonly RowInsert[], row: number): number {
  let n = row;
  for (const i of inserts) if (i.at <= row) n += i.count;
  return n;
}

function mapRange(inserts: readonly RowInsert[], r: CellRange): CellRange {
  return { ...r, top: mapRow(inserts, r.top), bottom: mapRow(inserts, r.bottom) };
}

// ---------------------------------------------------------------------------------------------
// Table geometry (re-derived from the header row with the reader's own header classifier)
// ---------------------------------------------------------------------------------------------

interface ValueCol {
  period: Period;
  col: number;
  operatorCol: number | null;
  unitCol: number | null;
}
interface Half {
  level2Col: number;
  level3Col: number | null;
  values: ValueCol[];
}
interface Geometry {
  headerRow: number;
  headerBottom: number;
  level1Col: number;
  halves: Half[];
  left: number;
  right: number;
}

function geometry(grid: SheetGrid, form: PerformanceForm): Geometry | null {
  const tables = form.indicators?.tables ?? [];
  if (tables.length === 0) return null;
  const first = /^([A-Z]+)(\d+)$/.exec(tables[0].headerCell);
  if (!first) return null;
  const headerRow = Number(first[2]) - 1;
  let level1Col = -1;
  const halves: Half[] = [];
  let pendingOp: number | null = null;
  for (let col = grid.left; col <= grid.right; col++) {
    const a = grid.anchor(headerRow, col);
    if (a.col !== col) continue;
    const role = classifyIndicatorHeader(grid.text(a.row, a.col));
    if (!role) continue;
    const cur = halves[halves.length - 1];
    if (role.role === "level1" && halves.length === 0) level1Col = col;
    else if (role.role === "level2") halves.push({ level2Col: col, level3Col: null, values: [] });
    else if (!cur) continue;
    else if (role.role === "level3") cur.level3Col = col;
    else if (role.role === "operator") pendingOp = col;
    else if (role.role === "value") {
      cur.values.push({ period: "annual", col, operatorCol: pendingOp, unitCol: null });
      pendingOp = null;
    } else if (role.role === "unit" && cur.values.length > 0) cur.values[cur.values.length - 1].unitCol = col;
  }
  if (level1Col < 0 || halves.length !== tables.length) return null;
  // Periods as the reader decided them (same order of value columns).
  halves.forEach((h, i) => h.values.forEach((v, j) => (v.period = tables[i].periods[j] ?? "annual")));
  const right = Math.max(
    ...halves.flatMap((h) => [h.level2Col, h.level3Col ?? 0, ...h.values.flatMap((v) => [v.col, v.unitCol ?? 0])]),
  );
  return { headerRow, headerBottom: grid.bottomEdge(headerRow, level1Col), level1Col, halves, left: level1Col, right };
}

// ---------------------------------------------------------------------------------------------
// Entries: the table's rows after insertion, old and new, in order
// ---------------------------------------------------------------------------------------------

interface Entry {
  old: number | null;
  l1: string | null;
  l2: string | null;
  /** The template row written on this entry (new rows, or an in-place fill of an empty old row). */
  fill: RenderedRow | null;
}

/** What the plan must add: per 二级 (framework order), the template rows and an empty row to fill first. */
interface Need {
  level1: string;
  level2: string;
  rows: RenderedRow[];
  emptyRows: number[];
}

function needs(facts: FormFacts, rendered: RenderedRow[], skipped: string[]): Need[] {
  const fw = facts.framework;
  const judged = new Set(facts.judgedTables);
  const facts1 = facts.indicators.filter((i) => judged.has(i.tableIndex));
  const real = (l2: string) => facts1.some((i) => i.level2?.name === l2 && i.name !== "" && !i.filler);
  const out: Need[] = [];
  for (const l1 of fw.level1) {
    const groups = l1.level2.filter((d) => d.requirement !== "optional");
    const filledCount = l1.level2.filter((d) => real(d.name)).length;
    // An optional-only group (效益): add the template's rows when none of its 二级 has a 三级.
    const optionalNeeded =
      filledCount < l1.minFilledLevel2 && !l1.level2.some((d) => d.requirement !== "optional" && real(d.name));
    for (const d of l1.level2) {
      const wanted = groups.includes(d) ? !real(d.name) : optionalNeeded;
      if (!wanted) continue;
      const rows = rendered.filter((r) => r.level1 === l1.name && r.level2 === d.name);
      if (rows.length === 0) {
        if (groups.includes(d)) skipped.push(`${l1.name} › ${d.name}`);
        continue;
      }
      const emptyRows = [...new Set(facts1.filter((i) => i.level2?.name === d.name && i.empty).map((i) => i.row.row))];
      out.push({ level1: l1.name, level2: d.name, rows, emptyRows });
    }
    if (optionalNeeded && !out.some((n) => n.level1 === l1.name)) skipped.push(l1.name);
  }
  return out;
}

/**
 * What the checker itself reports missing for the form — the plan fixes exactly that (so a layout the
 * engine does not hold to the framework, such as a 自评表 fragment, gets nothing inserted).
 */
interface Flagged {
  all: boolean;
  level1: Set<string>;
  groups: Set<string>;
}

function flaggedByChecker(snapshot: SheetSnapshot, formIndex: number, framework: Framework): Flagged {
  const out: Flagged = { all: false, level1: new Set(), groups: new Set() };
  const result = checkSheet(snapshot, { framework: framework.id });
  for (const f of result.findings) {
    if (f.formIndex !== formIndex || f.severity === "info") continue;
    const p = f.params;
    if (f.rule === "indicator-section") out.all = true;
    else if (f.rule === "framework-coverage") {
      if (f.messageId === "level2Absent") out.groups.add(`${p.level1} › ${p.level2}`);
      else if (p.level1 !== undefined) out.level1.add(String(p.level1));
    } else if (f.rule === "level2-without-level3") {
      const d = findLevel2(framework, String(p.level2 ?? ""));
      if (d) out.groups.add(`${d.level1.name} › ${d.level2.name}`);
    }
  }
  return out;
}

const isFlagged = (f: Flagged, level1: string, level2: string) =>
  f.all || f.level1.has(level1) || f.groups.has(`${level1} › ${level2}`);

function insertEntries(entries: Entry[], fw: Framework, need: Need, newOnes: Entry[]): void {
  const order = frameworkOrder(fw, need.level1, need.level2);
  const l1Order = (l1: string | null) => (l1 === null ? null : Math.floor(frameworkOrder(fw, l1, "") / 100));
  const target1 = Math.floor(order / 100);
  // Right after an existing group of the same 二级 (a present-but-empty 二级 being filled).
  const same = entries.map((e, i) => (e.l1 === need.level1 && e.l2 === need.level2 ? i : -1)).filter((i) => i >= 0);
  let at: number;
  if (same.length > 0) at = same[same.length - 1] + 1;
  else if (entries.some((e) => e.l1 === need.level1)) {
    const inL1 = entries.map((e, i) => (e.l1 === need.level1 ? i : -1)).filter((i) => i >= 0);
    const after = inL1.find((i) => entries[i].l2 !== null && frameworkOrder(fw, need.level1, entries[i].l2!) > order);
    at = after ?? inL1[inL1.length - 1] + 1;
  } else {
    const later = entries.findIndex((e) => {
      const o = l1Order(e.l1);
      return o !== null && o < 99 && o > target1;
    });
    at = later >= 0 ? later : entries.length;
  }
  entries.splice(at, 0, ...newOnes);
}

// ---------------------------------------------------------------------------------------------
// Labels and merges of the level columns
// ---------------------------------------------------------------------------------------------

interface Builder {
  writes: CellWrite[];
  created: CellRange[];
  resized: { from: CellRange; to: CellRange }[];
}

/**
 * Lays out one level column: entries sharing a label block (an old anchor cell/merge, or a run of new rows)
 * get one label at the top and one merge over the block (when the column uses merges).
 */
function layoutLevelColumn(
  grid: SheetGrid,
  entries: Entry[],
  newRowOf: (i: number) => number,
  col: number,
  labelOf: (e: Entry) => string | null,
  parentKey: (e: Entry, i: number) => string,
  usesMerge: boolean,
  b: Builder,
  inserts: RowInsert[],
): Map<number, string> {
  const keys: string[] = [];
  const anchorOf = new Map<string, CellRange>();
  entries.forEach((e) => {
    if (e.old !== null) {
      const m = grid.merge(e.old, col) ?? { top: e.old, bottom: e.old, left: col, right: col };
      const k = `old:${m.top}:${m.left}`;
      anchorOf.set(k, m);
      keys.push(k);
    } else keys.push("");
  });
  // New entries join the block before them (same parent and label), else the block after, else a new block.
  const label = entries.map(labelOf);
  for (let i = 0; i < entries.length; i++) {
    if (keys[i] !== "") continue;
    const prev =
      i > 0 && parentKey(entries[i - 1], i - 1) === parentKey(entries[i], i) && label[i - 1] === label[i] ? keys[i - 1] : null;
    keys[i] = prev ?? `new:${i}`;
  }
  for (let i = entries.length - 1; i >= 0; i--) {
    if (!keys[i].startsWith("new:") || entries[i].old !== null) continue;
    const next =
      i + 1 < entries.length &&
      entries[i + 1].old !== null &&
      parentKey(entries[i + 1], i + 1) === parentKey(entries[i], i) &&
      label[i + 1] === label[i]
        ? keys[i + 1]
        : null;
    if (next) {
      const k = keys[i];
      for (let j = i; j >= 0 && keys[j] === k; j--) keys[j] = next;
    }
  }
  const blocks = new Map<string, number[]>();
  keys.forEach((k, i) => blocks.set(k, [...(blocks.get(k) ?? []), i]));
  for (const [k, idx] of blocks) {
    const rows = idx.map(newRowOf);
    const top = Math.min(...rows);
    const bottom = Math.max(...rows);
    const text = label[idx[0]] ?? "";
    const old = anchorOf.get(k);
    const hasNew = idx.some((i) => entries[i].old === null);
    if (!hasNew) continue;
    if (old) {
      const mapped = mapRange(inserts, old);
      const to = { top: Math.min(top, mapped.top), bottom: Math.max(bottom, mapped.bottom), left: old.left, right: old.right };
      if (usesMerge || old.bottom > old.top) {
        if (to.top < mapped.top) b.writes.push({ row: to.top, col, value: grid.text(old.top, old.left) });
        if (old.bottom > old.top || old.right > old.left) b.resized.push({ from: old, to });
        else b.created.push(to);
      } else {
        for (const i of idx) if (entries[i].old === null) b.writes.push({ row: newRowOf(i), col, value: text });
      }
    } else if (usesMerge) {
      b.writes.push({ row: top, col, value: text });
      if (bottom > top) b.created.push({ top, bottom, left: col, right: col });
    } else {
      for (const i of idx) b.writes.push({ row: newRowOf(i), col, value: text });
    }
  }
  return new Map(keys.map((k, i) => [i, k]));
}

// ---------------------------------------------------------------------------------------------
// The plan
// ---------------------------------------------------------------------------------------------

function valueWrites(row: number, half: Half, periods: Set<Period>, r: RenderedRow): CellWrite[] {
  const out: CellWrite[] = [];
  for (const v of half.values) {
    if (!periods.has(v.period)) continue;
    if (v.operatorCol !== null || v.unitCol !== null) {
      if (v.operatorCol !== null) out.push({ row, col: v.operatorCol, value: r.operator === "时限" ? "定性" : r.operator });
      out.push({
        row,
        col: v.col,
        value:
          v.operatorCol !== null
            ? r.core
            : r.value.replace(r.unit && v.unitCol !== null ? new RegExp(`${escape(r.unit)}$`) : /$^/, ""),
      });
      if (v.unitCol !== null && r.unit && r.operator !== "时限" && r.operator !== "定性")
        out.push({ row, col: v.unitCol, value: r.unit });
    } else out.push({ row, col: v.col, value: r.value });
  }
  return out;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

function isBlank(grid: SheetGrid, row: number, col: number): boolean {
  return grid.merge(row, col) === null && grid.text(row, col) === "";
}

/** Plans inserting `template` into form `formIndex` of the sheet. */
export function planInsertion(snapshot: SheetSnapshot, template: Template, options: PlanOptions = {}): PlanResult {
  const reading = readSheet(snapshot);
  const formIndex = options.formIndex ?? 0;
  const form = reading.forms[formIndex];
  if (!form) return { ok: false, reason: reading.reason ?? `工作表上没有第 ${formIndex + 1} 张绩效表。` };
  if (form.layout === "project-list") {
    return { ok: false, reason: "多个项目共用一张指标清单的表，暂不支持按模板插入行，未做任何修改；可以为该项目另建一张新表。" };
  }
  const framework = chooseFramework(form, options.framework ?? "auto");
  const facts = buildFormFacts(form, framework, snapshot.name);
  const rendered = renderTemplate(template, framework, { context: fillContextOf(form, framework) });
  const grid = new SheetGrid(snapshot);
  const base = { sheet: snapshot.name, formIndex, templateId: template.id, framework: framework.id };
  const geo = form.indicators ? geometry(grid, form) : null;
  if (!geo) {
    if (form.indicators && form.indicators.tables.length > 0)
      return { ok: false, reason: "无法确定绩效指标表的列（一级/二级/三级/指标值），未做任何修改。" };
    if (!flaggedByChecker(snapshot, formIndex, framework).all) return { ok: true, plan: emptyPlan(base) };
    return planNewBlock(grid, form, facts, rendered, base);
  }
  if (facts.judgedTables.some((t) => geo.halves[t]?.level3Col === null)) {
    return {
      ok: false,
      reason: "指标表没有可识别的“三级指标”列（表头用了其他名称），无法按模板插入，未做任何修改；可以另建一张新表。",
    };
  }
  const tables = form.indicators!.tables;
  const allRows = tables.flatMap((t) => t.rows.map((r) => r.row));
  const firstRow = geo.headerBottom + 1;
  const lastRow = allRows.length > 0 ? Math.max(...allRows) : geo.headerBottom;
  const skipped: string[] = [];
  const only = options.groups;
  const flagged = flaggedByChecker(snapshot, formIndex, framework);
  const need = needs(facts, rendered, skipped).filter(
    (n) =>
      isFlagged(flagged, n.level1, n.level2) && (!only || only.includes(n.level1) || only.includes(`${n.level1} › ${n.level2}`)),
  );
  if (need.length === 0) return { ok: true, plan: { ...emptyPlan(base), skipped } };

  // Old entries, labelled from the judged table's facts (the 一级 column is shared by the halves).
  const judged = facts.judgedTables[0] ?? 0;
  const byRow = new Map(facts.indicators.filter((i) => i.tableIndex === judged).map((i) => [i.row.row, i]));
  const entries: Entry[] = [];
  for (let r = firstRow; r <= lastRow; r++) {
    const f = byRow.get(r);
    // The 一级 block a row sits in, as written (a 满意度 二级 written under 效益 stays in the 效益 block).
    const written = f ? (findLevel1(facts.framework, f.row.level1.text)?.name ?? f.level1?.name ?? null) : null;
    entries.push({ old: r, l1: written, l2: f?.level2?.name ?? null, fill: null });
  }
  // A row the reader skipped (e.g. an empty row under a merged 二级) belongs to the group whose merge covers it.
  const judgedHalf = geo.halves[judged] ?? geo.halves[0];
  for (const e of entries) {
    for (const col of [judgedHalf.level2Col, geo.level1Col]) {
      const m = grid.merge(e.old!, col);
      if (!m || m.top === e.old) continue;
      const top = entries.find((x) => x.old === m.top);
      if (!top) continue;
      if (e.l1 === null) e.l1 = top.l1;
      if (col === judgedHalf.level2Col && e.l2 === null && e.l1 === top.l1) e.l2 = top.l2;
    }
  }
  const writeHalves = new Set(facts.judgedTables);
  const periodsOf = (t: number): Set<Period> => {
    const used = facts.usedPeriods[t] ?? [];
    if (used.length > 0) return new Set(used);
    const ps = new Set<Period>(["annual"]);
    if (facts.multiYear) ps.add("implementation");
    if (!tables[t].periods.includes("annual")) tables[t].periods.forEach((p) => ps.add(p));
    return ps;
  };
  const canFillInPlace = (row: number) =>
    [...writeHalves].every((t) => {
      const h = geo.halves[t];
      const cells = [h.level3Col, ...h.values.flatMap((v) => [v.col, v.operatorCol, v.unitCol])].filter(
        (c): c is number => c !== null,
      );
      return cells.every((c) => isBlank(grid, row, c));
    });
  const leftEmptyRows: number[] = [];
  for (const n of need) {
    const rows = [...n.rows];
    for (const r of n.emptyRows) {
      const e = entries.find((x) => x.old === r);
      if (rows.length > 0 && e && canFillInPlace(r)) e.fill = rows.shift()!;
      else leftEmptyRows.push(r);
    }
    if (rows.length > 0)
      insertEntries(
        entries,
        framework,
        n,
        rows.map((r) => ({ old: null, l1: n.level1, l2: n.level2, fill: r })),
      );
  }

  // Inserts: runs of new entries before an old row (or after the last one).
  const inserts: RowInsert[] = [];
  for (let i = 0; i < entries.length; i++) {
    if (entries[i].old !== null) continue;
    let j = i;
    while (j < entries.length && entries[j].old === null) j++;
    const at = j < entries.length ? entries[j].old! : lastRow + 1;
    const styleRow = i > 0 ? entries[i - 1].old! : j < entries.length ? entries[j].old! : lastRow;
    inserts.push({ at, count: j - i, styleRow });
    i = j - 1;
  }
  const newRowOf = (() => {
    const rows = entries.map((e) => (e.old !== null ? mapRow(inserts, e.old) : -1));
    // New entries sit right after the previous entry (or right before the next one).
    for (let i = 0; i < entries.length; i++) {
      if (rows[i] !== -1) continue;
      let j = i;
      while (j < entries.length && rows[j] === -1) j++;
      const start = i > 0 ? rows[i - 1] + 1 : j < entries.length ? rows[j] - (j - i) : lastRow + 1;
      for (let k = i; k < j; k++) rows[k] = start + (k - i);
      i = j - 1;
    }
    return (i: number) => rows[i];
  })();
  const styleRowOf = (i: number): number => {
    for (let k = i - 1; k >= 0; k--) if (entries[k].old !== null) return entries[k].old!;
    for (let k = i + 1; k < entries.length; k++) if (entries[k].old !== null) return entries[k].old!;
    return lastRow;
  };

  const b: Builder = { writes: [], created: [], resized: [] };
  const verticalMergeIn = (col: number) =>
    entries.some((e) => e.old !== null && ((m) => m !== null && m.bottom > m.top)(grid.merge(e.old, col)));
  const inheritedIn = (col: number, half: number) =>
    tables[half]?.rows.some((r) => (col === geo.level1Col ? r.level1.inherited : r.level2.inherited)) ?? false;
  const noOld = entries.every((e) => e.old === null);
  const l1Keys = layoutLevelColumn(
    grid,
    entries,
    newRowOf,
    geo.level1Col,
    (e) => e.l1,
    () => "",
    verticalMergeIn(geo.level1Col) || inheritedIn(geo.level1Col, 0) || noOld,
    b,
    inserts,
  );
  geo.halves.forEach((h, t) => {
    layoutLevelColumn(
      grid,
      entries,
      newRowOf,
      h.level2Col,
      (e) => e.l2,
      (_e, i) => l1Keys.get(i) ?? "",
      verticalMergeIn(h.level2Col) || inheritedIn(h.level2Col, t) || noOld,
      b,
      inserts,
    );
  });
  // 三级 and values.
  const rows: PlannedRow[] = [];
  entries.forEach((e, i) => {
    if (!e.fill) return;
    const row = newRowOf(i);
    let nameCell = "";
    for (const t of writeHalves) {
      const h = geo.halves[t];
      if (h.level3Col !== null) {
        b.writes.push({ row, col: h.level3Col, value: e.fill.level3 });
        nameCell ||= toA1(row, h.level3Col);
      }
      b.writes.push(...valueWrites(row, h, periodsOf(t), e.fill));
    }
    rows.push({
      cell: nameCell,
      level1: e.fill.level1,
      level2: e.fill.level2,
      level3: e.fill.level3,
      value: e.fill.value,
      placeholder: e.fill.placeholder,
      explanation: e.fill.explanation,
      ...(e.fill.filledFrom ? { filledFrom: e.fill.filledFrom } : {}),
      inPlace: e.old !== null,
    });
  });
  // Horizontal merges of the style row repeat on the new rows (value cells spanning two columns, …).
  const levelCols = new Set([geo.level1Col, ...geo.halves.map((h) => h.level2Col)]);
  entries.forEach((e, i) => {
    if (e.old !== null) return;
    const styleRow = styleRowOf(i);
    for (let col = grid.left; col <= grid.right; col++) {
      const m = grid.merge(styleRow, col);
      if (!m || m.left !== col || m.top !== m.bottom || m.right === m.left || levelCols.has(col)) continue;
      b.created.push({ top: newRowOf(i), bottom: newRowOf(i), left: m.left, right: m.right });
    }
  });
  // Section labels spanning the whole table ("绩效指标" merged down column A) grow with rows added at its end.
  const tail = inserts.find((x) => x.at === lastRow + 1);
  if (tail) {
    const seen = new Set<string>();
    for (let col = grid.left; col < geo.level1Col; col++) {
      const m = grid.merge(lastRow, col);
      if (!m || m.bottom !== lastRow || m.top > geo.headerRow || seen.has(`${m.top}:${m.left}`)) continue;
      seen.add(`${m.top}:${m.left}`);
      b.resized.push({ from: m, to: { ...mapRange(inserts, m), bottom: mapRow(inserts, lastRow) + tail.count } });
    }
  }
  const l3Col = geo.halves[judged]?.level3Col ?? geo.halves[0].level3Col ?? geo.level1Col;
  const leftEmpty = leftEmptyRows.map((r) => toA1(mapRow(inserts, r), l3Col));
  const fixes = need.map((n) => `${n.level1} › ${n.level2}`);
  return { ok: true, plan: finish({ ...base, mode: "fill", inserts, ...b, rows, skipped, fixes, leftEmpty }, grid) };
}

function emptyPlan(base: Pick<InsertionPlan, "sheet" | "formIndex" | "templateId" | "framework">): InsertionPlan {
  return {
    ...base,
    mode: "fill",
    inserts: [],
    writes: [],
    resized: [],
    created: [],
    rows: [],
    placeholders: [],
    skipped: [],
    fixes: [],
    leftEmpty: [],
    insertedRows: 0,
  };
}

function finish(p: Omit<InsertionPlan, "placeholders" | "insertedRows">, grid: SheetGrid): InsertionPlan {
  // Safety: writes into old rows (in-place fills) must land on empty cells; drop anything else.
  const writes = p.writes.filter((w) => {
    const old = oldRowOf(p.inserts, w.row);
    return old === null || (grid.text(old, w.col) === "" && grid.merge(old, w.col) === null) || isResizedTop(p, w);
  });
  const placeholders = writes.filter((w) => w.value.includes(PLACEHOLDER)).map((w) => toA1(w.row, w.col));
  return { ...p, writes, placeholders, insertedRows: p.inserts.reduce((a, i) => a + i.count, 0) };
}

/** New row → the old row it came from, or null for an inserted row. */
export function oldRowOf(inserts: readonly RowInsert[], row: number): number | null {
  let shift = 0;
  for (const i of [...inserts].sort((a, b) => a.at - b.at)) {
    const start = i.at + shift;
    if (row < start) break;
    if (row < start + i.count) return null;
    shift += i.count;
  }
  return row - shift;
}

function isResizedTop(p: Omit<InsertionPlan, "placeholders" | "insertedRows">, w: CellWrite): boolean {
  return p.resized.some((r) => r.to.top === w.row && r.to.left === w.col && r.to.top < mapRow(p.inserts, r.from.top));
}

// ---------------------------------------------------------------------------------------------
// A new indicator block under a form that has none
// ---------------------------------------------------------------------------------------------

function planNewBlock(
  grid: SheetGrid,
  form: PerformanceForm,
  facts: FormFacts,
  rendered: RenderedRow[],
  base: Pick<InsertionPlan, "sheet" | "formIndex" | "templateId" | "framework">,
): PlanResult {
  const anchor = /^([A-Z]+)(\d+)$/.exec(form.anchorCell);
  if (!anchor) return { ok: false, reason: "无法确定表格位置。" };
  let left = grid.right;
  for (let r = form.rowSpan.top; r <= form.rowSpan.bottom; r++) {
    for (let c = grid.left; c <= grid.right; c++)
      if (grid.text(r, c) !== "") {
        left = Math.min(left, c);
        break;
      }
  }
  const declaration = form.layout === "declaration-form";
  const at = form.rowSpan.bottom + 1;
  const styleRow = form.rowSpan.bottom;
  const writes: CellWrite[] = [];
  const created: CellRange[] = [];
  const put = (row: number, col: number, value: string, toCol = col, toRow = row) => {
    writes.push({ row, col: left + col, value });
    if (toCol > col || toRow > row) created.push({ top: row, left: left + col, bottom: toRow, right: left + toCol });
  };
  let r = at;
  const years = (() => {
    const p = form.implementationPeriod;
    return p?.start && p?.end ? `（${p.start.year}年—${p.end.year}年）` : "";
  })();
  if (form.goals.length === 0) {
    // An empty 绩效目标 block: the re-check then points at the two cells to write.
    if (declaration) {
      put(r, 0, "项目总体目标", 0, r + 1);
      put(r, 1, `中长期目标${years}`, 4);
      put(r, 5, "年度目标", 7);
      created.push(
        { top: r + 1, bottom: r + 1, left: left + 1, right: left + 4 },
        { top: r + 1, bottom: r + 1, left: left + 5, right: left + 7 },
      );
    } else {
      put(r, 0, "绩效目标", 0, r + 1);
      put(r, 1, "实施期总体目标", 3);
      put(r, 4, "年度目标", 6);
      created.push(
        { top: r + 1, bottom: r + 1, left: left + 1, right: left + 3 },
        { top: r + 1, bottom: r + 1, left: left + 4, right: left + 6 },
      );
    }
    r += 2;
  }
  const header = r;
  const headers = declaration
    ? ["一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"]
    : ["一级指标", "二级指标", "三级指标", "实施期总体目标值", "年度指标值", "备注"];
  headers.forEach((h, i) => put(header, i + 1, h));
  const first = header + 1;
  const last = first + rendered.length - 1;
  put(header, 0, declaration ? "项目绩效指标" : "绩效指标", 0, last);
  const multi = isMultiYear(form);
  const rows: PlannedRow[] = [];
  const runs = (key: (x: RenderedRow) => string, from: number, to: number, col: number[]) => {
    let s = from;
    for (let i = from; i <= to + 1; i++) {
      if (i === to + 1 || key(rendered[i]) !== key(rendered[s])) {
        for (const c of col) put(first + s, c, key(rendered[s]).split("|").pop()!, c, first + i - 1);
        s = i;
      }
    }
  };
  runs((x) => x.level1, 0, rendered.length - 1, [1]);
  let s = 0;
  for (let i = 0; i <= rendered.length; i++) {
    if (i === rendered.length || rendered[i].level1 !== rendered[s].level1) {
      runs((x) => `${x.level1}|${x.level2}`, s, i - 1, declaration ? [2, 5] : [2]);
      s = i;
    }
  }
  rendered.forEach((x, i) => {
    const row = first + i;
    if (declaration) {
      put(row, 6, x.level3);
      put(row, 7, x.value);
      if (multi) {
        put(row, 3, x.level3);
        put(row, 4, x.value);
      }
    } else {
      put(row, 3, x.level3);
      put(row, 5, x.value);
      if (multi) put(row, 4, x.value);
    }
    rows.push({
      cell: toA1(row, left + (declaration ? 6 : 3)),
      level1: x.level1,
      level2: x.level2,
      level3: x.level3,
      value: x.value,
      placeholder: x.placeholder,
      explanation: x.explanation,
      ...(x.filledFrom ? { filledFrom: x.filledFrom } : {}),
      inPlace: false,
    });
  });
  const count = last - at + 1;
  void facts;
  return {
    ok: true,
    plan: {
      ...base,
      mode: "new-block",
      inserts: [{ at, count, styleRow }],
      writes,
      resized: [],
      created,
      rows,
      placeholders: writes.filter((w) => w.value.includes(PLACEHOLDER)).map((w) => toA1(w.row, w.col)),
      skipped: [],
      fixes: [...new Set(rendered.map((r) => `${r.level1} › ${r.level2}`))],
      leftEmpty: [],
      insertedRows: count,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Applying a plan to a snapshot (re-check, tests, the fake workbook's expectations)
// ---------------------------------------------------------------------------------------------

/** The snapshot after the plan: rows inserted, merges resized/created, values written. */
export function applyPlanToSnapshot(snapshot: SheetSnapshot, plan: InsertionPlan): SheetSnapshot {
  const { origin } = snapshot;
  const height = snapshot.values.length + plan.insertedRows;
  const extra = plan.writes.reduce((m, w) => Math.max(m, w.row - origin.row + 1), 0);
  const width = Math.max(0, ...snapshot.values.map((r) => r.length), ...plan.writes.map((w) => w.col - origin.col + 1));
  const values: CellValue[][] = Array.from({ length: Math.max(height, extra) }, () => new Array<CellValue>(width).fill(null));
  snapshot.values.forEach((row, i) => {
    const n = mapRow(plan.inserts, origin.row + i) - origin.row;
    row.forEach((v, j) => (values[n][j] = v));
  });
  const resized = new Map(plan.resized.map((r) => [`${r.from.top}:${r.from.left}`, r.to]));
  const merges = snapshot.merges.map((m) => resized.get(`${m.top}:${m.left}`) ?? mapRange(plan.inserts, m));
  // Single-cell anchors that became merges are listed in `created`.
  merges.push(...plan.created);
  for (const w of plan.writes) values[w.row - origin.row][w.col - origin.col] = w.value;
  // Like Excel, a merged area keeps only its top-left value.
  for (const m of [...plan.resized.map((r) => r.to), ...plan.created]) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if ((r !== m.top || c !== m.left) && values[r - origin.row]) values[r - origin.row][c - origin.col] = null;
      }
    }
  }
  return { name: snapshot.name, origin, values, merges: dedupeMerges(merges) };
}

function dedupeMerges(ms: CellRange[]): CellRange[] {
  const seen = new Set<string>();
  return ms.filter((m) => {
    const k = `${m.top}:${m.left}:${m.bottom}:${m.right}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

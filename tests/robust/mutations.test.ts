/**
 * Mutation tests over every sample and real-fixture table: damage one thing the way a user would, and see
 * whether a new finding appears at the damaged place. Prints the detection rate per mutation kind.
 *
 * Kinds (each applied once per applicable place): delete-value (blank an indicator value), budget-change (a
 * budget figure ×1.5+7), flip-operator (≥↔≤ on a 数量/成本 indicator, where the direction is defined),
 * drop-level2 (blank a whole 二级 group), blank-checkbox (☑→□ in a ticked group), date-out-of-period (a 时效
 * value one year after the period ends), append-row (a new indicator row below the table, name but no value).
 *
 * "Detected" = a finding absent from the unmutated sheet whose cell or related cells touch the mutated cells
 * (drop-level2: or that names the dropped 二级). Targets (issue 8): ≥ 95 % per kind. The assertions below hold
 * what passes today; the printed table is the measurement (some kinds wait for the reader rewrite).
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { readWorkbookSnapshots } from "../../src/cli/readWorkbookSnapshots";
import { fromA1, toA1 } from "../../src/core/cellAddress";
import { checkSheet } from "../../src/core/check";
import type { Diagnostic } from "../../src/core/diagnostics";
import type { PerformanceForm } from "../../src/core/model/form";
import { FRAMEWORKS } from "../../src/core/frameworks/data";
import { readSheet } from "../../src/core/read/readSheet";
import type { CellValue, SheetSnapshot } from "../../src/core/snapshot";
import { SHENMU, WUHAI } from "../cli/helpers";

jest.setTimeout(120_000);

const REAL = path.join(__dirname, "..", "fixtures", "real");

interface Mutation {
  kind: string;
  where: string;
  /** Cells whose new findings count as detection. */
  site: string[];
  /** Text a new finding may name instead (drop-level2). */
  names?: string[];
  apply(grid: Grid): void;
}

/** A mutable copy of a dense snapshot addressed in A1. */
class Grid {
  readonly values: CellValue[][];
  readonly origin: { row: number; col: number };
  constructor(private readonly s: SheetSnapshot) {
    this.values = s.values.map((r) => [...r]);
    this.origin = { ...s.origin };
  }
  get(a1: string): CellValue {
    const { row, col } = fromA1(a1);
    return this.values[row - this.origin.row]?.[col - this.origin.col] ?? null;
  }
  set(a1: string, v: CellValue): void {
    const { row, col } = fromA1(a1);
    const r = row - this.origin.row;
    const c = col - this.origin.col;
    if (r < 0 || c < 0) throw new Error(`outside the grid: ${a1}`);
    while (this.values.length <= r) this.values.push([]);
    const line = this.values[r];
    while (line.length <= c) line.push(null);
    line[c] = v;
  }
  snapshot(): SheetSnapshot {
    return { ...this.s, values: this.values, texts: undefined };
  }
}

const key = (d: Diagnostic) => `${d.rule}|${d.cell}|${d.message}`;
const CHECKED = /[☑☒■√✓✔]/g;

function mutationsOf(form: PerformanceForm, grid: Grid): Mutation[] {
  const out: Mutation[] = [];
  const rows = (form.indicators?.tables ?? []).flatMap((t) => t.rows);

  for (const r of rows) {
    for (const v of r.values) {
      if (v.text === "") continue;
      out.push({ kind: "delete-value", where: v.cell, site: [v.cell, r.level3.cell], apply: (g) => g.set(v.cell, null) });
    }
  }

  for (const [name, m] of Object.entries(form.budget)) {
    if (!m || m.amountWan === null || m.amountWan === 0) continue;
    const raw = grid.get(m.cell);
    const next = Math.round((m.amountWan * 1.5 + 7) * 100) / 100;
    out.push({
      kind: "budget-change",
      where: `${name} ${m.cell}`,
      site: [m.cell],
      apply: (g) => g.set(m.cell, typeof raw === "number" ? next : String(raw).replace(/\d+(\.\d+)?/, String(next))),
    });
  }

  for (const r of rows) {
    // Only towards the wrong direction: a 数量 target written "≤", a 成本 ceiling written "≥".
    const wrong = /数量/.test(r.level2.text) ? "≤" : /成本/.test(r.level2.text) ? "≥" : null;
    if (!wrong) continue;
    const right = wrong === "≤" ? /≥|>=/ : /≤|<=/;
    for (const v of r.values) {
      const raw = grid.get(v.cell);
      if (typeof raw !== "string" || !right.test(raw)) continue;
      const flipped = raw.replace(right, wrong);
      out.push({
        kind: "flip-operator",
        where: `${v.cell} ${raw}→${flipped}`,
        site: [v.cell, r.level3.cell],
        apply: (g) => g.set(v.cell, flipped),
      });
    }
  }

  // 二级 groups the frameworks ask for (requirement "required"/"recommended" in src/core/frameworks/data.ts).
  const asked = new Set(
    FRAMEWORKS.flatMap((f) =>
      f.level1.flatMap((l1) => l1.level2.filter((l2) => l2.requirement !== "optional").map((l2) => l2.name)),
    ),
  );
  (form.indicators?.tables ?? []).forEach((t, ti) => {
    const groups = new Map<string, typeof rows>();
    for (const r of t.rows) {
      if (!r.level2.text) continue;
      const k = `${ti}|${r.level1.text}|${r.level2.text}`;
      groups.set(k, [...(groups.get(k) ?? []), r]);
    }
    for (const list of groups.values()) {
      const name = list[0].level2.text.replace(/\s+/g, "");
      if (!asked.has(name)) continue;
      if (!list.some((r) => r.level3.text !== "")) continue; // already empty: nothing to drop
      const cells = new Set<string>();
      for (const r of list) {
        cells.add(r.level2.cell);
        cells.add(r.level3.cell);
        for (const v of r.values) cells.add(v.cell);
      }
      out.push({
        kind: "drop-level2",
        where: `${list[0].level2.cell} ${name}`,
        // A group whose 一级 disappears with it is reported on the block's 一级指标 header.
        site: [list[0].level2.cell, list[0].level1.cell, t.headerCell, ...(t.level1HeaderCell ? [t.level1HeaderCell] : [])],
        names: [name],
        apply: (g) => cells.forEach((c) => g.set(c, null)),
      });
    }
  });

  for (const [name, group] of Object.entries(form.checkboxes)) {
    if (!group || !group.options.some((o) => o.checked)) continue;
    const raw = grid.get(group.cell);
    if (typeof raw !== "string" || !CHECKED.test(raw)) continue;
    out.push({
      kind: "blank-checkbox",
      where: `${name} ${group.cell}`,
      site: [group.cell, group.labelCell],
      apply: (g) => g.set(group.cell, raw.replace(CHECKED, "□")),
    });
  }

  const end = form.implementationPeriod?.end;
  if (end) {
    for (const r of rows) {
      if (!/时效/.test(r.level2.text)) continue;
      for (const v of r.values) {
        out.push({
          kind: "date-out-of-period",
          where: v.cell,
          site: [v.cell, r.level3.cell],
          apply: (g) => g.set(v.cell, `${end.year + 1}年12月31日前`),
        });
      }
    }
  }

  const last = rows[rows.length - 1];
  if (last) {
    const { row } = fromA1(last.level3.cell);
    const below = Math.max(row, ...last.values.map((v) => fromA1(v.cell).row), form.rowSpan.bottom) + 1;
    const nameCell = toA1(below, fromA1(last.level3.cell).col);
    out.push({
      kind: "append-row",
      where: nameCell,
      site: [nameCell, ...last.values.map((v) => toA1(below, fromA1(v.cell).col))],
      apply: (g) => g.set(nameCell, "新增的三级指标"),
    });
  }
  return out;
}

interface Tally {
  tried: number;
  detected: number;
  missed: string[];
}

describe("mutation detection on the sample and real tables", () => {
  const tally = new Map<string, Tally>();
  let tables = 0;

  beforeAll(async () => {
    const files = [
      SHENMU,
      WUHAI,
      ...readdirSync(REAL)
        .filter((f) => f.endsWith(".xlsx"))
        .sort()
        .map((f) => path.join(REAL, f)),
    ];
    for (const file of files) {
      for (const s of await readWorkbookSnapshots(file)) {
        const reading = readSheet(s);
        if (reading.forms.length !== 1) continue; // stacked or unrecognised sheets are not mutated
        tables++;
        const before = new Set(checkSheet(s).findings.map(key));
        for (const m of mutationsOf(reading.forms[0], new Grid(s))) {
          const g = new Grid(s);
          m.apply(g);
          const fresh = checkSheet(g.snapshot()).findings.filter((d) => !before.has(key(d)));
          const site = new Set(m.site);
          const hit = fresh.some(
            (d) =>
              site.has(d.cell) || d.related.some((c) => site.has(c)) || (m.names ?? []).some((n) => n && d.message.includes(n)),
          );
          const t = tally.get(m.kind) ?? { tried: 0, detected: 0, missed: [] };
          t.tried++;
          if (hit) t.detected++;
          else t.missed.push(`${path.basename(file)}›${s.name}›${m.where}`);
          tally.set(m.kind, t);
        }
      }
    }
    const lines = [`mutation detection over ${tables} tables (target ≥ 95 % each):`];
    for (const [kind, t] of [...tally].sort()) {
      lines.push(
        `  ${kind.padEnd(20)} ${String(t.detected).padStart(4)}/${String(t.tried).padEnd(4)} ${((100 * t.detected) / t.tried).toFixed(1).padStart(5)} %`,
      );
      if (t.missed.length) lines.push(`      missed e.g. ${t.missed.slice(0, process.env.MUTATION_ALL ? 999 : 3).join("; ")}`);
    }
    console.log(lines.join("\n"));
  });

  const rate = (kind: string) => {
    const t = tally.get(kind);
    return t ? t.detected / t.tried : Number.NaN;
  };

  it("reads enough tables to mean something", () => {
    expect(tables).toBeGreaterThanOrEqual(12);
  });

  it.each([
    ["flip-operator", 0.95],
    ["blank-checkbox", 0.95],
    ["drop-level2", 0.95],
    ["date-out-of-period", 0.95],
    ["delete-value", 0.95],
    ["budget-change", 0.9],
    // (22 of 25: 宁晋 2019, read since the fourteenth session, takes the row below its 总分 line — the kind of miss the
    // todo below names.)
    ["append-row", 0.88],
  ])("%s: detection rate at least %p today", (kind, floor) => {
    expect(tally.get(kind)?.tried ?? 0).toBeGreaterThan(0);
    expect(rate(kind)).toBeGreaterThanOrEqual(floor);
  });

  // Measured and printed above; the ≥95 % target is not met yet for these (see the report):
  it.todo("budget-change: ≥ 95 % (a 年度资金总额 with nothing to compare against is not cross-checked)");
  it.todo(
    "append-row: ≥ 95 % — a row appended below what follows the table (南开's 评价结果 block, 南岳's approval rows, 宁晋's 总分 line) is not part of the indicator table",
  );
  // A project list is not a form: tests/core/read/formKinds.test.ts. Reader time linear in the number of
  // 项目名称 labels: measured by `npm run bench` (reader scaling).
});

/**
 * Property tests (fast-check) over random grids: real labels and indicator names at random places, merged
 * areas (overlapping, out of range, whole columns), error values, numbers as text and formatted numbers,
 * full-width text, 30,000-character cells, empty rows/columns, stray cells, random sheet names, dense and
 * sparse snapshots. The engine never throws and each sheet gets findings or a reason.
 * Memory and time on hostile inputs are measured in `npm run bench` (not in a timed unit test).
 */
import fc from "fast-check";
import { readWorkbookSnapshots } from "../../src/cli/readWorkbookSnapshots";
import { checkSheet, type SheetCheckResult } from "../../src/core/check";
import type { CellRange, CellValue, SheetSnapshot, SparseCell } from "../../src/core/snapshot";
import { SHENMU, WUHAI } from "../cli/helpers";

jest.setTimeout(120_000);

const LABELS = [
  "项目名称",
  "主管部门",
  "实施单位",
  "项目预算（万元）",
  "项目期",
  "资金总额",
  "年度资金总额",
  "其中：财政拨款",
  "其他资金",
  "绩效目标",
  "年度目标",
  "总体目标",
  "实施期目标",
  "绩效指标",
  "一级指标",
  "二级指标",
  "三级指标",
  "指标值",
  "实施期指标值",
  "年度指标值",
  "产出指标",
  "效益指标",
  "满意度指标",
  "成本指标",
  "数量指标",
  "质量指标",
  "时效指标",
  "经济效益指标",
  "社会效益指标",
  "服务对象满意度指标",
  "项目（政策）支出绩效表",
  "绩效目标申报表",
  "指标性质",
  "度量单位",
  "经费测算",
  "事前绩效评估",
  "评估得分",
  "评估结果",
  "□新增项目 ☑延续项目",
  "☑是 ☑否",
  "项目名称：系统维护",
  "备注",
  "序号",
];
const VALUES: CellValue[] = [
  "≥98%",
  "＝3套",
  "≤17 万元/套/年",
  "≤24小时",
  "=100%",
  ">90%",
  "≥ 1850 人",
  "2021年12月31日前",
  "有效",
  "显著提升",
  "#REF!",
  "#N/A",
  "#DIV/0!",
  "１２３",
  "５０万元",
  "3套×17万=51万",
  "   ",
  "",
  "\x1b[2J",
  "第一行\n第二行",
  "<img src=x onerror=alert(1)>",
  0,
  -1,
  0.98,
  50,
  1e308,
  -0,
  2021,
  44561,
  true,
  false,
  null,
];

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<CellValue>(...LABELS) },
  { weight: 4, arbitrary: fc.constantFrom<CellValue>(...VALUES) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }).map((x) => (Number.isFinite(x) ? x : null)) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 30_000 }).map((n) => "长".repeat(n)) },
  { weight: 1, arbitrary: fc.constant<CellValue>(null) },
);

const merge = (rows: number, cols: number): fc.Arbitrary<CellRange> =>
  fc
    .record({
      top: fc.integer({ min: 0, max: rows + 2 }),
      left: fc.integer({ min: 0, max: cols + 2 }),
      h: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant(1_048_575)),
      w: fc.integer({ min: 0, max: 4 }),
    })
    .map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w }));

interface RandomSheet {
  snapshot: SheetSnapshot;
  sparse: boolean;
}

const randomSheet: fc.Arbitrary<RandomSheet> = fc
  .record({ rows: fc.integer({ min: 0, max: 40 }), cols: fc.integer({ min: 0, max: 10 }) })
  .chain(({ rows, cols }) =>
    fc.record({
      name: fc.string({ maxLength: 40 }),
      originRow: fc.integer({ min: 0, max: 50 }),
      originCol: fc.integer({ min: 0, max: 5 }),
      values: fc.array(fc.array(cellValue, { maxLength: cols }), { minLength: rows, maxLength: rows }),
      merges: fc.array(merge(rows + 50, cols + 5), { maxLength: 12 }),
      texts: fc.option(fc.constantFrom("≥98%", "≤17万元", "＝3套", ""), { nil: undefined }),
      stray: fc.option(fc.record({ row: fc.integer({ min: 0, max: 3000 }), col: fc.integer({ min: 0, max: 60 }) }), {
        nil: undefined,
      }),
      sparse: fc.boolean(),
    }),
  )
  .map((g) => {
    const base: SheetSnapshot = {
      name: g.name,
      origin: { row: g.originRow, col: g.originCol },
      values: g.values,
      merges: g.merges,
    };
    if (g.texts !== undefined) base.texts = g.values.map((r) => r.map((v) => (typeof v === "number" ? g.texts! : null)));
    if (!g.sparse && !g.stray) return { snapshot: base, sparse: false };
    const cells: SparseCell[] = [];
    g.values.forEach((r, i) =>
      r.forEach((v, j) => {
        if (v === null) return;
        const text = base.texts?.[i]?.[j];
        cells.push({ row: g.originRow + i, col: g.originCol + j, value: v, ...(text ? { text } : {}) });
      }),
    );
    if (g.stray) cells.push({ row: g.stray.row, col: g.stray.col, value: "远处的单元格" });
    return { snapshot: { ...base, values: [], cells }, sparse: true };
  });

function assertOutcome(r: SheetCheckResult, name: string): void {
  expect(r.name).toBe(name);
  expect(Array.isArray(r.findings)).toBe(true);
  if (r.recognized) {
    expect(r.forms.length).toBeGreaterThan(0);
    for (const f of r.findings) {
      expect(f.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*$/);
      expect(f.message.length).toBeGreaterThan(0);
    }
  } else {
    expect(typeof r.reason).toBe("string");
    expect(r.reason!.length).toBeGreaterThan(0);
    expect(r.findings).toEqual([]);
    // The engine's own safety net (a reader exception turned into a reason) must not be what answered.
    expect(r.reason).not.toMatch(/^读取工作表时出错/);
  }
}

describe("engine properties over random grids", () => {
  it("checkSheet never throws; each sheet gets findings or a reason", () => {
    fc.assert(
      fc.property(
        randomSheet,
        fc.constantFrom<"auto" | "old-88" | "core-101">("auto", "old-88", "core-101"),
        (sheet, framework) => {
          let r: SheetCheckResult | undefined;
          expect(() => (r = checkSheet(sheet.snapshot, { framework }))).not.toThrow();
          assertOutcome(r!, sheet.snapshot.name);
        },
      ),
      { numRuns: 400, seed: 20261202 },
    );
  });

  describe("random damage to the real sample tables", () => {
    let samples: SheetSnapshot[];
    beforeAll(async () => {
      samples = [...(await readWorkbookSnapshots(SHENMU)), ...(await readWorkbookSnapshots(WUHAI))];
    });

    it("overwriting, blanking, merging and moving cells never makes the engine throw", () => {
      const edit = fc.record({
        sheet: fc.nat(),
        edits: fc.array(fc.record({ row: fc.nat(60), col: fc.nat(12), value: cellValue }), { maxLength: 25 }),
        merges: fc.array(merge(60, 12), { maxLength: 4 }),
        shift: fc.record({ row: fc.nat(2000), col: fc.nat(30) }),
        sparse: fc.boolean(),
      });
      fc.assert(
        fc.property(edit, (e) => {
          const s = samples[e.sheet % samples.length];
          const values = s.values.map((r) => [...r]);
          for (const x of e.edits) {
            while (values.length <= x.row) values.push([]);
            values[x.row][x.col] = x.value;
          }
          let snap: SheetSnapshot = {
            name: s.name,
            origin: { row: s.origin.row + e.shift.row, col: s.origin.col + e.shift.col },
            values,
            merges: [
              ...s.merges.map((m) => ({
                top: m.top + e.shift.row,
                bottom: m.bottom + e.shift.row,
                left: m.left + e.shift.col,
                right: m.right + e.shift.col,
              })),
              ...e.merges,
            ],
          };
          if (e.sparse) {
            const cells: SparseCell[] = [];
            values.forEach((r, i) =>
              r.forEach(
                (v, j) =>
                  v !== null && v !== undefined && cells.push({ row: snap.origin.row + i, col: snap.origin.col + j, value: v }),
              ),
            );
            snap = { ...snap, values: [], cells };
          }
          let r: SheetCheckResult | undefined;
          expect(() => (r = checkSheet(snap))).not.toThrow();
          assertOutcome(r!, s.name);
        }),
        { numRuns: 300, seed: 8 },
      );
    });
  });
});

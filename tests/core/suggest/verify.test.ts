/**
 * Verified suggestions (issue 14 item 1): every suggestion checkSheet offers, on every sheet of every fixture,
 * passes the in-memory re-check, checked here independently of src/core/suggest; plus the concrete defects
 * seen in the playground (南岳 D13, 昭化 E25, 宁德 H17/H19, 中江's 实际完成值).
 */
import { checkSheet } from "../../../src/core/check";
import type { Diagnostic } from "../../../src/core/diagnostics";
import { readSheet } from "../../../src/core/read/readSheet";
import { withCellText } from "../../../src/core/suggest/applyInMemory";
import { textChangeProblem } from "../../../src/core/suggest/keepsText";
import { protectedCells, verifySuggestions } from "../../../src/core/suggest/verify";
import { snapshotFromGrid } from "../../../src/core/snapshot";
import { type FixtureSheet, fixtureSheets } from "./fixtures";

let sheets: FixtureSheet[] = [];
beforeAll(async () => {
  sheets = await fixtureSheets();
}, 120_000);

const serious = (d: Diagnostic) => d.severity === "error" || d.severity === "warning";
const key = (d: Diagnostic) => `${d.rule}|${d.messageId}|${d.cell}`;

function counts(findings: readonly Diagnostic[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const d of findings) if (serious(d)) m.set(key(d), (m.get(key(d)) ?? 0) + 1);
  return m;
}

function sheetOf(file: string, name?: string): FixtureSheet {
  const s = sheets.find((x) => x.file === file && (name === undefined || x.snapshot.name === name));
  if (!s) throw new Error(`no sheet ${file} ${name ?? ""}`);
  return s;
}

const proposals = (s: FixtureSheet) => checkSheet(s.snapshot).findings.filter((d) => d.suggestion !== undefined);

describe("every offered suggestion passes the re-check (all fixtures)", () => {
  it("re-checked independently: own finding gone, its cell clean, no new error/warning, one per cell, never on actual/score cells", () => {
    expect(sheets.length).toBeGreaterThan(20);
    let offered = 0;
    for (const s of sheets) {
      const raw = checkSheet(s.snapshot, { verifySuggestions: false });
      const result = checkSheet(s.snapshot);
      const guarded = protectedCells(readSheet(s.snapshot).forms);
      const cells = new Set<string>();
      for (const d of result.findings.filter((x) => x.suggestion !== undefined)) {
        offered++;
        const where = `${s.file}/${s.snapshot.name}!${d.cell} → ${d.suggestion}`;
        expect([where, cells.has(d.cell)]).toEqual([where, false]);
        cells.add(d.cell);
        expect([where, guarded.has(d.cell)]).toEqual([where, false]);
        const after = checkSheet(withCellText(s.snapshot, d.cell, d.suggestion!), { verifySuggestions: false });
        expect([where, after.recognized, after.forms.length]).toEqual([where, true, raw.forms.length]);
        expect([where, after.findings.some((x) => key(x) === key(d))]).toEqual([where, false]);
        expect([where, after.findings.filter((x) => x.cell === d.cell && serious(x)).map((x) => x.message)]).toEqual([where, []]);
        const was = counts(raw.findings);
        const grown = [...counts(after.findings)].filter(([k, n]) => n > (was.get(k) ?? 0)).map(([k]) => k);
        expect([where, grown]).toEqual([where, []]);
      }
      // Verification only removes suggestions: the findings themselves are the same.
      expect(result.findings.map(key)).toEqual(raw.findings.map(key));
    }
    expect(offered).toBeGreaterThan(40);
  });
});

describe("the defects seen in the playground", () => {
  it("南岳 D13: the leading “*” goes, the 贫 after it stays", () => {
    const d13 = proposals(sheetOf("nanyue-2018.xlsx")).filter((d) => d.cell === "D13");
    expect(d13.map((d) => d.suggestion)).toEqual(["贫困地区旅游基础设施建设质量达标率100%"]);
  });

  it("昭化 E25 (社会满意度 100%): no proposal — ≥100% contradicts the 满意度 finding, ≥95% would invent a number", () => {
    const s = sheetOf("zhaohua-2021.xlsx");
    const e25 = checkSheet(s.snapshot).findings.filter((d) => d.cell === "E25");
    expect(e25.length).toBeGreaterThanOrEqual(2);
    expect(e25.filter((d) => d.suggestion !== undefined)).toEqual([]);
    expect(e25.every((d) => (d.fix ?? "") !== "")).toBe(true);
  });

  it("宁德 H17/H18 (a bare 1) and H19 (100% for a 完成时间): no proposal", () => {
    const p = proposals(sheetOf("ningde-2019.xlsx"));
    expect(p.filter((d) => ["H14", "H15", "H17", "H18", "H19"].includes(d.cell))).toEqual([]);
  });

  it("中江 自评表: no value is proposed for 实际完成值 cells", () => {
    const s = sheetOf("zhongjiang-2022.xlsx");
    const actual = checkSheet(s.snapshot).findings.filter((d) => d.rule === "actual-value-format");
    expect(actual.length).toBeGreaterThan(3);
    expect(actual.filter((d) => d.suggestion !== undefined)).toEqual([]);
    expect(actual.every((d) => /实际/.test(d.fix ?? ""))).toBe(true);
  });

  it("神木 退休职工医疗保险缴费: the right proposals stay (≤1850人 → =1850人)", () => {
    const s = sheetOf("shenmu-2021.xlsx", "退休职工医疗保险缴费");
    expect(proposals(s).find((d) => d.cell === "F25")?.suggestion).toBe("=1850人");
  });
});

describe("textChangeProblem: keep every character not meant to change", () => {
  const none = { removable: [], rowTexts: [] };
  it.each([
    ["100%", "≥100%", none],
    [">280人", "≥280人", none],
    ["≤1850人", "=1850人", none],
    ["2021.12.31", "2021.12.31前", none],
    ["*贫困地区达标率100%", "贫困地区达标率100%", none],
    ["4000", "≤4000元/人/年", { removable: [], rowTexts: ["人均补助标准(元/人/年)"] }],
    [
      "严格按照预算标准1000元/人给补助对象兑付补助",
      "≤1000元/人",
      { removable: ["严格按照预算标准", "给补助对象兑付补助"], rowTexts: [] },
    ],
    ["", "效益指标", none],
  ])("%s → %s is allowed", (before, after, allow) => {
    expect(textChangeProblem(before, after, allow)).toBeNull();
  });
  it.each([
    ["*贫困地区达标率100%", "困地区达标率100%", none, "贫"],
    ["100%", "≥95%", none, "删去了不该删的“1”"],
    ["171.41", "110.61", none, "删去了不该删的"],
    ["1", "≥1个", none, "个"],
    ["≥266米", "266", none, "米"],
    ["", "≥90%", none, "数值"],
    ["50", "", none, "空"],
  ])("%s → %s is refused", (before, after, allow, why) => {
    expect(textChangeProblem(before, after, allow)).toContain(why);
  });
});

describe("verifySuggestions", () => {
  it("keeps one proposal per cell: the first that passes, others point to it", () => {
    const snapshot = snapshotFromGrid("s", [["5"]]);
    const base = {
      severity: "warning" as const,
      category: "format" as const,
      related: [],
      params: {},
      message: "",
      formIndex: 0,
      project: "",
      group: "",
      basis: "测试依据",
    };
    const a: Diagnostic = { ...base, rule: "r1", messageId: "m", cell: "A1", suggestion: "≥5" };
    const b: Diagnostic = { ...base, rule: "r2", messageId: "m", cell: "A1", suggestion: "=5" };
    const out = verifySuggestions({
      snapshot,
      findings: [a, b],
      forms: [],
      recheck: () => ({ recognized: true, forms: [], findings: [] }),
    });
    expect(out.map((d) => d.suggestion)).toEqual(["≥5", undefined]);
    expect(out[1].fix).toContain("“≥5”");
  });

  it("drops a proposal whose re-check leaves a warning on the cell, and gives advice instead", () => {
    const snapshot = snapshotFromGrid("s", [["5"]]);
    const base = {
      severity: "warning" as const,
      category: "format" as const,
      related: [],
      params: {},
      message: "m",
      formIndex: 0,
      project: "",
      group: "",
      basis: "测试依据",
    };
    const a: Diagnostic = { ...base, rule: "r1", messageId: "m", cell: "A1", suggestion: "≥5" };
    const out = verifySuggestions({
      snapshot,
      findings: [a],
      forms: [],
      recheck: () => ({ recognized: true, forms: [], findings: [{ ...a, rule: "r9", suggestion: undefined }] }),
    });
    expect(out[0].suggestion).toBeUndefined();
    expect(out[0].fix).toMatch(/不提供一键修改/);
  });

  it("withCellText never changes the input snapshot (grid and sparse)", () => {
    const grid = snapshotFromGrid("s", [["a", "b"]]);
    const copy = JSON.stringify(grid);
    const changed = withCellText(grid, "B1", "c");
    expect(JSON.stringify(grid)).toBe(copy);
    expect(changed.values[0]).toEqual(["a", "c"]);
    const sparse = { name: "s", origin: { row: 0, col: 0 }, values: [], merges: [], cells: [{ row: 0, col: 0, value: "a" }] };
    const c2 = withCellText(sparse, "C3", "z");
    expect(sparse.cells).toHaveLength(1);
    expect(c2.cells).toContainEqual({ row: 2, col: 2, value: "z" });
  });
});

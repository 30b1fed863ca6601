/**
 * The engine against reviewers' readings of real tables it was not fitted to:
 * - tests/fixtures/real2 (8 sheets, a finance reviewer's reading, issue 13): every required finding at its
 *   cells, nothing (no error, no warning) on the two corrected copies, every sheet recognised;
 * - the blind corpus tests/fixtures/real/blind (sets a, b, c; readings written before the checker was run,
 *   results in tests/fixtures/real/BLIND.md): the corrected copies give no error and no warning, and the
 *   recall over the tables does not fall below what BLIND.md records (sealed tables included: they were run
 *   once, blind, and are kept as regression tables since).
 * Misses that are known are listed with their reason; they turn the test red when fixed (update the list).
 */
import fs from "node:fs";
import path from "node:path";
import { scoreReading, type SheetScore } from "./readingScore";

const ROOT = path.resolve(__dirname, "../../fixtures");

describe("real2: a reviewer's reading", () => {
  let scores: SheetScore[] = [];
  beforeAll(async () => {
    scores = await scoreReading(path.join(ROOT, "real2"), path.join(ROOT, "real2/reading.json"));
  }, 120_000);

  it("recognises every sheet as a form", () => {
    expect(scores.filter((s) => !s.recognized).map((s) => s.sheet)).toEqual([]);
  });

  it("reports no error and no warning on the corrected copies", () => {
    expect(scores.filter((s) => s.clean).flatMap((s) => s.cleanFindings.map((f) => `${s.sheet}: ${f}`))).toEqual([]);
  });

  it("finds every required finding at its cells", () => {
    const missed = scores.flatMap((s) => s.missed.map((id) => `${s.file}/${s.sheet}: ${id}`));
    console.log(
      `real2: required found ${scores.reduce((n, s) => n + s.found.length, 0)}/${scores.reduce((n, s) => n + s.found.length + s.missed.length, 0)}`,
    );
    // Exactly the known misses: a new miss fails, and so does a known one that is found now (update the list).
    expect(missed.map((m) => m.split(": ")[1]).sort()).toEqual([...KNOWN_REAL2_MISSES].sort());
  });
});

/** Required findings of real2 not found yet (ids), each with why. */
const KNOWN_REAL2_MISSES: string[] = [];

describe("blind corpus: corrected copies and recall", () => {
  const scores: SheetScore[] = [];
  beforeAll(async () => {
    const dir = path.join(ROOT, "real/blind");
    for (const set of ["a", "b", "c"]) {
      const file = path.join(dir, `reading-${set}.json`);
      if (fs.existsSync(file)) scores.push(...(await scoreReading(dir, file, { sealed: INCLUDE_SEALED })));
    }
  }, 300_000);

  it("reports no error and no warning on the corrected copies", () => {
    const bad = scores.filter((s) => s.clean).flatMap((s) => s.cleanFindings.map((f) => `${s.file}/${s.sheet}: ${f}`));
    expect(bad.filter((b) => !KNOWN_CLEAN_FP.some((k) => b.startsWith(k)))).toEqual([]);
  });

  it("finds at least the recall recorded in BLIND.md", () => {
    const found = scores.reduce((n, s) => n + s.found.length, 0);
    const all = scores.reduce((n, s) => n + s.found.length + s.missed.length, 0);
    console.log(`blind corpus: required found ${found}/${all}`);
    expect(found / Math.max(all, 1)).toBeGreaterThanOrEqual(MIN_BLIND_RECALL);
  });
});

/** Corrected copies that still draw a finding (file/sheet prefix), with why. */
const KNOWN_CLEAN_FP: string[] = [
  // 清单式 table (单位代码 | 单位(专项)名称 | 资金总额 | 实施期绩效目标 | 一级…) with a unit row above the project
  // row: not read as a project list yet, so its 资金总额 and 实施期绩效目标 columns are not the form's fields.
  "b-xiangxi-2023.xlsx/学生伙食费（修正）",
  // Found by the sealed run (BLIND.md), not fixed this session:
  "a-tangxi-2022-cunji.xlsx/村级补助及运转经费（修正）", // execution rate against 年初预算数, not 全年预算数
  "c-jiayuguan-2023.xlsx/博物馆免费开放（修正）", // its 项目名称 label is not read
  "c-ninghe-2020.xlsx/民办园房租补贴（修正）", // 71.86元 × 26970.7㎡ = 193.81万 vs 193.8万: rounding; a date range with "-"
  "c-luan-2024.xlsx/农产品质检体系（修正）", // cost caps of the whole project compared with one year's funds
  "c-xinzhou-2020.xlsx/演出设备更新（修正）", // 90 indicator points + 10 budget-execution points read as 90 of 100
  "c-hebeiqu-2023.xlsx/项目支出绩效目标表（修正）", // two tables on one page: the second one's header row read as an indicator
  "c-zhalaite-2025.xlsx/项目绩效目标表（修正）", // list with 指标方向性 values ("正向98%") glued to the value
];
/** Sealed tables were scored once, blind (BLIND.md); they stay in as regression tables. */
const INCLUDE_SEALED = true;
/** Recall over the whole corpus (open + sealed) as recorded in BLIND.md: 77 of 105. */
const MIN_BLIND_RECALL = 0.73;

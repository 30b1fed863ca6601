/**
 * The base grids of tests/core/helpers/formGrids.ts are correct tables: the whole engine reports no error
 * and no warning on them. Every rule test breaks exactly one thing of these bases, so this is the anchor
 * of all the "invalid" cases. The reading checks below make sure the silence is not vacuous (the form
 * is actually read: fields, money, goals, indicators).
 */
import { checkSheet } from "../../../src/core/check";
import { readSheet } from "../../../src/core/read/readSheet";
import {
  CORE_101_ROWS,
  type FormGrid,
  SHENMU_INDICATORS,
  WUHAI_INDICATORS,
  shenmuGrid,
  toSnapshot,
  wuhaiGrid,
} from "../helpers/formGrids";
import { departmentOverallGrid, projectListGrid, transferPaymentGrid } from "../helpers/kindGrids";
import { selfEvalGrid } from "../helpers/selfEvalGrid";
import { splitGrid } from "../helpers/splitGrid";

const notInfo = (r: ReturnType<typeof checkSheet>) => r.findings.filter((f) => f.severity !== "info");

describe("base forms (tests/core/helpers/formGrids.ts)", () => {
  it("a correct 神木 项目（政策）支出绩效表 yields no error or warning", () => {
    const r = checkSheet(toSnapshot(shenmuGrid()));
    expect(r.recognized).toBe(true);
    expect(r.layout).toBe("policy-table");
    expect(r.framework).toBe("old-88");
    expect(r.forms).toHaveLength(1);
    expect(notInfo(r)).toEqual([]);
  });

  it("a correct 乌海 绩效目标申报表 yields no error or warning", () => {
    const r = checkSheet(toSnapshot(wuhaiGrid()));
    expect(r.recognized).toBe(true);
    expect(r.layout).toBe("declaration-form");
    expect(r.framework).toBe("old-88");
    expect(notInfo(r)).toEqual([]);
  });

  it("a correct 101号 table (成本指标 as 一级) is detected as core-101 and yields no error or warning", () => {
    const r = checkSheet(toSnapshot(shenmuGrid({ indicators: CORE_101_ROWS })));
    expect(r.framework).toBe("core-101");
    expect(notInfo(r)).toEqual([]);
  });

  it("the base forms are correct down to info level too", () => {
    expect(checkSheet(toSnapshot(shenmuGrid())).findings).toEqual([]);
    expect(checkSheet(toSnapshot(wuhaiGrid())).findings).toEqual([]);
  });

  it("the 神木 base is read completely (the silence is not vacuous)", () => {
    const [form] = readSheet(toSnapshot(shenmuGrid())).forms;
    expect(form.fields.projectName).toMatchObject({ text: "系统升级维护费", cell: "B3", labelCell: "A3" });
    expect(form.fields.projectTerm?.text).toBe("1年");
    expect(form.fields.costEstimate?.cell).toBe("B9");
    expect(form.budget.projectBudget).toMatchObject({ amountWan: 50, cell: "B5" });
    expect(form.budget.annualTotal).toMatchObject({ amountWan: 50, cell: "F18" });
    expect(form.budget.annualFiscal).toMatchObject({ amountWan: 50, cell: "F19" });
    expect(form.budget.implementationTotal).toMatchObject({ amountWan: 50, cell: "D18" });
    expect(form.checkboxes.projectAttribute?.options.filter((o) => o.checked).map((o) => o.name)).toEqual(["延续项目"]);
    expect(form.checkboxes.assessmentResult?.options.filter((o) => o.checked).map((o) => o.name)).toEqual(["予以支持"]);
    expect(form.assessment).toMatchObject({
      present: true,
      score: { value: 95, cell: "E12" },
      code: { text: "JXPG202140400101" },
    });
    expect(form.implementationPeriod).toEqual({
      start: { year: 2021, month: 1, day: 1 },
      end: { year: 2021, month: 12, day: 31 },
    });
    expect(form.costEstimate).toMatchObject({ computedTotalWan: 50, statedTotalWan: 50 });
    expect(form.goals.map((g) => [g.period, g.cell])).toEqual([
      ["implementation", "B23"],
      ["annual", "E23"],
    ]);
    const rows = form.indicators!.tables[0].rows;
    expect(rows).toHaveLength(SHENMU_INDICATORS.length);
    expect(
      rows.map((r) => [r.level1.text, r.level2.text, r.level3.text, r.values.find((v) => v.period === "annual")?.text]),
    ).toEqual(SHENMU_INDICATORS.map((r) => [r[0], r[1], r[2], r[4]]));
    expect(rows[0].values.map((v) => v.cell)).toEqual(["E25", "F25"]);
  });

  it("the 乌海 base is read completely (the silence is not vacuous)", () => {
    const [form] = readSheet(toSnapshot(wuhaiGrid())).forms;
    expect(form.fields.projectName?.text).toBe("反欺诈专项经费");
    expect(form.fields.functionalCode).toMatchObject({ text: "2101506", cell: "D6" });
    expect(form.fields.projectAttribute?.text).toBe("延续");
    expect(form.budget.fundTotal).toMatchObject({ amountWan: 15, cell: "B13" });
    expect(form.budget.currentRequest).toMatchObject({ amountWan: 15, cell: "F13" });
    expect(form.details.lines.map((l) => [l.name, l.amountWan, l.amountCell])).toEqual([
      ["差旅费", 3, "E15"],
      ["宣传品印制费", 4, "E16"],
      ["第三方服务费", 8, "E17"],
    ]);
    expect(form.details.total).toMatchObject({ amountWan: 15, cell: "E18" });
    expect(form.goals.map((g) => [g.period, g.cell])).toEqual([
      ["implementation", "B20"],
      ["annual", "F20"],
    ]);
    const tables = form.indicators!.tables;
    expect(tables.map((t) => t.periods)).toEqual([["implementation"], ["annual"]]);
    expect(tables[1].rows.map((r) => [r.level1.text, r.level2.text, r.level3.text, r.values[0].text])).toEqual(
      WUHAI_INDICATORS.map((r) => [r[0], r[1], r[2], r[4]]),
    );
    expect(tables[1].rows[0].values[0].cell).toBe("H22");
  });
});

describe("correct tables of the other kinds give no error or warning", () => {
  const cases: [string, () => FormGrid, string][] = [
    ["项目支出绩效目标表 (分列，各地版式)", () => splitGrid(), "project-target"],
    ["部门整体支出绩效目标表", () => departmentOverallGrid(), "department-overall"],
    ["转移支付绩效目标表（每县一列）", () => transferPaymentGrid(), "transfer-payment"],
    ["项目清单（每个项目一组指标）", () => projectListGrid(), "project-list"],
    ["绩效目标自评表", () => selfEvalGrid(), "self-evaluation"],
  ];
  for (const [name, make, kind] of cases) {
    it(`${name}: recognised as ${kind}, no error or warning`, () => {
      const r = checkSheet(toSnapshot(make()));
      const rows = readSheet(toSnapshot(make())).forms.flatMap((f) => f.indicators?.tables.flatMap((t) => t.rows) ?? []);
      expect(rows.length).toBeGreaterThanOrEqual(6); // the silence is not vacuous
      expect(r.forms.map((f) => f.layout)).toEqual(expect.arrayContaining([kind]));
      expect(new Set(r.forms.map((f) => f.layout))).toEqual(new Set([kind]));
      expect(r.findings.filter((d) => d.severity !== "info").map((d) => `${d.rule}@${d.cell} ${d.message}`)).toEqual([]);
    });
  }
});

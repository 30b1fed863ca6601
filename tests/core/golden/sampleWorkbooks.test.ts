/**
 * Golden tests on the two bundled sample workbooks. The expected findings were written from a
 * reading of the tables themselves (see assets/samples and DOMAIN notes), not from the output:
 * every error the engine reports must be listed here, and every listed finding must be reported.
 */
import path from "node:path";
import { checkSheet, type SheetCheckResult } from "../../../src/core/check";
import { readWorkbookSnapshots } from "../../../src/cli/readWorkbookSnapshots";

const SAMPLES = path.join(__dirname, "../../../assets/samples");

interface Expected {
  layout: string;
  /** Exactly the error findings, as "rule@cell". */
  errors: string[];
  /** Warnings and infos that must be among the findings. */
  alsoReported: string[];
  /** Findings that must NOT be reported (regressions seen while building the engine). */
  notReported?: string[];
}

const SHENMU: Record<string, Expected> = {
  系统升级维护费: {
    layout: "policy-table",
    errors: [
      "cost-estimate-total@B9", // 3套 × 17万 = 51万 against a 50万 budget
      "cost-indicators-budget@F30", // ≤17万元/套/年 × =3套 = 51万 > 50万
      "value-format@F31", // "系统故障发生降低率≥90%" repeats the name
      "value-format@F32", // "医保基金使用率≥98%"
    ],
    alsoReported: ["period-values-present@E24", "value-format@F29", "baseline-for-rate@D31"],
  },
  药品及耗材集中采购工作经费: {
    layout: "policy-table",
    errors: [],
    alsoReported: ["blank-level-cell@B32", "satisfaction-target@F34", "goals-distinct@B23"],
    notReported: ["cost-estimate-total@B9"], // 30+20+30+20 = 100 = budget
  },
  退休职工医疗保险缴费: {
    layout: "policy-table",
    errors: [
      "cost-estimate-total@B9", // 3000×0.025×12×1850 + 96×1850 = 184.26万, written 185万
      "operator-direction@F25", // 数量 "≤1850人"
      "value-format@F26",
      "value-format@F29",
      "value-format@F30",
    ],
    alsoReported: ["satisfaction-target@F31"],
    notReported: ["cost-indicators-budget@F28"], // 996元 × 1850人 = 184.26万 = the 测算 lines
  },
  退休职工医保费代缴代理费: {
    layout: "policy-table",
    errors: [
      "checkbox-selection@E6", // 项目口径: no box ticked ("☼" is not a tick)
      "cost-estimate-total@B9", // 15元×12×1850 = 33.3万 against 33万
      "assessment-complete@F12", // no 事前绩效评估编号
      "operator-direction@F25",
      "value-format@F26",
      "cost-indicators-budget@F28", // 180元/人/年 × 1850人 = 33.3万 > 33万
    ],
    alsoReported: ["satisfaction-target@F31"],
  },
  免费医疗工作经费: {
    layout: "policy-table",
    errors: ["operator-direction@F25", "operator-direction@F26"], // ≤250次, ≤5次
    alsoReported: ["satisfaction-target@F35"],
    notReported: ["cost-indicators-budget@F30"], // 10+20+10 = 40 = budget
  },
  制卡费: {
    layout: "policy-table",
    errors: [
      "checkbox-selection@C12", // neither 予以支持 nor 部分支持 ticked
      "goals-present@B23", // 长期 project, 实施期总体目标 empty
      "operator-direction@F25",
      "operator-direction@F26",
      "cost-indicators-budget@F30", // 400元/卷 × 2000卷 = 80万 against the 10万 色带 line
    ],
    alsoReported: ["funding-consistency@F20"], // 测算 nets off 上年结余13万, not shown as a source
    notReported: ["cost-indicators-budget@F29"], // 2元/张 × 2.5万张 = 5万 = the 磁卡 line
  },
};

const WUHAI: Record<string, Expected> = {
  反欺诈专项经费: {
    layout: "declaration-form",
    errors: ["level2-without-level3@G22", "indicator-row-complete@G28"], // empty 数量 row; "有效保障" without a name
    alsoReported: [
      "value-format@H24",
      "vague-qualitative@H28",
      "vague-qualitative@H30",
      "strict-comparison@H23",
      "level-placement@F31",
    ],
  },
  医保业务经费: {
    layout: "declaration-form",
    errors: ["goals-present@A1", "indicator-section@A1"], // the document stops after 合计
    alsoReported: ["basic-expenditure@D8"], // "用于…机构正常运转": 基本支出, not a project
    notReported: ["detail-lines-total@E20"], // 3+3+1+6+7 = 20 = 合计 = 总额
  },
  离退休人员医疗保障金: {
    layout: "declaration-form",
    // ">280" 离休人员 at exactly 4000元/人/年 is at least 281 × 0.4 = 112.4万, over the 112万 budget (the
    // 280 that makes 112万 does not satisfy ">280"): the strict operator is the inconsistency.
    errors: ["cost-indicators-budget@H23"],
    alsoReported: ["value-format@H23", "vague-qualitative@H22", "value-format@H21", "strict-comparison@H20"],
  },
  三明联盟采购平台建设运行经费: {
    layout: "declaration-form",
    errors: [],
    alsoReported: ["vague-qualitative@H21", "vague-qualitative@H30", "value-format@H25", "value-format@H26"],
  },
  聘用人员工资: {
    layout: "declaration-form",
    errors: [],
    alsoReported: ["vague-qualitative@H29", "strict-comparison@H26"],
    notReported: ["cost-indicators-budget@H25"], // 人均 7.4万 × 5人 = 37万 = budget
  },
  文革伤残伙食补助资金: {
    layout: "declaration-form",
    errors: [],
    alsoReported: ["detail-lines-total@E16", "value-format@H24", "value-format@H25", "level2-without-level3@G26"],
  },
};

const key = (d: { rule: string; cell: string }) => `${d.rule}@${d.cell}`;

describe.each([
  ["shenmu-2021.xlsx", SHENMU],
  ["wuhai-2021.xlsx", WUHAI],
])("sample workbook %s", (file, expected) => {
  let results: Map<string, SheetCheckResult>;
  beforeAll(async () => {
    const snapshots = await readWorkbookSnapshots(path.join(SAMPLES, file));
    results = new Map(snapshots.map((s) => [s.name, checkSheet(s)]));
  });

  it("has the six sheets, all recognised", () => {
    expect([...results.keys()].sort()).toEqual(Object.keys(expected).sort());
    for (const r of results.values()) expect(r.recognized).toBe(true);
  });

  describe.each(Object.entries(expected))("sheet %s", (sheet, exp) => {
    it("detects the layout and the old framework", () => {
      const r = results.get(sheet)!;
      expect(r.layout).toBe(exp.layout);
      expect(r.framework).toBe("old-88");
      expect(r.forms).toHaveLength(1);
    });

    it("reports exactly the expected errors", () => {
      const errors = results
        .get(sheet)!
        .findings.filter((d) => d.severity === "error")
        .map(key);
      expect(errors.sort()).toEqual([...exp.errors].sort());
    });

    it("also reports the expected warnings and infos", () => {
      const all = results.get(sheet)!.findings.map(key);
      for (const k of exp.alsoReported) expect(all).toContain(k);
      for (const k of exp.notReported ?? []) expect(all).not.toContain(k);
    });

    it("renders every message without leftover placeholders", () => {
      for (const d of results.get(sheet)!.findings) {
        expect(d.message).not.toMatch(/\{\w+\}/);
        expect(d.message.length).toBeGreaterThan(5);
      }
    });
  });
});

describe("sample workbook findings in detail", () => {
  it("gives the quantity fix as a value to write: ≤1850人 → =1850人", async () => {
    const [, , sheet3] = await readWorkbookSnapshots(path.join(SAMPLES, "shenmu-2021.xlsx"));
    const d = checkSheet(sheet3).findings.find((f) => key(f) === "operator-direction@F25")!;
    expect(d.suggestion).toBe("=1850人");
    // A cap on a count contradicts what it measures: filed as an inconsistency, as reviewers file direction errors.
    expect(d.category).toBe("inconsistent");
  });

  it("explains the 色带 arithmetic with the numbers involved", async () => {
    const sheets = await readWorkbookSnapshots(path.join(SAMPLES, "shenmu-2021.xlsx"));
    const card = sheets.find((s) => s.name === "制卡费")!;
    const d = checkSheet(card).findings.find((f) => key(f) === "cost-indicators-budget@F30")!;
    expect(d.message).toContain("80 万元");
    expect(d.message).toContain("10 万元");
    expect(d.related).toContain("F26");
    expect(d.category).toBe("inconsistent");
  });
});

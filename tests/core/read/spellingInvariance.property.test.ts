/**
 * Property (issue 13): the reading is by meaning, not by spelling.
 * - Relabelling an indicator column's header with another spelling of the same role — listed or not — changes
 *   no finding (rule, cell, severity).
 * - Writing a value's unit as another well-formed unit that no list holds (a short noun after the number:
 *   门, 座, 批次, 元/生·天 …) changes no finding except the unit text in the messages.
 * Forms: the 神木 sample layout (一级 | 二级 | 三级 | 实施期总体目标值 | 年度指标值 | 备注).
 */
import fc from "fast-check";
import { checkSheet } from "../../../src/core/check";
import type { Diagnostic } from "../../../src/core/diagnostics";
import { parseIndicatorValue } from "../../../src/core/parse/indicatorValue";
import { SHENMU_INDICATORS, shenmuGrid, toSnapshot, type IndicatorRowSpec } from "../helpers/formGrids";

const key = (d: Diagnostic) => `${d.rule}:${d.messageId}@${d.cell}:${d.severity}`;
const keys = (ds: Diagnostic[]) => ds.map(key).sort();

/** Header row of the 神木 indicator table (row 24), its columns B–G. */
const HEADER_ROW = 23;
const COLS = { level3: 3, implementation: 4, annual: 5, remark: 6 } as const;

const SPELLINGS = {
  level3: ["三级指标", "三级指标名称", "指标名称", "具体指标", "三级 指标", "*三级指标", "三级指标名", "三级指标*", "※三级指标"],
  annual: [
    "年度指标值",
    "年度目标值",
    "本年度指标值",
    "2021年度目标值",
    "预期2021年指标值",
    "年度计划指标值",
    "当年指标值",
    "*年度指标值",
    "年度指标值*",
    "年度指标值＊：",
    "本年预期值",
    "2021年计划完成值",
  ],
  implementation: [
    "实施期总体目标值",
    "实施期指标值",
    "中长期指标值",
    "实施期目标值",
    "项目期指标值",
    "中长期目标值",
    "中长期预期值",
  ],
  remark: ["备注", "备 注", "备注说明"],
};

function relabelled(
  labels: { level3: string; annual: string; implementation: string; remark: string },
  indicators?: IndicatorRowSpec[],
) {
  const g = shenmuGrid(indicators ? { indicators } : {});
  const snap = toSnapshot(g);
  const row = snap.values[HEADER_ROW - snap.origin.row];
  for (const [role, col] of Object.entries(COLS)) row[col - snap.origin.col] = labels[role as keyof typeof labels];
  return snap;
}

describe("spelling invariance (property)", () => {
  it("the 神木 header read with its own labels gives the base findings", () => {
    const base = checkSheet(toSnapshot(shenmuGrid()));
    const same = checkSheet(
      relabelled({ level3: "三级指标", annual: "年度指标值", implementation: "实施期总体目标值", remark: "备注" }),
    );
    expect(keys(same.findings)).toEqual(keys(base.findings));
  });

  it("relabelling a column with another spelling of its role changes no finding", () => {
    // A form with findings to keep: a value without operator, a rate over 100 % and an empty value.
    const broken: IndicatorRowSpec[] = SHENMU_INDICATORS.map((r) => [...r] as IndicatorRowSpec);
    broken[0] = ["产出指标", "数量指标", "运维系统数量", "", "3套"];
    broken[6] = ["效益指标", "社会效益指标", "医保结算系统可用率", "", "≥120%"];
    broken[1] = ["产出指标", "质量指标", "系统维护验收合格率", "", ""];
    const base = keys(checkSheet(toSnapshot(shenmuGrid({ indicators: broken }))).findings);
    expect(base.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(
        fc.constantFrom(...SPELLINGS.level3),
        fc.constantFrom(...SPELLINGS.annual),
        fc.constantFrom(...SPELLINGS.implementation),
        fc.constantFrom(...SPELLINGS.remark),
        (level3, annual, implementation, remark) => {
          const result = checkSheet(relabelled({ level3, annual, implementation, remark }, broken));
          expect(keys(result.findings)).toEqual(base);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("a value's unit written as any well-formed unlisted unit changes no finding", () => {
    const units = ["门", "座", "批次", "台套", "处所", "元/生·天", "人·年", "册次", "栋楼", "眼井"];
    fc.assert(
      fc.property(fc.constantFrom(...units), fc.constantFrom("=", "≥", ""), (unit, op) => {
        const rows = SHENMU_INDICATORS.map((r) => [...r] as IndicatorRowSpec);
        rows[0] = ["产出指标", "数量指标", "运维系统数量", "", `${op}3套`];
        const base = keys(checkSheet(toSnapshot(shenmuGrid({ indicators: rows }))).findings);
        rows[0] = ["产出指标", "数量指标", "运维系统数量", "", `${op}3${unit}`];
        const parsed = parseIndicatorValue(`${op}3${unit}`);
        expect(parsed.kind).toBe("quantitative");
        if (parsed.kind === "quantitative") {
          expect(parsed.unit?.text).toBe(unit);
          expect(parsed.suffix).toBe("");
        }
        expect(keys(checkSheet(toSnapshot(shenmuGrid({ indicators: rows }))).findings)).toEqual(base);
      }),
      { numRuns: 30 },
    );
  });
});

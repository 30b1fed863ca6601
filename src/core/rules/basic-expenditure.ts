import type { HeaderFieldKey } from "../model/form";
import { FIELD_NAMES } from "./support/fieldNames";
import type { Rule } from "./support/rule";
import { SOURCES, documentBasis } from "../basis";

/** Wording that describes 基本支出 (keeping the office running), not a project (DOMAIN B-7). */
const RUNNING_COSTS = /(机构|机关|单位)(的)?(日常)?正常运转|机关运行经费|日常公用经费|基本运转经费/;
const FIELDS: HeaderFieldKey[] = ["overview", "necessity", "basis", "implementationPlan"];

/** A 项目支出 table that describes the unit's running costs belongs under 基本支出. */
export const basicExpenditure: Rule = {
  meta: {
    id: "basic-expenditure",
    severity: "warning",
    category: "inconsistent",
    basis: documentBasis(
      "部门预算：基本支出是保障机构正常运转的人员经费和日常公用经费，项目支出在基本支出之外",
      SOURCES.budgetKinds,
    ),
    description: "保障机构正常运转的人员经费和日常公用经费属于基本支出，不应作为项目支出申报。",
    messages: {
      runningCosts: "{field}写的是“{phrase}”，这属于基本支出（机构正常运转经费），不应作为项目支出申报。",
    },
  },
  check({ facts, report }) {
    for (const key of FIELDS) {
      const f = facts.form.fields[key];
      const m = f ? RUNNING_COSTS.exec(f.text) : null;
      if (!f || !m) continue;
      report({
        messageId: "runningCosts",
        cell: f.cell,
        params: { field: FIELD_NAMES[key], phrase: m[0] },
        fix: "把机构运转经费列入基本支出预算；项目支出只写为完成特定任务而发生的支出，并写明具体任务。",
      });
      return; // one finding per form is enough
    }
  },
};

/**
 * Every rule the engine runs, in reporting order.
 */
import { cellErrorValue } from "./format/cellErrorValue";
import { levelPlacement } from "./format/levelPlacement";
import { operatorDirection } from "./format/operatorDirection";
import { satisfactionTarget } from "./format/satisfactionTarget";
import { strictComparison } from "./format/strictComparison";
import { vagueQualitative } from "./format/vagueQualitative";
import { valueFormat } from "./format/valueFormat";
import { basicExpenditure } from "./inconsistent/basicExpenditure";
import { assessmentScoreResult } from "./inconsistent/assessmentScoreResult";
import { costEstimateTotal } from "./inconsistent/costEstimateTotal";
import { costIndicatorsBudget } from "./inconsistent/costIndicatorsBudget";
import { detailLinesTotal } from "./inconsistent/detailLinesTotal";
import { fundingConsistency } from "./inconsistent/fundingConsistency";
import { goalsDistinct } from "./inconsistent/goalsDistinct";
import { periodValuesConsistent } from "./inconsistent/periodValuesConsistent";
import { rateBounds } from "./inconsistent/rateBounds";
import { timelinessWithinPeriod } from "./inconsistent/timelinessWithinPeriod";
import { assessmentComplete } from "./missing/assessmentComplete";
import { baselineForRate } from "./missing/baselineForRate";
import { blankLevelCell } from "./missing/blankLevelCell";
import { checkboxSelection } from "./missing/checkboxSelection";
import { frameworkCoverage } from "./missing/frameworkCoverage";
import { goalsPresent } from "./missing/goalsPresent";
import { indicatorRowComplete } from "./missing/indicatorRowComplete";
import { indicatorSection } from "./missing/indicatorSection";
import { level2WithoutLevel3 } from "./missing/level2WithoutLevel3";
import { periodValuesPresent } from "./missing/periodValuesPresent";
import { requiredFields } from "./missing/requiredFields";
import type { Rule } from "./rule";

export const ALL_RULES: readonly Rule[] = [
  requiredFields,
  checkboxSelection,
  assessmentComplete,
  goalsPresent,
  indicatorSection,
  frameworkCoverage,
  level2WithoutLevel3,
  indicatorRowComplete,
  blankLevelCell,
  periodValuesPresent,
  baselineForRate,
  costEstimateTotal,
  fundingConsistency,
  detailLinesTotal,
  costIndicatorsBudget,
  timelinessWithinPeriod,
  rateBounds,
  periodValuesConsistent,
  assessmentScoreResult,
  goalsDistinct,
  basicExpenditure,
  valueFormat,
  operatorDirection,
  vagueQualitative,
  satisfactionTarget,
  strictComparison,
  cellErrorValue,
  levelPlacement,
];

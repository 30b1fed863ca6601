/**
 * Every rule the engine runs, in reporting order. GENERATED from the files of this folder by
 * scripts/ruleRegistry.ts (`npm run gen:rules`) — do not edit by hand.
 */
import { actualBelowTarget } from "./actual-below-target";
import { assessmentComplete } from "./assessment-complete";
import { baselineForRate } from "./baseline-for-rate";
import { basisColumnEmpty } from "./basis-column-empty";
import { blankLevelCell } from "./blank-level-cell";
import { checkboxSelection } from "./checkbox-selection";
import { columnLeftEmpty } from "./column-left-empty";
import { detailLinesEmpty } from "./detail-lines-empty";
import { executionFiguresPresent } from "./execution-figures-present";
import { frameworkCoverage } from "./framework-coverage";
import { goalsPresent } from "./goals-present";
import { indicatorRowComplete } from "./indicator-row-complete";
import { indicatorSection } from "./indicator-section";
import { instructionsLeft } from "./instructions-left";
import { level2WithoutLevel3 } from "./level2-without-level3";
import { periodValuesPresent } from "./period-values-present";
import { requiredFields } from "./required-field";
import { selfEvaluationUnfilled } from "./self-evaluation-unfilled";
import { situationUnexplained } from "./situation-unexplained";
import { totalLeftEmpty } from "./total-left-empty";
import { actualMeasureMismatch } from "./actual-measure-mismatch";
import { assessmentScoreResult } from "./assessment-score-result";
import { basicExpenditure } from "./basic-expenditure";
import { breakdownSum } from "./breakdown-sum";
import { costActualWithinSpending } from "./cost-actual-within-spending";
import { costEstimateTotal } from "./cost-estimate-total";
import { costIndicatorsBudget } from "./cost-indicators-budget";
import { departmentSpending } from "./department-spending";
import { detailLinesTotal } from "./detail-lines-total";
import { executionPartScored } from "./execution-part-scored";
import { executionRate } from "./execution-rate";
import { fieldsDistinct } from "./fields-distinct";
import { fundingConsistency } from "./funding-consistency";
import { goalsDistinct } from "./goals-distinct";
import { indicatorNameDuplicate } from "./indicator-name-duplicate";
import { midtermRepeatsAnnual } from "./midterm-repeats-annual";
import { operatorDirection } from "./operator-direction";
import { periodReversed } from "./period-reversed";
import { periodValuesConsistent } from "./period-values-consistent";
import { periodsIdentical } from "./periods-identical";
import { planTotalMatchesBudget } from "./plan-total-matches-budget";
import { rateBounds } from "./rate-bounds";
import { readingUncertain } from "./reading-uncertain";
import { satisfactionGroupMismatch } from "./satisfaction-group-mismatch";
import { scoreMatchesResult } from "./score-matches-result";
import { scoreTotal } from "./score-total";
import { scoreWithinWeight } from "./score-within-weight";
import { situationContradictsFigures } from "./situation-contradicts-figures";
import { termMatchesPeriod } from "./term-matches-period";
import { textYearStale } from "./text-year-stale";
import { timelinessWithinPeriod } from "./timeliness-within-period";
import { totalAddsUp } from "./total-adds-up";
import { weightsTotal } from "./weights-total";
import { actualValueFormat } from "./actual-value-format";
import { benefitKindConfused } from "./benefit-kind-confused";
import { cellErrorValue } from "./cell-error-value";
import { dateWithoutYear } from "./date-without-year";
import { explanationBoilerplate } from "./explanation-boilerplate";
import { goalSubstance } from "./goal-substance";
import { inputAsOutput } from "./input-as-output";
import { levelPlacement } from "./level-placement";
import { level3IsCategory } from "./level3-is-category";
import { level3NotAName } from "./level3-not-a-name";
import { moneyUnreadable } from "./money-unreadable";
import { outcomeAsOutput } from "./outcome-as-output";
import { percentForNonRate } from "./percent-for-non-rate";
import { periodFormat } from "./period-format";
import { projectNameGeneric } from "./project-name-generic";
import { qualityBenefitConfused } from "./quality-benefit-confused";
import { rateAtLeast100 } from "./rate-at-least-100";
import { satisfactionAsBenefit } from "./satisfaction-as-benefit";
import { satisfactionTarget } from "./satisfaction-target";
import { splitValueNumber } from "./split-value-number";
import { strictComparison } from "./strict-comparison";
import { templatePlaceholder } from "./template-placeholder";
import { unitValueMismatch } from "./unit-value-mismatch";
import { vagueQualitative } from "./vague-qualitative";
import { valueForbiddenChars } from "./value-forbidden-chars";
import { valueFormat } from "./value-format";
import type { Rule } from "./support/rule";

export const ALL_RULES: readonly Rule[] = [
  actualBelowTarget,
  assessmentComplete,
  baselineForRate,
  basisColumnEmpty,
  blankLevelCell,
  checkboxSelection,
  columnLeftEmpty,
  detailLinesEmpty,
  executionFiguresPresent,
  frameworkCoverage,
  goalsPresent,
  indicatorRowComplete,
  indicatorSection,
  instructionsLeft,
  level2WithoutLevel3,
  periodValuesPresent,
  requiredFields,
  selfEvaluationUnfilled,
  situationUnexplained,
  totalLeftEmpty,
  actualMeasureMismatch,
  assessmentScoreResult,
  basicExpenditure,
  breakdownSum,
  costActualWithinSpending,
  costEstimateTotal,
  costIndicatorsBudget,
  departmentSpending,
  detailLinesTotal,
  executionPartScored,
  executionRate,
  fieldsDistinct,
  fundingConsistency,
  goalsDistinct,
  indicatorNameDuplicate,
  midtermRepeatsAnnual,
  operatorDirection,
  periodReversed,
  periodValuesConsistent,
  periodsIdentical,
  planTotalMatchesBudget,
  rateBounds,
  readingUncertain,
  satisfactionGroupMismatch,
  scoreMatchesResult,
  scoreTotal,
  scoreWithinWeight,
  situationContradictsFigures,
  termMatchesPeriod,
  textYearStale,
  timelinessWithinPeriod,
  totalAddsUp,
  weightsTotal,
  actualValueFormat,
  benefitKindConfused,
  cellErrorValue,
  dateWithoutYear,
  explanationBoilerplate,
  goalSubstance,
  inputAsOutput,
  levelPlacement,
  level3IsCategory,
  level3NotAName,
  moneyUnreadable,
  outcomeAsOutput,
  percentForNonRate,
  periodFormat,
  projectNameGeneric,
  qualityBenefitConfused,
  rateAtLeast100,
  satisfactionAsBenefit,
  satisfactionTarget,
  splitValueNumber,
  strictComparison,
  templatePlaceholder,
  unitValueMismatch,
  vagueQualitative,
  valueForbiddenChars,
  valueFormat,
];

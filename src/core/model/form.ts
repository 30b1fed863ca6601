/**
 * The domain model of one 项目支出绩效目标表 found on a sheet.
 * Every value keeps the A1 address of the cell it came from, so findings point at real cells.
 */
import { z } from "zod";
import { CostEstimateSchema, ParsedValueSchema } from "./parsedValue";

/** Which form layout the table follows. */
export const LayoutIdSchema = z.enum([
  /** 项目（政策）支出绩效表: one indicator table with 实施期 and 年度 value columns (神木). */
  "policy-table",
  /** 绩效目标申报表: 中长期 and 年度 halves side by side, 资金来源 and 预算明细 blocks (乌海). */
  "declaration-form",
  /** 项目支出绩效目标表 of other local templates (申报 / 批复 / 审批; one or two periods). */
  "project-target",
  /** 部门整体支出绩效目标表: 部门职能, 年度主要任务, 整体目标; no single project. */
  "department-overall",
  /** 区域（项目）/ 转移支付绩效目标表: 资金名称, 补助区域, maybe one target column per area. */
  "transfer-payment",
  /** A list table: many projects in one table, one row block per 项目名称. */
  "project-list",
  /** 绩效自评表: 年度目标值 against 实际完成值, 分值/权重, 得分, 偏差原因. */
  "self-evaluation",
  /** Published evaluation results: the budgeted target against the achieved value, with scores. */
  "evaluation-result",
  /** Recognised by its labels but matching no known kind closely. */
  "generic",
]);
export type LayoutId = z.infer<typeof LayoutIdSchema>;

/** Two periods a value can belong to. 中长期 maps onto 实施期. */
export const PeriodSchema = z.enum(["implementation", "annual"]);
export type Period = z.infer<typeof PeriodSchema>;

/** A text field: the label cell and the cell holding (or meant to hold) its value. */
export const FieldSchema = z.object({
  text: z.string(),
  /** Where the value is (or, when empty, where it should be typed). */
  cell: z.string(),
  labelCell: z.string(),
  /** The label as written (for messages), when it differs from the field's standard name. */
  label: z.string().optional(),
});
export type Field = z.infer<typeof FieldSchema>;

/** A money figure in 万元. `amountWan` is null when the cell is empty or not a number. */
export const MoneySchema = z.object({
  amountWan: z.number().nullable(),
  text: z.string(),
  cell: z.string(),
  labelCell: z.string(),
  /**
   * Why `amountWan` is null although the cell is not empty: "unreadable" (an error value, a garbled or
   * duplicated figure — never taken as 0), "heading" (the cell is a column heading such as 金额(万元)).
   */
  problem: z.enum(["unreadable", "heading"]).optional(),
  /** The label as written. */
  label: z.string().optional(),
});
export type Money = z.infer<typeof MoneySchema>;

export const CheckboxOptionSchema = z.object({
  name: z.string(),
  checked: z.boolean(),
  /** False when the option is printed without any box (e.g. "其他_____"). */
  hasBox: z.boolean(),
});
export const CheckboxGroupSchema = z.object({
  text: z.string(),
  cell: z.string(),
  labelCell: z.string(),
  options: z.array(CheckboxOptionSchema),
});
export type CheckboxGroup = z.infer<typeof CheckboxGroupSchema>;

export const HeaderFieldKeySchema = z.enum([
  "projectName",
  "department",
  "implementingUnit",
  "period",
  "projectTerm",
  "basis",
  "overview",
  "costEstimate",
  "implementationPlan",
  /** 项目实施计划: what is done when, and often what each step costs. */
  "implementationSchedule",
  "departmentFunction",
  "functionalCode",
  "projectAttribute",
  "necessity",
  "safeguards",
  "departmentContact",
  "unitContact",
  "budgetChangeReason",
  "assessmentNecessity",
  "assessmentEconomy",
  "assessmentGoals",
  "assessmentFeasibility",
  "assessmentFinancing",
  "projectSource",
  "contact",
  "region",
  "departmentCode",
  "feasibility",
  "goalCompletion",
  "evaluationConclusion",
  "problems",
  "improvements",
  "fundName",
  "phone",
  "selfScore",
  "centralDepartment",
  /** 评价方式 (部门(单位)绩效自评, 财政重点评价): who evaluated — printed only on an evaluation. */
  "evaluationMethod",
  /** 预算执行率权重(%): on target tables whose indicators weigh 90, the budget execution's share of 100. */
  "executionWeight",
]);
export type HeaderFieldKey = z.infer<typeof HeaderFieldKeySchema>;

export const CheckboxGroupKeySchema = z.enum([
  "projectAttribute",
  "projectScope",
  "assessmentMethod",
  "assessmentParticipants",
  "assessmentResult",
]);
export type CheckboxGroupKey = z.infer<typeof CheckboxGroupKeySchema>;

export const BudgetKeySchema = z.enum([
  /** 项目预算（万元） */
  "projectBudget",
  /** 实施期资金总额 / 其中：财政拨款 / 其他资金 */
  "implementationTotal",
  "implementationFiscal",
  "implementationOther",
  /** 年度资金总额 / 其中：财政拨款 / 其他资金 */
  "annualTotal",
  "annualFiscal",
  "annualOther",
  /** 项目资金总额 and its parts (申报表) */
  "fundTotal",
  "carryOver",
  "currentRequest",
  "otherFunds",
  /** 部门整体: 资金总额 = 项目支出 + 基本支出. */
  "projectSpending",
  "basicSpending",
]);
export type BudgetKey = z.infer<typeof BudgetKeySchema>;

/** Calendar date parts of the implementation period; day null when only a month is written. */
export const DatePartsSchema = z.object({ year: z.number(), month: z.number(), day: z.number().nullable() });
export type DateParts = z.infer<typeof DatePartsSchema>;

export const ImplementationPeriodSchema = z.object({
  start: DatePartsSchema.nullable(),
  end: DatePartsSchema.nullable(),
});
export type ImplementationPeriod = z.infer<typeof ImplementationPeriodSchema>;

export const DetailLineSchema = z.object({
  name: z.string(),
  nameCell: z.string(),
  amountWan: z.number().nullable(),
  amountText: z.string(),
  amountCell: z.string(),
  periodText: z.string(),
});
export type DetailLine = z.infer<typeof DetailLineSchema>;

export const GoalSchema = z.object({
  period: PeriodSchema,
  /** Header as written ("实施期总体目标", "中长期目标（2021年—2021年）", "年度目标"). */
  header: z.string(),
  headerCell: z.string(),
  text: z.string(),
  cell: z.string(),
});
export type Goal = z.infer<typeof GoalSchema>;

export const IndicatorValueSchema = z.object({
  period: PeriodSchema,
  /** The value as written; for split columns, 指标性质 + 指标值 + 度量单位 joined. */
  text: z.string(),
  cell: z.string(),
  parsed: ParsedValueSchema,
  /** The area (county, district…) of a per-area value column, when the table has one per area. */
  area: z.string().optional(),
  /** Split columns as written: 指标性质 (operator or 定性/定量) and 度量单位, with their cells. */
  operatorColumn: z.object({ text: z.string(), cell: z.string() }).optional(),
  unitColumn: z.object({ text: z.string(), cell: z.string() }).optional(),
  /** In a table with its own 计量单位 column: the 指标值 cell's own text (before joining). */
  ownText: z.string().optional(),
});
export type IndicatorValue = z.infer<typeof IndicatorValueSchema>;

export const LevelCellSchema = z.object({
  /** The label as written (empty when the cell is blank). */
  text: z.string(),
  /** The cell the label lives in (top-left of its merge). */
  cell: z.string(),
  /** True when the label was taken from an ordinary blank cell's row above (no merge). */
  inherited: z.boolean(),
});
export type LevelCell = z.infer<typeof LevelCellSchema>;

/** One row of an indicator table (for one half of a two-half form). */
export const IndicatorRowSchema = z.object({
  /** Sheet row, 0-based. */
  row: z.number(),
  level1: LevelCellSchema,
  level2: LevelCellSchema,
  level3: LevelCellSchema,
  values: z.array(IndicatorValueSchema),
  remark: z.string(),
  /** Extra columns that are never target values: 分值/权重, 得分, 实际完成值, 偏差原因, 指标解释 … */
  extras: z
    .partialRecord(
      z.enum(["weight", "score", "actual", "reason", "explanation", "direction", "priorActual", "basis"]),
      z.object({ text: z.string(), cell: z.string() }),
    )
    .optional(),
  /** The cells of those extra columns left empty on this row (an unfilled 实际完成值 …). */
  blankExtras: z
    .partialRecord(
      z.enum(["weight", "score", "actual", "reason", "explanation", "direction", "priorActual", "basis"]),
      z.string(),
    )
    .optional(),
});
export type IndicatorRow = z.infer<typeof IndicatorRowSchema>;

/** One indicator table: 神木 has one with two value periods; 乌海 has a 中长期 and a 年度 half. */
export const IndicatorTableSchema = z.object({
  /** Periods whose value columns this table has. */
  periods: z.array(PeriodSchema),
  headerCell: z.string(),
  /** The 一级指标 header cell of the block (where a missing 一级 group is reported). */
  level1HeaderCell: z.string().optional(),
  /** Header cells of each period's value column (for "this column is empty" findings). */
  valueHeaderCells: z.record(z.string(), z.string()),
  rows: z.array(IndicatorRowSchema),
  /** Header cells of the table's extra columns (分值, 得分, 完成值 …): which of them the table has. */
  extraColumns: z
    .partialRecord(
      z.enum(["weight", "score", "actual", "reason", "explanation", "direction", "priorActual", "basis"]),
      z.string(),
    )
    .optional(),
  /**
   * Which column was taken as each period's target and why (zh-CN), when the header offered a choice or
   * the role came from the header's words rather than a listed spelling: reported in the JSON (`reading`).
   */
  /**
   * The table has no 二级 level: an umbrella title in the 一级 column over 产出/效益/满意度 in the 二级 column
   * (中央预算内投资计划绩效目标表), read as 一级 names over 三级 indicators.
   */
  noLevel2: z.boolean().optional(),
  /**
   * True when the table prints no 一级 column (二级指标 | 三级指标 | 年度指标值, 岳峰 2024, 阳泉 2015): each row's 一级 is
   * the one its 二级 belongs to, and a blank 一级 is not a finding.
   */
  noLevel1: z.boolean().optional(),
  /** A flat list without 一级/二级 columns (重庆: 指标 | 指标权重 | 计量单位 | 指标性质 | 指标值): no level to judge. */
  flat: z.boolean().optional(),
  /** Indicators written as lines "二级: text" beside their 一级 (南岳 2017): no 三级 names, the text is the value. */
  textLines: z.boolean().optional(),
  /** Template filler rows ("……" as 三级 or 二级, nothing else written), which are not read as indicators. */
  fillerRows: z.array(z.object({ row: z.number(), text: z.string(), cell: z.string() })).optional(),
  valueChoices: z.array(z.object({ period: PeriodSchema, cell: z.string(), header: z.string(), reason: z.string() })).optional(),
});
export type IndicatorTable = z.infer<typeof IndicatorTableSchema>;

const TextCellSchema = z.object({ text: z.string(), cell: z.string() });

/** Scores and weights of a self-evaluation (绩效自评表) or an evaluation result. */
export const ScoringSchema = z.object({
  /** 合计 / 总分 rows with the weight and score written on them. */
  summaries: z.array(
    z.object({
      row: z.number(),
      label: z.string(),
      labelCell: z.string(),
      weight: TextCellSchema.nullable(),
      score: TextCellSchema.nullable(),
    }),
  ),
  /** Points written in a label: "产出指标(70分)", "绩效指标(90分)", "预算执行情况(10分)". */
  sectionPoints: z.array(z.object({ label: z.string(), cell: z.string(), points: z.number() })),
  /** The 预算执行情况 block: budget, executed amount, the stated rate, its weight and score. */
  execution: z
    .object({
      budget: TextCellSchema.nullable(),
      executed: TextCellSchema.nullable(),
      rate: TextCellSchema.nullable(),
      weight: TextCellSchema.nullable(),
      score: TextCellSchema.nullable(),
      /** The lines under the total (其中：当年财政拨款, 上年结转资金, 其他资金) with their 分值 and 得分 as written. */
      parts: z
        .array(
          z.object({
            label: z.string(),
            labelCell: z.string(),
            weight: TextCellSchema.nullable(),
            score: TextCellSchema.nullable(),
            /** The line's own figures, where written: its budget (adjusted when printed), executed amount and rate. */
            budget: TextCellSchema.nullable().optional(),
            executed: TextCellSchema.nullable().optional(),
            rate: TextCellSchema.nullable().optional(),
          }),
        )
        .optional(),
      /** Where each figure is (or would be) written, also when the cell is empty. */
      cells: z.partialRecord(z.enum(["budget", "executed", "rate", "weight", "score"]), z.string()).optional(),
    })
    .nullable(),
});
export type Scoring = z.infer<typeof ScoringSchema>;
export type ExecutionPart = NonNullable<NonNullable<Scoring["execution"]>["parts"]>[number];

/** One figure of a total's parts (see src/core/read/readTotals.ts). */
export const TotalPartSchema = z.object({
  cell: z.string(),
  label: z.string(),
  text: z.string(),
  /** The figure (a percentage as its number: "38.8%" → 38.8), or null when the cell is empty. */
  value: z.number().nullable(),
  percent: z.boolean(),
  /** Decimal places written. */
  decimals: z.number(),
});
export type TotalPart = z.infer<typeof TotalPartSchema>;

/** A total printed in the form (合计 under its figures, or 总额 over its 其中 lines) with the parts it sums. */
export const TotalLineSchema = z.object({
  label: z.string(),
  labelCell: z.string(),
  cell: z.string(),
  text: z.string(),
  value: z.number(),
  percent: z.boolean(),
  /** Where the parts are: above the total (合计 at the foot) or below it (总额 then 其中). */
  direction: z.enum(["above", "below"]),
  parts: z.array(TotalPartSchema),
  /** Decimal places written (the most among the total and its parts), for rounding. */
  decimals: z.number(),
});
export type TotalLine = z.infer<typeof TotalLineSchema>;

/** A 测算依据 column of a money table, with the lines it should explain (src/core/read/readBasisColumns.ts). */
export const BasisColumnSchema = z.object({
  /** "basis": 测算依据 of money lines; "situation": 情况说明 of a self-evaluation's 资金管理情况 list. */
  kind: z.enum(["basis", "situation"]),
  header: z.string(),
  headerCell: z.string(),
  lines: z.array(
    z.object({
      label: z.string(),
      labelCell: z.string(),
      cell: z.string(),
      text: z.string(),
      /** A 合计/小计 line: it needs no explanation of its own. */
      total: z.boolean(),
      /** The line's 分值 and 得分 where the heading row has such columns (a scored 资金管理情况 list). */
      weight: TextCellSchema.optional(),
      score: TextCellSchema.optional(),
      /** What the 存在问题 column of the same row says (a 资金管理情况 list), when written. */
      problem: TextCellSchema.optional(),
    }),
  ),
});
export type BasisColumn = z.infer<typeof BasisColumnSchema>;

export const PerformanceFormSchema = z.object({
  layout: LayoutIdSchema,
  /** First and last sheet rows (0-based) the form occupies. */
  rowSpan: z.object({ top: z.number(), bottom: z.number() }),
  /** Top-left cell of the form (title, or the first label) — where form-level findings point. */
  anchorCell: z.string(),
  title: z.string(),
  fields: z.partialRecord(HeaderFieldKeySchema, FieldSchema),
  checkboxes: z.partialRecord(CheckboxGroupKeySchema, CheckboxGroupSchema),
  /** Further boxed groups whose label has the meaning of a group already read (项目类别 | 项目属性 | 项目类型). */
  moreCheckboxes: z.array(CheckboxGroupSchema.extend({ key: CheckboxGroupKeySchema, label: z.string() })).optional(),
  /**
   * Boxed option lists of no group the vocabulary knows ("评价类型:项目实施过程评价□项目完成结果评价□", 岳阳 2020), each
   * named by the words before its colon or the label beside it.
   */
  otherCheckboxes: z.array(CheckboxGroupSchema.extend({ label: z.string() })).optional(),
  /**
   * Cells that look like a figure but have their separators in the wrong places ("7,00.0,77", 岳阳 2020): no amount can be
   * read from them, and none is guessed.
   */
  malformedFigures: z.array(z.object({ cell: z.string(), text: z.string(), label: z.string() })).optional(),
  budget: z.partialRecord(BudgetKeySchema, MoneySchema),
  implementationPeriod: ImplementationPeriodSchema.nullable(),
  costEstimate: CostEstimateSchema.nullable(),
  assessment: z.object({
    score: z.object({ value: z.number().nullable(), text: z.string(), cell: z.string() }).nullable(),
    code: FieldSchema.nullable(),
    /** True when the form has a 事前绩效评估 block at all. */
    present: z.boolean(),
    labelCell: z.string().nullable(),
  }),
  details: z.object({
    present: z.boolean(),
    headerCell: z.string().nullable(),
    lines: z.array(DetailLineSchema),
    total: MoneySchema.nullable(),
    /** Name cells of lines printed to be filled and left empty (a list number and no amount: "4."). */
    emptySlots: z.array(z.string()).optional(),
  }),
  goals: z.array(GoalSchema),
  /** Null when the form has no 绩效指标 section at all. */
  indicators: z.object({ labelCell: z.string(), tables: z.array(IndicatorTableSchema) }).nullable(),
  /** Cells holding spreadsheet error values (#REF!, #N/A …) inside the form. */
  errorCells: z.array(z.object({ cell: z.string(), text: z.string() })),
  /**
   * 部门整体: the lines of the 年度履职目标 side table (支出项目名称 | 预算金额), each an expense item with its amount.
   */
  spendingLines: z
    .array(z.object({ name: z.string(), nameCell: z.string(), amountWan: z.number().nullable(), amountCell: z.string() }))
    .optional(),
  /** Self-evaluation scores and weights (absent on target forms). */
  scoring: ScoringSchema.optional(),
  /** Totals printed in the form with their parts, wherever they stand (src/core/read/readTotals.ts). */
  totals: z.array(TotalLineSchema).optional(),
  /**
   * A group's line left empty above its filled lines (三公经费 | (blank) over 1、公务用车购置和维护经费 3.33, 2、出国经费 …; 公用经费
   * over 其中:办公经费 …): the cells of the empty line under the columns its lines fill, with those lines' figures.
   */
  emptyTotals: z
    .array(
      z.object({
        label: z.string(),
        labelCell: z.string(),
        cells: z.array(z.string()),
        parts: z.array(TotalPartSchema),
      }),
    )
    .optional(),
  /** 测算依据 columns of money tables with their lines. */
  basisColumns: z.array(BasisColumnSchema).optional(),
  /** Why the reader chose this kind (zh-CN, for reports and debugging). */
  kindReason: z.string().optional(),
  /** The kind that scored close to the chosen one (two kinds alike): what either kind asks for is not required. */
  kindRunnerUp: LayoutIdSchema.optional(),
  /** Every kind's score and the evidence behind it, best first (the JSON's `kindEvidence`). */
  kindEvidence: z.array(z.object({ kind: LayoutIdSchema, score: z.number(), evidence: z.array(z.string()) })).optional(),
  /**
   * Choices the reader made on weak or contradictory evidence (a target column empty while its sibling is
   * full, two kinds scoring alike …). Each is reported once as an info; while one is `uncertain`, findings
   * built on the reading are reported as warnings at most.
   */
  /**
   * Cells that look like indicator values ("≥432人", "=100%") on a form whose indicator table was not read: the
   * layout is one the reader does not know (an old 评价指标 | 绩效内容 | 全年绩效目标 form), not a missing table.
   */
  unreadValues: z.array(z.object({ cell: z.string(), text: z.string() })).optional(),
  /** The year the form says it is for: a "(2023年度)" line under the title, or the title's leading year. */
  statedYear: z.object({ year: z.number(), cell: z.string() }).optional(),
  /** The form prints money lines or a money section (资金情况, 年度资金总额, 财政拨款 …), read or not. */
  moneyPrinted: z.boolean().optional(),
  /**
   * False when the form's amounts carry no unit anywhere: no cell of the form outside its indicator tables (and of the
   * three rows above it) says 元 — no "单位：万元" note, no "资金情况(万元)" heading, no "50万元" (重庆 2025: 下达资金总额 |
   * 1916). Absent when the form prints no amount.
   */
  moneyUnitStated: z.boolean().optional(),
  readingNotes: z
    .array(z.object({ cell: z.string(), message: z.string(), uncertain: z.boolean(), related: z.array(z.string()).optional() }))
    .optional(),
});
export type PerformanceForm = z.infer<typeof PerformanceFormSchema>;

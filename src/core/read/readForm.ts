/**
 * Reads one form (a row band of the sheet) into the domain model.
 */
import type {
  BudgetKey,
  CheckboxGroup,
  CheckboxGroupKey,
  DetailLine,
  Field,
  Goal,
  HeaderFieldKey,
  LayoutId,
  Money,
  PerformanceForm,
} from "../model/form";
import { parseCostEstimate } from "../parse/costEstimate";
import { parseImplementationPeriod } from "../parse/implementationPeriod";
import { labelKey } from "../text/normalize";
import { parseCheckboxText } from "./checkboxText";
import type { LabelTarget } from "./labels";
import type { LabelMatch } from "./matchLabel";
import { readIndicatorBlock } from "./readIndicators";
import { readMoneyWan } from "./readMoney";
import type { SheetGrid } from "./sheetGrid";

export interface LabelCell {
  row: number;
  col: number;
  match: LabelMatch;
}

export interface FormBand {
  top: number;
  bottom: number;
  titleRow: number | null;
  /** Labels found in the band, top to bottom, left to right. */
  labels: LabelCell[];
}

type Target<K extends LabelTarget["kind"]> = Extract<LabelTarget, { kind: K }>;

class FormReader {
  private readonly labelAt = new Map<string, LabelCell>();
  /** The "绩效指标" section label, whose vertical merge bounds the indicator rows. */
  private sectionLabelIndicators: LabelCell | null = null;
  private readonly form: PerformanceForm;

  constructor(
    private readonly grid: SheetGrid,
    private readonly band: FormBand,
  ) {
    const anchorRow = band.titleRow ?? band.labels[0]?.row ?? band.top;
    const anchorCol = band.titleRow !== null ? this.firstTextCol(band.titleRow) : (band.labels[0]?.col ?? grid.left);
    this.form = {
      layout: "generic",
      rowSpan: { top: band.top, bottom: band.bottom },
      anchorCell: grid.a1(anchorRow, anchorCol),
      title: band.titleRow !== null ? grid.text(anchorRow, anchorCol) : "",
      fields: {},
      checkboxes: {},
      budget: {},
      implementationPeriod: null,
      costEstimate: null,
      assessment: { score: null, code: null, present: false, labelCell: null },
      details: { present: false, headerCell: null, lines: [], total: null },
      goals: [],
      indicators: null,
      errorCells: grid.errorCells(band.top, band.bottom),
    };
  }

  private firstTextCol(row: number): number {
    for (let c = this.grid.left; c <= this.grid.right; c++) if (this.grid.text(row, c)) return c;
    return this.grid.left;
  }

  private key(row: number, col: number): string {
    return `${row}:${col}`;
  }

  private isLabel(row: number, col: number): boolean {
    return this.labelAt.has(this.key(row, col));
  }

  read(): PerformanceForm {
    const labels = this.resolveMoneyParts(this.labelsAboveIndicators());
    for (const l of labels) this.labelAt.set(this.key(l.row, l.col), l);
    for (const l of labels) this.readLabel(l);
    this.finish();
    return this.form;
  }

  /** Labels up to the indicator header row (indicator rows may contain words that look like labels). */
  private labelsAboveIndicators(): LabelCell[] {
    const header = this.band.labels.find((l) => l.match.target.kind === "indicator-header");
    return header ? this.band.labels.filter((l) => l.row <= header.row) : this.band.labels;
  }

  /** 其中：财政拨款 / 其他资金 belong to the 实施期 or 年度 总额 written above them in the same column. */
  private resolveMoneyParts(labels: LabelCell[]): LabelCell[] {
    const out: LabelCell[] = [];
    for (const l of labels) {
      if (l.match.target.kind !== "money-part") {
        out.push(l);
        continue;
      }
      const total = labels.find(
        (t) =>
          t.col === l.col &&
          t.row < l.row &&
          l.row - t.row <= 3 &&
          t.match.target.kind === "money" &&
          (t.match.target.key === "implementationTotal" || t.match.target.key === "annualTotal"),
      );
      if (!total || total.match.target.kind !== "money") continue;
      const impl = total.match.target.key === "implementationTotal";
      const part = l.match.target.part;
      const key: BudgetKey = impl
        ? part === "fiscal"
          ? "implementationFiscal"
          : "implementationOther"
        : part === "fiscal"
          ? "annualFiscal"
          : "annualOther";
      out.push({ ...l, match: { ...l.match, target: { kind: "money", key, direction: "right" } } });
    }
    return out;
  }

  /** The cell right of a label (past its merge); when that is another label, the label cell itself. */
  private valueRight(row: number, col: number): { row: number; col: number; text: string; isLabelCell: boolean } {
    const next = this.grid.rightEdge(row, col) + 1;
    if (next > this.grid.right) return { row, col, text: "", isLabelCell: true };
    const a = this.grid.anchor(row, next);
    if (this.isLabel(a.row, a.col)) return { row, col, text: "", isLabelCell: true };
    return { row: a.row, col: a.col, text: this.grid.text(a.row, a.col), isLabelCell: false };
  }

  private valueBelow(row: number, col: number): { row: number; col: number; text: string; isLabelCell: boolean } {
    const next = this.grid.bottomEdge(row, col) + 1;
    if (next > this.band.bottom) return { row, col, text: "", isLabelCell: true };
    const a = this.grid.anchor(next, col);
    if (this.isLabel(a.row, a.col)) return { row, col, text: "", isLabelCell: true };
    return { row: a.row, col: a.col, text: this.grid.text(a.row, a.col), isLabelCell: false };
  }

  private readLabel(l: LabelCell): void {
    const t = l.match.target;
    const labelCell = this.grid.a1(l.row, l.col);
    switch (t.kind) {
      case "field":
        this.setField(t.key, l, labelCell);
        return;
      case "field-or-checkbox":
        this.readFieldOrCheckbox(t, l, labelCell);
        return;
      case "checkbox":
        this.setCheckbox(t.key, l, labelCell);
        return;
      case "money":
        this.setMoney(t, l, labelCell);
        return;
      case "money-part":
        return; // resolved to "money" above, or dropped
      case "score":
        this.readScore(l, labelCell);
        return;
      case "assessment-code": {
        if (this.form.assessment.code) return;
        const v = l.match.inline !== null && l.match.inline !== "" ? { text: l.match.inline, cell: labelCell } : this.fieldValue(l);
        this.form.assessment.code = { text: v.text, cell: v.cell, labelCell };
        return;
      }
      case "goal":
        this.readGoal(t.period, l, labelCell);
        return;
      case "section":
        if (t.section === "assessment" && !this.form.assessment.present) {
          this.form.assessment.present = true;
          this.form.assessment.labelCell = labelCell;
        }
        if (t.section === "details") this.form.details.present = true;
        if (t.section === "indicators" && !this.form.indicators) {
          this.form.indicators = { labelCell, tables: [] };
          this.sectionLabelIndicators = l;
        }
        return;
      case "details-header":
        this.readDetails(l);
        return;
      case "indicator-header":
        this.readIndicators(l);
        return;
    }
  }

  /** Value of a text field: inline after the colon, else the cell to the right. */
  private fieldValue(l: LabelCell): { text: string; cell: string } {
    if (l.match.inline !== null && l.match.inline !== "") return { text: l.match.inline, cell: this.grid.a1(l.row, l.col) };
    const v = this.valueRight(l.row, l.col);
    return { text: v.text, cell: this.grid.a1(v.row, v.col) };
  }

  private setField(key: HeaderFieldKey, l: LabelCell, labelCell: string): void {
    if (this.form.fields[key]) return;
    const v = this.fieldValue(l);
    const f: Field = { text: v.text, cell: v.cell, labelCell };
    this.form.fields[key] = f;
  }

  private readFieldOrCheckbox(t: Target<"field-or-checkbox">, l: LabelCell, labelCell: string): void {
    const v = this.fieldValue(l);
    if (parseCheckboxText(v.text).length > 0) this.setCheckbox(t.checkbox, l, labelCell);
    else this.setField(t.field, l, labelCell);
  }

  private setCheckbox(key: CheckboxGroupKey, l: LabelCell, labelCell: string): void {
    if (this.form.checkboxes[key]) return;
    const v = this.fieldValue(l);
    let options = parseCheckboxText(v.text);
    // A plain answer typed instead of ticking ("延续项目") counts as that option ticked.
    if (options.length === 0 && v.text !== "") options = [{ name: v.text, checked: true, hasBox: false }];
    const g: CheckboxGroup = { text: v.text, cell: v.cell, labelCell, options };
    this.form.checkboxes[key] = g;
  }

  private setMoney(t: Target<"money">, l: LabelCell, labelCell: string): void {
    if (this.form.budget[t.key]) return;
    let text: string;
    let cell: string;
    let raw: unknown;
    if (l.match.inline !== null && l.match.inline !== "") {
      text = l.match.inline;
      cell = labelCell;
      raw = l.match.inline;
    } else {
      const v = t.direction === "below" ? this.valueBelow(l.row, l.col) : this.valueRight(l.row, l.col);
      text = v.text;
      cell = this.grid.a1(v.row, v.col);
      raw = v.isLabelCell ? null : this.grid.value(v.row, v.col);
    }
    const m: Money = { amountWan: readMoneyWan(raw), text, cell, labelCell };
    this.form.budget[t.key] = m;
  }

  private readScore(l: LabelCell, labelCell: string): void {
    if (this.form.assessment.score) return;
    const v = this.fieldValue(l);
    const n = /-?\d+(?:\.\d+)?/.exec(v.text);
    this.form.assessment.score = { value: n ? Number(n[0]) : null, text: v.text, cell: v.cell };
  }

  private readGoal(period: "implementation" | "annual", l: LabelCell, labelCell: string): void {
    if (this.form.goals.some((g) => g.period === period)) return;
    const inline = l.match.inline;
    let v = inline ? { row: l.row, col: l.col, text: inline } : this.valueBelow(l.row, l.col);
    if (!inline && v.text === "") {
      // Some forms write the goal beside its header instead of below it.
      const right = this.valueRight(l.row, l.col);
      if (!right.isLabelCell && right.text !== "") v = right;
    }
    const g: Goal = {
      period,
      header: this.grid.text(l.row, l.col),
      headerCell: labelCell,
      text: v.text,
      cell: this.grid.a1(v.row, v.col),
    };
    this.form.goals.push(g);
  }

  /** 项目预算明细: rows under the 明细项目名称 header down to 合计. */
  private readDetails(l: LabelCell): void {
    const grid = this.grid;
    const headerRow = l.row;
    let amountCol: number | null = null;
    let periodCol: number | null = null;
    for (let c = grid.rightEdge(l.row, l.col) + 1; c <= grid.right; c++) {
      const a = grid.anchor(headerRow, c);
      if (a.col !== c) continue;
      const k = labelKey(grid.text(a.row, a.col));
      if (/^金额/.test(k) && amountCol === null) amountCol = c;
      else if (/起止时间|时间/.test(k) && periodCol === null) periodCol = c;
    }
    this.form.details.present = true;
    this.form.details.headerCell = grid.a1(l.row, l.col);
    const lines: DetailLine[] = [];
    for (let row = grid.bottomEdge(l.row, l.col) + 1; row <= this.band.bottom; row++) {
      const name = grid.shownText(row, l.col);
      const nameKey = labelKey(name);
      if (nameKey === "合计" || nameKey === "总计" || nameKey === "小计") {
        if (amountCol !== null) {
          const a = grid.anchor(row, amountCol);
          const raw = grid.value(a.row, a.col);
          this.form.details.total = {
            amountWan: readMoneyWan(raw),
            text: grid.text(a.row, a.col),
            cell: grid.a1(a.row, a.col),
            labelCell: grid.a1(row, l.col),
          };
        }
        break;
      }
      const amountAnchor = amountCol !== null ? grid.anchor(row, amountCol) : null;
      const amountText = amountAnchor ? grid.text(amountAnchor.row, amountAnchor.col) : "";
      if (this.isLabel(row, l.col) || (name === "" && amountText === "")) break;
      lines.push({
        name,
        nameCell: grid.a1(grid.anchor(row, l.col).row, l.col),
        amountWan: amountAnchor ? readMoneyWan(grid.value(amountAnchor.row, amountAnchor.col)) : null,
        amountText,
        amountCell: amountAnchor ? grid.a1(amountAnchor.row, amountAnchor.col) : grid.a1(row, l.col),
        periodText: periodCol !== null ? grid.shownText(row, periodCol) : "",
      });
    }
    this.form.details.lines = lines;
  }

  private readIndicators(l: LabelCell): void {
    if (this.form.indicators && this.form.indicators.tables.length > 0) return;
    const section = this.sectionLabelIndicators;
    // The section label ("绩效指标") usually spans the whole block vertically: that bounds the rows.
    const sectionBottom = section ? this.grid.bottomEdge(section.row, section.col) : l.row;
    const maxRow = sectionBottom > l.row ? Math.min(sectionBottom, this.band.bottom) : this.band.bottom;
    this.form.indicators = {
      labelCell: this.form.indicators?.labelCell ?? this.grid.a1(l.row, l.col),
      tables: readIndicatorBlock(this.grid, l.row, l.col, maxRow),
    };
  }

  private finish(): void {
    const f = this.form;
    const period = f.fields.period?.text;
    f.implementationPeriod = period ? parseImplementationPeriod(period) : null;
    const estimate = f.fields.costEstimate?.text;
    f.costEstimate = estimate ? parseCostEstimate(estimate) : null;
    f.layout = detectLayout(f);
  }
}

/** 申报表 when it has 资金来源/预算明细 blocks or two indicator halves; 政策支出绩效表 when it has 实施期/年度 value columns or 事前评估. */
export function detectLayout(f: PerformanceForm): LayoutId {
  const halves = (f.indicators?.tables.length ?? 0) >= 2;
  if (f.details.present || f.budget.fundTotal || halves) return "declaration-form";
  const twoValueColumns = f.indicators?.tables.some((t) => t.periods.length >= 2) ?? false;
  if (twoValueColumns || f.assessment.present || f.budget.annualTotal) return "policy-table";
  return "generic";
}

/** Reads a form band into the domain model. */
export function readForm(grid: SheetGrid, band: FormBand): PerformanceForm {
  return new FormReader(grid, band).read();
}

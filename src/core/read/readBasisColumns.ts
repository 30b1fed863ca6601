/**
 * A 测算依据 column of a money table (支出明细预算 | 上年度 | 本年度 | 测算依据及说明; 成本构成 | 金额 | 测算(公式)依据):
 * the heading says what each line must explain, the lines are the rows below with a figure left of the column. The
 * lines run down from the heading while a row has a figure in one of the heading row's other columns; a total line
 * (合计/小计/总计) is a line but needs no explanation of its own.
 * A 情况说明 column of a self-evaluation's 资金管理情况 list (分配科学性 | 情况说明 | 存在问题和改进措施) is read the same
 * way (kind "situation"): its lines are the labelled rows below the heading, down to the next label of the form.
 */
import type { BasisColumn } from "../model/form";
import { extraRoleOf, isNumberingLabel } from "./columnRoles";
import { figureOf } from "./readTotals";
import type { SheetGrid } from "./sheetGrid";
import { memo, normalizeText } from "../text/normalize";

const BASIS_HEADING = /^(测算|计算)(\(公式\)|公式)?(依据|说明|过程|标准)(及|和|与)?(说明|依据|标准)?$/;
const SITUATION_HEADING = /^(情况说明|执行情况说明|完成情况说明)$/;
const TOTAL = /^(合计|总计|小计)$/;

/** A heading's words: no spaces, nor a required-field mark or colon around it ("*存在问题", "情况说明："). */
const key = memo((text: string): string =>
  normalizeText(text)
    .replace(/\s+/g, "")
    .replace(/^[*※★]+|[*※★:：]+$/g, ""),
);

/** Every 测算依据 / 情况说明 column of rows top..bottom with its lines; `isLabel` says where the form's next part starts. */
export function readBasisColumns(
  grid: SheetGrid,
  top: number,
  bottom: number,
  isLabel: (row: number, col: number) => boolean,
): BasisColumn[] {
  const out: BasisColumn[] = [];
  for (const row of grid.rowsBetween(top, bottom)) {
    for (const col of grid.occupiedCols(row)) {
      const text = grid.text(row, col);
      // Both headings need 说 (说明), or 算 (测算/计算) and one of 依据/说明/过程/标准: most texts are decided here.
      if (text.length > 12 || text.length < 4 || !/[依说过标]/.test(text) || !/[算说]/.test(text)) continue;
      if (!grid.isAnchor(row, col)) continue;
      const heading = grid.bottomEdge(row, col);
      if (SITUATION_HEADING.test(key(text))) {
        const situation = readSituation(grid, row, col, heading, bottom, isLabel);
        if (situation) out.push(situation);
        continue;
      }
      if (!BASIS_HEADING.test(key(text))) continue;
      // The heading row's other columns (left of the basis column) hold the line's label and figures.
      const others = grid.occupiedCols(row).filter((c) => c < col && grid.isAnchor(row, c));
      if (others.length < 2) continue;
      // The label column: the last heading column left of the first line's first figure (a group label merged down
      // the table's left edge — 支出明细预算(万元) — is not the line's name).
      const figureAt = (r: number, c: number) => {
        const a = grid.anchor(r, c);
        return figureOf(grid, a.row, a.col) !== null;
      };
      const firstFigure = others.find((c) => figureAt(heading + 1, c));
      const labelCol = [...others].reverse().find((c) => firstFigure !== undefined && c < firstFigure) ?? others[0];
      const lines: BasisColumn["lines"] = [];
      for (let r = heading + 1; r <= bottom; r++) {
        if (!others.some((c) => c !== labelCol && figureAt(r, c))) break;
        const at = grid.anchor(r, col);
        if (at.row !== r) break; // the basis column merged over several lines: one explanation for all
        const label = grid.shownText(r, labelCol);
        lines.push({
          label,
          labelCell: grid.a1(r, labelCol),
          cell: grid.a1(r, col),
          text: grid.text(r, col),
          total: TOTAL.test(key(label).replace(/[:：]/g, "")),
        });
      }
      if (lines.length > 0) out.push({ kind: "basis", header: text, headerCell: grid.a1(row, col), lines });
    }
  }
  return out;
}

/**
 * The lines of a 情况说明 column: each row below its heading, named by its nearest own text left of the column (an item
 * of a two-level list — 分配科学性 › 资金分配规范性 — by the inner one), up to a label of the form or a row with no name.
 * A 列次 row numbering the columns is skipped.
 */
function readSituation(
  grid: SheetGrid,
  row: number,
  col: number,
  heading: number,
  bottom: number,
  isLabel: (row: number, col: number) => boolean,
): BasisColumn | null {
  const lines: BasisColumn["lines"] = [];
  // 分值 | 得分 columns of the same heading row (安徽 2025: each 资金管理 item is worth points).
  let weightCol: number | null = null;
  let scoreCol: number | null = null;
  // 存在问题 (or 存在问题和改进措施) beside it: what the unit itself says went wrong on the same item.
  let problemCol: number | null = null;
  for (const c of grid.occupiedCols(row)) {
    if (c <= col || !grid.isAnchor(row, c)) continue;
    const k = key(grid.text(row, c)).replace(/\(.*\)$/, "");
    // (Any spelling of the two: 分值, 权重分值, 得分, 自评得分 …)
    const extra = extraRoleOf(k);
    if (extra === "weight") weightCol ??= c;
    else if (extra === "score") scoreCol ??= c;
    else if (/^存在(的)?问题/.test(k)) problemCol ??= c;
  }
  const cellText = (r: number, c: number | null) => {
    if (c === null) return undefined;
    const text = grid.text(r, c);
    return text === "" ? undefined : { text, cell: grid.a1(r, c) };
  };
  for (let r = heading + 1; r <= bottom && lines.length < 20; r++) {
    let labelCol = -1;
    for (let c = col - 1; c >= grid.left; c--) {
      if (grid.isAnchor(r, c) && grid.text(r, c) !== "" && !/^\d{1,3}$/.test(grid.text(r, c))) {
        labelCol = c;
        break;
      }
    }
    if (labelCol < 0) break;
    const label = grid.text(r, labelCol);
    if (isNumberingLabel(label)) continue;
    if (isLabel(r, labelCol) || label.length > 20) break;
    const at = grid.anchor(r, col);
    if (at.row !== r) break;
    const weight = cellText(r, weightCol);
    const score = cellText(r, scoreCol);
    const problem = problemCol !== null && grid.anchor(r, problemCol).row === r ? cellText(r, problemCol) : undefined;
    lines.push({
      label,
      labelCell: grid.a1(r, labelCol),
      cell: grid.a1(r, col),
      text: grid.text(r, col),
      total: false,
      ...(weight ? { weight } : {}),
      ...(score ? { score } : {}),
      ...(problem ? { problem } : {}),
    });
  }
  return lines.length >= 2 ? { kind: "situation", header: grid.text(row, col), headerCell: grid.a1(row, col), lines } : null;
}

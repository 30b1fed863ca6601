/**
 * A 测算依据 column of a money table (支出明细预算 | 上年度 | 本年度 | 测算依据及说明; 成本构成 | 金额 | 测算(公式)依据):
 * the heading says what each line must explain, the lines are the rows below with a figure left of the column. The
 * lines run down from the heading while a row has a figure in one of the heading row's other columns; a total line
 * (合计/小计/总计) is a line but needs no explanation of its own.
 */
import type { BasisColumn } from "../model/form";
import { figureOf } from "./readTotals";
import type { SheetGrid } from "./sheetGrid";
import { normalizeText } from "../text/normalize";

const BASIS_HEADING = /^(测算|计算)(\(公式\)|公式)?(依据|说明|过程|标准)(及|和|与)?(说明|依据|标准)?$/;
const TOTAL = /^(合计|总计|小计)$/;

function key(text: string): string {
  return normalizeText(text).replace(/\s+/g, "");
}

/** Every 测算依据 column of rows top..bottom with its lines. */
export function readBasisColumns(grid: SheetGrid, top: number, bottom: number): BasisColumn[] {
  const out: BasisColumn[] = [];
  for (let row = top; row <= bottom; row++) {
    for (const col of grid.occupiedCols(row)) {
      if (!grid.isAnchor(row, col)) continue;
      const text = grid.text(row, col);
      if (text.length > 12 || !/[依说公标过]/.test(text) || !BASIS_HEADING.test(key(text))) continue;
      const heading = grid.bottomEdge(row, col);
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
      if (lines.length > 0) out.push({ header: text, headerCell: grid.a1(row, col), lines });
    }
  }
  return out;
}

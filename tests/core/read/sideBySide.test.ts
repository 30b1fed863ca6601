/**
 * Two forms side by side on one sheet (a copy put beside the original to compare them). Forms are told apart by their
 * rows: read as one, the two mixed their fields and money (神木: 实施期财政拨款 100 for a 50 万元 project, 成本 caps added
 * twice — three false errors) or the right-hand one went unread. The sheet is now "未检查" (never a pass), with a message
 * saying why and what to do; a form with an empty column inside it, forms stacked one under another and halves of one form are read
 * as before.
 */
import { checkSheet } from "../../../src/core/check";
import type { CellValue, SheetSnapshot } from "../../../src/core/snapshot";
import { dense, perturbations, toSheet } from "../helpers/benignEdits";
import { type FormGrid, shenmuGrid, stackGrids, toSnapshot, wuhaiGrid } from "../helpers/formGrids";
import { hunanGrid } from "../helpers/hunanGrid";

/** The form twice, the copy `gap` empty columns to the right of it. */
function besideItself(g: FormGrid, gap = 2): SheetSnapshot {
  const d = dense(toSnapshot(g));
  const w = d.width;
  const pad = (r: CellValue[]) => [...r, ...Array<CellValue>(Math.max(0, w - r.length)).fill(null)];
  return toSheet({
    ...d,
    width: 2 * w + gap,
    cells: d.cells.map((r) => [...pad(r), ...Array<CellValue>(gap).fill(null), ...pad(r)]),
    merges: [...d.merges, ...d.merges.map((m) => ({ ...m, left: m.left + w + gap, right: m.right + w + gap }))],
  });
}

describe("two forms side by side", () => {
  it.each([
    ["神木", shenmuGrid(), "J"],
    ["湖南 申报表", hunanGrid(), "I"],
    ["乌海 申报表 (halves)", wuhaiGrid(), "K"],
  ])("%s beside a copy of itself: not checked, and the message says where the second form starts", (_name, g, column) => {
    const r = checkSheet(besideItself(g));
    expect(r.recognized).toBe(false);
    // Not checked, never a pass (the command line exits 1, the pane shows 未检查).
    expect(r.skipped).toBe(true);
    expect(r.forms).toEqual([]);
    expect(r.findings).toEqual([]);
    expect(r.reason).toContain("左右并排");
    expect(r.reason).toContain(`从 ${column} 列起`);
  });

  it("told by the same field under the same label when neither copy has its title (湖南 申报表 without 申报表's title)", () => {
    // The title row cleared: only 项目名称 (and 主管部门) twice on one row say there are two forms.
    const g = hunanGrid({ cells: { A1: null } });
    const r = checkSheet(besideItself(g));
    expect(r.skipped).toBe(true);
    expect(r.reason).toContain("从 I 列起");
    // (Alone, the title-less form is read and checked as before.)
    expect(checkSheet(toSnapshot(g)).forms).toHaveLength(1);
  });

  it("with one empty column between them too", () => {
    expect(checkSheet(besideItself(shenmuGrid(), 1)).reason).toContain("左右并排");
  });

  it("reads a form with an empty column inside it as one form", () => {
    const spaced = toSheet(perturbations["spacer-column"](dense(toSnapshot(shenmuGrid()))));
    const r = checkSheet(spaced);
    expect(r.forms).toHaveLength(1);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("reads forms stacked one under another as before", () => {
    expect(checkSheet(toSnapshot(stackGrids(shenmuGrid(), hunanGrid()))).forms.map((f) => f.layout)).toEqual([
      "policy-table",
      "project-target",
    ]);
  });

  it("reads a form and its halves as one (乌海: 中长期 | 年度 side by side under one header)", () => {
    const r = checkSheet(toSnapshot(wuhaiGrid()));
    expect(r.forms.map((f) => f.layout)).toEqual(["declaration-form"]);
  });
});

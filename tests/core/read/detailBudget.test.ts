/**
 * The detail budget (预算明细) under any heading that names it, its amount column by its header: the 湖南 申报表 prints
 * 支出明细预算(万元) | 项 目 | 上年度安排资金 | 本年度申请资金 | 测算依据及说明 with 合 计 first (岳阳楼区 2017, 湘阴 2022), 阳泉 2015
 * 项目支出内容及明细预算(万元) | 项目 | 上年度预算安排 | 上年度实际执行 | 本年度申请金额 | … with numbered lines left to fill.
 * Before, neither block was read: a table with only its 合计 filled drew nothing, a wrong 合计 nothing either.
 */
import path from "node:path";
import { readWorkbookSnapshots } from "../../../src/cli/readWorkbookSnapshots";
import { checkSheet } from "../../../src/core/check";
import { readSheet } from "../../../src/core/read/readSheet";
import type { CellValue } from "../../../src/core/snapshot";
import { toSnapshot } from "../helpers/formGrids";
import { HUNAN_LINES, hunanGrid } from "../helpers/hunanGrid";

const WUHAI = path.join(__dirname, "..", "..", "..", "assets", "samples", "wuhai-2021.xlsx");

function details(g = hunanGrid()) {
  const [form] = readSheet(toSnapshot(g)).forms;
  return { form, d: form.details };
}

describe("detail budget under a heading beside its table", () => {
  it("reads the lines and the 合计 from this year's column (本年度申请资金), not last year's", () => {
    const { d } = details(
      hunanGrid({
        lines: HUNAN_LINES.map(([n, , cur, b]) => [n, 1, cur, b]),
      }),
    );
    expect(d.present).toBe(true);
    expect(d.headerCell).toBe("C12");
    expect(d.total).toMatchObject({ cell: "E13", amountWan: 40 });
    expect(d.lines.map((l) => [l.nameCell, l.amountCell, l.amountWan])).toEqual([
      ["C14", "E14", 21.4],
      ["C15", "E15", 9],
      ["C16", "E16", 5.6],
      ["C17", "E17", 4],
    ]);
  });

  it("ends the lines at the next row heading; a text merged across the table is no line", () => {
    // The safeguards row (单位已有的(或拟订的)…措施 | text merged C:F) follows the lines directly.
    const { d } = details();
    expect(d.lines).toHaveLength(4);
    expect(d.lines.some((l) => /制度/.test(l.name) || /制度/.test(l.amountText))).toBe(false);
  });

  it("ends the lines at words starting left of them, the next row's text not merged across", () => {
    const g = hunanGrid();
    g.merges = g.merges.filter((m) => m !== "C18:F18");
    const { d } = details(g);
    expect(d.lines.map((l) => l.nameCell)).toEqual(["C14", "C15", "C16", "C17"]);
  });

  it("ends the lines at a text merged across the amount column, nothing left of it", () => {
    // (The safeguards heading cleared: only its text, merged C:F over the amount column, follows the lines.)
    const g = hunanGrid({ cells: { A18: null } });
    g.merges = g.merges.filter((m) => m !== "A18:B18");
    const { d } = details(g);
    expect(d.lines.map((l) => l.nameCell)).toEqual(["C14", "C15", "C16", "C17"]);
  });

  it("takes the column headed with this year's request among last year's budget and spending (阳泉 2015)", () => {
    const cells: Record<string, CellValue> = {
      D12: "上年度预算安排",
      E12: "上年度实际执行",
      F12: "本年度申请金额",
      D13: "——",
      E13: "——",
      F13: 30.4,
    };
    HUNAN_LINES.forEach(([, , cur], i) => {
      cells[`D${14 + i}`] = null;
      cells[`E${14 + i}`] = 7;
      cells[`F${14 + i}`] = i < 2 ? cur : null;
    });
    cells.C16 = "3.";
    cells.C17 = "…";
    const { d } = details(hunanGrid({ cells }));
    expect(d.total).toMatchObject({ cell: "F13", amountWan: 30.4 });
    // The lines' amounts from F (E holds 7 on every row: last year's spending); "3." left blank is a printed line left
    // empty, "…" no line at all.
    expect(d.lines.map((l) => [l.amountCell, l.amountWan])).toEqual([
      ["F14", 21.4],
      ["F15", 9],
    ]);
    expect(d.emptySlots).toEqual(["C16"]);
  });

  it("feeds the existing total rule: a 合计 that the lines do not add up to", () => {
    const findings = checkSheet(toSnapshot(hunanGrid({ total: 41 })), { verifySuggestions: false }).findings;
    expect(findings.filter((f) => f.rule === "detail-lines-total").map((f) => [f.messageId, f.cell])).toEqual([
      ["sum", "E13"],
      ["total", "E13"],
    ]);
  });

  it("keeps a 湖南 申报表 a project target table: a 预算明细 is printed by several templates, one indicator table is not 乌海's halves", () => {
    const { form } = details();
    expect(form.layout).toBe("project-target");
    expect(form.kindEvidence?.find((k) => k.kind === "declaration-form")?.score ?? 0).toBe(0);
  });

  it("still reads 乌海's 申报表 as one, even the sheet whose indicator table is cut", async () => {
    const sheets = await readWorkbookSnapshots(WUHAI);
    expect(sheets.map((s) => readSheet(s).forms[0]?.layout)).toEqual(Array(sheets.length).fill("declaration-form"));
  });

  it("the corrected base form draws no error or warning", () => {
    const serious = checkSheet(toSnapshot(hunanGrid())).findings.filter((f) => f.severity !== "info");
    expect(serious).toEqual([]);
  });
});

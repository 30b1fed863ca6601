/**
 * 导出结果 over the fake Excel through the real adapter: a new sheet, links to the cells, nothing
 * else touched, 2 context.sync, and the documented refusals.
 */
import { checkSheet } from "../../src/core/check";
import { EXPORT_FILLS, EXPORT_HEADER, asText, exportRows, exportSheetName, sheetReference } from "../../src/excel/exportResults";
import { FakeRequestContext, snapshotFakeWorkbook, type FakeWorkbook } from "../../src/fakeExcel/fakeExcel";
import { diag, hostFor, loadSample } from "./helpers";

async function checked(fake: FakeWorkbook, sheet: string) {
  fake.activate(sheet);
  const host = hostFor(fake);
  const r = await host.readAndPaint((snapshot) => {
    const result = checkSheet(snapshot);
    return { value: result, findings: result.findings };
  });
  if (!r.ok) throw new Error(r.error.message);
  return { host, result: r.value.value };
}

describe("exportFindings (导出结果)", () => {
  it("writes the findings to a new sheet 检查结果 with links, colours and a frozen header, in 2 syncs", async () => {
    const fake = await loadSample("shenmu");
    const { host, result } = await checked(fake, "系统升级维护费");
    const before = snapshotFakeWorkbook(fake);
    const syncs = fake.syncCount;

    const r = await host.exportFindings(result.name, result.findings);
    expect(r).toEqual({ ok: true, value: { sheet: "检查结果", rows: result.findings.length } });
    expect(fake.syncCount - syncs).toBe(2);

    // The existing sheets are exactly as before; the new one is last and active.
    const after = snapshotFakeWorkbook(fake);
    expect(after.sheets.slice(0, before.sheets.length)).toEqual(before.sheets);
    expect(fake.sheets.map((s) => s.name).at(-1)).toBe("检查结果");
    expect(fake.activeSheetName).toBe("检查结果");

    const out = fake.sheet("检查结果");
    expect(EXPORT_HEADER.map((_, c) => out.cellAt(0, c)?.value)).toEqual([...EXPORT_HEADER]);
    expect(out.cellAt(0, 0)?.bold).toBe(true);
    expect(out.frozenRows).toBe(1);
    expect(out.columnWidths.get(7)).toBe(360);
    // 经费测算 51万 vs 预算 50万 at B9.
    const row = result.findings.findIndex((d) => d.rule === "cost-estimate-total") + 1;
    expect(row).toBeGreaterThan(0);
    expect(out.cellAt(row, 1)?.value).toBe("系统升级维护费");
    expect(out.cellAt(row, 2)?.value).toBe("B9");
    expect(out.cellAt(row, 2)?.hyperlink).toEqual({
      documentReference: "'系统升级维护费'!B9",
      textToDisplay: "B9",
      screenTip: "转到“系统升级维护费”的 B9",
    });
    // 相关单元格: the other cells the finding names; 规则: its name, not only the id.
    const finding = result.findings[row - 1];
    expect(out.cellAt(row, 3)?.value ?? "").toBe(finding.related.join("、"));
    expect(out.cellAt(row, 4)?.value).toBe("错误");
    expect(out.cellAt(row, 4)?.fill).toBe(EXPORT_FILLS.error);
    expect(String(out.cellAt(row, 7)?.value)).toContain("51");
    expect(out.cellAt(row, 9)?.value).toBe(
      "经费测算的算式要算得对，测算合计要与项目预算、年度资金总额一致。（cost-estimate-total）",
    );
    expect(out.usedBox(true)).toEqual({ top: 0, left: 0, bottom: result.findings.length, right: EXPORT_HEADER.length - 1 });
  });

  it("never reuses a sheet: a second export goes to 检查结果 (2) and leaves the first as the user left it", async () => {
    const fake = await loadSample("shenmu");
    const { host, result } = await checked(fake, "制卡费");
    await host.exportFindings(result.name, result.findings);
    fake.sheet("检查结果").setValue("J2", "已核对（审核人）");
    const first = snapshotFakeWorkbook(fake).sheets.find((s) => s.name === "检查结果");
    const r = await host.exportFindings(result.name, result.findings.slice(0, 1));
    expect(r).toEqual({ ok: true, value: { sheet: "检查结果 (2)", rows: 1 } });
    expect(snapshotFakeWorkbook(fake).sheets.find((s) => s.name === "检查结果")).toEqual(first);
  });

  it("text that Excel would read as a formula or number stays text", async () => {
    const fake = await loadSample("shenmu");
    const { host } = await checked(fake, "制卡费");
    const evil = [diag("B5", "warning", '=HYPERLINK("http://x")', { suggestion: "50", project: "-1" })];
    await host.exportFindings("制卡费", evil);
    const out = fake.sheet("检查结果");
    expect(out.cellAt(1, 7)).toMatchObject({ value: '=HYPERLINK("http://x")' });
    expect(out.cellAt(1, 7)?.formula).toBeUndefined();
    expect(out.cellAt(1, 6)?.value).toBe("-1");
  });

  it("project names Excel would parse (1E3, TRUE, 3-5) are stored as the text they are (audit 3 N14)", async () => {
    const fake = await loadSample("shenmu");
    const { host } = await checked(fake, "制卡费");
    const r = await host.exportFindings("制卡费", [
      diag("B9", "error", "问题", { project: "1E3" }),
      diag("B10", "error", "问题", { project: "TRUE" }),
      diag("B11", "error", "问题", { project: "3-5" }),
    ]);
    if (!r.ok) throw new Error(r.error.message);
    const out = fake.sheet(r.value.sheet);
    expect([1, 2, 3].map((row) => out.cellAt(row, 6)?.value)).toEqual(["1E3", "TRUE", "3-5"]);
  });

  it("after 检查全部工作表: every sheet's findings on one sheet, each linked to its own sheet, in 2 syncs", async () => {
    const fake = await loadSample("shenmu");
    const host = hostFor(fake);
    const groups = ["系统升级维护费", "制卡费"].map((sheet) => ({
      sheet,
      findings: [diag("B9", "error", `${sheet}的问题`, { related: ["F30", "F31"] })],
    }));
    const syncs = fake.syncCount;
    const r = await host.exportWorkbookFindings(groups);
    expect(r).toEqual({ ok: true, value: { sheet: "检查结果", rows: 2 } });
    expect(fake.syncCount - syncs).toBe(2);
    const out = fake.sheet("检查结果");
    expect([1, 2].map((row) => [out.cellAt(row, 1)?.value, out.cellAt(row, 3)?.value])).toEqual([
      ["系统升级维护费", "F30、F31"],
      ["制卡费", "F30、F31"],
    ]);
    expect(out.cellAt(2, 2)?.hyperlink?.documentReference).toBe("'制卡费'!B9");
  });

  it("never deletes a 检查结果 somebody else made between the two syncs (add refused: audit 3 N2)", async () => {
    const fake = await loadSample("shenmu");
    const { host, result } = await checked(fake, "系统升级维护费");
    const origSync = FakeRequestContext.prototype.sync;
    let n = 0;
    FakeRequestContext.prototype.sync = async function (this: FakeRequestContext) {
      await origSync.call(this);
      if (++n === 1) fake.addSheet("检查结果").setValue("A1", "审核人手写的意见"); // a co-author adds it now
    };
    try {
      const r = await host.exportFindings(result.name, result.findings);
      expect(r.ok).toBe(false);
    } finally {
      FakeRequestContext.prototype.sync = origSync;
    }
    expect(fake.sheet("检查结果").value("A1")).toBe("审核人手写的意见");
  });

  it("a write batch that fails half-way takes its half-written sheet away again", async () => {
    const fake = await loadSample("shenmu");
    const { host, result } = await checked(fake, "制卡费");
    const before = snapshotFakeWorkbook(fake);
    // The host saw ExcelApi 1.18; now every 1.7 call (getRangeByIndexes, hyperlink) fails after add() (1.1) ran.
    fake.apiVersion = "1.6";
    const r = await host.exportFindings(result.name, result.findings);
    expect(r.ok).toBe(false);
    expect(fake.syncLog.at(-3)!.slice(0, 2)).toEqual([
      "WorksheetCollection.add(检查结果)",
      `RangeByIndexes(0,0,${result.findings.length + 1},${EXPORT_HEADER.length}).values=`,
    ]);
    // Decided by the names: listed again, and only the name new since sync 1 deleted (never through add()'s proxy).
    expect(fake.syncLog.at(-2)).toEqual(["WorksheetCollection.load(items/name)"]);
    expect(fake.syncLog.at(-1)).toEqual(["Worksheet(检查结果).delete()"]);
    expect(snapshotFakeWorkbook(fake)).toEqual(before);
  });

  it("in cell-edit mode: a zh-CN message and no new sheet", async () => {
    const fake = await loadSample("shenmu");
    const { host, result } = await checked(fake, "制卡费");
    const names = fake.sheets.map((s) => s.name);
    fake.cellEditMode = true;
    const r = await host.exportFindings(result.name, result.findings);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toMatchObject({
        code: "cell-edit-mode",
        message: "请先结束单元格编辑（按 Enter 或 Esc），再点击导出结果。",
      });
    fake.cellEditMode = false;
    expect(fake.sheets.map((s) => s.name)).toEqual(names);
  });
});

describe("exportResults helpers", () => {
  it("exportSheetName compares names case-insensitively, as Excel does", () => {
    expect(exportSheetName(["Sheet1"])).toBe("检查结果");
    expect(exportSheetName(["检查结果", "检查结果 (2)"])).toBe("检查结果 (3)");
  });
  it("asText and sheetReference", () => {
    expect(asText("=1")).toBe("'=1");
    expect(asText("2021.12.31")).toBe("'2021.12.31");
    expect(asText("说明")).toBe("'说明");
    expect(asText("")).toBe("");
    expect(sheetReference("O'Brien", "C3")).toBe("'O''Brien'!C3");
  });
  it("exportRows: a text over Excel's 32,767 characters per cell is cut with a marker (probe 3 D10)", () => {
    const long = "概".repeat(80_000);
    const rows = exportRows([{ sheet: "表", findings: [diag("B8", "warning", long, { fix: long })] }]);
    for (const cell of rows[1]) expect(cell.length).toBeLessThanOrEqual(32_767);
    expect(rows[1][7].startsWith("'概概")).toBe(true);
    expect(rows[1][7].endsWith("…（内容过长，已截断；完整内容见原工作表）")).toBe(true);
    expect(rows[1][8].endsWith("已截断；完整内容见原工作表）")).toBe(true);
  });
  it("exportRows: header, then one row per finding with 建议 or the fix", () => {
    const rows = exportRows([
      {
        sheet: "表",
        findings: [
          diag("B5", "warning", "m", { suggestion: "＝3套" }),
          diag("C7", "info", "n", { fix: "改写", related: ["C8"] }),
        ],
      },
    ]);
    expect(rows).toEqual([
      [...EXPORT_HEADER],
      ["1", "'表", "B5", "", "警告", "格式", "'测试项目", "'m", "'建议：＝3套", "'test/rule", "'测试依据"],
      ["2", "'表", "C7", "'C8", "提示", "格式", "'测试项目", "'n", "'改写", "'test/rule", "'测试依据"],
    ]);
  });
});

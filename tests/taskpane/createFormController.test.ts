/**
 * 在新工作表中新建 from the pane's 模板 logic, over the real adapter and the fake Excel: the selected template and
 * layout go to a new sheet, which becomes active and is re-checked; the existing sheets stay as they were.
 */
import { snapshotFakeWorkbook } from "../../src/fakeExcel/fakeExcel";
import { templateStringsEn, templateStringsZh } from "../../src/taskpane/templateStrings";
import { setupTemplates } from "./templatesHarness";

describe("TemplatesController.createForm", () => {
  it("creates the chosen layout with the suggested template on 新建绩效表, activates and re-checks it", async () => {
    const { wb, pane, templates } = await setupTemplates();
    await pane.check();
    expect(templates.canCreate).toBe(true);
    expect(templates.getState().selectedId).toBe("office-operations"); // running costs (issue 14)
    const before = snapshotFakeWorkbook(wb);
    const checks = pane.getState().checkCount;
    templates.setLayout("core-101-table");
    const syncs = wb.syncCount;
    const done = templates.createForm();
    expect(templates.getState().busy).toBe("create");
    await done;
    expect(templates.getState().busy).toBeNull();
    expect(templates.getState().message).toEqual({
      intent: "success",
      text: templateStringsZh.created("新建绩效表", 6, "机构运转/日常业务经费"),
    });
    expect(wb.syncCount - syncs).toBe(6);
    // 2 to create; the re-check reads (1) and paints (1); the auto re-check listener moves to the new sheet (2).
    expect(wb.syncLog.slice(-6).map((b) => b[0])).toEqual([
      "WorksheetCollection.load(items/name)",
      "WorksheetCollection.add(新建绩效表)",
      "ActiveWorksheet.load(name)",
      "ConditionalFormatCollection.add(Custom)",
      "Worksheet.onChanged.remove(handler)",
      "Worksheet.onChanged.add(handler)",
    ]);
    expect(wb.activeSheetName).toBe("新建绩效表");
    expect(pane.getState().checkCount).toBe(checks + 1);
    expect(pane.getState().snapshot?.name).toBe("新建绩效表");
    const rules = pane.getState().findings.map((f) => f.finding.rule);
    expect(rules).not.toContain("indicator-section");
    expect(rules).not.toContain("framework-coverage");
    const sheet = wb.sheet("新建绩效表");
    expect(sheet.value("B17")).toBe("成本指标"); // 101号式: 成本 first
    expect(sheet.value("E16")).toBe("指标性质");
    // The sheets that were there are exactly as they were (marks painted by the first check included).
    expect(snapshotFakeWorkbook(wb).sheets.slice(0, before.sheets.length)).toEqual(before.sheets);
  });

  it("without a chosen template it says so and adds nothing; a failure is reported in Chinese", async () => {
    const { wb, templates } = await setupTemplates();
    const names = wb.sheets.map((s) => s.name);
    await templates.createForm(); // nothing checked, nothing selected
    expect(templates.getState().message).toEqual({ intent: "info", text: templateStringsZh.createNeedsTemplate });
    expect(wb.sheets.map((s) => s.name)).toEqual(names);

    templates.preview("meeting-training");
    wb.cellEditMode = true;
    await templates.createForm();
    wb.cellEditMode = false;
    expect(templates.getState().message?.intent).toBe("error");
    expect(templates.getState().message?.text).toMatch(/单元格编辑/);
    expect(wb.sheets.filter((s) => s.alive).map((s) => s.name)).toEqual(names);
  });

  it("strings: every layout has a zh-CN and en-US name and description", () => {
    for (const t of [templateStringsZh, templateStringsEn]) {
      for (const l of ["policy-table", "declaration-form", "core-101-table"] as const) {
        expect(t.layouts[l]).not.toBe("");
        expect(t.layoutDescriptions[l].length).toBeGreaterThan(t.layouts[l].length);
      }
    }
    expect(Object.values(templateStringsZh.layouts)).toEqual(["神木式", "乌海式", "101号式"]);
  });
});

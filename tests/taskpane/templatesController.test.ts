/**
 * The pane's 模板 logic over the real adapter and the fake Excel: suggestions after a check, preview,
 * insert (then a re-check), 撤销插入 (then a re-check), and a refused insert when the sheet changed.
 */
import "../../src/fakeExcel/rowsAndMerges";
import { snapshotFakeWorkbook } from "../../src/fakeExcel/fakeExcel";
import { PaneController } from "../../src/taskpane/controller";
import { memorySettingsStore } from "../../src/taskpane/settings";
import { templateStringsZh } from "../../src/taskpane/templateStrings";
import { TemplatesController } from "../../src/taskpane/templatesController";
import { hostFor, loadSample } from "../excel/helpers";

async function setup() {
  const wb = await loadSample("wuhai");
  wb.activate("医保业务经费");
  const pane = new PaneController(hostFor(wb), { settingsStore: memorySettingsStore(), setTimer: () => 0, clearTimer: () => undefined });
  const templates = new TemplatesController(pane, templateStringsZh);
  return { wb, pane, templates };
}

describe("TemplatesController", () => {
  it("suggests and previews after a check; inserts, re-checks; undo restores and re-checks", async () => {
    const { wb, pane, templates } = await setup();
    expect(templates.supported).toBe(true);
    expect(templates.getState().forms).toEqual([]);
    await pane.check();
    const st = templates.getState();
    expect(st.forms[0].suggestions[0].template.id).toBe("work-funds");
    expect(st.selectedId).toBe("work-funds");
    expect(st.preview?.rows.map((r) => r.cell)).toEqual(["G24", "G25", "G26", "G27", "G28", "G29", "G30", "G31", "G32"]);
    const afterCheck = snapshotFakeWorkbook(wb);
    const checks = pane.getState().checkCount;
    await templates.insert();
    expect(templates.getState().message).toEqual({ intent: "success", text: templateStringsZh.inserted(12, "H24、H25") });
    expect(pane.getState().checkCount).toBe(checks + 1);
    expect(pane.getState().findings.map((f) => f.finding.rule)).not.toContain("indicator-section");
    await templates.undo();
    expect(templates.getState().message).toEqual({ intent: "success", text: templateStringsZh.undone });
    expect(templates.getState().record).toBeNull();
    expect(pane.getState().findings.map((f) => f.finding.rule)).toContain("indicator-section");
    expect(snapshotFakeWorkbook(wb)).toEqual(afterCheck);
  });

  it("search filters the list; another template can be previewed", async () => {
    const { pane, templates } = await setup();
    await pane.check();
    templates.setQuery("培训");
    expect(templates.browse().map((t) => t.id)).toEqual(["meeting-training"]);
    templates.preview("meeting-training");
    expect(templates.getState().preview?.rows[0].level3).toBe("举办培训（会议）期数");
  });

  it("refuses to insert when the sheet changed after the check, and says so", async () => {
    const { wb, pane, templates } = await setup();
    await pane.check();
    wb.sheet("医保业务经费").setValue("D9", "改过");
    const snap = snapshotFakeWorkbook(wb);
    await templates.insert();
    expect(templates.getState().message).toEqual({ intent: "error", text: "工作表“医保业务经费”已与预览时不同，未插入。请重新检查后再插入。" });
    expect(snapshotFakeWorkbook(wb)).toEqual(snap);
  });
});

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
import { TEMPLATE_STORAGE_KEY, localTemplateStore, memoryTemplateStore } from "../../src/taskpane/templateStore";
import { hostFor, loadSample } from "../excel/helpers";
import { setupTemplates } from "./templatesHarness";

describe("TemplatesController", () => {
  it("suggests and previews after a check; inserts, re-checks; undo restores and re-checks", async () => {
    const { wb, pane, templates } = await setupTemplates();
    expect(templates.supported).toBe(true);
    expect(templates.getState().forms).toEqual([]);
    await pane.check();
    const st = templates.getState();
    // 医保业务经费 is running costs: the 机构运转 kind, not the 监管 one (issue 14).
    expect(st.forms[0].suggestions[0].template.id).toBe("office-operations");
    expect(st.selectedId).toBe("office-operations");
    expect(st.preview?.rows.map((r) => r.cell)).toEqual(["G24", "G25", "G26", "G27", "G28", "G29"]);
    const afterCheck = snapshotFakeWorkbook(wb);
    const checks = pane.getState().checkCount;
    await templates.insert();
    expect(templates.getState().message).toEqual({ intent: "success", text: templateStringsZh.inserted(9, "H24") });
    expect(pane.getState().checkCount).toBe(checks + 1);
    expect(pane.getState().findings.map((f) => f.finding.rule)).not.toContain("indicator-section");
    await templates.undo();
    expect(templates.getState().message).toEqual({ intent: "success", text: templateStringsZh.undone });
    expect(templates.getState().record).toBeNull();
    expect(pane.getState().findings.map((f) => f.finding.rule)).toContain("indicator-section");
    expect(snapshotFakeWorkbook(wb)).toEqual(afterCheck);
  });

  it("search filters the list; another template can be previewed", async () => {
    const { pane, templates } = await setupTemplates();
    await pane.check();
    templates.setQuery("培训");
    expect(templates.browse().map((t) => t.id)).toEqual(["meeting-training"]);
    templates.preview("meeting-training");
    expect(templates.getState().preview?.rows[0].level3).toBe("举办培训（会议）期数");
  });

  it("refuses to insert when the sheet changed after the check, and says so", async () => {
    const { wb, pane, templates } = await setupTemplates();
    await pane.check();
    wb.sheet("医保业务经费").setValue("D9", "改过");
    const snap = snapshotFakeWorkbook(wb);
    await templates.insert();
    expect(templates.getState().message).toEqual({
      intent: "error",
      text: "工作表“医保业务经费”已与预览时不同，未插入。请重新检查后再插入。",
    });
    expect(snapshotFakeWorkbook(wb)).toEqual(snap);
  });
});

describe("missing findings offer template rows as their fix", () => {
  it("反欺诈专项经费: the empty 数量 row → preview of just those rows → insert only them", async () => {
    const wb = await loadSample("wuhai");
    wb.activate("反欺诈专项经费");
    const pane = new PaneController(hostFor(wb), {
      settingsStore: memorySettingsStore(),
      setTimer: () => 0,
      clearTimer: () => undefined,
    });
    const templates = new TemplatesController(pane, templateStringsZh, memoryTemplateStore());
    await pane.check();
    const fixable = templates.fixableFindings();
    expect(fixable.map((f) => `${f.cell} ${f.rule}`)).toEqual(["G22 level2-without-level3"]);
    templates.previewFix(fixable[0]);
    expect(templates.getState().groups).toEqual(["产出指标 › 数量指标"]);
    expect(templates.getState().preview?.rows.map((r) => [r.cell, r.level3])).toEqual([
      ["G22", "检查定点医药机构数量"],
      ["G23", "开展专项检查次数"],
    ]);
    await templates.insert();
    expect(wb.sheet("反欺诈专项经费").value("G23")).toBe("开展专项检查次数");
    expect(templates.fixableFindings()).toEqual([]);
  });
});

describe("a unit's own templates in the pane", () => {
  it("保存本表为模板 turns the checked table into a unit template, suggested first for that project", async () => {
    const wb = await loadSample("shenmu");
    wb.activate("系统升级维护费");
    const pane = new PaneController(hostFor(wb), {
      settingsStore: memorySettingsStore(),
      setTimer: () => 0,
      clearTimer: () => undefined,
    });
    const store = memoryTemplateStore();
    const templates = new TemplatesController(pane, templateStringsZh, store);
    await pane.check();
    templates.saveCurrentAsTemplate();
    const saved = store.load();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ name: "系统升级维护费（本单位）", source: "unit" });
    expect(saved[0].rows.map((r) => r.name)).toContain("医疗系统的维护数量");
    expect(templates.getState().message).toEqual({
      intent: "success",
      text: templateStringsZh.saved("系统升级维护费（本单位）"),
    });
    expect(templates.templates[0].id).toBe(saved[0].id);
    expect(templates.getState().forms[0].suggestions[0].template.id).toBe(saved[0].id);
  });

  it("the local store keeps templates as validated JSON and drops damaged data", () => {
    const data = new Map<string, string>();
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
    const store = localTemplateStore(storage);
    expect(store.load()).toEqual([]);
    const t = {
      id: "u1",
      name: "甲",
      kinds: ["甲"],
      keywords: [],
      source: "unit" as const,
      sources: [],
      formKinds: ["project" as const],
      rows: [{ level2: "数量指标", name: "人数", operator: "≥" as const, value: "3", unit: "人", explanation: "e" }],
    };
    store.save([t]);
    expect(store.load()).toEqual([t]);
    data.set(TEMPLATE_STORAGE_KEY, "{broken");
    expect(store.load()).toEqual([]);
  });
});

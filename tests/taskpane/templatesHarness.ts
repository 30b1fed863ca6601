/** The pane's 模板 logic over the real adapter and the fake Excel, on 乌海 医保业务经费 (no indicators). */
import "../../src/fakeExcel/rowsAndMerges";
import { PaneController } from "../../src/taskpane/controller";
import { memorySettingsStore } from "../../src/taskpane/settings";
import { templateStringsZh } from "../../src/taskpane/templateStrings";
import { TemplatesController } from "../../src/taskpane/templatesController";
import { memoryTemplateStore } from "../../src/taskpane/templateStore";
import { hostFor, loadSample } from "../excel/helpers";

export async function setupTemplates() {
  const wb = await loadSample("wuhai");
  wb.activate("医保业务经费");
  const pane = new PaneController(hostFor(wb), {
    settingsStore: memorySettingsStore(),
    setTimer: () => 0,
    clearTimer: () => undefined,
  });
  const templates = new TemplatesController(pane, templateStringsZh, memoryTemplateStore());
  return { wb, pane, templates };
}

/** The pane's 导出结果 action: exports what is shown, says where it went, refuses politely otherwise. */
import { PaneController } from "../../src/taskpane/controller";
import type { SheetHost } from "../../src/excel/sheetHost";
import { hostFor, loadSample } from "../excel/helpers";

describe("PaneController.exportResults", () => {
  it("exports the findings of the shown severities to a new sheet and says so", async () => {
    const fake = await loadSample("shenmu");
    fake.activate("系统升级维护费");
    const controller = new PaneController(hostFor(fake));
    expect(controller.canExport).toBe(true);
    await controller.exportResults();
    expect(controller.getState().notice).toEqual({ kind: "export-nothing" });
    expect(fake.sheets.some((s) => s.name === "检查结果")).toBe(false);

    await controller.check();
    await controller.updateSettings({ severities: { error: true, warning: false, info: false } });
    const errors = controller.getState().result!.findings.filter((d) => d.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    await controller.exportResults();
    expect(controller.getState().notice).toEqual({ kind: "exported", sheet: "检查结果", rows: errors.length });
    expect(controller.getState().busy).toBeNull();
    expect(fake.sheet("检查结果").cellAt(errors.length, 4)?.value).toBe("错误");
    expect(fake.sheet("检查结果").cellAt(errors.length + 1, 0)).toBeUndefined();
    controller.dispose();
  });

  it("a host without exportFindings: no button (canExport false) and a notice if called", async () => {
    const fake = await loadSample("shenmu");
    const full = hostFor(fake);
    const host: SheetHost = {
      readActiveSheet: full.readActiveSheet,
      paintFindings: full.paintFindings,
      clearMarks: full.clearMarks,
      selectCell: full.selectCell,
      writeCell: full.writeCell,
      onUserEdit: full.onUserEdit,
    };
    const controller = new PaneController(host);
    expect(controller.canExport).toBe(false);
    await controller.exportResults();
    expect(controller.getState().notice).toEqual({ kind: "export-unsupported" });
    controller.dispose();
  });
});

import {
  associateRibbonCommands,
  checkActiveSheet,
  clearSheetMarks,
  registerRibbonCommands,
  type RibbonNotice,
  type RibbonTarget,
  type CommandEvent,
} from "../../src/commands/ribbonCommands";
import type { SheetHost } from "../../src/excel/sheetHost";
import { PaneController } from "../../src/taskpane/controller";
import { ribbonTargetFor } from "../../src/taskpane/ribbonBridge";
import { diag, hostFor, loadSample } from "./helpers";

function event(): CommandEvent & { completedCalls: number } {
  const e = {
    completedCalls: 0,
    completed() {
      e.completedCalls++;
    },
  };
  return e;
}

const throwingHost = (): SheetHost =>
  ({
    readActiveSheet: () => Promise.reject(new Error("崩溃")),
    paintFindings: () => Promise.reject(new Error("崩溃")),
    clearMarks: () => Promise.reject(new Error("崩溃")),
    selectCell: () => Promise.reject(new Error("崩溃")),
    writeCell: () => Promise.reject(new Error("崩溃")),
    onUserEdit: () => Promise.reject(new Error("崩溃")),
  }) as SheetHost;

describe("src/commands/ribbonCommands.ts", () => {
  describe("checkActiveSheet", () => {
    it("checks, paints, notifies the summary and completes the event", async () => {
      const fake = await loadSample("shenmu");
      const notices: RibbonNotice[] = [];
      const e = event();
      const outcome = await checkActiveSheet(hostFor(fake), (n) => void notices.push(n), e, {
        check: (s) => ({ name: s.name, recognized: true, forms: [], findings: [diag("B3", "error")] }),
      });
      expect(e.completedCalls).toBe(1);
      expect(outcome?.marked).toBe(1);
      expect(notices).toEqual([
        { command: "check", kind: "warning", message: "“系统升级维护费”检查完成：1 个错误，已在表中标出。", outcome },
      ]);
    });

    it("completes the event even when the host throws and the notification fails", async () => {
      const e = event();
      await checkActiveSheet(
        throwingHost(),
        () => {
          throw new Error("通知失败");
        },
        e,
      );
      expect(e.completedCalls).toBe(1);
    });

    it("reports an error notice in cell edit mode", async () => {
      const fake = await loadSample("shenmu");
      fake.cellEditMode = true;
      const notices: RibbonNotice[] = [];
      const e = event();
      await checkActiveSheet(hostFor(fake), (n) => void notices.push(n), e);
      expect(notices[0]).toMatchObject({ kind: "error", message: "请先结束单元格编辑（按 Enter 或 Esc），再点击检查。" });
      expect(e.completedCalls).toBe(1);
    });
  });

  describe("clearSheetMarks", () => {
    it("clears every sheet's marks, notifies and completes the event", async () => {
      const fake = await loadSample("wuhai");
      const host = hostFor(fake);
      await host.paintFindings("聘用人员工资", [diag("B3", "error"), diag("C4", "info")]);
      const notices: RibbonNotice[] = [];
      const e = event();
      await clearSheetMarks(host, (n) => void notices.push(n), e);
      expect(notices).toEqual([{ command: "clear", kind: "success", message: "已清除 2 处标记。" }]);
      expect(fake.sheet("聘用人员工资").conditionalFormats).toHaveLength(0);
      expect(e.completedCalls).toBe(1);
    });

    it("completes the event when the host throws", async () => {
      const notices: RibbonNotice[] = [];
      const e = event();
      await clearSheetMarks(throwingHost(), (n) => void notices.push(n), e);
      expect(notices[0]).toMatchObject({ kind: "error" });
      expect(e.completedCalls).toBe(1);
    });
  });

  describe("registerRibbonCommands", () => {
    it("associates the manifest's FunctionName values with working commands", async () => {
      const fake = await loadSample("shenmu");
      const registered = new Map<string, (e: CommandEvent) => void | Promise<void>>();
      const notices: RibbonNotice[] = [];
      registerRibbonCommands(hostFor(fake), (n) => void notices.push(n), { associate: (id, fn) => void registered.set(id, fn) });
      expect([...registered.keys()]).toEqual(["checkActiveSheet", "clearSheetMarks", "checkAllSheets"]);
      const e = event();
      await registered.get("checkActiveSheet")!(e);
      await registered.get("clearSheetMarks")!(e);
      await registered.get("checkAllSheets")!(e);
      expect(e.completedCalls).toBe(3);
      expect(notices.map((n) => n.command)).toEqual(["check", "clear", "check-all"]);
      expect(notices[2].workbook?.sheets.map((s) => s.name)).toEqual(fake.sheets.map((s) => s.name));
    });
  });

  describe("associateRibbonCommands (at module load, office-js #5176)", () => {
    it("associates at once; a click before Office is ready waits for it, then runs and completes", async () => {
      const fake = await loadSample("shenmu");
      const registered = new Map<string, (e: CommandEvent) => void | Promise<void>>();
      let resolveReady!: (t: RibbonTarget) => void;
      const ready = new Promise<RibbonTarget>((r) => (resolveReady = r));
      associateRibbonCommands(ready, { associate: (id, fn) => void registered.set(id, fn) });
      expect([...registered.keys()]).toEqual(["checkActiveSheet", "clearSheetMarks", "checkAllSheets"]);
      const e = event();
      const click = registered.get("checkActiveSheet")!(e);
      await new Promise((r) => setTimeout(r, 5));
      expect(e.completedCalls).toBe(0);
      const notices: RibbonNotice[] = [];
      resolveReady({ host: hostFor(fake), notify: (n) => void notices.push(n) });
      await click;
      expect(e.completedCalls).toBe(1);
      expect(notices[0].command).toBe("check");
    });

    it("completes the event when the pane never becomes ready", async () => {
      const registered = new Map<string, (e: CommandEvent) => void | Promise<void>>();
      associateRibbonCommands(Promise.reject(new Error("no Office")), { associate: (id, fn) => void registered.set(id, fn) });
      const e = event();
      await registered.get("clearSheetMarks")!(e);
      expect(e.completedCalls).toBe(1);
    });
  });

  describe("the pane is shown where the ribbon alone would be silent (audit 3 N11, N16)", () => {
    const registry = () => {
      const registered = new Map<string, (e: CommandEvent) => void | Promise<void>>();
      return {
        registered,
        actions: { associate: (id: string, fn: (e: CommandEvent) => void | Promise<void>) => void registered.set(id, fn) },
      };
    };

    it("a failing command calls showAsTaskpane before its notice; a successful one does not", async () => {
      const fake = await loadSample("shenmu");
      const { registered, actions } = registry();
      const calls: string[] = [];
      associateRibbonCommands(
        Promise.resolve({
          host: hostFor(fake),
          notify: (n) => void calls.push(`notify ${n.kind}`),
          showPane: async () => void calls.push("showAsTaskpane"),
        }),
        actions,
      );
      await registered.get("checkActiveSheet")!(event());
      expect(calls).toEqual(["notify warning"]);
      calls.length = 0;
      fake.cellEditMode = true;
      const e = event();
      await registered.get("checkActiveSheet")!(e);
      fake.cellEditMode = false;
      expect(calls).toEqual(["showAsTaskpane", "notify error"]);
      expect(e.completedCalls).toBe(1);
    });

    it("检查全部工作表 shows the pane and runs the pass there (progress + 取消); the ribbon event completes at once", async () => {
      const fake = await loadSample("shenmu");
      const { registered, actions } = registry();
      const calls: string[] = [];
      let finish!: () => void;
      associateRibbonCommands(
        Promise.resolve({
          host: hostFor(fake),
          notify: () => void calls.push("notify"),
          showPane: async () => void calls.push("showAsTaskpane"),
          checkAllInPane: () => {
            calls.push("pane checkAll");
            return new Promise<void>((r) => (finish = r));
          },
        }),
        actions,
      );
      const e = event();
      await registered.get("checkAllSheets")!(e);
      expect(calls).toEqual(["showAsTaskpane", "pane checkAll"]);
      expect(e.completedCalls).toBe(1); // not bound by ExecuteFunction's 5-minute limit
      expect(fake.syncCount).toBe(0); // the ribbon itself read nothing
      finish();
    });

    it("with the pane open, a ribbon check is shown as it is: no second read and paint", async () => {
      const fake = await loadSample("shenmu");
      const host = hostFor(fake);
      const controller = new PaneController(host);
      const { registered, actions } = registry();
      associateRibbonCommands(Promise.resolve(ribbonTargetFor(controller, host)), actions);
      const syncs = fake.syncCount;
      const runs = fake.runCount;
      await registered.get("checkActiveSheet")!(event());
      await controller.idle();
      // 1 read + 1 paint by the ribbon, + the pane's edit subscription (was: the pane read and painted again).
      expect(fake.syncCount - syncs).toBe(3);
      expect(fake.syncLog.at(-1)!.join()).toMatch(/onChanged/);
      expect(fake.runCount - runs).toBe(2);
      expect(controller.getState().result?.name).toBe(fake.activeSheet!.name);
      expect(controller.getState().snapshot).not.toBeNull();
      controller.dispose();
    });
  });
});

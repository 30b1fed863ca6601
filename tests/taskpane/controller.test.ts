import type { CheckOptions } from "../../src/core/check";
import { PaneController } from "../../src/taskpane/controller";
import { memorySettingsStore } from "../../src/taskpane/settings";
import { MockHost, questionMarkCheck } from "./mockHost";

function setup(
  grid = [
    ["标题？", "x"],
    ["a", "数量？"],
    [12, null],
  ],
) {
  const host = new MockHost("表1", grid);
  const timers: { fn: () => void; ms: number; cleared: boolean }[] = [];
  const frameworks: (CheckOptions["framework"] | undefined)[] = [];
  const controller = new PaneController(host, {
    check: (s, o) => {
      frameworks.push(o.framework);
      return questionMarkCheck(s);
    },
    settingsStore: memorySettingsStore(),
    setTimer: (fn, ms) => {
      const t = { fn, ms, cleared: false };
      timers.push(t);
      return t;
    },
    clearTimer: (h) => {
      (h as { cleared: boolean }).cleared = true;
    },
  });
  const fire = async () => {
    const live = timers.filter((t) => !t.cleared);
    timers.length = 0;
    for (const t of live) t.fn();
    await controller.idle();
  };
  return { host, controller, timers, frameworks, fire };
}

describe("PaneController", () => {
  test("check reads, checks, paints and subscribes to edits", async () => {
    const { host, controller } = setup();
    await controller.check();
    const s = controller.getState();
    expect(s.busy).toBeNull();
    expect(s.result?.name).toBe("表1");
    expect(s.findings.map((f) => f.finding.cell)).toEqual(["A1", "B2"]);
    expect(host.calls).toEqual(["read", "paint:2", "subscribe"]);
    expect([...host.marks].sort()).toEqual(["A1", "B2"]);
    expect(s.checkCount).toBe(1);
  });

  test("forgetResult (after the ribbon's 清除标记) empties the list and stops auto re-checks", async () => {
    const { host, controller } = setup();
    await controller.check();
    await controller.forgetResult();
    const s = controller.getState();
    expect(s.findings).toEqual([]);
    expect(s.result).toBeNull();
    expect(host.subscribers).toBe(0);
  });

  test("a second check does not subscribe twice", async () => {
    const { host, controller } = setup();
    await controller.check();
    await controller.check();
    expect(host.subscribers).toBe(1);
  });

  test("select calls host.selectCell and remembers the finding", async () => {
    const { host, controller } = setup();
    await controller.check();
    const item = controller.getState().findings[1];
    await controller.select(item);
    expect(host.selected).toBe("B2");
    expect(controller.getState().selectedKey).toBe(item.key);
  });

  test("apply writes the suggestion with the checked text as expected, then re-checks", async () => {
    const { host, controller } = setup();
    await controller.check();
    const item = controller.getState().findings.find((f) => f.finding.cell === "B2")!;
    expect(controller.oldTextOf(item.finding)).toBe("数量？");
    await controller.applySuggestion(item.finding);
    expect(host.calls).toContain("write:B2=数量|数量？");
    expect(host.grid[1][1]).toBe("数量");
    const s = controller.getState();
    expect(s.findings.map((f) => f.finding.cell)).toEqual(["A1"]);
    expect(s.notice).toEqual({ kind: "applied", cell: "B2" });
    expect(s.checkCount).toBe(2);
  });

  test("apply refuses when the cell changed since the check and shows the host's message", async () => {
    const { host, controller } = setup();
    await controller.check();
    const item = controller.getState().findings.find((f) => f.finding.cell === "B2")!;
    host.grid[1][1] = "别人改了";
    await controller.applySuggestion(item.finding);
    expect(host.grid[1][1]).toBe("别人改了");
    const n = controller.getState().notice;
    expect(n?.kind).toBe("host-error");
    expect(n && n.kind === "host-error" && n.error.code).toBe("cell-changed");
  });

  test("user edits re-check once after the debounce", async () => {
    const { host, controller, timers, fire } = setup();
    await controller.check();
    host.userEdit("A1", "标题");
    host.userEdit("A1", "标题2");
    host.userEdit("B2", "数量");
    expect(timers.filter((t) => !t.cleared)).toHaveLength(1);
    expect(timers[timers.length - 1].ms).toBe(800);
    await fire();
    const s = controller.getState();
    expect(s.findings).toHaveLength(0);
    expect(s.notice).toEqual({ kind: "auto-rechecked" });
    expect(host.calls.filter((c) => c === "read")).toHaveLength(2);
  });

  test("clear removes marks, forgets the result and stops listening", async () => {
    const { host, controller, timers } = setup();
    await controller.check();
    await controller.clearMarks();
    expect(host.marks.size).toBe(0);
    const s = controller.getState();
    expect(s.result).toBeNull();
    expect(s.notice).toEqual({ kind: "cleared", count: 2 });
    expect(host.subscribers).toBe(0);
    host.userEdit("A1", "x");
    expect(timers.filter((t) => !t.cleared)).toHaveLength(0);
  });

  test("host errors become notices with the host's zh-CN message", async () => {
    const { host, controller } = setup();
    host.failNext.readActiveSheet = { code: "cell-edit-mode", message: "请先退出单元格编辑模式。" };
    await controller.check();
    expect(controller.getState().notice).toEqual({
      kind: "host-error",
      error: { code: "cell-edit-mode", message: "请先退出单元格编辑模式。" },
    });
    expect(controller.getState().busy).toBeNull();
  });

  test("a throwing host becomes an 'unexpected' notice, not an unhandled rejection", async () => {
    const { host, controller } = setup();
    host.readActiveSheet = () => Promise.reject(new Error("boom"));
    await controller.check();
    expect(controller.getState().notice).toEqual({ kind: "unexpected", detail: "boom" });
    expect(controller.getState().busy).toBeNull();
  });

  test("severity filter repaints only the shown severities; framework change re-checks", async () => {
    const { host, controller, frameworks } = setup();
    await controller.check();
    await controller.updateSettings({ severities: { error: true, warning: false, info: true } });
    expect(host.painted[host.painted.length - 1].cells).toEqual(["A1"]);
    await controller.updateSettings({ framework: "core-101" });
    expect(frameworks).toEqual(["auto", "core-101"]);
    expect(host.painted[host.painted.length - 1].cells).toEqual(["A1"]);
  });

  test("turning auto re-check off unsubscribes", async () => {
    const { host, controller } = setup();
    await controller.check();
    await controller.updateSettings({ autoRecheck: false });
    expect(host.subscribers).toBe(0);
    await controller.updateSettings({ autoRecheck: true });
    expect(host.subscribers).toBe(1);
  });

  test("notify shows outside messages (ribbon commands)", () => {
    const { controller } = setup();
    controller.notify("已检查 3 张表", "success");
    expect(controller.getState().notice).toEqual({ kind: "external", text: "已检查 3 张表", intent: "success" });
  });
});

describe("PaneController with a host that has readAndPaint", () => {
  test("checks in one readAndPaint call, painting only the shown severities", async () => {
    const host = new MockHost("表1", [["标题？"], ["数量？"]]);
    const calls: string[] = [];
    host.readAndPaint = async (analyze) => {
      calls.push("readAndPaint");
      const read = await host.readActiveSheet();
      if (!read.ok) return read;
      const a = analyze(read.value);
      calls.push(`paint:${a.findings.map((f) => f.cell).join(",")}`);
      return {
        ok: true,
        value: { snapshot: read.value, value: a.value, paint: { ok: true, value: { marked: a.findings.length } } },
      };
    };
    const controller = new PaneController(host, {
      check: questionMarkCheck,
      settingsStore: memorySettingsStore({ severities: { error: true, warning: false, info: true } }),
    });
    await controller.check();
    expect(calls).toEqual(["readAndPaint", "paint:A1"]);
    expect(host.calls).toEqual(["read", "subscribe"]);
    expect(controller.getState().findings).toHaveLength(2);
  });

  test("a paint failure inside readAndPaint keeps the result and shows the error", async () => {
    const host = new MockHost("表1", [["标题？"]]);
    host.readAndPaint = async (analyze) => {
      const read = await host.readActiveSheet();
      if (!read.ok) return read;
      const a = analyze(read.value);
      return {
        ok: true,
        value: {
          snapshot: read.value,
          value: a.value,
          paint: { ok: false, error: { code: "sheet-protected", message: "受保护" } },
        },
      };
    };
    const controller = new PaneController(host, { check: questionMarkCheck, settingsStore: memorySettingsStore() });
    await controller.check();
    const s = controller.getState();
    expect(s.findings).toHaveLength(1);
    expect(s.notice).toEqual({ kind: "host-error", error: { code: "sheet-protected", message: "受保护" } });
  });

  test("capabilities notices are exposed", () => {
    const host = new MockHost("表1", [[]]);
    host.capabilities = () => ({ supported: true, merges: false, notes: true, notices: ["不支持合并单元格"] });
    const controller = new PaneController(host);
    expect(controller.getState().capabilities?.notices).toEqual(["不支持合并单元格"]);
  });
});

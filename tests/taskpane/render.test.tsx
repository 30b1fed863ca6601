/**
 * Server-renders the pane (no DOM needed) in its main states and checks text, grouping and
 * that every control has an accessible name.
 */
import { renderToString } from "react-dom/server";
import { TaskPaneApp } from "../../src/taskpane/App";
import { PaneController, type CheckFn } from "../../src/taskpane/controller";
import { memorySettingsStore } from "../../src/taskpane/settings";
import { MockHost, questionMarkCheck } from "./mockHost";

function controllerFor(grid: (string | number | null)[][], check: CheckFn = questionMarkCheck) {
  const host = new MockHost("系统升级维护费", grid);
  return { host, controller: new PaneController(host, { check, settingsStore: memorySettingsStore() }) };
}

function render(controller: PaneController, host: MockHost, locale: "zh-CN" | "en-US" = "zh-CN") {
  return renderToString(<TaskPaneApp host={host} controller={controller} locale={locale} themeMode="light" />);
}

/** Every <button>, <input> and role=button element must carry an aria-label or visible text label. */
/** Controls without an accessible name: no aria-label/aria-labelledby and (for buttons) no visible text. */
function unlabelledControls(html: string): string[] {
  const named = (tag: string) => /aria-label="[^"]+"/.test(tag) || /aria-labelledby="[^"]+"/.test(tag);
  const inputs = (html.match(/<input\b[^>]*>/g) ?? []).filter((tag) => !named(tag));
  const buttons = [...html.matchAll(/(<button\b[^>]*>)([\s\S]*?)<\/button>/g)]
    .filter(([, tag, inner]) => !named(tag) && inner.replace(/<[^>]*>/g, "").trim() === "")
    .map(([, tag]) => tag);
  return [...buttons, ...inputs];
}

describe("task pane render", () => {
  test("idle: the check button, the hint and zh-CN text", () => {
    const { host, controller } = controllerFor([["a"]]);
    const html = render(controller, host);
    expect(html).toContain("检查工作表");
    expect(html).toContain("清除标记");
    expect(html).toContain('data-testid="idle-hint"');
    expect(unlabelledControls(html)).toEqual([]);
  });

  test("findings grouped by project then group, with suggestion and apply button", async () => {
    const { host, controller } = controllerFor([
      ["标题？", "x"],
      ["a", "数量？"],
    ]);
    await controller.check();
    const html = render(controller, host);
    expect(html).toContain("检查摘要");
    expect(html).toContain("表 1：测试项目");
    expect(html).toContain("表头/基本信息");
    expect(html).toContain("产出指标 › 数量指标");
    expect(html.indexOf("表头/基本信息")).toBeLessThan(html.indexOf("产出指标 › 数量指标"));
    expect(html.match(/data-testid="finding"/g)).toHaveLength(2);
    expect(html.match(/data-testid="apply-button"/g)).toHaveLength(2);
    expect(html).toContain("应用建议");
    // Each card says what the finding rests on (依据).
    expect(html.match(/data-testid="basis"/g)).toHaveLength(2);
    expect(html).toContain("依据：");
    expect(html).toContain('data-count="1"');
    expect(unlabelledControls(html)).toEqual([]);
  });

  test("not recognised shows the engine's reason", async () => {
    const { host, controller } = controllerFor([["x"]], (s) => ({
      name: s.name,
      recognized: false,
      reason: "未找到绩效指标表头",
      forms: [],
      findings: [],
    }));
    await controller.check();
    const html = render(controller, host);
    expect(html).toContain('data-testid="not-recognized"');
    expect(html).toContain("未找到绩效指标表头");
  });

  test("host errors render as a message bar with the zh-CN message", async () => {
    const { host, controller } = controllerFor([["x"]]);
    host.failNext.readActiveSheet = { code: "sheet-protected", message: "工作表受保护，无法读取。" };
    await controller.check();
    const html = render(controller, host);
    expect(html).toContain('data-testid="notice"');
    expect(html).toContain("工作表受保护");
    expect(html).toContain("工作表受保护，无法读取。");
  });

  test("en-US dictionary renders English chrome", () => {
    const { host, controller } = controllerFor([["a"]]);
    const html = render(controller, host, "en-US");
    expect(html).toContain("Check sheet");
    expect(html).not.toContain("检查工作表");
  });
});

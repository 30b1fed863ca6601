/**
 * WCAG 2.5.3 Label in Name, in the system Chromium: every button of the task pane has an accessible name that
 * contains its visible label (a voice-control user says what they see), and the longer explanations are
 * accessible descriptions. Names and descriptions are Chromium's own computation (CDP Accessibility tree), checked
 * in every state the pane's buttons appear in: idle, with findings, during and after 检查全部工作表.
 */
import type { CDPSession, Page } from "playwright-core";
import type { StaticServer } from "../../src/demo/staticServer";
import { zhCN } from "../../src/taskpane/i18n";
import { buildForBrowserTests, describeIfBrowser, launchBrowser, serveDist, type BrowserSession } from "./support";

jest.setTimeout(120_000);

interface ButtonInfo {
  name: string;
  description: string;
  visible: string;
  testid: string | null;
}

const squash = (s: string) => s.replace(/\s+/g, "");

/** Every button inside the pane, with Chromium's computed name/description and its visible text. */
async function paneButtons(page: Page, cdp: CDPSession): Promise<ButtonInfo[]> {
  await cdp.send("Accessibility.enable");
  const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as {
    nodes: {
      ignored?: boolean;
      role?: { value?: string };
      name?: { value?: string };
      description?: { value?: string };
      backendDOMNodeId?: number;
    }[];
  };
  const out: ButtonInfo[] = [];
  for (const n of nodes) {
    if (n.ignored || n.role?.value !== "button" || n.backendDOMNodeId === undefined) continue;
    const { object } = (await cdp.send("DOM.resolveNode", { backendNodeId: n.backendDOMNodeId })) as {
      object: { objectId?: string };
    };
    if (!object.objectId) continue;
    const { result } = (await cdp.send("Runtime.callFunctionOn", {
      objectId: object.objectId,
      functionDeclaration:
        "function () { if (!this.closest || !this.closest('[data-testid=pane]')) return null; var c = this.cloneNode(true); c.querySelectorAll('[aria-hidden=true]').forEach(function (e) { e.remove(); }); return { visible: (c.textContent || '').replace(/\\s+/g, ' ').trim(), testid: this.getAttribute('data-testid') }; }",
      returnByValue: true,
    })) as { result: { value: { visible: string; testid: string | null } | null } };
    if (!result.value) continue;
    out.push({ name: n.name?.value ?? "", description: n.description?.value ?? "", ...result.value });
  }
  void page;
  return out;
}

function labelInNameViolations(buttons: ButtonInfo[]): ButtonInfo[] {
  return buttons.filter((b) => b.visible !== "" && !squash(b.name).includes(squash(b.visible)));
}

const describeBrowser = describeIfBrowser();

describeBrowser("accessible names contain the visible labels (WCAG 2.5.3)", () => {
  let server: StaticServer;
  let session: BrowserSession;
  let page: Page;
  let cdp: CDPSession;
  const seen = new Set<string>();

  beforeAll(async () => {
    server = await serveDist(await buildForBrowserTests());
    session = await launchBrowser();
    page = await session.context.newPage();
    cdp = await session.context.newCDPSession(page);
    await page.goto(`${server.url}/demo.html?sample=shenmu-2021.xlsx`);
    await page.waitForSelector("[data-testid=playground][data-ready=true]", { timeout: 30_000 });
  }, 600_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function expectLabelInName(): Promise<ButtonInfo[]> {
    const buttons = await paneButtons(page, cdp);
    expect(buttons.length).toBeGreaterThan(0);
    expect(labelInNameViolations(buttons)).toEqual([]);
    for (const b of buttons) seen.add(b.testid ?? b.visible);
    return buttons;
  }

  test("idle: 检查工作表, 检查全部工作表 and 清除标记 are named by their labels, described by the longer text", async () => {
    const buttons = await expectLabelInName();
    const byId = new Map(buttons.map((b) => [b.testid, b]));
    expect(byId.get("check-button")).toMatchObject({ name: zhCN.checkButton, description: zhCN.checkButtonDescription });
    expect(byId.get("check-all-button")).toMatchObject({
      name: zhCN.checkAllButton,
      description: zhCN.checkAllButtonDescription,
    });
    expect(byId.get("clear-button")).toMatchObject({ name: zhCN.clearButton, description: zhCN.clearButtonDescription });
    // the playwright lookup a voice-control user's command corresponds to
    await page.getByRole("button", { name: zhCN.checkButton, exact: true }).waitFor();
  });

  test("with findings: every finding button and 应用建议 button", async () => {
    await page.getByRole("button", { name: zhCN.checkButton, exact: true }).click();
    await page.waitForSelector("[data-testid=finding]");
    await page.waitForFunction(() => document.querySelector("[data-testid=pane]")?.getAttribute("data-busy") === "");
    const buttons = await expectLabelInName();
    const apply = buttons.filter((b) => b.testid === "apply-button");
    expect(apply.length).toBeGreaterThan(0);
    for (const a of apply) {
      expect(a.name).toBe(zhCN.applyButton);
      expect(a.description).toMatch(/^将建议值写入单元格 [A-Z]+\d+$/);
    }
    expect(buttons.filter((b) => b.description === zhCN.findingDescription).length).toBeGreaterThan(0);
  });

  test("settings open: its toggle and controls", async () => {
    await page.getByRole("button", { name: zhCN.settingsHeading, exact: true }).click();
    await expectLabelInName();
    await page.getByRole("button", { name: zhCN.settingsHeading, exact: true }).click();
  });

  test("检查全部工作表: 取消 while running, then one button per sheet", async () => {
    await page.getByRole("button", { name: zhCN.checkAllButton, exact: true }).click();
    await page.waitForSelector("[data-testid=workbook]");
    const stop = page.getByTestId("stop-button");
    if (await stop.isVisible().catch(() => false)) {
      const during = await expectLabelInName().catch(() => null);
      if (during) expect(during.find((b) => b.testid === "stop-button")?.name ?? zhCN.stopButton).toContain(zhCN.stopButton);
    }
    await page.waitForSelector("[data-testid=workbook-summary]", { timeout: 60_000 });
    const buttons = await expectLabelInName();
    const sheetRows = buttons.filter((b) => b.description.startsWith("查看工作表"));
    expect(sheetRows).toHaveLength(6);
    for (const r of sheetRows) {
      const sheet = /“(.+)”/.exec(r.description)![1];
      expect(squash(r.name).startsWith(squash(sheet))).toBe(true);
    }
  });

  test("covered: every kind of pane button was checked", () => {
    for (const id of ["check-button", "check-all-button", "clear-button", "apply-button", "settings-toggle"])
      expect(seen.has(id)).toBe(true);
  });
});

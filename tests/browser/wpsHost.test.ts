/**
 * The playground's host switch: demo.html?host=wps runs the same pane over the fake WPS 表格 through the WPS host
 * (src/wps): 检查工作表 lists what checkSheet finds on the Node-side twin, marks those cells in the grid, and
 * 清除标记 removes every mark.
 */
import path from "path";
import type { Page } from "playwright-core";
import { checkSheet } from "../../src/core/check";
import type { PlaygroundGlobals } from "../../src/demo/index";
import type { StaticServer } from "../../src/demo/staticServer";
import { zhCN } from "../../src/taskpane/i18n";
import { createWpsSheetHost } from "../../src/wps/wpsSheetHost";
import { loadFakeEtFromXlsx } from "../../src/wpsFake/loadFromXlsx";
import { buildForBrowserTests, describeIfBrowser, launchBrowser, serveDist, type BrowserSession } from "./support";

const describeBrowser = describeIfBrowser();
jest.setTimeout(90_000);

async function marksOnPage(page: Page): Promise<number> {
  return page.evaluate(() => {
    const wb = (window as unknown as { __playground: PlaygroundGlobals }).__playground.wpsWorkbook!;
    const sheet = wb.et.app.workbook.active!;
    return sheet.rules.filter((r) => r.formula1.includes("绩效表检查")).length;
  });
}

describeBrowser("playground over the fake WPS (Chromium)", () => {
  let server: StaticServer;
  let session: BrowserSession;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await serveDist(await buildForBrowserTests());
    session = await launchBrowser();
    page = await session.context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
  }, 600_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  test("检查工作表 and 清除标记 through the WPS host", async () => {
    const et = await loadFakeEtFromXlsx(path.join(__dirname, "../../assets/samples/shenmu-2021.xlsx"));
    const read = await createWpsSheetHost(() => et.Application).readActiveSheet();
    if (!read.ok) throw new Error(read.error.message);
    const expected = checkSheet(read.value, { framework: "auto" }).findings;
    expect(expected.length).toBeGreaterThan(0);

    await page.goto(`${server.url}/demo.html?host=wps&sample=shenmu-2021.xlsx`);
    await page.waitForSelector("[data-testid=playground][data-ready=true]", { timeout: 30_000 });
    const pg = await page.evaluate(() =>
      Boolean((window as unknown as { __playground: PlaygroundGlobals }).__playground.wpsWorkbook),
    );
    expect(pg).toBe(true);
    await page.getByRole("button", { name: zhCN.checkButtonAria }).click();
    await page.waitForFunction(() => {
      const pane = document.querySelector("[data-testid=pane]");
      return !!pane && Number(pane.getAttribute("data-check-count")) >= 1 && pane.getAttribute("data-busy") === "";
    });
    const cells = new Set(expected.map((f) => f.cell));
    expect(await marksOnPage(page)).toBe(cells.size);
    const marked = await page.$$eval(
      "[data-testid=sheet-grid] td[data-addr]",
      (tds) => tds.filter((td) => ["#FFC7CE", "#FFEB9C", "#DDEBF7"].includes((td as HTMLElement).dataset.fill ?? "")).length,
    );
    expect(marked).toBeGreaterThan(0);
    await page.getByRole("button", { name: zhCN.clearButtonAria }).click();
    await page.waitForFunction(() => {
      const wb = (window as unknown as { __playground: PlaygroundGlobals }).__playground.wpsWorkbook!;
      return wb.et.app.workbook.active!.rules.every((r) => !r.formula1.includes("绩效表检查"));
    });
    expect(errors).toEqual([]);
  });
});

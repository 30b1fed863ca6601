/**
 * The playground grid is virtualised: a workbook whose sheet holds the sample table plus one stray cell at
 * XFD1 opens quickly with a few hundred <td>s (not ~600,000), stays responsive, still shows the far cell
 * once scrolled there, and the pane still checks the sheet. Also: no CSP violation is logged.
 */
import path from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { zhCN } from "../../src/taskpane/i18n";
import type { StaticServer } from "../../src/demo/staticServer";
import { buildForBrowserTests, describeIfBrowser, launchBrowser, serveDist, type BrowserSession } from "../browser/support";
import { makeTempDir, SHENMU } from "../cli/helpers";

const describeBrowser = describeIfBrowser();
jest.setTimeout(180_000);

describeBrowser("virtualised playground grid", () => {
  let tmp: ReturnType<typeof makeTempDir>;
  let server: StaticServer;
  let session: BrowserSession;
  let page: Page;
  let file: string;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    tmp = makeTempDir("jxcheck-virtual-");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SHENMU);
    wb.worksheets.slice(1).forEach((ws) => wb.removeWorksheet(ws.id));
    wb.worksheets[0].getCell("XFD1").value = "远处";
    file = path.join(tmp.dir, "stray-xfd1.xlsx");
    await wb.xlsx.writeFile(file);
    const dist = await buildForBrowserTests();
    server = await serveDist(dist);
    session = await launchBrowser();
    page = await session.context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
    await page.goto(`${server.url}/demo.html`);
    await page.waitForSelector("[data-testid=playground][data-ready=true]", { timeout: 60_000 });
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
    tmp?.cleanup();
  });

  const cellCount = () => page.$$eval("[data-testid=sheet-grid] td[data-addr]", (tds) => tds.length);

  it("the small sample is rendered whole (not virtualised)", async () => {
    expect(await page.getAttribute("[data-testid=sheet-grid]", "data-virtual")).toBe("false");
  });

  it("a sheet with a stray cell at XFD1 renders only the window", async () => {
    const t = Date.now();
    await page.setInputFiles("[data-testid=file-input]", file);
    await page.waitForSelector("[data-testid=sheet-grid][data-virtual=true]", { timeout: 60_000 });
    const openMs = Date.now() - t;
    const n = await cellCount();
    console.log(`stray XFD1: opened in ${openMs} ms with ${n} <td> (a full grid would be ${36 * 16385})`);
    expect(n).toBeGreaterThan(50);
    expect(n).toBeLessThan(3000);
    expect(await page.$("[data-testid=sheet-grid] td[data-addr=B9]")).not.toBeNull();
    expect(await page.$("[data-testid=sheet-grid] td[data-addr=XFD1]")).toBeNull();
  });

  it("scrolling to the far right shows XFD1 and still renders only the window", async () => {
    await page.evaluate(() => {
      const el = document.querySelector(".grid-scroll") as HTMLElement;
      el.scrollLeft = el.scrollWidth;
    });
    await page.waitForSelector("[data-testid=sheet-grid] td[data-addr=XFD1]", { timeout: 10_000 });
    expect(await page.textContent("[data-testid=sheet-grid] td[data-addr=XFD1]")).toBe("远处");
    expect(await cellCount()).toBeLessThan(3000);
    await page.evaluate(() => {
      const el = document.querySelector(".grid-scroll") as HTMLElement;
      el.scrollLeft = 0;
    });
    await page.waitForSelector("[data-testid=sheet-grid] td[data-addr=A1]", { timeout: 10_000 });
  });

  it("the pane still checks the sheet and the page stays responsive", async () => {
    await page.getByRole("button", { name: zhCN.checkButtonAria }).click();
    await page.waitForFunction(
      () => {
        const pane = document.querySelector("[data-testid=pane]");
        return !!pane && Number(pane.getAttribute("data-check-count")) >= 1 && pane.getAttribute("data-busy") === "";
      },
      undefined,
      { timeout: 60_000 },
    );
    const t = Date.now();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    expect(Date.now() - t).toBeLessThan(5_000);
    expect(await page.$$eval("[data-testid=finding]", (els) => els.length)).toBeGreaterThan(0);
    // The add-in read only the window A1:BL2000 of the used range and tells the user about the stray cell at XFD1.
    expect(await page.textContent("[data-testid=notice]")).toContain("A1:XFD");
  });

  it("the 6 KB workbook with cells at A1 and XFD1048576 opens without freezing the tab", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("远处");
    ws.getCell("A1").value = "项目名称";
    ws.getCell("XFD1048576").value = "最后";
    const far = path.join(tmp.dir, "a1-xfd1048576.xlsx");
    await wb.xlsx.writeFile(far);
    const t = Date.now();
    await page.setInputFiles("[data-testid=file-input]", far);
    await page.waitForSelector("[data-testid=sheet-grid][data-sheet=远处][data-virtual=true]", { timeout: 60_000 });
    const n = await cellCount();
    console.log(`A1 + XFD1048576: opened in ${Date.now() - t} ms with ${n} <td>`);
    expect(n).toBeLessThan(3000);
    await page.evaluate(() => {
      const el = document.querySelector(".grid-scroll") as HTMLElement;
      el.scrollTop = el.scrollHeight;
      el.scrollLeft = el.scrollWidth;
    });
    await page.waitForSelector("[data-testid=sheet-grid] td[data-addr=XFD1048576]", { timeout: 10_000 });
    expect(await page.textContent("[data-testid=sheet-grid] td[data-addr=XFD1048576]")).toBe("最后");
    expect(await cellCount()).toBeLessThan(3000);
    // Checking it through the add-in path finishes and names the stray extent (one read sync, capped window).
    const before = Number(await page.getAttribute("[data-testid=pane]", "data-check-count"));
    await page.getByRole("button", { name: zhCN.checkButtonAria }).click();
    await page.waitForFunction(
      (n) => {
        const pane = document.querySelector("[data-testid=pane]");
        return !!pane && Number(pane.getAttribute("data-check-count")) > n && pane.getAttribute("data-busy") === "";
      },
      before,
      { timeout: 60_000 },
    );
    expect(await page.textContent("[data-testid=notice]")).toContain("A1:XFD1048576");
  });

  it("logged no errors (including Content-Security-Policy violations)", () => {
    expect(consoleErrors).toEqual([]);
  });
});

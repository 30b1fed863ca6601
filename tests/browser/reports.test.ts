/**
 * The reviewer's reports and the pane's 导出结果 in the system Chromium:
 * - the HTML report renders from its own bytes only (no other request), shows its charts and tables,
 *   and prints to A4 PDF;
 * - the 问题清单 sheet of the xlsx report, read back by the playground (exceljs → fake Excel), in the grid;
 * - 导出结果 in the playground: a new sheet 检查结果 with linked cells.
 * Screenshots go to a temporary folder (tests never modify tracked files); `UPDATE_DOCS_SCREENSHOTS=1 npm test` writes
 * them to docs/ (shown in the README) instead.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { runChecks } from "../../src/cli/checkFiles";
import { addAcrossFindings } from "../../src/cli/report/across";
import { renderHtmlReport } from "../../src/cli/report/html";
import { type ReportData, buildReportData, displayFile } from "../../src/cli/report/reportData";
import { FINDINGS_HEADER, SEVERITY_COLORS, writeXlsxReport } from "../../src/cli/report/xlsx";
import type { PlaygroundGlobals } from "../../src/demo/index";
import type { StaticServer } from "../../src/demo/staticServer";
import { EXPORT_HEADER } from "../../src/excel/exportResults";
import { zhCN } from "../../src/taskpane/i18n";
import { makeTempDir } from "../cli/helpers";
import { OUTPUT_DIR, buildForBrowserTests, describeIfBrowser, launchBrowser, serveDist, type BrowserSession } from "./support";

const REPO = path.join(__dirname, "..", "..");
const SAMPLES = [
  path.join(REPO, "assets", "samples", "shenmu-2021.xlsx"),
  path.join(REPO, "assets", "samples", "wuhai-2021.xlsx"),
];
const DOCS = process.env.UPDATE_DOCS_SCREENSHOTS ? path.join(REPO, "docs") : path.join(os.tmpdir(), "jxcheck-docs-screenshots");
const describeBrowser = describeIfBrowser();

jest.setTimeout(180_000);

describeBrowser("reports in Chromium", () => {
  let tmp: ReturnType<typeof makeTempDir>;
  let data: ReportData;
  let xlsxPath: string;
  let session: BrowserSession;
  let demo: StaticServer;
  let reports: StaticServer;

  beforeAll(async () => {
    mkdirSync(OUTPUT_DIR, { recursive: true });
    mkdirSync(DOCS, { recursive: true });
    tmp = makeTempDir("jxcheck-reports-browser-");
    const run = await runChecks(SAMPLES);
    await addAcrossFindings(run, "all");
    const cwd = process.cwd();
    data = buildReportData(run, {
      version: "0.1.0",
      generatedAt: new Date(2026, 11, 2, 9, 30, 0),
      across: "all（所有文件一起比对）",
      paths: SAMPLES.map((f) => path.relative(cwd, f)),
    });
    writeFileSync(path.join(tmp.dir, "检查结果.html"), renderHtmlReport(data), "utf8");
    xlsxPath = path.join(tmp.dir, "检查结果.xlsx");
    await writeXlsxReport(data, xlsxPath, new Map(run.files.map((f) => [displayFile(f.file), f.file])));
    const dist = await buildForBrowserTests();
    demo = await serveDist(dist);
    reports = await serveDist(tmp.dir);
    session = await launchBrowser({ viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await session?.close();
    await demo?.close();
    await reports?.close();
    tmp?.cleanup();
  });

  test("the HTML report: only its own request, charts and tables drawn, printable on A4", async () => {
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    const url = `${reports.url}/${encodeURIComponent("检查结果.html")}`;
    const before = session.requests.length;
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    expect(session.requests.slice(before)).toEqual([url]);
    expect(session.external).toEqual([]);
    expect(errors).toEqual([]);

    expect(await page.textContent("h1")).toBe("绩效表检查结果");
    const bars = await page.$$eval("figure.chart svg", (svgs) =>
      svgs.map((s) => [...s.querySelectorAll("rect")].map((r) => r.getBoundingClientRect().width)),
    );
    expect(bars).toHaveLength(2);
    expect(bars.every((b) => b.length > 0 && b.every((w) => w > 0))).toBe(true);
    expect(await page.$$eval("main > table tbody tr", (rows) => rows.length)).toBe(data.summary.length);
    expect(await page.$$eval("td.cell", (cells) => cells.length)).toBe(data.findings.length);
    expect(await page.$$eval(".across", (els) => els.length)).toBe(data.findings.filter((f) => f.across).length);
    const errorBadge = await page.$eval(".sev-error", (e) => getComputedStyle(e).backgroundColor);
    expect(errorBadge).toBe("rgb(255, 199, 206)");

    await page.screenshot({
      path: path.join(DOCS, "report-html.png"),
      clip: { x: 0, y: 0, width: 1280, height: 1250 },
      fullPage: true,
    });
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(1);
    writeFileSync(path.join(OUTPUT_DIR, "report.pdf"), pdf);
    await page.close();
  });

  async function openInPlayground(page: Page, file: string): Promise<void> {
    await page.goto(`${demo.url}/demo.html?sample=shenmu-2021.xlsx`);
    await page.waitForSelector("[data-testid=playground][data-ready=true]", { timeout: 60_000 });
    await page.setInputFiles("[data-testid=file-input]", file);
    const name = path.basename(file);
    await page.waitForFunction(
      (n) => {
        const pg = (window as unknown as { __playground: PlaygroundGlobals }).__playground;
        return pg.source === n && document.querySelector("[data-testid=playground]")?.getAttribute("data-ready") === "true";
      },
      name,
      { timeout: 60_000 },
    );
  }

  test("the 问题清单 sheet of the xlsx report, read back and drawn in the playground grid", async () => {
    const page = await session.context.newPage();
    await openInPlayground(page, xlsxPath);
    const tabs = await page.$$eval("[data-testid=sheet-tabs] [role=tab]", (els) => els.map((e) => e.textContent ?? ""));
    expect(tabs).toEqual(["汇总", "问题清单", "说明"]);
    await page.getByRole("tab", { name: "问题清单", exact: true }).click();
    await page.waitForSelector('[data-testid=sheet-grid][data-sheet="问题清单"]');
    const header = await page.$$eval("[data-testid=sheet-grid] td[data-row='0']", (tds) => tds.map((td) => td.textContent ?? ""));
    expect(header.slice(0, FINDINGS_HEADER.length)).toEqual([...FINDINGS_HEADER]);
    expect(header.slice(FINDINGS_HEADER.length).join("")).toBe("");
    const rows = await page.$$eval(
      "[data-testid=sheet-grid] td[data-col='0']",
      (tds) => tds.filter((td) => td.textContent !== "").length,
    );
    expect(rows).toBe(1 + data.findings.length);
    // Severity cells carry the report's fills; the link column shows the cell address (the formula's result).
    const firstError = data.findings.findIndex((f) => f.severity === "error") + 1;
    const sev = await page.$eval(`[data-testid=sheet-grid] td[data-row='${firstError}'][data-col='5']`, (td) => [
      td.textContent,
      td.getAttribute("data-fill"),
    ]);
    expect(sev).toEqual(["错误", `#${SEVERITY_COLORS.error.fill.slice(-6)}`]);
    const link = await page.$eval(`[data-testid=sheet-grid] td[data-row='${firstError}'][data-col='4']`, (td) => td.textContent);
    expect(link).toBe(data.findings[firstError - 1].cell);
    const grid = await page.$("[data-testid=sheet-grid]");
    const box = (await grid!.boundingBox())!;
    await page.screenshot({
      path: path.join(DOCS, "report-findings-sheet.png"),
      clip: { x: box.x, y: box.y, width: Math.min(box.width, 1280 - box.x), height: 640 },
    });
    await page.close();
  });

  test("导出结果 in the pane: a new sheet 检查结果 with the findings, linked to their cells", async () => {
    const page = await session.context.newPage();
    await page.goto(`${demo.url}/demo.html?sample=shenmu-2021.xlsx`);
    await page.waitForSelector("[data-testid=playground][data-ready=true]", { timeout: 60_000 });
    await page.getByRole("tab", { name: "系统升级维护费", exact: true }).click();
    await page.getByRole("button", { name: zhCN.checkButtonAria }).click();
    await page.waitForFunction(() => {
      const pane = document.querySelector("[data-testid=pane]");
      return !!pane && Number(pane.getAttribute("data-check-count")) >= 1 && pane.getAttribute("data-busy") === "";
    });
    const findings = await page.$$eval("[data-testid=finding]", (els) => els.length);
    expect(findings).toBeGreaterThan(0);
    await page.getByRole("button", { name: zhCN.exportButton }).click();
    await page.waitForSelector("[data-testid=notice][data-kind=exported]");
    expect(await page.textContent("[data-testid=notice]")).toContain(`已把 ${findings} 条结果导出到新工作表“检查结果”`);
    await page.waitForSelector('[data-testid=sheet-grid][data-sheet="检查结果"]');
    const tabs = await page.$$eval("[data-testid=sheet-tabs] [role=tab]", (els) => els.map((e) => e.textContent ?? ""));
    expect(tabs.at(-1)).toBe("检查结果");
    const header = await page.$$eval("[data-testid=sheet-grid] td[data-row='0']", (tds) => tds.map((td) => td.textContent ?? ""));
    expect(header.slice(0, EXPORT_HEADER.length)).toEqual([...EXPORT_HEADER]);
    expect(
      await page.$$eval("[data-testid=sheet-grid] td[data-col='0']", (tds) => tds.filter((td) => td.textContent !== "").length),
    ).toBe(1 + findings);
    const linkColour = await page.$eval(
      "[data-testid=sheet-grid] td[data-row='1'][data-col='2']",
      (td) => getComputedStyle(td).color,
    );
    expect(linkColour).toBe("rgb(5, 99, 193)");
    await page.screenshot({ path: path.join(DOCS, "pane-export.png") });
    await page.close();
  });
});

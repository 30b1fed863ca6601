/**
 * The 模板 area in the browser playground (system Chromium): open 乌海 医保业务经费, 检查工作表 shows
 * “没有绩效指标”, the suggested template is pre-selected with its preview, 插入模板 adds the rows and the
 * re-check leaves only the values to fill, 撤销插入 restores the grid. Expectations come from the same
 * fake + adapter + engine in Node (the twin), not from the page.
 */
import "../../src/fakeExcel/rowsAndMerges";
import path from "path";
import type { Page } from "playwright-core";
import { checkSheet } from "../../src/core/check";
import { findTemplate } from "../../src/core/templates/library";
import { planInsertion } from "../../src/core/templates/plan";
import { newFormGrid } from "../../src/core/templates/newForm";
import { createOfficeSheetHost } from "../../src/excel/officeSheetHost";
import { fakeExcelRun } from "../../src/fakeExcel/fakeExcel";
import { loadFakeWorkbookFromXlsx } from "../../src/fakeExcel/loadFakeWorkbookFromXlsx";
import { zhCN } from "../../src/taskpane/i18n";
import { MARK_FILL } from "../../src/excel/marks";
import { templateStringsZh } from "../../src/taskpane/templateStrings";
import type { StaticServer } from "../../src/demo/staticServer";
import { buildForBrowserTests, describeIfBrowser, launchBrowser, serveDist, type BrowserSession } from "./support";

const SAMPLE = path.join(__dirname, "..", "..", "assets", "samples", "wuhai-2021.xlsx");
const SHEET = "医保业务经费";
/** 医保业务经费 is running costs: the engine suggests the 机构运转 kind (issue 14), not the 监管 one. */
const SUGGESTED = "office-operations";
const describeBrowser = describeIfBrowser();
jest.setTimeout(120_000);

async function gridTexts(page: Page): Promise<Record<string, string>> {
  const cells = await page.$$eval("[data-testid=sheet-grid] td[data-addr]", (tds) =>
    tds.map(
      (td) =>
        [
          td.getAttribute("data-addr") ?? "",
          (td.textContent ?? "").trim(),
          (td.getAttribute("data-fill") ?? "").toUpperCase(),
        ] as const,
    ),
  );
  return Object.fromEntries(
    cells.filter(([, text, fill]) => text !== "" || fill !== "").map(([a, text, fill]) => [a, `${text}|${fill}`]),
  );
}

async function waitForChecks(page: Page, n: number): Promise<void> {
  await page.waitForFunction(
    (min) => {
      const pane = document.querySelector("[data-testid=pane]");
      return !!pane && Number(pane.getAttribute("data-check-count")) >= min && pane.getAttribute("data-busy") === "";
    },
    n,
    { timeout: 30_000 },
  );
}

async function paneFindingCells(page: Page): Promise<string[]> {
  return (await page.$$eval("[data-testid=finding]", (els) => els.map((e) => e.getAttribute("data-cell") ?? ""))).sort();
}

describeBrowser("模板 area in the playground (Chromium)", () => {
  let server: StaticServer;
  let session: BrowserSession;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    const root = await buildForBrowserTests();
    server = await serveDist(root);
    session = await launchBrowser();
    page = await session.context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
  }, 600_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  test("check → 没有绩效指标 → suggested template → preview → insert → only values to fill → 撤销插入 restores", async () => {
    // The Node twin: what the pane must show after inserting the suggested template.
    const fake = await loadFakeWorkbookFromXlsx(SAMPLE);
    fake.activate(SHEET);
    const host = createOfficeSheetHost(fakeExcelRun(fake), { isSetSupported: (n, v) => fake.isSetSupported(n, v) });
    const before = await host.readActiveSheet();
    if (!before.ok) throw new Error(before.error.message);
    const expectedPlan = planInsertion(before.value, findTemplate(SUGGESTED)!);
    if (!expectedPlan.ok) throw new Error(expectedPlan.reason);
    const inserted = await host.insertTemplate((s) => planInsertion(s, findTemplate(SUGGESTED)!));
    if (!inserted.ok) throw new Error(inserted.error.message);
    const after = await host.readActiveSheet();
    if (!after.ok) throw new Error(after.error.message);
    const afterCheck = checkSheet(after.value);
    expect(
      afterCheck.findings.filter((f) => ["indicator-section", "framework-coverage", "level2-without-level3"].includes(f.rule)),
    ).toEqual([]);

    await page.goto(`${server.url}/demo.html?sample=wuhai-2021.xlsx`);
    await page.waitForSelector("[data-testid=playground][data-ready=true]", { timeout: 30_000 });
    await page.getByRole("tab", { name: SHEET, exact: true }).click();
    await page.getByRole("button", { name: zhCN.checkButtonAria }).click();
    await waitForChecks(page, 1);
    expect(await page.textContent("[data-testid=pane]")).toContain("表中没有“绩效指标”部分");
    const checkedGrid = await gridTexts(page);

    // Suggested first, with the matched words; pre-selected, previewed with exact cells.
    const first = page.locator("[data-testid=template-suggestion]").first();
    expect(await first.getAttribute("data-id")).toBe(SUGGESTED);
    expect(await page.textContent("[data-testid=template-suggestions]")).toContain("项目名称含“业务经费”");
    await first.click();
    await page.waitForSelector(`[data-testid=template-preview][data-id=${SUGGESTED}]`);
    const rows = await page.$$eval("[data-testid=template-preview-row]", (els) =>
      els.map((e) => [e.getAttribute("data-cell"), e.getAttribute("data-placeholder")]),
    );
    expect(rows).toEqual(expectedPlan.plan.rows.map((r) => [r.cell, String(r.placeholder)]));
    expect(rows.filter(([, p]) => p === "true").map(([c]) => c)).toEqual(["G24"]);

    // Browse/search narrows the list.
    await page.getByRole("textbox", { name: templateStringsZh.searchLabel }).fill("培训");
    expect(await page.$$eval("[data-testid=template-item]", (els) => els.map((e) => e.getAttribute("data-id")))).toEqual([
      "meeting-training",
    ]);
    await page.getByRole("textbox", { name: templateStringsZh.searchLabel }).fill("");

    // Insert: one batch, then the re-check lists exactly what the twin's re-check finds.
    await page.getByRole("button", { name: templateStringsZh.insertButton }).click();
    await waitForChecks(page, 2);
    await page.waitForSelector("[data-testid=template-message]");
    expect(await page.textContent("[data-testid=template-message]")).toBe(
      templateStringsZh.inserted(expectedPlan.plan.insertedRows, "H24"),
    );
    expect(await paneFindingCells(page)).toEqual(afterCheck.findings.map((f) => f.cell).sort());
    expect(await page.textContent("[data-testid=pane]")).not.toContain("表中没有“绩效指标”部分");
    const grid = await gridTexts(page);
    // The “没有绩效指标” highlight on the form's anchor cell is gone; the placeholders are highlighted instead.
    expect(checkedGrid.A1?.split("|")[1]).toBe(MARK_FILL.error.toUpperCase());
    expect(grid.A1?.split("|")[1] ?? "").not.toBe(MARK_FILL.error.toUpperCase());
    expect(grid.H24?.split("|")[1]).toBe(MARK_FILL.warning.toUpperCase());
    expect(grid.G24?.split("|")[0]).toBe("保障经办业务事项数");
    expect(grid.H24?.split("|")[0]).toBe("≥（待填）项");
    expect(grid.H27?.split("|")[0]).toBe("≤20万元");

    // 撤销插入 restores the grid (values, fills, marks of the same re-check).
    await page.getByRole("button", { name: templateStringsZh.undoButton }).click();
    await waitForChecks(page, 3);
    await page.waitForFunction(() =>
      document.querySelector("[data-testid=template-message]")?.textContent?.includes("已撤销插入"),
    );
    expect(await gridTexts(page)).toEqual(checkedGrid);
    expect(await page.textContent("[data-testid=pane]")).toContain("表中没有“绩效指标”部分");
    expect(errors).toEqual([]);
  });

  test("在新工作表中新建: 乌海式 with the suggested template on a new sheet, activated and re-checked", async () => {
    // The Node twin: the same creation and check through the same adapter over the same fake.
    const fake = await loadFakeWorkbookFromXlsx(SAMPLE);
    const host = createOfficeSheetHost(fakeExcelRun(fake), { isSetSupported: (n, v) => fake.isSetSupported(n, v) });
    const made = await host.createForm((name) => newFormGrid(findTemplate(SUGGESTED)!, "declaration-form", { sheetName: name }));
    if (!made.ok) throw new Error(made.error.message);
    const twin = await host.readActiveSheet();
    if (!twin.ok) throw new Error(twin.error.message);
    const twinCheck = checkSheet(twin.value);
    expect(twinCheck.findings.filter((f) => ["indicator-section", "framework-coverage"].includes(f.rule))).toEqual([]);
    expect(twinCheck.findings.length).toBeGreaterThan(0);

    await page.goto(`${server.url}/demo.html?sample=wuhai-2021.xlsx`);
    await page.waitForSelector("[data-testid=playground][data-ready=true]", { timeout: 30_000 });
    await page.getByRole("tab", { name: SHEET, exact: true }).click();
    await page.getByRole("button", { name: zhCN.checkButtonAria }).click();
    await waitForChecks(page, 1);
    const tabs = await page.$$eval("[data-testid=sheet-tabs] [role=tab]", (els) => els.map((e) => e.textContent));
    expect(await page.locator("[data-testid=template-suggestion]").first().getAttribute("data-id")).toBe(SUGGESTED);

    // Accessible names are the visible labels.
    await page.getByRole("radio", { name: templateStringsZh.layouts["declaration-form"], exact: true }).check();
    await page.getByRole("button", { name: templateStringsZh.createButton, exact: true }).click();
    await waitForChecks(page, 2);
    await page.waitForFunction(() =>
      document.querySelector("[data-testid=template-message]")?.textContent?.includes("已新建工作表"),
    );
    expect(await page.textContent("[data-testid=template-message]")).toBe(
      templateStringsZh.created("新建绩效表", 6, findTemplate(SUGGESTED)!.name),
    );
    // A new tab at the end, selected; the sheets that were there are still there.
    expect(await page.$$eval("[data-testid=sheet-tabs] [role=tab]", (els) => els.map((e) => e.textContent))).toEqual([
      ...tabs,
      "新建绩效表",
    ]);
    expect(await page.getByRole("tab", { name: "新建绩效表", exact: true }).getAttribute("aria-selected")).toBe("true");
    const grid = await gridTexts(page);
    expect(grid.A1?.split("|")[0]).toBe("项目支出绩效目标申报表");
    expect(grid.A19?.split("|")[0]).toBe("项目绩效指标");
    expect(grid.G20?.split("|")[0]).toBe("保障经办业务事项数");
    // Every placeholder left on the new sheet is flagged (issue 14).
    const holes = Object.entries(grid)
      .filter(([, v]) => v.split("|")[0].includes("（待填）"))
      .map(([a]) => a);
    expect(holes.length).toBeGreaterThan(0);
    const flagged = await page.$$eval("[data-testid=finding][data-rule=template-placeholder]", (els) =>
      els.map((e) => e.getAttribute("data-cell")),
    );
    for (const h of holes) expect([h, flagged.includes(h)]).toEqual([h, true]);
    // The re-check of the new sheet lists exactly what the twin's check finds (header fields and values to fill).
    expect(await paneFindingCells(page)).toEqual(twinCheck.findings.map((f) => f.cell).sort());
    expect(await page.textContent("[data-testid=pane]")).not.toContain("表中没有“绩效指标”部分");
    expect(errors).toEqual([]);
  });
});

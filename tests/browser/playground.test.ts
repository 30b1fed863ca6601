/**
 * The browser playground end to end, in the system Chromium: the real task pane beside the grid
 * of a sample workbook, both on the fake Excel through the real adapter.
 *
 * Expectations are computed here in Node with the same fake + adapter + checkSheet, so the suite
 * follows the engine: whatever checkSheet returns for a sheet is what the pane must list and the
 * grid must mark (and "not recognised" when it recognises nothing).
 */
import { mkdirSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { checkSheet, type SheetCheckResult } from "../../src/core/check";
import type { SheetSnapshot } from "../../src/core/snapshot";
import type { PlaygroundGlobals } from "../../src/demo/index";
import type { StaticServer } from "../../src/demo/staticServer";
import { MARK_FILL, NOTE_PREFIX, planMarks, type CellMark } from "../../src/excel/marks";
import { createOfficeSheetHost, type OfficeSheetHost } from "../../src/excel/officeSheetHost";
import { cellTextAt } from "../../src/taskpane/cellText";
import { zhCN } from "../../src/taskpane/i18n";
import { fakeExcelRun, type FakeWorkbook } from "../../src/fakeExcel/fakeExcel";
import { loadFakeWorkbookFromXlsx } from "../../src/fakeExcel/loadFakeWorkbookFromXlsx";
import { OUTPUT_DIR, buildForBrowserTests, describeIfBrowser, launchBrowser, serveDist, type BrowserSession } from "./support";

const SAMPLES_DIR = path.join(__dirname, "..", "..", "assets", "samples");
const describeBrowser = describeIfBrowser();

jest.setTimeout(90_000);

/** The Node-side twin of the page's workbook: same file, same adapter, same engine. */
class Twin {
  private constructor(
    readonly fake: FakeWorkbook,
    readonly host: OfficeSheetHost,
  ) {}

  static async load(file: string, sheet?: string): Promise<Twin> {
    const fake = await loadFakeWorkbookFromXlsx(path.join(SAMPLES_DIR, file));
    if (sheet) fake.activate(sheet);
    const host = createOfficeSheetHost(fakeExcelRun(fake), { isSetSupported: (n, v) => fake.isSetSupported(n, v) });
    return new Twin(fake, host);
  }

  async check(): Promise<{ snapshot: SheetSnapshot; result: SheetCheckResult }> {
    const read = await this.host.readActiveSheet();
    if (!read.ok) throw new Error(read.error.message);
    return { snapshot: read.value, result: checkSheet(read.value, { framework: "auto" }) };
  }
}

interface GridCellInfo {
  addr: string;
  fill: string;
  title: string;
  text: string;
  selected: boolean;
}

async function gridCells(page: Page): Promise<Map<string, GridCellInfo>> {
  const cells = await page.$$eval("[data-testid=sheet-grid] td[data-addr]", (tds) =>
    tds.map((td) => ({
      addr: td.getAttribute("data-addr") ?? "",
      fill: (td.getAttribute("data-fill") ?? "").toUpperCase(),
      title: td.getAttribute("title") ?? "",
      text: td.querySelector("input") ? (td.querySelector("input") as HTMLInputElement).value : (td.textContent ?? ""),
      selected: td.getAttribute("data-selected") === "true",
    })),
  );
  return new Map(cells.map((c) => [c.addr, c]));
}

async function checkCount(page: Page): Promise<number> {
  return Number(await page.getAttribute("[data-testid=pane]", "data-check-count"));
}

/** Waits until the pane has finished at least `n` checks and is idle. */
async function waitForChecks(page: Page, n: number, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    (min) => {
      const pane = document.querySelector("[data-testid=pane]");
      return !!pane && Number(pane.getAttribute("data-check-count")) >= min && pane.getAttribute("data-busy") === "";
    },
    n,
    { timeout },
  );
}

async function openPlayground(page: Page, base: string, sample: string): Promise<void> {
  await page.goto(`${base}/demo.html?sample=${encodeURIComponent(sample)}`);
  await page.waitForSelector("[data-testid=playground][data-ready=true]", { timeout: 30_000 });
  await page.waitForSelector("[data-testid=sheet-grid]");
}

const MARK_COLOURS = new Set(Object.values(MARK_FILL).map((c) => c.toUpperCase()));

/** Marked cells as the grid shows them: cells whose fill is a mark colour it did not have before. */
function markedCells(now: Map<string, GridCellInfo>, before: Map<string, GridCellInfo>): string[] {
  return [...now.values()]
    .filter((c) => MARK_COLOURS.has(c.fill) && c.fill !== (before.get(c.addr)?.fill ?? ""))
    .map((c) => c.addr)
    .sort();
}

function findingCells(result: SheetCheckResult): string[] {
  return result.findings.map((f) => f.cell).sort();
}

async function paneFindingCells(page: Page): Promise<string[]> {
  return (await page.$$eval("[data-testid=finding]", (els) => els.map((e) => e.getAttribute("data-cell") ?? ""))).sort();
}

async function assertPaneMatches(page: Page, result: SheetCheckResult, baseline: Map<string, GridCellInfo>): Promise<void> {
  const cells = await gridCells(page);
  if (!result.recognized) {
    const text = await page.textContent("[data-testid=not-recognized]");
    expect(text).toContain(zhCN.notRecognizedTitle);
    if (result.reason) expect(text).toContain(result.reason);
    expect(markedCells(cells, baseline)).toEqual([]);
    return;
  }
  expect(await page.textContent("[data-testid=summary-sheet]")).toBe(result.name);
  // Every finding is listed (all severities are shown by default)…
  expect(await paneFindingCells(page)).toEqual(findingCells(result));
  // …the summary counts them…
  for (const sev of ["error", "warning", "info"] as const) {
    const n = result.findings.filter((f) => f.severity === sev).length;
    expect(await page.getAttribute(`[data-testid=summary-counts] [data-severity=${sev}][data-count]`, "data-count")).toBe(
      String(n),
    );
  }
  if (result.findings.length === 0) await page.waitForSelector("[data-testid=no-findings]");
  // …and the grid shows one mark per finding cell, in the colour of its worst severity, with a note.
  const marks: CellMark[] = planMarks(result.findings);
  const visible = marks.filter((m) => cells.has(m.cell));
  for (const m of visible) {
    const c = cells.get(m.cell)!;
    expect({ cell: m.cell, fill: c.fill }).toEqual({ cell: m.cell, fill: MARK_FILL[m.severity].toUpperCase() });
    if (!baseline.get(m.cell)?.title) expect(c.title.startsWith(NOTE_PREFIX)).toBe(true);
  }
  // Marks on cells hidden inside a merged area cannot be seen (as in Excel); nothing else is marked.
  expect(markedCells(cells, baseline)).toEqual(visible.map((m) => m.cell).sort());
}

describeBrowser("browser playground (Chromium)", () => {
  let server: StaticServer;
  let session: BrowserSession;
  let page: Page;
  let baseline: Map<string, GridCellInfo>;
  let twin: Twin;
  let current: { snapshot: SheetSnapshot; result: SheetCheckResult };
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(OUTPUT_DIR, { recursive: true });
    const root = await buildForBrowserTests();
    server = await serveDist(root);
    session = await launchBrowser();
    page = await session.context.newPage();
    page.on("pageerror", (e) => consoleErrors.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(`console: ${m.text()}`);
    });
    twin = await Twin.load("shenmu-2021.xlsx");
  }, 600_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  test("opens the sample workbook beside the pane, in zh-CN, with named controls", async () => {
    await openPlayground(page, server.url, "shenmu-2021.xlsx");
    const check = page.getByRole("button", { name: zhCN.checkButtonAria });
    await expect(check.textContent()).resolves.toBe(zhCN.checkButton);
    await page.getByRole("button", { name: zhCN.clearButtonAria }).waitFor();
    const pg = await page.evaluate(() => (window as unknown as { __playground: PlaygroundGlobals }).__playground);
    expect(pg.source).toBe("shenmu-2021.xlsx");
    expect(typeof pg.paneFirstRenderMs).toBe("number");
    console.log(
      `pane first render: ${pg.paneFirstRenderMs?.toFixed(0)} ms after navigation start; workbook loaded at ${pg.workbookLoadedMs?.toFixed(0)} ms`,
    );
    // The grid shows the active sheet's content.
    baseline = await gridCells(page);
    const { snapshot } = await twin.check();
    const titleCell = snapshot.values[0]?.find((v) => v !== null);
    expect([...baseline.values()].some((c) => c.text === String(titleCell))).toBe(true);
    // Every control in the pane has an accessible name.
    const unnamed = await page.$$eval(
      "[data-testid=pane] button, [data-testid=pane] input, [data-testid=pane] [role=button]",
      (els) =>
        els
          .filter((el) => !el.getAttribute("aria-label") && !el.getAttribute("aria-labelledby") && !(el.textContent ?? "").trim())
          .map((el) => el.outerHTML.slice(0, 120)),
    );
    expect(unnamed).toEqual([]);
  });

  test("检查工作表 lists what checkSheet finds and the grid marks those cells", async () => {
    current = await twin.check();
    // Keyboard: focus the button and press Enter.
    await page.getByRole("button", { name: zhCN.checkButtonAria }).focus();
    await page.keyboard.press("Enter");
    await waitForChecks(page, 1);
    await assertPaneMatches(page, current.result, baseline);
    await page.screenshot({ path: path.join(OUTPUT_DIR, "playground-checked.png") });
  });

  test("clicking a finding selects its cell in the grid", async () => {
    if (!current.result.recognized || current.result.findings.length === 0) {
      console.warn("no findings on this sheet: selection not exercised");
      return;
    }
    const cells = await gridCells(page);
    const target = current.result.findings.map((f) => f.cell).find((c) => cells.has(c) && !cells.get(c)!.selected);
    expect(target).toBeDefined();
    const item = page.locator(`[data-testid=finding][data-cell="${target}"]`).first();
    await item.locator("button").first().click();
    await page.waitForSelector(`[data-testid=sheet-grid] td[data-addr="${target}"][data-selected=true]`);
    await expect(item.getAttribute("data-selected")).resolves.toBe("true");
    const selected = [...(await gridCells(page)).values()].filter((c) => c.selected).map((c) => c.addr);
    expect(selected).toEqual([target]);
  });

  test("应用建议 shows the value first, writes it, and checks again", async () => {
    const cells = await gridCells(page);
    const finding = current.result.findings.find((f) => f.suggestion !== undefined && cells.has(f.cell));
    if (!finding) {
      console.warn("checkSheet made no suggestion on this sheet: 应用建议 not exercised");
      return;
    }
    const before = await checkCount(page);
    // What the pane passes as `expected` (and shows as 当前内容): the text the check read.
    const oldText = cellTextAt(current.snapshot, finding.cell);
    await page.locator(`[data-testid=finding][data-cell="${finding.cell}"] [data-testid=apply-button]`).first().click();
    const dialog = page.getByTestId("apply-dialog");
    await dialog.waitFor();
    await expect(dialog.getByTestId("apply-cell").textContent()).resolves.toBe(finding.cell);
    await expect(dialog.getByTestId("apply-old").textContent()).resolves.toBe(oldText === "" ? zhCN.applyDialogEmpty : oldText);
    await expect(dialog.getByTestId("apply-new").textContent()).resolves.toBe(
      finding.suggestion === "" ? zhCN.applyDialogEmpty : finding.suggestion,
    );
    await page.screenshot({ path: path.join(OUTPUT_DIR, "playground-apply-dialog.png") });
    await dialog.getByTestId("apply-confirm").click();
    await waitForChecks(page, before + 1);
    await page.waitForSelector("[data-testid=notice][data-kind=applied]");

    // The same write on the Node twin gives the result the pane must now show.
    const w = await twin.host.writeCell(current.result.name, finding.cell, finding.suggestion!, oldText);
    expect(w.ok).toBe(true);
    current = await twin.check();
    expect((await gridCells(page)).get(finding.cell)!.text).toBe(
      String(twin.fake.sheet(current.result.name).value(finding.cell) ?? ""),
    );
    await assertPaneMatches(page, current.result, baseline);
  });

  test("typing into the grid re-checks automatically (debounced)", async () => {
    const cells = await gridCells(page);
    const target = current.result.findings.map((f) => f.cell).find((c) => cells.has(c)) ?? "B3";
    const before = await checkCount(page);
    await page.dblclick(`[data-testid=sheet-grid] td[data-addr="${target}"]`);
    const editor = page.locator(`[data-testid=sheet-grid] td[data-addr="${target}"] input`);
    await editor.fill("测试编辑");
    await editor.press("Enter");
    await waitForChecks(page, before + 1, 10_000);
    await page.waitForSelector("[data-testid=notice][data-kind=auto-rechecked]");
    expect(await checkCount(page)).toBe(before + 1);

    twin.fake.sheet(current.result.name).userEdit(target, "测试编辑");
    current = await twin.check();
    await assertPaneMatches(page, current.result, baseline);
  });

  test("settings: hiding a severity hides its findings and its marks", async () => {
    const severity = (["warning", "info", "error"] as const).find((sev) =>
      current.result.findings.some((f) => f.severity === sev),
    );
    if (!severity) {
      console.warn("no findings left on this sheet: severity filter not exercised");
      return;
    }
    await page.getByRole("button", { name: zhCN.settingsToggleAria, exact: true }).click();
    const box = page.getByRole("checkbox", { name: zhCN.severityNames[severity], exact: true });
    await box.uncheck();
    const shown = { ...current.result, findings: current.result.findings.filter((f) => f.severity !== severity) };
    await page.waitForFunction((n) => document.querySelectorAll("[data-testid=finding]").length === n, shown.findings.length);
    // The list filters at once; the grid follows when the repaint batch is done (pane not busy).
    await page.waitForFunction(() => document.querySelector("[data-testid=pane]")?.getAttribute("data-busy") === "");
    await expect(paneFindingCells(page)).resolves.toEqual(findingCells(shown));
    const cells = await gridCells(page);
    const visible = planMarks(shown.findings).filter((m) => cells.has(m.cell));
    expect(markedCells(cells, baseline)).toEqual(visible.map((m) => m.cell).sort());
    await page.screenshot({ path: path.join(OUTPUT_DIR, "playground-settings.png") });
    await box.check();
    await page.waitForFunction(
      (n) => document.querySelectorAll("[data-testid=finding]").length === n,
      current.result.findings.length,
    );
    await page.waitForFunction(() => document.querySelector("[data-testid=pane]")?.getAttribute("data-busy") === "");
    await page.getByRole("button", { name: zhCN.settingsToggleAria, exact: true }).click();
  });

  test("清除标记 removes every mark", async () => {
    await page.getByRole("button", { name: zhCN.clearButtonAria }).click();
    await page.waitForSelector("[data-testid=notice][data-kind=cleared]");
    await page.waitForSelector("[data-testid=idle-hint]");
    const cells = await gridCells(page);
    expect(markedCells(cells, baseline)).toEqual([]);
    expect([...cells.values()].filter((c) => c.title.startsWith(NOTE_PREFIX)).map((c) => c.addr)).toEqual([]);
    const left = await page.evaluate(() => {
      const fake = (window as unknown as { __playground: PlaygroundGlobals }).__playground.workbook!.fake;
      return fake.sheets.reduce(
        (n, s) =>
          n +
          s.conditionalFormats.filter((cf) => String(cf.formula ?? "").includes('"绩效表检查:')).length +
          s.notes.filter((x) => x.content.startsWith("【绩效表检查】")).length,
        0,
      );
    });
    expect(left).toBe(0);
    await page.screenshot({ path: path.join(OUTPUT_DIR, "playground-cleared.png") });
  });

  test("another workbook and another sheet: the pane follows the sheet switcher", async () => {
    await page.selectOption("[data-testid=sample-select]", "wuhai-2021.xlsx");
    await page.waitForFunction(
      () => (window as unknown as { __playground: PlaygroundGlobals }).__playground.source === "wuhai-2021.xlsx",
    );
    await page.waitForSelector("[data-testid=playground][data-ready=true]");
    const names = await page.$$eval("[data-testid=sheet-tabs] [role=tab]", (els) => els.map((e) => e.textContent ?? ""));
    expect(names.length).toBeGreaterThan(1);
    const second = names[1];
    await page.getByRole("tab", { name: second, exact: true }).click();
    await page.waitForSelector(`[data-testid=sheet-grid][data-sheet="${second}"]`);
    const wbBaseline = await gridCells(page);
    const wuhai = await Twin.load("wuhai-2021.xlsx", second);
    const expected = await wuhai.check();
    await page.getByRole("button", { name: zhCN.checkButtonAria }).click();
    await waitForChecks(page, 1);
    await assertPaneMatches(page, expected.result, wbBaseline);
    await page.screenshot({ path: path.join(OUTPUT_DIR, "playground-wuhai.png") });
  });

  test("a local .xlsx opened with the file chooser is read in the browser and checked", async () => {
    await page.setInputFiles("[data-testid=file-input]", path.join(SAMPLES_DIR, "shenmu-2021.xlsx"));
    await page.waitForFunction(() => {
      const pg = (window as unknown as { __playground: PlaygroundGlobals }).__playground;
      return (
        pg.source === "shenmu-2021.xlsx" &&
        document.querySelector("[data-testid=playground]")?.getAttribute("data-ready") === "true"
      );
    });
    expect(await page.inputValue("[data-testid=sample-select]")).toBe("");
    const fresh = await Twin.load("shenmu-2021.xlsx");
    const expected = await fresh.check();
    const fileBaseline = await gridCells(page);
    await page.getByRole("button", { name: zhCN.checkButtonAria }).click();
    await waitForChecks(page, 1);
    await assertPaneMatches(page, expected.result, fileBaseline);
  });

  test("no request left localhost, and the page logged no errors", () => {
    expect(session.external).toEqual([]);
    expect(session.requests.length).toBeGreaterThan(0);
    expect(session.requests.every((u) => u.startsWith(server.url))).toBe(true);
    expect(consoleErrors).toEqual([]);
  });
});

describeBrowser("task pane page (taskpane.html, Office.js stubbed)", () => {
  let server: StaticServer;
  let session: BrowserSession;

  beforeAll(async () => {
    server = await serveDist(await buildForBrowserTests());
  }, 600_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  test("renders the pane after Office.onReady and registers the ribbon commands", async () => {
    const { OFFICE_JS_URL, OFFICE_STUB } = await import("./support");
    session = await launchBrowser({ stubs: { [OFFICE_JS_URL]: OFFICE_STUB } });
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole("button", { name: zhCN.checkButtonAria }).waitFor();
    const associated = await page.evaluate(
      () => (window as unknown as { __officeStub: { associated: string[] } }).__officeStub.associated,
    );
    expect(associated.sort()).toEqual(["checkActiveSheet", "checkAllSheets", "clearSheetMarks"]);
    // associated at module load, before Office.onReady called back (office-js #5176)
    const beforeReady = await page.evaluate(
      () => (window as unknown as { __officeStub: { associatedBeforeReady: string[] } }).__officeStub.associatedBeforeReady,
    );
    expect(beforeReady.sort()).toEqual(["checkActiveSheet", "checkAllSheets", "clearSheetMarks"]);
    expect(errors).toEqual([]);
    // office.js is the only thing the pane page loads from outside, and here it came from the stub.
    expect(session.external).toEqual([]);
    expect(session.requests.filter((u) => !u.startsWith(server.url))).toEqual([OFFICE_JS_URL]);
  });
});

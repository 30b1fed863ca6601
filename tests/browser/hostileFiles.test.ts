/**
 * Issue 18 / probe 3 D6, in the system Chromium: hostile files opened in the playground (generated here, nothing
 * binary committed). The file is read in a Web Worker with the CLI's bounds (src/demo/workbookWorker.ts), so the
 * page answers while it works; 取消 ends the worker and keeps the workbook shown before; a sheet the bounds scan
 * refused shows 未检查 (grid and pane, one sheet or all), never a pass; a zip bomb gets its own zh-CN reason.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import type { Page } from "playwright-core";
import type { StaticServer } from "../../src/demo/staticServer";
import { zhCN } from "../../src/taskpane/i18n";
import { deflateRepeated, miniXlsx } from "../fixtures/hostile/generate";
import { buildForBrowserTests, describeIfBrowser, launchBrowser, serveDist, type BrowserSession } from "./support";

const describeBrowser = describeIfBrowser();
jest.setTimeout(180_000);

const SHEET_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** `times` × 10,000 copies of <c r="A1"> in one row (≈ 0.22 MB of XML per unit, a few hundred bytes on disk). */
function repeatedCells(times: number) {
  return deflateRepeated(
    `<?xml version="1.0" encoding="UTF-8"?><worksheet ${SHEET_NS}><sheetData><row r="1">`,
    Buffer.from('<c r="A1"><v>1</v></c>'.repeat(10_000)),
    times,
    "</row></sheetData></worksheet>",
  );
}

interface Files {
  mergeBomb: string;
  lyingZipBomb: string;
  repeated: string;
  slow: string;
  truncated: string;
}

function writeFiles(dir: string): Files {
  const put = (name: string, data: Buffer) => {
    const file = path.join(dir, name);
    writeFileSync(file, data);
    return file;
  };
  const bombPart = deflateRepeated(
    `<?xml version="1.0" encoding="UTF-8"?><worksheet ${SHEET_NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>`,
    Buffer.alloc(1 << 20, 0x41),
    150,
    "</t></is></c></row></sheetData></worksheet>",
  );
  const repeated = repeatedCells(120); // 26 MB of XML: refused (1.2 million cells)
  const slow = repeatedCells(430); // 95 MB of XML per sheet, three sheets (285 MB: just under the 300 MB cap): seconds of scanning
  const good = miniXlsx([{ name: "表", cells: { A1: "项目名称", B1: "甲" } }]);
  return {
    mergeBomb: put(
      "merge-bomb.xlsx",
      miniXlsx([
        {
          name: "S",
          cells: { A1: "项目名称", B1: "x" },
          tail: '<mergeCells count="1"><mergeCell ref="A2:XFD1048576"/></mergeCells>',
        },
      ]),
    ),
    lyingZipBomb: put(
      "zip-bomb-lying.xlsx",
      miniXlsx(
        [{ name: "炸弹", cells: {} }],
        [{ name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(0), deflated: bombPart, declaredSize: 1000 }],
      ),
    ),
    repeated: put(
      "repeated-cells.xlsx",
      miniXlsx(
        [
          { name: "重复", cells: {} },
          { name: "正常", cells: { A1: "说明" } },
        ],
        [{ name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(0), deflated: repeated }],
      ),
    ),
    slow: put(
      "slow-3x95mb.xlsx",
      miniXlsx(
        [1, 2, 3].map((i) => ({ name: `S${i}`, cells: {} })),
        [1, 2, 3].map((i) => ({ name: `xl/worksheets/sheet${i}.xml`, data: Buffer.alloc(0), deflated: slow })),
      ),
    ),
    truncated: put("truncated.xlsx", good.subarray(0, Math.floor(good.length / 2))),
  };
}

/** Starts a heartbeat in the page: the longest gap between 50 ms ticks is how long the page could not answer. */
async function startHeartbeat(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __beat?: { max: number; last: number; timer: number } };
    if (w.__beat) clearInterval(w.__beat.timer);
    const beat = { max: 0, last: performance.now(), timer: 0 };
    beat.timer = window.setInterval(() => {
      const now = performance.now();
      beat.max = Math.max(beat.max, now - beat.last);
      beat.last = now;
    }, 50);
    w.__beat = beat;
  });
}

const maxGap = (page: Page) => page.evaluate(() => Math.round((window as unknown as { __beat: { max: number } }).__beat.max));

/** Time of one evaluate round trip (ms): the page's main thread answering. */
async function roundTrip(page: Page): Promise<number> {
  const t = Date.now();
  await page.evaluate(() => document.title.length);
  return Date.now() - t;
}

/** Waits until the file is open (grid shown) or refused (alert); returns the slowest round trip meanwhile. */
async function openAndWatch(
  page: Page,
  file: string,
  timeout = 90_000,
): Promise<{ outcome: "ready" | "error"; slowest: number }> {
  await page.setInputFiles("[data-testid=file-input]", file);
  const name = path.basename(file);
  const until = Date.now() + timeout;
  let slowest = 0;
  for (;;) {
    slowest = Math.max(slowest, await roundTrip(page));
    const state = await page.evaluate((n) => {
      const pg = document.querySelector("[data-testid=playground]");
      if (document.querySelector(".grid-scroll [role=alert]")) return "error";
      const source = (window as unknown as { __playground: { source?: string } }).__playground.source;
      return pg?.getAttribute("data-ready") === "true" && source === n && document.querySelector("[data-testid=sheet-grid]")
        ? "ready"
        : "loading";
    }, name);
    if (state !== "loading") return { outcome: state, slowest };
    if (Date.now() > until) throw new Error(`${name}: still opening after ${timeout} ms`);
    await page.waitForTimeout(200);
  }
}

describeBrowser("hostile files in the playground: a Web Worker, 取消, 未检查", () => {
  let server: StaticServer;
  let session: BrowserSession;
  let page: Page;
  let dir: string;
  let files: Files;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "jxcheck-hostile-browser-"));
    files = writeFiles(dir);
    server = await serveDist(await buildForBrowserTests());
    session = await launchBrowser();
    page = await session.context.newPage();
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(`${server.url}/demo.html`);
    await page.waitForSelector("[data-testid=playground][data-ready=true]");
  }, 600_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("a slow file: the page answers while the worker reads it, and 取消 ends the worker and keeps the sample", async () => {
    await startHeartbeat(page);
    const started = page.waitForEvent("worker");
    await page.setInputFiles("[data-testid=file-input]", files.slow);
    await page.waitForSelector("[data-testid=opening]");
    const worker = await started;
    expect(worker.url()).toMatch(/\/workbook-worker\.js$/);
    const closed = new Promise<void>((resolve) => worker.on("close", () => resolve()));
    // A second into the reading: round trips and the page's own timers stay short. (The bounds scan got fast enough
    // that the three 95 MB sheets — the most the zip caps let through — are read in about 3 s on a fast machine: the
    // cancel must come before that. 2026-12-07: ten round trips 300 ms apart ran past the end of the reading.)
    const trips: number[] = [];
    for (let i = 0; i < 4; i++) {
      trips.push(await roundTrip(page));
      await page.waitForTimeout(250);
    }
    expect(await page.isVisible("[data-testid=opening]")).toBe(true);
    expect(Math.max(...trips)).toBeLessThan(1000);
    expect(await maxGap(page)).toBeLessThan(1000);
    const t = Date.now();
    await page.getByRole("button", { name: "取消打开这个工作簿" }).click();
    await closed;
    const note = await page.waitForSelector("[data-testid=open-cancelled]");
    expect(Date.now() - t).toBeLessThan(5000);
    expect(await note.textContent()).toBe("已取消打开“slow-3x95mb.xlsx”，仍显示“shenmu-2021.xlsx”。");
    await page.waitForSelector("[data-testid=playground][data-ready=true] [data-testid=sheet-grid]");
    expect(page.workers()).toHaveLength(0);
    // The sample is still there and can be checked.
    await page.getByRole("button", { name: zhCN.checkButtonAria }).click();
    await page.waitForSelector("[data-testid=finding]");
  });

  test("the merge bomb opens in seconds with the page responsive (the far merge ignored)", async () => {
    await startHeartbeat(page);
    const r = await openAndWatch(page, files.mergeBomb);
    expect(r.outcome).toBe("ready");
    expect(r.slowest).toBeLessThan(1500);
    expect(await page.textContent("[data-testid=sheet-grid]")).toContain("项目名称");
    expect(await page.isVisible("[data-testid=sheet-not-read]")).toBe(false);
    expect(page.workers()).toHaveLength(0);
  });

  test("a zip bomb whose headers lie about its size is refused as a zip bomb, the page responsive", async () => {
    await startHeartbeat(page);
    const r = await openAndWatch(page, files.lyingZipBomb);
    expect(r.outcome).toBe("error");
    expect(r.slowest).toBeLessThan(1500);
    expect(await page.textContent(".grid-scroll [role=alert]")).toBe(
      "无法加载工作簿：无法读取文件：解压后过大，可能是“压缩炸弹”，已拒绝",
    );
    expect(await maxGap(page)).toBeLessThan(1500);
    // The pane answers with the same reason.
    await page.getByRole("button", { name: zhCN.checkButtonAria }).click();
    await page.waitForSelector("text=没有可检查的工作簿：无法读取文件：解压后过大");
  });

  test("a truncated file gets the plain zh-CN reason", async () => {
    const r = await openAndWatch(page, files.truncated);
    expect(r.outcome).toBe("error");
    expect(await page.textContent(".grid-scroll [role=alert]")).toContain("文件可能已损坏");
  });

  test("a sheet refused as too large shows 未检查 in the grid, the pane and 检查全部工作表 — never a pass", async () => {
    await startHeartbeat(page);
    const r = await openAndWatch(page, files.repeated);
    expect(r.outcome).toBe("ready");
    expect(r.slowest).toBeLessThan(1500);
    expect(await page.textContent("[data-testid=sheet-not-read]")).toMatch(
      /^此工作表没有读取，也没有检查（不能视为通过）：太大，未检查：工作表有超过 1,000,000 个单元格/,
    );
    await page.getByRole("button", { name: zhCN.checkButtonAria }).click();
    const bar = await page.waitForSelector("[data-testid=not-checked]");
    expect(await bar.textContent()).toMatch(/^未检查当前工作表没有检查，不能视为通过：太大，未检查/);
    expect(await page.isVisible("[data-testid=no-findings]")).toBe(false);
    await page.getByRole("button", { name: zhCN.checkAllButton, exact: true }).click();
    const summary = await page.waitForSelector("[data-testid=workbook-summary]");
    expect(await summary.textContent()).toMatch(/^已检查 1\/2 张工作表：.*；1 张未检查。$/);
    expect(await page.textContent('[data-testid=workbook-sheet][data-sheet="重复"]')).toContain("未检查");
  });

  test("no page errors", () => {
    expect(pageErrors).toEqual([]);
  });
});

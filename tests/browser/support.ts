/**
 * Shared helpers for the browser suite and the pane measurement (not a test file):
 * building the bundles once, serving them on a free localhost port, launching the system
 * Chromium with a throw-away profile, and recording every request a page makes.
 */
import { existsSync, mkdtempSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { chromium, type BrowserContext, type Request } from "playwright-core";
import { REPO_ROOT, ensureBuilt } from "../../src/demo/build";
import { startStaticServer, type StaticServer } from "../../src/demo/staticServer";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
/** Where the browser suite builds (kept apart from dist/ so `npm run build` can run alongside). */
export const BROWSER_DIST = path.join(REPO_ROOT, ".tmp", "browser-dist");
export const OUTPUT_DIR = path.join(REPO_ROOT, "tests", "output");

/**
 * Whether the suite can run. Without Chromium it is skipped locally (with a message) but must
 * run — and fail loudly — in CI.
 */
export function browserAvailability(): { run: boolean; reason?: string } {
  if (existsSync(CHROMIUM_PATH)) return { run: true };
  if (process.env.CI) return { run: true, reason: `CI: ${CHROMIUM_PATH} is missing; the browser suite will fail.` };
  return {
    run: false,
    reason: `Browser tests skipped: ${CHROMIUM_PATH} not found (install it with "apt-get install -y chromium", or set CHROMIUM_PATH). In CI (CI=1) they run and fail instead.`,
  };
}

/** describe, or describe.skip with a message on stderr (jest hides console output of skipped suites). */
export function describeIfBrowser(): jest.Describe {
  const a = browserAvailability();
  if (a.run) return describe;
  process.stderr.write(`\n${a.reason}\n\n`);
  return describe.skip;
}

export async function buildForBrowserTests(): Promise<string> {
  const r = await ensureBuilt({ outDir: BROWSER_DIST, mode: "production", sourceMaps: false });
  return r.outDir;
}

export interface BrowserSession {
  context: BrowserContext;
  /** Every URL requested by any page of the context (routed through the recorder). */
  requests: string[];
  /** Requests to hosts other than localhost/127.0.0.1 (blocked and recorded). */
  external: string[];
  close(): Promise<void>;
}

export function isLocalUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === "data:" || u.protocol === "blob:" || u.protocol === "about:") return true;
  return u.hostname === "127.0.0.1" || u.hostname === "localhost" || u.hostname === "[::1]";
}

export interface LaunchOptions {
  locale?: string;
  viewport?: { width: number; height: number };
  /** URL → script body to answer instead of fetching (e.g. a stub for Office.js). */
  stubs?: Record<string, string>;
}

/** Chromium with a fresh temporary profile; non-local requests are aborted and recorded. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<BrowserSession> {
  const profile = mkdtempSync(path.join(os.tmpdir(), "jxcheck-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    locale: options.locale ?? "zh-CN",
    viewport: options.viewport ?? { width: 1400, height: 900 },
    serviceWorkers: "block",
  });
  const requests: string[] = [];
  const external: string[] = [];
  const stubs = options.stubs ?? {};
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    requests.push(url);
    if (Object.prototype.hasOwnProperty.call(stubs, url)) {
      await route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: stubs[url] });
      return;
    }
    if (!isLocalUrl(url)) {
      external.push(url);
      await route.abort("blockedbyclient");
      return;
    }
    await route.continue();
  });
  // Belt and braces: requests that bypass routing (there should be none) still get recorded.
  context.on("request", (req: Request) => {
    const url = req.url();
    if (!isLocalUrl(url) && !Object.prototype.hasOwnProperty.call(stubs, url) && !external.includes(url)) external.push(url);
  });
  return {
    context,
    requests,
    external,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function serveDist(root: string): Promise<StaticServer> {
  return startStaticServer({ root, port: 0, host: "127.0.0.1" });
}

/**
 * Stands in for https://appsforoffice.microsoft.com/…/office.js when loading taskpane.html in a
 * plain browser: Office.onReady resolves at once as Excel; Excel.run is never reached by the first
 * render. Records ribbon action registrations in window.__officeStub.
 */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const OFFICE_STUB = `
window.__officeStub = { associated: [], associatedBeforeReady: [], readyCalled: false };
window.Office = {
  HostType: { Excel: "Excel" },
  context: {
    displayLanguage: "zh-CN",
    officeTheme: { bodyBackgroundColor: "#ffffff" },
    requirements: { isSetSupported: function () { return true; } }
  },
  actions: { associate: function (id) {
    window.__officeStub.associated.push(id);
    if (!window.__officeStub.readyCalled) window.__officeStub.associatedBeforeReady.push(id);
  } },
  onReady: function (cb) {
    var info = { host: "Excel", platform: "OfficeOnline" };
    setTimeout(function () { window.__officeStub.readyCalled = true; cb && cb(info); }, 0);
    return Promise.resolve(info);
  }
};
window.Excel = { run: function () { return Promise.reject(new Error("Excel.run is not available in the stub")); } };
`;

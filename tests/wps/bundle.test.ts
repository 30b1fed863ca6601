/**
 * npm run build:wps: the add-in folder WPS loads, the offline package and the IT files; the bundles contain no API
 * missing in WPS's embedded Chromium and no syntax newer than ES2017 (regular expressions: ES2018); the packaged
 * ribbon page really runs a check on the fake ET and main.js opens the pane with Application.CreateTaskPane.
 * Builds once into a temporary folder (webpack production build: slow, ~1–3 min).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import vm from "node:vm";
import * as acorn from "acorn";
import { buildWps, sevenZipForTests } from "../../scripts/buildWps";
import { etInventory } from "../../src/wpsFake/fakeEt";
import { loadFakeEtFromXlsx } from "../../src/wpsFake/loadFromXlsx";
import { SAMPLES } from "./helpers";

jest.setTimeout(900_000);

const VERSION = (JSON.parse(fs.readFileSync(path.join(__dirname, "../../package.json"), "utf8")) as { version: string }).version;
let out: string;
let folder: string;
let archive: string | null;

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), "jx-wps-"));
  ({ folder, archive } = await buildWps({ out, log: () => undefined, offlineUrl: "file:///D:/软件/jxcheck.7z" }));
});
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

const read = (f: string) => fs.readFileSync(path.join(folder, f), "utf8");
const bundles = () => fs.readdirSync(folder).filter((f) => f.endsWith(".js") && f !== "main.js");

/** APIs WPS's browser lacks or breaks on (docs/wps.md: pi-for-excel #620, wpsjs 1.4.10 changelog). */
const MISSING_IN_WPS = ["crypto.randomUUID", "randomUUID", "toLocaleTimeString", "toLocaleDateString"];

describe("npm run build:wps", () => {
  it("writes the WPS 加载项 folder jxcheck_<version> with WPS's manifest, ribbon, pages and bundles", () => {
    expect(path.basename(folder)).toBe(`jxcheck_${VERSION}`);
    for (const f of ["manifest.xml", "ribbon.xml", "index.html", "main.js", "taskpane.html", "images/icon-32.png"]) {
      expect(fs.existsSync(path.join(folder, f))).toBe(true);
    }
    expect(read("manifest.xml")).toMatch(
      /^<JsPlugin>[\s\S]*<ApiVersion>1\.0\.0<\/ApiVersion>[\s\S]*<Name>jxcheck<\/Name>[\s\S]*<\/JsPlugin>\s*$/,
    );
    const ribbon = read("ribbon.xml");
    expect(ribbon.startsWith("<?xml")).toBe(false);
    const labels = [...ribbon.matchAll(/<button id="(\w+)" label="([^"]+)"/g)].map((m) => m[2]);
    expect(labels).toEqual(["检查工作表", "检查全部工作表", "清除标记", "打开任务窗格"]);
    for (const cb of new Set([...ribbon.matchAll(/(?:onLoad|onAction|getImage)="(\w+)"/g)].map((m) => m[1]))) {
      expect(read("main.js")).toContain(`window.${cb} = `);
    }
    const index = read("index.html");
    const scripts = [...index.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toEqual([expect.stringMatching(/^ribbon\.[0-9a-f]{8}\.js$/), "main.js"]);
    expect(read("main.js")).toContain("CreateTaskPane(paneUrl(), TITLE)");
    expect(read("taskpane.html")).toMatch(/<script[^>]+src="taskpane\.[0-9a-f]{8}\.js"/);
    expect(read("taskpane.html")).not.toContain("appsforoffice"); // no Office.js: WPS does not run it, offline has no network
  });

  it("the bundles contain none of the APIs missing in WPS's browser and parse as ES2017 syntax (+ ES2018 regular expressions)", () => {
    expect(bundles().length).toBe(2);
    for (const f of [...bundles(), "main.js"]) {
      const code = read(f);
      for (const api of MISSING_IN_WPS) expect({ f, api, found: code.includes(api) }).toEqual({ f, api, found: false });
      // ES2018 adds only regex features and object rest/spread / async iteration (brought down by the build); ?. ?? and
      // class fields (ES2020+) fail here.
      expect(() => acorn.parse(code, { ecmaVersion: 2018, sourceType: "script" })).not.toThrow();
    }
  });

  it("writes the offline package and the files for IT-managed and personal installs", () => {
    expect(fs.readFileSync(path.join(out, "jsplugins.xml"), "utf8")).toBe(
      `<jsplugins>\n  <jsplugin name="jxcheck" type="et" url="file:///D:/软件/jxcheck.7z" version="${VERSION}"/>\n</jsplugins>\n`,
    );
    expect(fs.readFileSync(path.join(out, "jsplugins.online.xml"), "utf8")).toContain(
      '<jspluginonline name="jxcheck" type="et" url="',
    );
    expect(fs.readFileSync(path.join(out, "publish.xml"), "utf8")).toContain(
      `url="jxcheck_${VERSION}" version="${VERSION}" enable="enable_dev"`,
    );
    expect(fs.readFileSync(path.join(out, "publish.linux.xml"), "utf8")).toContain('enable="enable"');
    const bin = sevenZipForTests();
    if (!bin) return; // no 7-Zip on this machine: the build said so and wrote no archive
    expect(archive).not.toBeNull();
    const listing = execFileSync(bin, ["l", archive!], { encoding: "utf8" });
    expect(listing).toContain(`jxcheck_${VERSION}${path.sep}manifest.xml`);
    expect(listing).toContain(`jxcheck_${VERSION}${path.sep}taskpane.html`);
  });

  it("the packaged ribbon page runs 检查工作表 on the fake ET and main.js opens the pane", async () => {
    const fake = await loadFakeEtFromXlsx(SAMPLES.shenmu);
    const alerts: string[] = [];
    const page: Record<string, unknown> = {
      Application: fake.Application,
      location: { href: "file:///home/u/.local/share/Kingsoft/wps/jsaddons/jxcheck_0/index.html" },
      alert: (m: string) => void alerts.push(m),
      console,
      setTimeout,
      clearTimeout,
      setInterval,
      clearInterval,
    };
    page.window = page;
    const context = vm.createContext(page);
    for (const f of [bundles().find((b) => b.startsWith("ribbon."))!, "main.js"])
      vm.runInContext(read(f), context, { filename: f });
    const call = (fn: string, ...args: unknown[]) => vm.runInContext(`${fn}`, context)(...args);
    expect(call("OnAddinLoad", {})).toBe(true);
    expect(call("GetImage", { Id: "jxCheckSheet" })).toBe("images/icon-32.png");
    const sheet = fake.app.workbook.active!.name;
    expect(call("OnAction", { Id: "jxCheckSheet" })).toBe(true); // returns at once; the check finishes after
    for (let i = 0; i < 50 && fake.app.taskPanes.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(alerts).toEqual([]);
    expect(etInventory(fake.app, sheet).formats.filter((f) => f.formula.includes("绩效表检查")).length).toBeGreaterThan(0);
    expect(fake.app.taskPanes).toEqual([
      {
        id: 1,
        url: "file:///home/u/.local/share/Kingsoft/wps/jsaddons/jxcheck_0/taskpane.html",
        title: "绩效表检查",
        visible: true,
      },
    ]);
    expect(String(fake.app.pluginStorage.get("jxcheck.ribbonNotice"))).toContain("检查完成");
    call("OnAction", { Id: "jxTogglePane" });
    expect(fake.app.taskPanes[0].visible).toBe(false);
    call("OnAction", { Id: "jxClear" });
    for (let i = 0; i < 50 && etInventory(fake.app, sheet).formats.length > 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(etInventory(fake.app, sheet).formats).toEqual([]);
  });
});

/**
 * Offline validation of manifest.xml (no network: `office-addin-manifest validate` needs one).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { kids, localName, only, parseXml, walk, type XmlElement } from "./xml";

const ROOT = path.join(__dirname, "../..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const BASE_URL = "https://localhost:3000/";

const source = fs.readFileSync(MANIFEST, "utf8");
const root = parseXml(source);
const all = walk(root);
const byLocal = (name: string) => all.filter((e) => localName(e) === name);
const versionOverrides = only(root, "VersionOverrides");
const resources = only(versionOverrides, "Resources");

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";
const RESOURCE_KINDS: ResourceKind[] = ["Images", "Urls", "ShortStrings", "LongStrings"];

/** id → { kind, element } for every resource. */
function resourceTable(): Map<string, { kind: ResourceKind; el: XmlElement }> {
  const table = new Map<string, { kind: ResourceKind; el: XmlElement }>();
  for (const kind of RESOURCE_KINDS) {
    for (const group of kids(resources, kind)) {
      for (const el of group.children) {
        const id = el.attrs.id;
        if (!id) throw new Error(`resource without id at line ${el.line}`);
        if (table.has(id)) throw new Error(`duplicate resource id ${id}`);
        table.set(id, { kind, el });
      }
    }
  }
  return table;
}

/** Which resource kind a resid must point at, by the element that carries it. */
function expectedKind(el: XmlElement, parent: XmlElement | undefined): ResourceKind {
  const name = localName(el);
  if (name === "Image") return "Images";
  if (["SourceLocation", "Runtime", "FunctionFile", "LearnMoreUrl"].includes(name)) return "Urls";
  if (name === "Label" || name === "Title") return "ShortStrings";
  if (name === "Description") return "LongStrings";
  throw new Error(`unexpected resid on <${el.name}> (parent <${parent?.name}>) line ${el.line}`);
}

function parentOf(target: XmlElement): XmlElement | undefined {
  return all.find((e) => e.children.includes(target));
}

function strings(kind: "ShortStrings" | "LongStrings"): { id: string; values: string[] }[] {
  return kids(resources, kind).flatMap((g) =>
    g.children.map((s) => ({ id: s.attrs.id, values: [s.attrs.DefaultValue, ...kids(s, "Override").map((o) => o.attrs.Value)] })),
  );
}

function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!buf.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  if (buf.toString("ascii", 12, 16) !== "IHDR") throw new Error(`${file}: first chunk is not IHDR`);
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** https://localhost:3000/assets/icon-16.png → <repo>/assets/icon-16.png */
function localFileFor(url: string): string {
  return path.join(ROOT, decodeURI(url.slice(BASE_URL.length)));
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx|js)$/.test(d.name) ? [p] : [];
  });
}

describe("manifest.xml", () => {
  describe("parseXml", () => {
    it("parses the manifest as well-formed XML with the OfficeApp root", () => {
      expect(localName(root)).toBe("OfficeApp");
      expect(root.attrs["xsi:type"]).toBe("TaskPaneApp");
      expect(root.attrs.xmlns).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    });

    it("rejects malformed XML (the parser is strict)", () => {
      expect(() => parseXml("<a><b></a>")).toThrow(/does not close/);
      expect(() => parseXml('<a x="1" x="2"/>')).toThrow(/duplicate/);
      expect(() => parseXml("<a>&nope;</a>")).toThrow(/entity/);
      expect(() => parseXml("<a>")).toThrow(/unclosed/);
    });
  });

  describe("OfficeApp", () => {
    it("has its elements in the order the schema requires", () => {
      const order = [
        "Id",
        "AlternateId",
        "Version",
        "ProviderName",
        "DefaultLocale",
        "DisplayName",
        "Description",
        "IconUrl",
        "HighResolutionIconUrl",
        "SupportUrl",
        "AppDomains",
        "Hosts",
        "Requirements",
        "DefaultSettings",
        "Permissions",
        "VersionOverrides",
      ];
      const seen = root.children.map(localName);
      const positions = seen.map((n) => order.indexOf(n));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    });

    it("has a GUID id, version 1.0.0.0, a provider and zh-CN as the default locale", () => {
      expect(only(root, "Id").text.trim()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
      expect(only(root, "Id").text.trim()).not.toBe("00000000-0000-0000-0000-000000000000");
      expect(only(root, "Version").text.trim()).toBe("1.0.0.0");
      expect(only(root, "ProviderName").text.trim()).not.toBe("");
      expect(only(root, "DefaultLocale").text.trim()).toBe("zh-CN");
    });

    it("overrides DisplayName and Description for en-US, within Office's length limits", () => {
      for (const [name, limit] of [
        ["DisplayName", 125],
        ["Description", 250],
      ] as const) {
        const el = only(root, name);
        const overrides = kids(el, "Override");
        expect(overrides.map((o) => o.attrs.Locale)).toEqual(["en-US"]);
        for (const v of [el.attrs.DefaultValue, ...overrides.map((o) => o.attrs.Value)]) {
          expect(v.trim().length).toBeGreaterThan(0);
          expect(v.length).toBeLessThanOrEqual(limit);
        }
      }
      expect(only(root, "DisplayName").attrs.DefaultValue).toBe("绩效表检查");
    });

    it("is a Workbook add-in with ReadWriteDocument, the task pane page, and requires ExcelApi 1.7 + SharedRuntime 1.1", () => {
      expect(kids(only(root, "Hosts"), "Host").map((h) => h.attrs.Name)).toEqual(["Workbook"]);
      expect(only(root, "Permissions").text.trim()).toBe("ReadWriteDocument");
      expect(only(only(root, "DefaultSettings"), "SourceLocation").attrs.DefaultValue).toBe(`${BASE_URL}taskpane.html`);
      const sets = only(only(root, "Requirements"), "Sets");
      // SharedRuntime 1.1: asked for by "Configure your Office Add-in to use a shared runtime" (add-in only manifest).
      expect(kids(sets, "Set").map((s) => [s.attrs.Name, s.attrs.MinVersion])).toEqual([
        ["ExcelApi", "1.7"],
        ["SharedRuntime", "1.1"],
      ]);
      expect(kids(root, "Requirements")).toHaveLength(1);
      expect(byLocal("Requirements")).toHaveLength(1); // none inside VersionOverrides either
    });

    it("makes the official parser (office-addin-manifest, offline) read the same id, name and locale", () => {
      // In a child process: the package pulls in ES modules that jest's CommonJS runtime cannot load.
      const script =
        "require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1])" +
        ".then((i) => process.stdout.write(JSON.stringify(i)), (e) => { console.error(e); process.exit(1); })";
      const info = JSON.parse(
        execFileSync(process.execPath, ["-e", script, MANIFEST], { cwd: ROOT, encoding: "utf8" }),
      ) as Record<string, unknown>;
      expect(info.id).toBe(only(root, "Id").text.trim());
      expect(info.displayName).toBe("绩效表检查");
      expect(info.defaultLocale).toBe("zh-CN");
      expect(info.version).toBe("1.0.0.0");
      expect(info.hosts).toEqual(["Workbook"]);
      expect(info.permissions).toBe("ReadWriteDocument");
    });
  });

  describe("VersionOverrides", () => {
    const host = only(only(versionOverrides, "Hosts"), "Host");
    const desktop = only(host, "DesktopFormFactor");
    const table = resourceTable();
    const url = (resid: string) => table.get(resid)?.el.attrs.DefaultValue;

    it("is V1_0 with a long-lived shared runtime on taskpane.html, also used as the function file", () => {
      expect(versionOverrides.attrs["xsi:type"]).toBe("VersionOverridesV1_0");
      expect(host.attrs["xsi:type"]).toBe("Workbook");
      expect(localName(host.children[0])).toBe("Runtimes");
      const runtime = only(only(host, "Runtimes"), "Runtime");
      expect(runtime.attrs.lifetime).toBe("long");
      expect(url(runtime.attrs.resid)).toBe(`${BASE_URL}taskpane.html`);
      expect(only(desktop, "FunctionFile").attrs.resid).toBe(runtime.attrs.resid);
      for (const show of byLocal("Action").filter((a) => a.attrs["xsi:type"] === "ShowTaskpane")) {
        expect(only(show, "SourceLocation").attrs.resid).toBe(runtime.attrs.resid);
      }
    });

    it("follows the shared-runtime rules: one runtime, Runtimes first in the host, one task pane and no TaskpaneId", () => {
      // "Configure your Office Add-in to use a shared runtime": <Runtimes> right after <Host>; every place uses the same
      // resid (Taskpane.Url) or the shared runtime won't load.
      expect(byLocal("Runtimes")).toHaveLength(1);
      expect(byLocal("Runtime")).toHaveLength(1);
      const runtime = only(only(host, "Runtimes"), "Runtime");
      expect(runtime.attrs.resid).toBe("Taskpane.Url");
      const shows = byLocal("Action").filter((a) => a.attrs["xsi:type"] === "ShowTaskpane");
      expect(shows).toHaveLength(1);
      // The current article (ms.date 07/30/2026, "Good practice: avoid multiple task panes"; OfficeDev/office-js-docs-pr
      // commit fc7423ee6, PR #5846): "Add-in only manifest: In the ancestor <Host> element that has a descendant
      // <Runtime> element that is set to a long lifetime, none of the descendant <Action> elements should have a
      // <TaskpaneID> child element." The element is optional in the Action reference, so the manifest stays valid.
      expect(runtime.attrs.lifetime).toBe("long");
      expect(byLocal("TaskpaneId")).toHaveLength(0);
      expect(all.filter((e) => localName(e).toLowerCase() === "taskpaneid")).toHaveLength(0);
      const urlResids = all
        .filter((e) => ["SourceLocation", "FunctionFile", "Runtime"].includes(localName(e)) && e.attrs.resid)
        .map((e) => e.attrs.resid);
      expect(new Set(urlResids)).toEqual(new Set(["Taskpane.Url"]));
    });

    it("adds the group 绩效表 to the Home tab with 检查工作表, 检查全部工作表, 检查面板 and 清除标记", () => {
      const tab = only(only(desktop, "ExtensionPoint"), "OfficeTab");
      expect(tab.attrs.id).toBe("TabHome");
      const group = only(tab, "Group");
      const label = (el: XmlElement) => table.get(only(el, "Label").attrs.resid)!.el.attrs.DefaultValue;
      expect(label(group)).toBe("绩效表");
      const controls = kids(group, "Control").map((c) => {
        const action = only(c, "Action");
        return [label(c), action.attrs["xsi:type"], kids(action, "FunctionName")[0]?.text.trim() ?? null];
      });
      expect(controls).toEqual([
        ["检查工作表", "ExecuteFunction", "checkActiveSheet"],
        ["检查全部工作表", "ExecuteFunction", "checkAllSheets"],
        ["检查面板", "ShowTaskpane", null],
        ["清除标记", "ExecuteFunction", "clearSheetMarks"],
      ]);
      const ids = all.filter((e) => ["Group", "Control"].includes(localName(e))).map((e) => e.attrs.id);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it("resolves every resid to a defined resource of the right kind", () => {
      const users = all.filter((e) => e.attrs.resid !== undefined);
      expect(users.length).toBeGreaterThan(10);
      for (const el of users) {
        const entry = table.get(el.attrs.resid);
        expect({ resid: el.attrs.resid, line: el.line, found: entry?.kind }).toEqual({
          resid: el.attrs.resid,
          line: el.line,
          found: expectedKind(el, parentOf(el)),
        });
      }
    });

    it("keeps ShortStrings ≤ 125, LongStrings ≤ 250 and ribbon labels ≤ 32 characters, each with an en-US override", () => {
      for (const [kind, limit] of [
        ["ShortStrings", 125],
        ["LongStrings", 250],
      ] as const) {
        for (const s of strings(kind)) {
          for (const v of s.values) {
            expect({ id: s.id, ok: v.trim().length > 0 && v.length <= limit }).toEqual({ id: s.id, ok: true });
          }
        }
      }
      for (const group of kids(resources, "ShortStrings").concat(kids(resources, "LongStrings"))) {
        for (const s of group.children)
          expect({ id: s.attrs.id, locales: kids(s, "Override").map((o) => o.attrs.Locale) }).toEqual({
            id: s.attrs.id,
            locales: ["en-US"],
          });
      }
      const labelIds = new Set(byLocal("Label").map((l) => l.attrs.resid));
      for (const s of strings("ShortStrings").filter((x) => labelIds.has(x.id))) {
        for (const v of s.values) expect(v.length).toBeLessThanOrEqual(32);
      }
    });

    it("uses https://localhost:3000/ for every URL", () => {
      const urls: string[] = [];
      for (const el of all) {
        const n = localName(el);
        if (["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"].includes(n) && el.attrs.DefaultValue)
          urls.push(el.attrs.DefaultValue);
        if (n === "AppDomain") urls.push(el.text.trim());
      }
      for (const kind of ["Images", "Urls"] as const) {
        for (const g of kids(resources, kind))
          for (const r of g.children) urls.push(r.attrs.DefaultValue, ...kids(r, "Override").map((o) => o.attrs.Value));
      }
      // any other attribute holding a URL (namespace declarations are names, not addresses)
      for (const el of all) {
        for (const [k, v] of Object.entries(el.attrs)) if (!/^xmlns(:|$)/.test(k) && /^[a-z]+:\/\//i.test(v)) urls.push(v);
      }
      expect(urls.length).toBeGreaterThan(8);
      for (const u of urls) expect(u).toMatch(/^https:\/\/localhost:3000(\/|$)/);
    });

    it("points at icon files that exist with the declared pixel sizes", () => {
      const checked: string[] = [];
      for (const use of all.filter((e) => localName(e) === "Image" && e.attrs.size)) {
        const file = localFileFor(url(use.attrs.resid)!);
        const size = Number(use.attrs.size);
        expect({ file: path.relative(ROOT, file), ...pngSize(file) }).toEqual({
          file: path.relative(ROOT, file),
          width: size,
          height: size,
        });
        checked.push(file);
      }
      const iconUrl = only(root, "IconUrl").attrs.DefaultValue;
      const hiRes = only(root, "HighResolutionIconUrl").attrs.DefaultValue;
      expect(pngSize(localFileFor(iconUrl))).toEqual({ width: 32, height: 32 });
      expect(pngSize(localFileFor(hiRes))).toEqual({ width: 64, height: 64 });
      for (const n of [16, 32, 64, 80]) expect(pngSize(path.join(ROOT, `assets/icon-${n}.png`))).toEqual({ width: n, height: n });
      expect(new Set(checked).size).toBe(3);
    });

    it("registers every ExecuteFunction FunctionName with Office.actions.associate in src/", () => {
      const names = byLocal("FunctionName").map((f) => f.text.trim());
      expect(names).toEqual(["checkActiveSheet", "checkAllSheets", "clearSheetMarks"]);
      const code = sourceFiles(path.join(ROOT, "src")).map((f) => fs.readFileSync(f, "utf8"));
      for (const name of names) {
        const re = new RegExp(`\\.associate\\(\\s*["'\`]${name}["'\`]`);
        expect({ name, registered: code.some((c) => re.test(c)) }).toEqual({ name, registered: true });
      }
    });
  });
});

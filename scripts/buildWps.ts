/**
 * npm run build:wps — the WPS 加载项 (see docs/wps.md):
 *
 *   dist-wps/jxcheck_<version>/   the add-in folder (manifest.xml, ribbon.xml, index.html, main.js, taskpane.html, bundles)
 *   dist-wps/jxcheck.7z           offline package: that folder, 7z as WPS's offline jsplugins entries and wpsjs build use
 *   dist-wps/jsplugins.xml        for IT: offline entry (file:// URL of jxcheck.7z)   — --offline-url=…
 *   dist-wps/jsplugins.online.xml for IT: online entry (the folder served over http)  — --online-url=…
 *   dist-wps/publish.xml          personal install: the entry for jsaddons/publish.xml (Windows enable_dev, Linux enable)
 *   dist-wps/安装说明.txt
 *
 * Options: --out=DIR (default dist-wps), --offline-url=URL, --online-url=URL, --no-7z (skip the archive).
 * The formats follow wpsjs@2.2.3 (src/lib/build.js CreatePublishXml, debug_xmlplugin.js) and the jsplugins.xml guide
 * cited in docs/wps.md; wpsjs itself is not used (its licence forbids modification; we only need these files).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import webpack from "webpack";

const ROOT = path.join(__dirname, "..");
export const ADDIN_NAME = "jxcheck";

function arg(name: string): string | undefined {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : undefined;
}

const xmlAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

export function jspluginsXml(kind: "offline" | "online", url: string, version: string): string {
  const entry =
    kind === "offline"
      ? `  <jsplugin name="${ADDIN_NAME}" type="et" url="${xmlAttr(url)}" version="${version}"/>`
      : `  <jspluginonline name="${ADDIN_NAME}" type="et" url="${xmlAttr(url)}"/>`;
  return `<jsplugins>\n${entry}\n</jsplugins>\n`;
}

export function publishXml(version: string, enable: "enable_dev" | "enable"): string {
  return `<jsplugins>\n  <jsplugin name="${ADDIN_NAME}" type="et" url="${ADDIN_NAME}_${version}" version="${version}" enable="${enable}" install="null" customDomain=""/>\n</jsplugins>\n`;
}

function runWebpack(outDir: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the config is CommonJS, as webpack.config.js
  const config = require(path.join(ROOT, "webpack.wps.config.js"))({ outDir });
  return new Promise((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString("errors-only")));
      resolve();
    }),
  );
}

/** 7za from the 7zip-bin devDependency (copied to a temp dir: npm does not always keep its executable bit), or PATH. */
function sevenZip(): string | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const bin = require("7zip-bin").path7za as string;
    const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "jx7z-")), path.basename(bin));
    fs.copyFileSync(bin, copy);
    fs.chmodSync(copy, 0o755);
    return copy;
  } catch {
    for (const name of ["7za", "7z"]) {
      try {
        execFileSync(name, ["i"], { stdio: "ignore" });
        return name;
      } catch {
        // not there
      }
    }
    return null;
  }
}

export interface BuildWpsOptions {
  out?: string;
  offlineUrl?: string;
  onlineUrl?: string;
  /** Write jxcheck.7z (default true). */
  archive?: boolean;
  log?: (line: string) => void;
}

/** Builds the add-in; returns the folder's path and the archive's (null when not made). */
export async function buildWps(options: BuildWpsOptions = {}): Promise<{ folder: string; archive: string | null }> {
  const log = options.log ?? ((line: string) => console.log(line));
  const version = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;
  const out = path.resolve(options.out ?? path.join(ROOT, "dist-wps"));
  const folder = `${ADDIN_NAME}_${version}`;
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  log(`构建 WPS 加载项 → ${path.join(out, folder)}`);
  await runWebpack(path.join(out, folder));

  const offlineUrl = options.offlineUrl ?? `file:///opt/${ADDIN_NAME}/${ADDIN_NAME}.7z`;
  const onlineUrl = options.onlineUrl ?? `http://内网服务器/${ADDIN_NAME}/${folder}/`;
  fs.writeFileSync(path.join(out, "jsplugins.xml"), jspluginsXml("offline", offlineUrl, version));
  fs.writeFileSync(path.join(out, "jsplugins.online.xml"), jspluginsXml("online", onlineUrl, version));
  fs.writeFileSync(path.join(out, "publish.xml"), publishXml(version, "enable_dev"));
  fs.writeFileSync(path.join(out, "publish.linux.xml"), publishXml(version, "enable"));
  fs.writeFileSync(
    path.join(out, "安装说明.txt"),
    [
      `绩效表检查 WPS 加载项 ${version}（详见项目 README“在 WPS 表格中使用”和 docs/wps-smoke-test.md）`,
      "",
      `个人安装：把文件夹 ${folder} 复制到 WPS 的 jsaddons 目录`,
      "  Windows: %APPDATA%\\kingsoft\\wps\\jsaddons    Linux: ~/.local/share/Kingsoft/wps/jsaddons",
      "  并把 publish.xml（Linux 用 publish.linux.xml）中的 <jsplugin …/> 一行加入该目录的 publish.xml（没有就直接复制为 publish.xml），重启 WPS 表格。",
      "",
      `单位统一部署（IT）：把 ${ADDIN_NAME}.7z 放到各机器可访问的位置，按实际路径修改 jsplugins.xml 的 url，`,
      "  在 WPS 的 oem.ini 中设置 [Support] JsApiPlugin=true 和 [Server] JSPluginsServer=<jsplugins.xml 的地址>。",
      "  有内网服务器时可改用 jsplugins.online.xml（url 指向服务器上的加载项文件夹，更新时替换文件即可）。",
      "",
    ].join("\r\n"),
  );

  let archive: string | null = null;
  if (options.archive !== false) {
    const bin = sevenZip();
    if (bin) {
      archive = path.join(out, `${ADDIN_NAME}.7z`);
      execFileSync(bin, ["a", "-t7z", "-bd", "-y", archive, folder], { cwd: out, stdio: "ignore" });
      log(`离线安装包 → ${archive}`);
    } else {
      log("未找到 7-Zip（7zip-bin 或 PATH 中的 7za），未生成离线安装包 jxcheck.7z。");
    }
  }
  log("完成。");
  return { folder: path.join(out, folder), archive };
}

/** 7za's path for listing an archive in tests (same lookup as the build). */
export const sevenZipForTests = sevenZip;

if (require.main === module) {
  buildWps({
    out: arg("out"),
    offlineUrl: arg("offline-url"),
    onlineUrl: arg("online-url"),
    archive: !process.argv.includes("--no-7z"),
  }).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}

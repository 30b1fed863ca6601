"use strict";
/**
 * One file for the compiled CLI: `npm run build:cli` compiles src/core + src/cli into dist/node (tsc), then this
 * script joins every module the CLI and its folder workers can reach into dist/node/jxcheck.bundle.js and saves
 * V8's code cache for it (dist/node/jxcheck.bundle.cache), made after checking the sample workbooks once.
 * bin/jxcheck.js runs the bundle with that cache (./loadBundle in bin): no module lookups (≈110 files found, read and
 * compiled one by one before) and most functions already compiled — a process's start-up, paid again by every
 * folder worker, costs much less. A cache V8 does not accept (another node version, other flags) is ignored.
 *   node scripts/bundleCli.cjs [--no-cache]
 * The bundle is a script whose value is a function (nodeRequire, bundleFile) → load(id); ids are paths under
 * dist/node ("cli/cli.js"). Only relative require("./…") calls are bundled; node: modules and packages (commander,
 * exceljs, zod) are required as usual, when first used.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const DIST = path.join(ROOT, "dist", "node");
const BUNDLE = path.join(DIST, "jxcheck.bundle.js");
const ENTRIES = ["cli/cli.js", "cli/checkWorker.js"];
const RELATIVE_REQUIRE = /\brequire\("(\.{1,2}\/[^"]*)"\)/g;
/**
 * Packages joined into the bundle too, so that the code cache covers them: plain CommonJS that every run loads.
 * commander (the argument parser, ~4,000 lines) took ≈20 ms of each start-up to find, read and compile.
 * Their ids are "node_modules/<name>/<file>"; their own relative requires ('./lib/x.js') are followed.
 */
const PACKAGES = ["commander"];
const PACKAGE_REQUIRE = new RegExp(`\\brequire\\("(${PACKAGES.join("|")})"\\)`, "g");
const PACKAGE_RELATIVE_REQUIRE = /\brequire\((["'])(\.{1,2}\/[^"']*)\1\)/g;

/** Where a bundled package's files are read from: its folder in node_modules. */
function packageDir(name) {
  const main = require.resolve(name, { paths: [ROOT] });
  const marker = `${path.sep}node_modules${path.sep}${name}${path.sep}`;
  return main.slice(0, main.lastIndexOf(marker) + marker.length - 1);
}

/** The bundled id of a package's main file ("node_modules/commander/index.js"). */
function packageMainId(name) {
  const main = require.resolve(name, { paths: [ROOT] });
  return path.posix.join("node_modules", name, path.relative(packageDir(name), main).split(path.sep).join("/"));
}

/** A bundled id → the file it is read from. */
function fileOf(id) {
  const m = /^node_modules\/([^/]+)\/(.*)$/.exec(id);
  return m ? path.join(packageDir(m[1]), ...m[2].split("/")) : path.join(DIST, id);
}

/** A relative require from module `fromId` → the bundled id it names. */
function resolveId(fromId, spec) {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(fromId), spec));
  for (const id of [base, `${base}.js`, `${base}/index.js`]) {
    const file = path.join(DIST, id);
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return id;
  }
  throw new Error(`bundleCli: ${fromId} requires ${spec}, not found under dist/node`);
}

function bundle() {
  const sources = new Map();
  const todo = [...ENTRIES];
  while (todo.length > 0) {
    const id = todo.pop();
    if (sources.has(id)) continue;
    let code = fs.readFileSync(fileOf(id), "utf8");
    if (id.startsWith("node_modules/")) {
      code = code.replace(PACKAGE_RELATIVE_REQUIRE, (_m, _q, spec) => {
        let target = path.posix.normalize(path.posix.join(path.posix.dirname(id), spec));
        if (!target.endsWith(".js")) target += ".js";
        if (!fs.existsSync(fileOf(target))) throw new Error(`bundleCli: ${id} requires ${spec}, not found`);
        todo.push(target);
        return `require(${JSON.stringify(target)})`;
      });
    } else {
      code = code.replace(RELATIVE_REQUIRE, (_m, spec) => {
        const target = resolveId(id, spec);
        todo.push(target);
        return `require(${JSON.stringify(target)})`;
      });
      code = code.replace(PACKAGE_REQUIRE, (_m, name) => {
        const target = packageMainId(name);
        todo.push(target);
        return `require(${JSON.stringify(target)})`;
      });
    }
    sources.set(id, code.replace(/\n\/\/# sourceMappingURL=.*\s*$/, "\n"));
  }
  const ids = [...sources.keys()].sort();
  const parts = [
    "(function (nodeRequire, bundleFile) {",
    '"use strict";',
    'const dir = nodeRequire("path").dirname(bundleFile);',
    "const defs = {",
  ];
  for (const id of ids) {
    parts.push(`${JSON.stringify(id)}: function (exports, require, module, __filename, __dirname) {\n${sources.get(id)}\n},`);
  }
  parts.push(
    "};",
    "const cache = Object.create(null);",
    "function load(id) {",
    "  const done = cache[id];",
    "  if (done) return done.exports;",
    "  const def = defs[id];",
    "  if (!def) return nodeRequire(id);",
    "  const module = { exports: {}, id };",
    "  cache[id] = module;",
    '  const file = dir + "/" + id;',
    '  def.call(module.exports, module.exports, load, module, file, file.slice(0, file.lastIndexOf("/")));',
    "  return module.exports;",
    "}",
    "return load;",
    "})",
  );
  // Written aside and renamed: a CLI started meanwhile reads the old bundle or the new one, never half of one.
  fs.writeFileSync(`${BUNDLE}.tmp`, `${parts.join("\n")}\n`);
  fs.renameSync(`${BUNDLE}.tmp`, BUNDLE);
  return ids.length;
}

/** Checks the sample workbooks once in a fresh process with `flags` and saves V8's code cache to `out`. */
function makeCache(out, flags, env) {
  fs.rmSync(out, { force: true }); // the old cache belongs to the old bundle
  const samples = ["shenmu-2021.xlsx", "wuhai-2021.xlsx"].map((f) => path.join(ROOT, "assets", "samples", f));
  const r = spawnSync(process.execPath, [...flags, path.join(ROOT, "bin", "jxcheck.js"), ...samples], {
    encoding: "utf8",
    env: { ...process.env, ...env, JXCHECK_MAKE_CODE_CACHE: out },
  });
  if (r.status === 0 && fs.existsSync(out)) return `${Math.round(fs.statSync(out).size / 1024)} KB`;
  return `none (${(r.stderr || `exit ${r.status}`).trim().split("\n")[0]})`;
}

const count = bundle();
let note = "";
if (!process.argv.includes("--no-cache")) {
  // The CLI runs without V8 flags; a folder worker with the heap limit the pool gives it, a light one also with
  // LIGHT_WORKER_FLAGS (src/cli/workerPool.ts).
  const { WORKER_HEAP_MB } = require(path.join(DIST, "cli", "checkFiles.js"));
  const { LIGHT_WORKER_FLAGS } = require(path.join(DIST, "cli", "workerPool.js"));
  const heap = `--max-old-space-size=${WORKER_HEAP_MB}`;
  const cli = makeCache(path.join(DIST, "jxcheck.bundle.cache"), [], {});
  const worker = makeCache(path.join(DIST, "jxcheck.bundle.worker.cache"), [heap], { JXCHECK_WORKER: "1" });
  const light = makeCache(path.join(DIST, "jxcheck.bundle.light.cache"), [heap, ...LIGHT_WORKER_FLAGS], {
    JXCHECK_WORKER: "light",
  });
  // The CLI of a folder of small workbooks and its worker threads: LIGHT_WORKER_FLAGS set at run time by
  // bin/jxcheck.js (role "cli-light"), no heap flag.
  const cliLight = makeCache(path.join(DIST, "jxcheck.bundle.cli-light.cache"), [], { JXCHECK_WORKER: "cli-light" });
  note = `, code cache ${cli} (CLI), ${worker} (workers), ${light} (light workers), ${cliLight} (light CLI and threads)`;
}
const size = Math.round(fs.statSync(BUNDLE).size / 1024);
process.stdout.write(`bundleCli: ${count} modules → ${path.relative(ROOT, BUNDLE)} (${size} KB)${note}\n`);

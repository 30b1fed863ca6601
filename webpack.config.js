/**
 * Bundles the Excel task pane (taskpane.html) and the browser playground (demo.html).
 *
 *   npm run build                      production build into dist/
 *   npm run dev-server                 https://localhost:3000 for sideloading (office-addin-dev-certs)
 *   webpack --env outDir=.tmp/x        build somewhere else (the browser tests do this)
 *
 * taskpane.html loads Office.js from Microsoft's CDN (the only way Office add-ins get it);
 * demo.html loads nothing that is not served by the local server.
 */
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
// webpack's own minimizer plugin (a dependency of webpack itself), configured explicitly only to
// skip exceljs' prebuilt bundle.
const MinimizerPlugin = require(
  require.resolve("minimizer-webpack-plugin", { paths: [path.dirname(require.resolve("webpack"))] }),
);

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const DEV_PORT = Number(process.env.npm_package_config_dev_server_port || process.env.DEV_SERVER_PORT || 3000);

/** Icons are optional (another part of the project adds them); copy whatever exists. */
function copyPatterns() {
  const patterns = [{ from: "assets/samples/*.xlsx", to: "samples/[name][ext]" }];
  if (fs.existsSync(path.join(__dirname, "assets", "icons"))) patterns.push({ from: "assets/icons", to: "assets/icons" });
  if (fs.existsSync(path.join(__dirname, "assets", "icon-16.png"))) {
    patterns.push({ from: "assets/*.png", to: "assets/[name][ext]" });
  }
  return patterns;
}

/** Where office-addin-dev-certs (a direct devDependency) keeps the localhost certificate, key and CA. */
function devCertPaths() {
  const d = require("office-addin-dev-certs/lib/defaults");
  return { cert: d.localhostCertificatePath, key: d.localhostKeyPath, ca: d.caCertificatePath };
}

/**
 * The dev server serves HTTPS only: Office refuses to load an add-in over http, so a missing certificate is an
 * error with the command that fixes it — never a silent fallback to http. (DEV_SERVER_HTTP=1 is an explicit
 * opt-out for non-Office use, e.g. opening the playground.)
 */
function devServerHttps(paths = devCertPaths()) {
  if (process.env.DEV_SERVER_HTTP === "1") {
    console.warn("[webpack] DEV_SERVER_HTTP=1: serving plain http — Office will not load the add-in from it");
    return undefined;
  }
  const missing = Object.values(paths).filter((f) => !fs.existsSync(f));
  if (missing.length > 0) {
    throw new Error(
      `缺少本地开发用的 HTTPS 证书：${missing.join("、")}。Office 只加载 https 的加载项，开发服务器不会退回 http。\n` +
        "请先运行：npx office-addin-dev-certs install\n" +
        `(Missing the dev HTTPS certificate: ${missing.join(", ")}. Run: npx office-addin-dev-certs install)`,
    );
  }
  return {
    type: "https",
    options: { cert: fs.readFileSync(paths.cert), key: fs.readFileSync(paths.key), ca: fs.readFileSync(paths.ca) },
  };
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || env.mode || "production";
  const production = mode === "production";
  const outDir = path.resolve(__dirname, env.outDir || "dist");
  const serving = Boolean(env.WEBPACK_SERVE);

  return {
    mode,
    context: __dirname,
    target: ["web", "es2020"],
    // env.sourceMaps=false skips production source maps (the browser tests build faster without).
    // No eval-based source maps in development either: the pages' Content-Security-Policy forbids eval.
    devtool: production ? (env.sourceMaps === "false" ? false : "source-map") : "cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      demo: "./src/demo/index.tsx",
      // The playground opens files in this Web Worker (src/demo/workbookWorkerClient.ts loads it by this fixed name).
      "workbook-worker": "./src/demo/workbookWorker.ts",
    },
    output: {
      path: outDir,
      filename: (pathData) =>
        pathData.chunk && pathData.chunk.name === "workbook-worker"
          ? "workbook-worker.js"
          : production
            ? "[name].[contenthash:8].js"
            : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "",
      // dist/node holds the compiled CLI (npm run build:cli, run by `prepare`): never wipe it.
      clean: { keep: (asset) => /^node([\\/]|$)/.test(asset) },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
      // exceljs (used by the playground's fake workbook) ships a browser build via "browser".
      mainFields: ["browser", "module", "main"],
      fallback: { fs: false, path: false, stream: false, crypto: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: { module: "esnext", target: "ES2020", sourceMap: true, noEmit: false },
            },
          },
        },
      ],
      // exceljs' prebuilt browser bundle is already one file; don't try to parse its requires.
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.bare)?(\.min)?\.js$/,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJs: OFFICE_JS },
      }),
      new HtmlWebpackPlugin({
        filename: "demo.html",
        template: "./src/demo/demo.html",
        chunks: ["demo"],
      }),
      new CopyWebpackPlugin({ patterns: copyPatterns() }),
    ],
    performance: {
      // The pane bundles React + Fluent UI, the playground also exceljs; sizes are reported by
      // tests/browser/measure.ts instead of webpack's generic 244 KiB warning.
      hints: false,
    },
    optimization: {
      splitChunks: false,
      minimizer: [
        new MinimizerPlugin({
          test: /\.[cm]?js$/i,
          // The playground's Web Worker is mostly exceljs' already-minified browser build (~1 MB); re-minifying it
          // doubles the build time for nothing. (The page itself no longer loads exceljs.)
          exclude: /^workbook-worker\.js$/,
          minify: MinimizerPlugin.terserMinify,
          minimizerOptions: { ecma: 2020, compress: { passes: 2 } },
        }),
      ],
    },
    stats: "errors-warnings",
    devServer: serving
      ? {
          port: DEV_PORT,
          server: devServerHttps(),
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false,
          hot: false,
          liveReload: true,
          client: { overlay: { warnings: false, errors: true } },
        }
      : undefined,
  };
};

module.exports.devServerHttps = devServerHttps;
module.exports.devCertPaths = devCertPaths;

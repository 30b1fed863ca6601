/**
 * The WPS 加载项 build (separate from webpack.config.js, which builds the Excel pane and the playground).
 *
 *   npm run build:wps          → dist-wps/ (scripts/buildWps.ts runs this config, then packages the folder)
 *   webpack -c webpack.wps.config.js --env outDir=/tmp/x
 *
 * Output folder = the add-in: index.html (ribbon bundle + main.js), taskpane.html (the pane), manifest.xml, ribbon.xml,
 * main.js, images/. Everything is bundled (offline installs have no network; no Office.js).
 *
 * Target: ES2017, for the oldest WPS this is meant for. No WPS document states the embedded Chromium version; what is
 * known: WPS 12.1.0.26200 lacks crypto.randomUUID (Chromium < 92, pi-for-excel #620), "老 CEF 内核" (aiworkdeck #633),
 * wpsjs 1.4.10 dropped toLocale*String for Linux. ES2017 (async/await) runs on Chromium ≥ 58 (2017), far below that.
 * Our TypeScript AND the libraries (React, Fluent UI ship ES2019/2020 syntax: ?., ??, class fields) are brought down
 * to ES2017 by running the whole bundle through TypeScript's transpiler before minification; tests/wps/bundle.test.ts
 * parses the output as ES2017 and scans it for APIs that are missing in WPS's browser.
 */
const path = require("path");
const fs = require("fs");
const ts = require("typescript");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const MinimizerPlugin = require(
  require.resolve("minimizer-webpack-plugin", { paths: [path.dirname(require.resolve("webpack"))] }),
);

const WPS_TARGET = "ES2017";

/** Transpiles every emitted .js asset to WPS_TARGET (syntax only) before it is minified. */
class DownlevelPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("DownlevelPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "DownlevelPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (!/\.js$/.test(name)) continue;
            const source = assets[name].source().toString();
            const out = ts.transpileModule(source, {
              compilerOptions: {
                target: ts.ScriptTarget[WPS_TARGET],
                module: ts.ModuleKind.None,
                allowJs: true,
                removeComments: false,
                importHelpers: false,
              },
              fileName: name,
            });
            compilation.updateAsset(name, new webpack.sources.RawSource(out.outputText));
          }
        },
      );
    });
  }
}

module.exports = (env = {}) => {
  const outDir = path.resolve(__dirname, env.outDir || "dist-wps/jxcheck");
  const minimize = env.minimize !== "false";
  const images = [];
  for (const size of [16, 32, 64, 80]) {
    const f = path.join(__dirname, "assets", `icon-${size}.png`);
    if (fs.existsSync(f)) images.push({ from: f, to: `images/icon-${size}.png` });
  }
  return {
    mode: "production",
    context: __dirname,
    target: ["web", "es2017"],
    devtool: false,
    entry: {
      ribbon: "./src/wps/ribbonEntry.ts",
      taskpane: "./src/wps/paneEntry.tsx",
    },
    output: {
      path: outDir,
      filename: "[name].[contenthash:8].js",
      publicPath: "",
      clean: true,
      environment: {
        arrowFunction: true,
        const: true,
        destructuring: true,
        optionalChaining: false,
        templateLiteral: true,
        asyncFunction: true,
      },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
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
              compilerOptions: { module: "esnext", target: WPS_TARGET, sourceMap: false, noEmit: false },
            },
          },
        },
      ],
    },
    plugins: [
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      new DownlevelPlugin(),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/wps/addin/index.html",
        chunks: ["ribbon"],
        inject: false,
      }),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/wps/addin/taskpane.html", chunks: ["taskpane"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/wps/addin/manifest.xml", to: "manifest.xml" },
          { from: "src/wps/addin/ribbon.xml", to: "ribbon.xml" },
          { from: "src/wps/addin/main.js", to: "main.js", info: { minimized: true } },
          ...images,
        ],
      }),
    ],
    // One file per entry: the offline package and WPS's pane load no lazy chunks (the pane's dynamic imports stay inline).
    performance: { hints: false },
    optimization: {
      minimize,
      splitChunks: false,
      minimizer: [
        new MinimizerPlugin({
          test: /\.js$/i,
          exclude: /^main\.js$/,
          minify: MinimizerPlugin.terserMinify,
          minimizerOptions: { ecma: 2017, compress: { passes: 2 } },
        }),
      ],
    },
    stats: "errors-warnings",
  };
};
module.exports.WPS_TARGET = WPS_TARGET;

#!/usr/bin/env node
"use strict";
// jxcheck: runs the compiled CLI (dist/node, built by `npm ci` / `npm run build:cli`) when it is
// up to date with the TypeScript sources, else the sources themselves through tsx (slower start-up).
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const compiled = path.join(root, "dist", "node", "cli", "cli.js");

/** Newest modification time of the .ts files under the folders the CLI is built from. */
function newestSource(dirs) {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith(".ts")) newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  };
  for (const d of dirs) if (fs.existsSync(d)) walk(d);
  return newest;
}

function compiledIsFresh() {
  try {
    return fs.statSync(compiled).mtimeMs >= newestSource([path.join(root, "src", "core"), path.join(root, "src", "cli")]);
  } catch {
    return false;
  }
}

let cli;
if (compiledIsFresh()) {
  cli = require(compiled);
} else {
  require("tsx/cjs");
  cli = require("../src/cli/cli.ts");
}
cli.main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(err);
    process.exitCode = 1;
  },
);

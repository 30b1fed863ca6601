#!/usr/bin/env node
"use strict";
// jxcheck without a build step: register tsx, then run the TypeScript CLI.
require("tsx/cjs");
const { main } = require("../src/cli/cli.ts");
main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(err);
    process.exitCode = 1;
  },
);

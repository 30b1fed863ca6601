// Preloaded into the CLI child by scripts/bench.ts (NODE_OPTIONS=--require …): reports its peak RSS on exit.
"use strict";
process.on("exit", () => {
  try {
    require("node:fs").writeSync(2, `\n[bench] maxRSS_KB ${process.resourceUsage().maxRSS}\n`);
  } catch {
    // ignore
  }
});

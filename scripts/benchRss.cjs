// Preloaded into the CLI child by scripts/bench.ts (NODE_OPTIONS=--require …): reports its peak RSS and CPU time
// (user + system, every thread of the process; not its child processes) on exit.
"use strict";
process.on("exit", () => {
  try {
    if (!require("node:worker_threads").isMainThread) return;
    const u = process.resourceUsage();
    require("node:fs").writeSync(2, `\n[bench] maxRSS_KB ${u.maxRSS}\n[bench] cpu_us ${u.userCPUTime + u.systemCPUTime}\n`);
  } catch {
    // ignore
  }
});

/** The shared output writer (src/cli/output.ts): Ctrl+C during a write removes the temporary file and says so. */
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { makeTempDir, REPO_ROOT } from "./helpers";

jest.setTimeout(60_000);

it("Ctrl+C while a report is being written: temporary file removed, a zh-CN line, exit 130, nothing at --out", async () => {
  const tmp = makeTempDir("jxcheck-output-");
  try {
    const out = path.join(tmp.dir, "报告.xlsx");
    const script = `
      const { writeAtomically } = require(${JSON.stringify(path.join(REPO_ROOT, "src", "cli", "output.ts"))});
      const fs = require("node:fs");
      writeAtomically(${JSON.stringify(out)}, async (t) => { fs.writeFileSync(t, "half"); process.stdout.write("writing\\n"); await new Promise((r) => setTimeout(r, 30000)); });
    `;
    const child = spawn(process.execPath, ["--require", "tsx/cjs", "-e", script], { cwd: REPO_ROOT });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    await new Promise<void>((resolve) => child.stdout.on("data", () => resolve()));
    expect(readdirSync(tmp.dir).some((f) => f.endsWith(".tmp"))).toBe(true);
    child.kill("SIGINT");
    const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
    expect(code).toBe(130);
    expect(err).toContain(`已中断：没有写出 ${out}（临时文件已删除，原有文件未改动）`);
    expect(readdirSync(tmp.dir)).toEqual([]);
    expect(existsSync(out)).toBe(false);
  } finally {
    tmp.cleanup();
  }
});

/** `--jobs` and explicit non-regular paths through the CLI. */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { main } from "../../src/cli/cli";
import { makeTempDir, ReportSchema, SHENMU } from "../cli/helpers";

async function run(args: string[]) {
  let out = "";
  let err = "";
  const code = await main(["node", "jxcheck", ...args], {
    writeOut: (t) => (out += t),
    writeErr: (t) => (err += t),
    colorSupported: false,
  });
  return { code, out, err };
}

describe("jxcheck check --jobs", () => {
  it.each(["0", "-1", "1.5", "abc", "257"])("rejects --jobs %s as a usage error", async (v) => {
    const r = await run(["check", "--jobs", v, SHENMU]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("需要 1 到 256 的整数");
  });

  it("accepts --jobs 1", async () => {
    const r = await run(["check", "--format", "json", "--jobs", "1", SHENMU]);
    expect(r.code).toBe(1);
    expect(ReportSchema.parse(JSON.parse(r.out)).files[0].sheets).toHaveLength(6);
  });
});

describe("a FIFO named on the command line", () => {
  it("is refused at once (never blocks) and the next file is still checked", async () => {
    const tmp = makeTempDir("jxcheck-fifo-");
    try {
      const fifo = path.join(tmp.dir, "pipe.xlsx");
      try {
        execFileSync("mkfifo", [fifo]);
      } catch {
        return; // no mkfifo on this system
      }
      const r = await run(["check", "--format", "json", fifo, SHENMU]);
      const report = ReportSchema.parse(JSON.parse(r.out));
      expect(report.files[0].error).toBe("无法读取文件：这是命名管道（FIFO），不是普通文件，已跳过");
      expect(report.files[1].sheets).toHaveLength(6);
    } finally {
      tmp.cleanup();
    }
  });
});

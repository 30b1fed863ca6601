import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { main } from "../../src/cli/cli";
import { REPO_ROOT, ReportSchema, SHENMU, makeTempDir, writeNonFormWorkbook } from "./helpers";

const TSX_CLI = path.join(REPO_ROOT, "node_modules", "tsx", "dist", "cli.mjs");

/** Spawns the CLI as a user would: `npx tsx src/cli/cli.ts <args>` (or node + tsx's cli, the same without npx's start-up). */
function spawnCli(args: string[], viaNpx = false): SpawnSyncReturns<string> {
  const [cmd, pre] = viaNpx ? ["npx", ["tsx"]] : [process.execPath, [TSX_CLI]];
  return spawnSync(cmd, [...pre, "src/cli/cli.ts", ...args], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    timeout: 60_000,
  });
}

/** Runs main() in-process, capturing its output. */
async function runMain(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(["node", "jxcheck", ...args], {
    writeOut: (t) => {
      out += t;
    },
    writeErr: (t) => {
      err += t;
    },
    colorSupported: false,
  });
  return { code, out, err };
}

describe("cli.ts", () => {
  let tmp: ReturnType<typeof makeTempDir>;
  let plain: string;
  let corrupt: string;
  beforeAll(async () => {
    tmp = makeTempDir();
    plain = await writeNonFormWorkbook(path.join(tmp.dir, "plain.xlsx"));
    corrupt = path.join(tmp.dir, "corrupt.xlsx");
    writeFileSync(corrupt, Buffer.from("PK\u0003\u0004 this is not really a zip file"));
  });
  afterAll(() => tmp.cleanup());

  describe("main", () => {
    it.each([
      [["check", "--format", "xml", "x.xlsx"]],
      [["check", "--framework", "new-2030", "x.xlsx"]],
      [["check", "--severity", "fatal", "x.xlsx"]],
      [["check", "--bogus", "x.xlsx"]],
      [["check"]],
      [["frobnicate"]],
      [[]],
    ])("returns 2 for the usage error %j", async (args) => {
      const r = await runMain(args);
      expect(r.code).toBe(2);
      expect(r.err.length).toBeGreaterThan(0);
    });

    it("returns 0 for --help, check --help and --version", async () => {
      const help = await runMain(["--help"]);
      expect(help.code).toBe(0);
      expect(help.out).toContain("check");
      const checkHelp = await runMain(["check", "--help"]);
      expect(checkHelp.code).toBe(0);
      expect(checkHelp.out).toContain("--format");
      expect(checkHelp.out).toContain("--framework");
      expect(checkHelp.out).toContain("--severity");
      const version = await runMain(["--version"]);
      expect(version.code).toBe(0);
      expect(version.out.trim()).toMatch(/^\d+\.\d+\.\d+/);
    });

    it("returns 0 for a workbook without forms (no errors) and prints the text report", async () => {
      const r = await runMain(["check", plain]);
      expect(r.code).toBe(0);
      expect(r.out).toContain(`文件：${plain}`);
      expect(r.out).toContain("工作表「说明」");
      expect(r.out.trimEnd().split("\n").pop()).toMatch(/^合计：/);
      expect(r.out).not.toContain("\x1b[");
    });

    it("returns 1 when a file cannot be read, and still checks the others", async () => {
      const missing = path.join(tmp.dir, "missing.xlsx");
      const r = await runMain(["check", "--format", "json", corrupt, missing, plain]);
      expect(r.code).toBe(1);
      const report = ReportSchema.parse(JSON.parse(r.out));
      expect(report.files.map((f) => f.file)).toEqual([corrupt, missing, plain]);
      expect(report.files[0].error).toMatch(/^无法读取文件：不是有效的 \.xlsx 文件/);
      expect(report.files[1].error).toBe("无法读取文件：文件或文件夹不存在");
      expect(report.files[2].error).toBeUndefined();
      expect(report.files[2].sheets).toHaveLength(1);
    });

    it("prints JSON of the documented shape, its exit code matching the error findings", async () => {
      const r = await runMain(["check", "--format", "json", "--framework", "auto", "--severity", "info", SHENMU]);
      const report = ReportSchema.parse(JSON.parse(r.out));
      expect(report.files[0].sheets).toHaveLength(6);
      const anyError = report.files.some(
        (f) => f.error !== undefined || f.sheets.some((s) => s.findings.some((d) => d.severity === "error")),
      );
      expect(r.code).toBe(anyError ? 1 : 0);
    });

    it("keeps only errors with --severity error", async () => {
      const r = await runMain(["check", "--format", "json", "--severity", "error", "--framework", "core-101", SHENMU]);
      const report = ReportSchema.parse(JSON.parse(r.out));
      for (const s of report.files[0].sheets) for (const d of s.findings) expect(d.severity).toBe("error");
    });
  });

  describe("process exit codes", () => {
    it("exits 2 on a usage error (npx tsx src/cli/cli.ts)", () => {
      const r = spawnCli(["check", "--format", "xml", plain], true);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain("--format");
    });

    it("exits 0 for a workbook without forms and 1 with an unreadable file", () => {
      const ok = spawnCli(["check", "--no-color", plain]);
      expect(ok.status).toBe(0);
      expect(ok.stdout).toContain("工作表「说明」");
      expect(ok.stdout).not.toContain("\x1b[");
      const bad = spawnCli(["check", "--format", "json", corrupt, plain]);
      expect(bad.status).toBe(1);
      expect(ReportSchema.parse(JSON.parse(bad.stdout)).files).toHaveLength(2);
    });
  });

  describe("bin/jxcheck.js", () => {
    it("runs the TypeScript CLI without a build step", () => {
      const bin = path.join(REPO_ROOT, "bin", "jxcheck.js");
      const r = spawnSync(process.execPath, [bin, "check", plain], { cwd: tmp.dir, encoding: "utf8", timeout: 60_000 });
      expect(r.stderr).not.toMatch(/Error|错误：/);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain("工作表「说明」");
      const usage = spawnSync(process.execPath, [bin, "check"], { encoding: "utf8", timeout: 60_000 });
      expect(usage.status).toBe(2);
    });
  });
});

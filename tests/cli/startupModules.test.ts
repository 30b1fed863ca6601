/**
 * What the check path loads (a guard for start-up time): `jxcheck check --format json` on a real table loads
 * neither exceljs (reading is src/cli/xlsx; exceljs only writes reports) nor zod (the vocabularies are validated
 * by the tests), and the engine itself loads without zod (the task pane's first screen depends on it too).
 * Runs the TypeScript sources in a child process and lists the packages it required.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

const ROOT = path.join(__dirname, "..", "..");

/** Packages (node_modules/<name>) a child process loaded while running `code`. */
function packagesLoaded(code: string): string[] {
  const script = `${code}
process.on("exit", () => {
  const names = new Set();
  for (const k of Object.keys(require.cache)) {
    const m = /node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/.exec(k);
    if (m) names.add(m[1].replace(/\\\\/g, "/"));
  }
  process.stderr.write("\\nPACKAGES " + JSON.stringify([...names]) + "\\n");
});`;
  const r = spawnSync(process.execPath, ["--require", "tsx/cjs", "-e", script], { cwd: ROOT, encoding: "utf8" });
  const line = /PACKAGES (.*)/.exec(r.stderr ?? "");
  if (!line) throw new Error(`child failed (${r.status}): ${r.stderr}`);
  return JSON.parse(line[1]) as string[];
}

describe("start-up: what the check path loads", () => {
  it("the engine loads without zod", () => {
    const pkgs = packagesLoaded(`require("./src/core/check");`);
    expect(pkgs).not.toContain("zod");
  });

  it("jxcheck check --format json loads neither exceljs nor zod", () => {
    const file = path.join("tests", "fixtures", "real", "dongguan-2019.xlsx");
    const pkgs = packagesLoaded(
      `require("./src/cli/cli").main(["node", "jxcheck", "check", "--format", "json", ${JSON.stringify(file)}], { writeOut: () => undefined, writeErr: () => undefined });`,
    );
    expect(pkgs).toContain("commander");
    expect(pkgs).not.toContain("exceljs");
    expect(pkgs).not.toContain("zod");
  });
});

/**
 * The check command's report options end to end: --format xlsx|html|csv, --out, --across, the
 * progress line (stderr, TTY only) and Ctrl+C (a child process on a pseudo-terminal, via util-linux `script`).
 */
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/cli";
import { Progress, displayWidth, formatDuration } from "../../src/cli/progress";
import { REPO_ROOT, SHENMU, WUHAI, makeTempDir } from "./helpers";

async function runMain(args: string[], stderrIsTTY = false): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(["node", "jxcheck", ...args], {
    writeOut: (t) => void (out += t),
    writeErr: (t) => void (err += t),
    colorSupported: false,
    stderrIsTTY,
  });
  return { code, out, err };
}

let tmp: ReturnType<typeof makeTempDir>;
beforeAll(() => {
  tmp = makeTempDir("jxcheck-report-cli-");
});
afterAll(() => tmp.cleanup());

describe("check --format xlsx|html|csv --out", () => {
  it("xlsx needs --out (usage error 2, nothing on stdout)", async () => {
    const r = await runMain(["check", SHENMU, "--format", "xlsx"]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain("--format xlsx 需要用 --out 指定输出文件");
  });

  it("refuses to write over a workbook being checked", async () => {
    const copy = path.join(tmp.dir, "in.xlsx");
    copyFileSync(SHENMU, copy);
    const before = readFileSync(copy);
    const r = await runMain(["check", copy, "--format", "csv", "--out", copy]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("是要检查的文件之一");
    expect(readFileSync(copy).equals(before)).toBe(true);
  });

  it("a report that cannot be written: a zh-CN reason before anything is checked, exit 2, nothing left behind", async () => {
    const missing = path.join(tmp.dir, "没有这个文件夹", "r.html");
    const r = await runMain(["check", SHENMU, "--out", missing]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`无法写出结果到 ${missing}：所在文件夹不存在\n`);
    const onDir = await runMain(["check", SHENMU, "--format", "csv", "--out", tmp.dir]);
    expect(onDir.code).toBe(2);
    expect(onDir.err).toBe(`无法写出结果到 ${tmp.dir}：这是一个文件夹，请给出文件名\n`);
    expect(readdirSync(tmp.dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("--out 结果.xlsx infers the format, --across adds the cross-project findings; stdout stays empty", async () => {
    const out = path.join(tmp.dir, "结果.xlsx");
    const r = await runMain(["check", SHENMU, WUHAI, "--out", out, "--across"]);
    expect(r.code).toBe(1); // the samples have error findings
    expect(r.out).toBe("");
    expect(r.err).toMatch(/^已写出 .*结果\.xlsx（\d+ 条结果，12 行汇总）\n$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const rules: unknown[] = [];
    wb.getWorksheet("问题清单")!.eachRow((row) => rules.push(row.getCell(8).value));
    expect(rules.filter((x) => x === "across-indicator-target")).toHaveLength(2);
  });

  it("without --across there are no cross-project findings; html goes to stdout without --out", async () => {
    const r = await runMain(["check", SHENMU, "--format", "html"]);
    expect(r.out.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(r.out).not.toContain("across-");
    expect(r.out).toContain("跨项目检查 --across：未启用");
  });

  it("--across-scope workbook compares within each workbook; csv to stdout", async () => {
    const r = await runMain(["check", SHENMU, WUHAI, "--format", "csv", "--across-scope", "workbook"]);
    const across = r.out.split("\r\n").filter((l) => l.includes(",across-"));
    expect(across).toHaveLength(2);
    expect(across[0]).toContain("医保基金使用率");
  });

  it("a TTY stderr gets the progress line; stdout (json) never does", async () => {
    const r = await runMain(["check", SHENMU, WUHAI, "--format", "json"], true);
    expect(r.out).not.toMatch(new RegExp(`${String.fromCharCode(27)}|检查 \\d`));
    JSON.parse(r.out);
    expect(r.err).toContain("\r\x1b[2K检查 0/2（0%）");
    expect(r.err).toMatch(/检查 1\/2（50%） · 已用 \d+:\d\d · 预计还需 \d+:\d\d · 正在检查 .*wuhai-2021\.xlsx/);
    expect(r.err.endsWith("\r\x1b[2K")).toBe(true); // erased at the end
  });

  it("a non-TTY stderr gets no progress at all", async () => {
    const r = await runMain(["check", SHENMU, WUHAI, "--format", "json"], false);
    expect(r.err).toBe("");
  });
});

describe("Progress", () => {
  it("draws done/total, elapsed, ETA and the current file; cuts to the terminal width", () => {
    let t = 0;
    let drawn = "";
    const p = new Progress({ enabled: true, write: (s) => void (drawn += s), now: () => t, columns: 80 });
    p.fileStart("/data/乌海/a.xlsx", 0, 4);
    expect(p.line()).toBe("检查 0/4（0%） · 已用 0:00 · 正在检查 乌海/a.xlsx");
    t = 10_000;
    p.fileDone("/data/乌海/a.xlsx", 0, 4);
    p.fileStart("/data/乌海/b.xlsx", 1, 4);
    expect(p.line()).toBe("检查 1/4（25%） · 已用 0:10 · 预计还需 0:30 · 正在检查 乌海/b.xlsx");
    const narrow = new Progress({ enabled: true, write: () => {}, now: () => t, columns: 30 });
    narrow.fileStart("/x/很长很长很长很长的文件名.xlsx", 0, 9);
    expect(displayWidth(narrow.line())).toBeLessThanOrEqual(29);
    expect(narrow.line().endsWith("…")).toBe(true);
    expect(drawn.split("\r\x1b[2K").filter(Boolean)).toHaveLength(3);
  });
  it("draws nothing when disabled", () => {
    let drawn = "";
    const p = new Progress({ enabled: false, write: (s) => void (drawn += s) });
    p.fileStart("a", 0, 1);
    p.fileDone("a", 0, 1);
    p.clear();
    expect(drawn).toBe("");
  });
  it("formatDuration", () => {
    expect(formatDuration(0)).toBe("0:00");
    expect(formatDuration(65_400)).toBe("1:05");
    expect(formatDuration(3_723_000)).toBe("1:02:03");
  });
});

const hasScript = spawnSync("script", ["--version"]).status === 0;
(hasScript ? describe : describe.skip)("Ctrl+C on a terminal (child process under `script`)", () => {
  it("stops at the next file, says how far it got, writes no report and exits 130", async () => {
    const dir = path.join(tmp.dir, "many");
    mkdirSync(dir);
    for (let i = 0; i < 80; i++) copyFileSync(SHENMU, path.join(dir, `表${String(i).padStart(2, "0")}.xlsx`));
    const out = path.join(tmp.dir, "中断.json");
    // One process (tsx as a loader), not the tsx CLI: that one runs the script in a child and relays the signal,
    // and under load the relay could end the run before the child printed its message.
    const cmd = [process.execPath, "--import", "tsx", "src/cli/cli.ts", "check", dir, "--format", "json", "--out", out]
      .map((a) => `'${a}'`)
      .join(" ");
    const child = spawn("script", ["-qfec", cmd, "/dev/null"], {
      cwd: REPO_ROOT,
      env: { ...process.env, COLUMNS: "120", LINES: "40" },
    });
    let text = "";
    let sent = false;
    const code = await new Promise<number | null>((resolve) => {
      child.stdout.on("data", (b: Buffer) => {
        text += b.toString("utf8");
        // The progress line is redrawn at most every so often: under load it may skip 3/80 and show a later file first.
        const at = /检查 (\d+)\/80/g;
        let shown = 0;
        for (let m = at.exec(text); m; m = at.exec(text)) shown = Math.max(shown, Number(m[1]));
        if (!sent && shown >= 3 && shown < 80) {
          sent = true;
          child.stdin.write("\x03"); // what the terminal sends for Ctrl+C
        }
      });
      child.on("close", resolve);
    });
    expect(sent).toBe(true);
    expect(code).toBe(130);
    const plain = text.replace(new RegExp(`\r|${String.fromCharCode(27)}\\[2K`, "g"), "\n");
    expect(plain).toContain("正在停止：当前文件检查完就停下");
    const m = /已中断：检查了 (\d+)\/80 个文件（用时 \d+:\d\d，最后一个：.*表(\d\d)\.xlsx），没有写出结果。/.exec(plain);
    expect(m).not.toBeNull();
    const done = Number(m![1]);
    expect(done).toBeGreaterThanOrEqual(3);
    expect(done).toBeLessThan(80);
    expect(Number(m![2])).toBe(done - 1);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(tmp.dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 90_000);
});

describe("--across over a folder", () => {
  it("compares projects of different workbooks (naming the other file) and checks a 部门整体 sheet of the same workbook", async () => {
    const { CARD_INDICATORS, projectA, projectB, summaryGrid, writeGridsWorkbook } = await import("../core/across/acrossForms");
    const dir = path.join(tmp.dir, "unit");
    mkdirSync(dir);
    const a = path.join(dir, "a.xlsx");
    const b = path.join(dir, "b.xlsx");
    await writeGridsWorkbook(a, [projectA(), { name: "部门整体", grid: summaryGrid(55, [["系统升级维护费", 50]]), merges: [] }]);
    await writeGridsWorkbook(b, [
      projectB({ indicators: CARD_INDICATORS.map((r, i) => (i === 6 ? ([r[0], r[1], r[2], r[3], "≤1次"] as typeof r) : r)) }),
    ]);

    // "--across" before the folder: a flag, the folder stays a path.
    const json = await runMain(["check", "--across", dir, "--format", "json"]);
    const report = JSON.parse(json.out) as {
      files: Array<{
        file: string;
        sheets: Array<{ name: string; findings: Array<{ rule: string; cell: string; related: string[]; message: string }> }>;
      }>;
    };
    const across = report.files.flatMap((f) =>
      f.sheets.flatMap((s) =>
        s.findings.filter((d) => d.rule.startsWith("across-")).map((d) => ({ file: path.basename(f.file), sheet: s.name, ...d })),
      ),
    );
    expect(across.map((d) => [d.file, d.sheet, d.rule, d.cell, d.related])).toEqual([
      ["a.xlsx", "系统升级维护费", "across-indicator-target", "F32", ["'[b.xlsx]制卡费'!F31"]],
      ["a.xlsx", "部门整体", "across-summary-total", "C5", ["B5", "'系统升级维护费'!B5"]],
      ["b.xlsx", "制卡费", "across-indicator-target", "F31", ["'[a.xlsx]系统升级维护费'!F32"]],
    ]);
    expect(across[0].message).toContain("在项目“制卡费”（b.xlsx › 制卡费）为“≤1次”");
    expect(across[1].message).toBe("部门整体表的项目支出为55万元，本工作簿1个项目表的预算合计为50万元，相差5万元");

    // Per workbook: the two files are not compared; the 部门整体 sheet still is. The sheet is a 部门整体支出绩效目标表
    // (without goals or indicators yet); the cross-project finding is listed under it.
    const text = await runMain(["check", dir, "--across-scope", "workbook"]);
    expect(text.out).not.toContain("同一单位的同一指标目标值不一致");
    expect(text.out).toMatch(
      /工作表「部门整体」 {2}版式：部门整体支出绩效目标表[^\n]*\n(?:.*\n)*?.*C5.*部门整体表的项目支出为55万元/,
    );
  });
});

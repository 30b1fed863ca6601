/**
 * `jxcheck check <paths...>`: checks .xlsx files and folders; prints a zh-CN text report or JSON,
 * or writes a reviewer's report (xlsx / html / csv) with --out.
 * Exit code (through ctx.setExitCode): 0 no errors, 1 an error finding or a file that could not be
 * read, 2 a usage error found here (e.g. xlsx without --out), 130 stopped by Ctrl+C.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { Command, InvalidArgumentError, Option } from "commander";
import type { Severity } from "../../core/diagnostics";
import { hasErrors, runChecks, toJsonReport, type CheckRun, type FrameworkChoice } from "../checkFiles";
import { formatTextReport } from "../formatTextReport";
import type { CliContext } from "../context";
import { Progress, formatDuration } from "../progress";
import type { AcrossScope } from "../report/across";
import { checkOutputTarget, describeWriteError, OutputRefusal, writeAtomically } from "../output";
import { capJobs, expandPaths } from "../checkFiles";

/* The report writers and the cross-project checks load only when asked for (--format xlsx/html/csv, --across):
 * the xlsx writer brings exceljs, a quarter of a second of start-up a plain check does not need. */
/* eslint-disable @typescript-eslint/no-require-imports */
const reports = () => ({
  ...(require("../report/reportData") as typeof import("../report/reportData")),
  ...(require("../report/xlsx") as typeof import("../report/xlsx")),
  ...(require("../report/html") as typeof import("../report/html")),
  ...(require("../report/csv") as typeof import("../report/csv")),
});
const acrossModule = () => require("../report/across") as typeof import("../report/across");
/* eslint-enable @typescript-eslint/no-require-imports */

export const EXIT_USAGE = 2;
/** Stopped by Ctrl+C (128 + SIGINT, as shells report it). */
export const EXIT_INTERRUPTED = 130;

type Format = "text" | "json" | "xlsx" | "html" | "csv";
const FORMATS: readonly Format[] = ["text", "json", "xlsx", "html", "csv"];
import { safe, safeTerminalText } from "../terminalText";

interface CheckCommandOptions {
  format: Format;
  framework: FrameworkChoice;
  severity: Severity;
  color: boolean;
  out?: string;
  across?: boolean;
  acrossScope?: AcrossScope;
  jobs?: number;
  force?: boolean;
}

/** Version of the nearest package.json (for the report's 说明). */
async function packageVersion(): Promise<string> {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    try {
      return (JSON.parse(await fs.readFile(path.join(dir, "package.json"), "utf8")) as { version?: string }).version ?? "0.0.0";
    } catch {
      // one folder up
    }
  }
  return "0.0.0";
}

export function registerCheckCommand(program: Command, ctx: CliContext): Command {
  return program
    .command("check")
    .description("检查绩效表工作簿（.xlsx 文件或文件夹）  check performance-target workbooks")
    .argument("<paths...>", ".xlsx 文件或文件夹（递归查找 .xlsx）")
    .addOption(
      new Option("--format <format>", "输出格式 output format（xlsx/html/csv 为审核用报告；给了 --out 时可按扩展名推断）")
        .choices([...FORMATS])
        .default("text"),
    )
    .addOption(new Option("--out <file>", "把结果写到文件（xlsx 必须给）write the result to a file"))
    .option("--force", "覆盖已存在的 --out 文件 overwrite an existing --out", false)
    .option("--across", "跨项目检查：比对所有项目表（默认所有文件一起比对）  cross-project checks")
    .addOption(
      new Option(
        "--across-scope <scope>",
        "跨项目检查的范围：all＝所有文件一起（默认），workbook＝每个工作簿内（隐含 --across）",
      ).choices(["all", "workbook"]),
    )
    .addOption(
      new Option("--framework <framework>", "指标体系 indicator framework (auto = 按二级指标自动判断)")
        .choices(["auto", "old-88", "core-101"])
        .default("auto"),
    )
    .addOption(
      new Option("--severity <level>", "显示的最低严重程度 minimum severity shown")
        .choices(["error", "warning", "info"])
        .default("info"),
    )
    .option("--no-color", "不使用颜色 no ANSI colours")
    .addOption(
      new Option("--jobs <n>", "同时检查的文件数（默认为 CPU 核数）parallel workers (default: all cores)").argParser((v) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError("需要 1 到 256 的整数");
        return n;
      }),
    )
    .action(async (paths: string[], opts: CheckCommandOptions, command: Command) => {
      const format = chooseFormat(opts, command);
      const usage = usageError(format, opts, paths);
      if (usage) {
        ctx.writeErr(`${usage}\n`);
        ctx.setExitCode(EXIT_USAGE);
        return;
      }
      if (opts.out) {
        try {
          const inputs = (await expandPaths(paths)).map((e) => e.file);
          await checkOutputTarget(opts.out, { inputs, force: Boolean(opts.force) });
        } catch (err) {
          if (!(err instanceof OutputRefusal)) throw err;
          ctx.writeErr(safe`无法写出结果到 ${opts.out}：` + `${err.message}\n`);
          ctx.setExitCode(EXIT_USAGE);
          return;
        }
      }
      if (opts.jobs !== undefined) {
        const capped = capJobs(opts.jobs);
        if (capped.note) ctx.writeErr(`提示：${capped.note}。\n`);
      }
      // A value-less flag: `--across 报送/` must not take the folder for a scope, hence --across-scope.
      const across: AcrossScope | undefined = opts.acrossScope ?? (opts.across ? "all" : undefined);

      const progress = new Progress({ write: ctx.writeErr, enabled: Boolean(ctx.stderrIsTTY), columns: ctx.stderrColumns });
      const controller = new AbortController();
      let interrupts = 0;
      let firstAt = 0;
      const onSigint = () => {
        // One Ctrl+C can arrive twice (from the terminal to the process group, and relayed by a wrapper such
        // as tsx): a second signal within half a second is the same key press.
        if (interrupts === 1 && Date.now() - firstAt < 500) return;
        interrupts++;
        if (interrupts === 1) {
          firstAt = Date.now();
          controller.abort();
          progress.clear();
          ctx.writeErr("正在停止：当前文件检查完就停下（再按一次 Ctrl+C 立即退出）…\n");
        } else {
          progress.clear();
          const s = progress.state;
          ctx.writeErr(`已中断：检查了 ${s.done}/${s.total} 个文件，没有写出结果。\n`);
          process.exit(EXIT_INTERRUPTED);
        }
      };
      process.on("SIGINT", onSigint);

      let engineErrors = 0;
      let run: CheckRun;
      try {
        run = await runChecks(paths, {
          framework: opts.framework,
          jobs: opts.jobs,
          signal: controller.signal,
          onFileStart: (file, i, total) => progress.fileStart(file, i, total),
          onFileDone: (file, i, total) => progress.fileDone(file, i, total),
          onEngineError: (file, sheet, err) => {
            engineErrors++;
            progress.clear();
            const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
            // File and sheet names come from the user: no control characters; the stack keeps its line breaks.
            const stack = safeTerminalText(detail).replace(/\u240a/g, "\n");
            ctx.writeErr(`检查引擎出错（${safeTerminalText(file)} › ${safeTerminalText(sheet)}）：${stack}\n`);
          },
        });
        progress.clear();
        if (run.stopped) {
          const last = run.files[run.files.length - 1]?.file;
          ctx.writeErr(
            `已中断：检查了 ${run.stopped.done}/${run.stopped.total} 个文件（用时 ${formatDuration(progress.state.elapsedMs)}${last ? `，最后一个：${safeTerminalText(last)}` : ""}），没有写出结果。\n`,
          );
          ctx.setExitCode(EXIT_INTERRUPTED);
          return;
        }
        if (across) await acrossModule().addAcrossFindings(run, across);
      } finally {
        process.off("SIGINT", onSigint);
      }

      const exit = hasErrors(run) || engineErrors > 0 ? 1 : 0;
      try {
        await emit(run, format, opts, paths, across, ctx);
      } catch (err) {
        ctx.writeErr(safe`无法写出结果到 ${opts.out}：` + `${describeWriteError(err)}\n`);
        ctx.setExitCode(1);
        return;
      }
      ctx.setExitCode(exit);
    });
}

/** zh-CN reason a report could not be written (see ../output). */
export { describeWriteError };

/** --format as given, else inferred from --out's extension (.xlsx/.html/.htm/.csv/.json). */
function chooseFormat(opts: CheckCommandOptions, command: Command): Format {
  if (command.getOptionValueSource("format") !== "default" || !opts.out) return opts.format;
  const ext = path.extname(opts.out).toLowerCase();
  const byExt: Record<string, Format> = { ".xlsx": "xlsx", ".html": "html", ".htm": "html", ".csv": "csv", ".json": "json" };
  return byExt[ext] ?? opts.format;
}

function usageError(format: Format, opts: CheckCommandOptions, paths: readonly string[]): string | null {
  if (format === "xlsx" && !opts.out) return "用法错误：--format xlsx 需要用 --out 指定输出文件，例如 --out 检查结果.xlsx";
  void paths; // --out against the inputs: checkOutputTarget (real paths and inodes, after folder expansion)
  return null;
}

async function emit(
  run: CheckRun,
  format: Format,
  opts: CheckCommandOptions,
  paths: readonly string[],
  across: AcrossScope | undefined,
  ctx: CliContext,
): Promise<void> {
  let text: string;
  if (format === "json") text = `${JSON.stringify(toJsonReport(run, { minSeverity: opts.severity }), null, 2)}\n`;
  else if (format === "text")
    text = formatTextReport(run, { minSeverity: opts.severity, color: opts.color && ctx.colorSupported && !opts.out });
  else {
    const { buildReportData, displayFile, writeXlsxReport, renderHtmlReport, renderCsvReport } = reports();
    const data = buildReportData(run, {
      version: await packageVersion(),
      minSeverity: opts.severity,
      framework: opts.framework,
      across: across ? (across === "all" ? "all（所有文件一起比对）" : "workbook（每个工作簿内比对）") : undefined,
      paths: [...paths],
    });
    if (format === "xlsx") {
      const sources = new Map(run.files.map((f) => [displayFile(f.file), f.file]));
      await writeXlsxReport(data, opts.out!, sources, ctx.writeErr);
      ctx.writeErr(`已写出 ${opts.out}（${data.findings.length} 条结果，${data.summary.length} 行汇总）\n`);
      return;
    }
    text = format === "html" ? renderHtmlReport(data) : renderCsvReport(data);
    if (opts.out) {
      await writeAtomically(opts.out, (tmp) => fs.writeFile(tmp, text, "utf8"), { writeErr: ctx.writeErr });
      ctx.writeErr(`已写出 ${opts.out}（${data.findings.length} 条结果）\n`);
      return;
    }
    ctx.writeOut(text);
    return;
  }
  if (opts.out) {
    await writeAtomically(opts.out, (tmp) => fs.writeFile(tmp, text, "utf8"), { writeErr: ctx.writeErr });
    ctx.writeErr(`已写出 ${opts.out}\n`);
  } else ctx.writeOut(text);
}

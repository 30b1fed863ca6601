/**
 * `jxcheck check <paths...>`: checks .xlsx files and folders; prints a zh-CN text report or JSON.
 * Exit code (through ctx.setExitCode): 0 no errors, 1 an error finding or a file that could not be read.
 */
import { Command, InvalidArgumentError, Option } from "commander";
import type { Severity } from "../../core/diagnostics";
import { hasErrors, runChecks, toJsonReport, type FrameworkChoice } from "../checkFiles";
import { formatTextReport } from "../formatTextReport";
import type { CliContext } from "../context";
import { safeTerminalText } from "../terminalText";

interface CheckCommandOptions {
  format: "text" | "json";
  framework: FrameworkChoice;
  severity: Severity;
  color: boolean;
  jobs?: number;
}

export function registerCheckCommand(program: Command, ctx: CliContext): Command {
  return program
    .command("check")
    .description("检查绩效表工作簿（.xlsx 文件或文件夹）  check performance-target workbooks")
    .argument("<paths...>", ".xlsx 文件或文件夹（递归查找 .xlsx）")
    .addOption(new Option("--format <format>", "输出格式 output format").choices(["text", "json"]).default("text"))
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
    .action(async (paths: string[], opts: CheckCommandOptions) => {
      let engineErrors = 0;
      const run = await runChecks(paths, {
        framework: opts.framework,
        jobs: opts.jobs,
        onEngineError: (file, sheet, err) => {
          engineErrors++;
          const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
          // File and sheet names come from the user: no control characters; the stack keeps its line breaks.
          const stack = safeTerminalText(detail).replace(/\u240a/g, "\n");
          ctx.writeErr(`检查引擎出错（${safeTerminalText(file)} › ${safeTerminalText(sheet)}）：${stack}\n`);
        },
      });
      if (opts.format === "json") {
        ctx.writeOut(`${JSON.stringify(toJsonReport(run, { minSeverity: opts.severity }), null, 2)}\n`);
      } else {
        const color = opts.color && ctx.colorSupported;
        ctx.writeOut(formatTextReport(run, { minSeverity: opts.severity, color }));
      }
      ctx.setExitCode(hasErrors(run) || engineErrors > 0 ? 1 : 0);
    });
}

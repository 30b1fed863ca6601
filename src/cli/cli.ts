/**
 * jxcheck: the command-line program. Only wires commands; each command lives in ./commands.
 * Exit codes: 0 no errors · 1 errors found (an error finding or an unreadable file) · 2 usage error.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { Command, CommanderError } from "commander";
import { registerCheckCommand } from "./commands/check";
import type { CliContext } from "./context";
import { describeWriteError, OutputRefusal } from "./output";
import { terminalSafeOutput } from "./terminalText";

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** Version from the nearest package.json above this file (works from src/ and from the compiled dist/node/). */
function packageVersion(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { version?: string };
      return pkg.version ?? "0.0.0";
    } catch {
      // not here; look one folder up
    }
  }
  return "0.0.0";
}

export interface MainIo {
  writeOut?: (text: string) => void;
  writeErr?: (text: string) => void;
  colorSupported?: boolean;
  stderrIsTTY?: boolean;
}

/** Runs the CLI on `argv` (process.argv form) and resolves to the exit code. */
export async function main(argv: readonly string[] = process.argv, io: MainIo = {}): Promise<number> {
  let exitCode = EXIT_OK;
  if (!io.writeOut) guardStdout();
  // On a terminal nothing but line breaks, tabs and colours reaches the screen (CSV or library text included).
  const ttyOut = !io.writeOut && Boolean(process.stdout.isTTY);
  const ttyErr = !io.writeErr && Boolean(process.stderr.isTTY);
  const ctx: CliContext = {
    writeOut: io.writeOut ?? ((t) => void process.stdout.write(ttyOut ? terminalSafeOutput(t) : t)),
    writeErr: io.writeErr ?? ((t) => void process.stderr.write(ttyErr ? terminalSafeOutput(t) : t)),
    colorSupported:
      io.colorSupported ?? (Boolean(process.stdout.isTTY) && !("NO_COLOR" in process.env) && process.env.TERM !== "dumb"),
    stderrIsTTY: io.stderrIsTTY ?? (io.writeErr ? false : Boolean(process.stderr.isTTY)),
    stderrColumns: process.stderr.columns,
    setExitCode: (code) => {
      exitCode = code;
    },
  };

  const program = new Command("jxcheck")
    .description(
      "绩效表检查：检查项目支出绩效目标表中的缺失、不一致和格式问题\nChecks Chinese performance-target tables (项目支出绩效目标表).",
    )
    .version(packageVersion(), "-V, --version", "显示版本 show version")
    .helpOption("-h, --help", "显示帮助 show help")
    .showHelpAfterError("（用 --help 查看用法）")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.writeOut(s),
      writeErr: (s) => ctx.writeErr(s),
    });

  registerCheckCommand(program, ctx);
  // `check` and `--version` need only this: the template commands (template library, exceljs) load for anything else
  // (help too, which lists them).
  const args = argv.slice(2);
  const sub = args.find((a) => !a.startsWith("-"));
  const versionOnly = sub === undefined && args.some((a) => a === "-V" || a === "--version");
  if (sub !== "check" && !versionOnly) {
    /* eslint-disable @typescript-eslint/no-require-imports */
    (require("./commands/templates") as typeof import("./commands/templates")).registerTemplatesCommand(program, ctx);
    (require("./commands/insertTemplate") as typeof import("./commands/insertTemplate")).registerInsertTemplateCommand(
      program,
      ctx,
    );
    (require("./commands/fix") as typeof import("./commands/fix")).registerFixCommand(program, ctx);
    /* eslint-enable @typescript-eslint/no-require-imports */
  }
  // More subcommands (e.g. `templates`) register here.

  try {
    await program.parseAsync([...argv]);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help / --version exit 0; every other commander exit is a usage error.
      return err.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (err instanceof OutputRefusal) {
      ctx.writeErr(`用法错误：${err.message}\n`);
      return EXIT_USAGE;
    }
    const code = (err as { code?: unknown } | null)?.code;
    if (typeof code === "string" && /^E[A-Z]+$/.test(code)) {
      // A system error (disk full, no permission…): the reason, not a stack trace.
      ctx.writeErr(`jxcheck：${describeWriteError(err)}\n`);
      return EXIT_FINDINGS;
    }
    const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
    ctx.writeErr(`jxcheck 内部错误（请报告此问题）：${detail}\n`);
    return EXIT_FINDINGS;
  }
  return exitCode;
}

let stdoutGuarded = false;
/**
 * stdout errors arrive as 'error' events, outside any try: `jxcheck check … | head -1` (EPIPE) ends quietly as a
 * pipe reader expects; `> /dev/full` (ENOSPC) says the disk is full; neither prints a stack trace.
 */
function guardStdout(): void {
  if (stdoutGuarded) return;
  stdoutGuarded = true;
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    try {
      process.stderr.write(`jxcheck：无法写出结果到标准输出：${describeWriteError(err)}\n`);
    } catch {
      // stderr gone too
    }
    process.exit(1);
  });
}

if (require.main === module) {
  void main().then((code) => {
    process.exitCode = code;
  });
}

/**
 * jxcheck: the command-line program. Only wires commands; each command lives in ./commands.
 * Exit codes: 0 no errors · 1 errors found (an error finding or an unreadable file) · 2 usage error.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { Command, CommanderError } from "commander";
import { registerCheckCommand } from "./commands/check";
import { registerFixCommand } from "./commands/fix";
import { registerInsertTemplateCommand } from "./commands/insertTemplate";
import { registerTemplatesCommand } from "./commands/templates";
import type { CliContext } from "./context";

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
  const ctx: CliContext = {
    writeOut: io.writeOut ?? ((t) => void process.stdout.write(t)),
    writeErr: io.writeErr ?? ((t) => void process.stderr.write(t)),
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
  registerTemplatesCommand(program, ctx);
  registerInsertTemplateCommand(program, ctx);
  registerFixCommand(program, ctx);
  // More subcommands (e.g. `templates`) register here.

  try {
    await program.parseAsync([...argv]);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help / --version exit 0; every other commander exit is a usage error.
      return err.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
    ctx.writeErr(`jxcheck 内部错误：${detail}\n`);
    return EXIT_FINDINGS;
  }
  return exitCode;
}

if (require.main === module) {
  void main().then((code) => {
    process.exitCode = code;
  });
}

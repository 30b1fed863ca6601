/**
 * `jxcheck fix <file> --out <new file> [--only rule,…] [--dry-run] [--format text|json] [--force]`:
 * applies the engine's verified suggestions (src/core/suggest) to a copy of the workbook — never the input —
 * and prints every cell it changed (before → after, rule). Merges, styles, widths and print settings are kept:
 * only the changed cells' values are set, the rest of the workbook is written back as read (as insert-template does).
 * Formula cells are never written. Exit codes as `check`: 0 no error left, 1 errors left or unreadable file, 2 usage.
 */
import type ExcelJS from "exceljs";
import { Command, Option } from "commander";
import { fromA1 } from "../../core/cellAddress";
import { checkSheet } from "../../core/check";
import { countBySeverity } from "../../core/diagnosticOrder";
import type { FrameworkId } from "../../core/frameworks/framework";
import { ALL_RULES } from "../../core/rules/registry";
import { type CellChange, planFixes } from "../../core/suggest/planFixes";
import type { CliContext } from "../context";
import { outputCopyProblem, writeWorkbookCopy } from "../outputCopy";
import { loadForRewrite } from "./insertTemplate";
import { loadWorkbook, worksheetToSnapshot } from "../readWorkbookSnapshots";

interface FixCommandOptions {
  out?: string;
  only?: string;
  dryRun: boolean;
  format: "text" | "json";
  force: boolean;
  framework: FrameworkId | "auto";
}

export interface FixChange {
  sheet: string;
  cell: string;
  before: string;
  after: string;
  rule: string;
}

export interface FixReport {
  file: string;
  out: string | null;
  dryRun: boolean;
  changes: FixChange[];
  /** Suggestions not applied, with why. */
  skipped: { sheet: string; cell: string; rule: string; reason: string }[];
  /** Counts over every sheet before and after the changes. */
  before: { error: number; warning: number; info: number };
  after: { error: number; warning: number; info: number };
}

/** What Excel should store for `text` in a cell that now holds `current`: a number stays a number. */
function cellValueFor(text: string, current: ExcelJS.CellValue): ExcelJS.CellValue {
  if (typeof current === "number" && /^-?\d+(\.\d+)?$/.test(text.trim())) return Number(text);
  return text;
}

function formulaCells(ws: ExcelJS.Worksheet): Set<string> {
  const out = new Set<string>();
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value as unknown;
      if (v && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) out.add(cell.address);
    }),
  );
  return out;
}

const add = (a: { error: number; warning: number; info: number }, b: { error: number; warning: number; info: number }) => {
  a.error += b.error;
  a.warning += b.warning;
  a.info += b.info;
};

export function registerFixCommand(program: Command, ctx: CliContext): Command {
  return program
    .command("fix")
    .description("把经过复核的修改建议写入工作簿副本  apply verified suggestions to a copy of the workbook")
    .argument("<file>", "输入工作簿 (.xlsx)，不会被修改")
    .option("--out <file>", "输出的新工作簿 new workbook to write（--dry-run 时可不给）")
    .option("--only <rules>", "只用这些规则的建议（逗号分隔的规则编号） only these rules' suggestions")
    .option("--dry-run", "只列出将要做的修改，不写文件 list the changes, write nothing", false)
    .addOption(new Option("--format <format>", "输出格式 output format").choices(["text", "json"]).default("text"))
    .addOption(
      new Option("--framework <framework>", "指标体系 indicator framework")
        .choices(["auto", "old-88", "core-101"])
        .default("auto"),
    )
    .option("--force", "覆盖已存在的输出文件 overwrite an existing --out", false)
    .action(async (file: string, opts: FixCommandOptions) => {
      const fail = (msg: string, code: number) => {
        ctx.writeErr(`${msg}\n`);
        ctx.setExitCode(code);
      };
      if (!opts.dryRun) {
        if (!opts.out) return fail("请用 --out 指定输出的新工作簿（输入文件不会被修改），或加 --dry-run 只看修改。", 2);
        const problem = await outputCopyProblem(file, opts.out, opts.force);
        if (problem) return fail(problem, 2);
      }
      const only = opts.only
        ?.split(/[,，]/)
        .map((s) => s.trim())
        .filter((s) => s !== "");
      if (only) {
        const known = new Set(ALL_RULES.map((r) => r.meta.id));
        const unknown = only.filter((id) => !known.has(id));
        if (unknown.length > 0)
          return fail(`--only 中没有这些规则：${unknown.join("、")}（jxcheck check --format json 可看到规则编号）。`, 2);
      }
      // The same bounds as every command that opens a workbook; a sheet the scan had to trim is refused, since
      // writing the copy would lose what was trimmed.
      const loaded = await loadForRewrite(file);
      if (!loaded.ok) return fail(loaded.message, 1);
      const wb: ExcelJS.Workbook = loaded.wb;
      const report: FixReport = {
        file,
        out: opts.dryRun ? null : opts.out!,
        dryRun: opts.dryRun,
        changes: [],
        skipped: [],
        before: { error: 0, warning: 0, info: 0 },
        after: { error: 0, warning: 0, info: 0 },
      };
      const framework = opts.framework;
      const changed: { ws: ExcelJS.Worksheet; changes: CellChange[] }[] = [];
      for (const ws of wb.worksheets) {
        const plan = planFixes(worksheetToSnapshot(ws), { framework, only, lockedCells: formulaCells(ws) });
        add(report.before, countBySeverity(plan.before.findings));
        add(report.after, countBySeverity(plan.after.findings));
        for (const c of plan.changes)
          report.changes.push({ sheet: ws.name, cell: c.cell, before: c.before, after: c.after, rule: c.rule });
        for (const s of plan.skipped) report.skipped.push({ sheet: ws.name, ...s });
        if (plan.changes.length > 0) changed.push({ ws, changes: plan.changes });
      }
      let written = false;
      if (!opts.dryRun && changed.length > 0) {
        for (const { ws, changes } of changed) {
          for (const c of changes) {
            const { row, col } = fromA1(c.cell);
            const cell = ws.getCell(row + 1, col + 1);
            cell.value = cellValueFor(c.after, cell.value);
          }
        }
        try {
          await writeWorkbookCopy(wb, opts.out!, ctx.writeErr);
          written = true;
        } catch (e) {
          return fail(`写出 ${opts.out} 失败：${e instanceof Error ? e.message : String(e)}`, 1);
        }
        // Read the written copy back: its findings are what the user gets.
        const back = await loadWorkbook(opts.out!);
        report.after = { error: 0, warning: 0, info: 0 };
        for (const ws of back.worksheets)
          add(report.after, countBySeverity(checkSheet(worksheetToSnapshot(ws), { framework }).findings));
      }
      if (opts.format === "json") ctx.writeOut(`${JSON.stringify(report, null, 2)}\n`);
      else ctx.writeOut(textReport(report, written));
      ctx.setExitCode(report.after.error > 0 ? 1 : 0);
    });
}

function textReport(r: FixReport, written: boolean): string {
  const lines = [`文件：${r.file}`];
  let sheet = "";
  for (const c of r.changes) {
    if (c.sheet !== sheet) {
      sheet = c.sheet;
      lines.push(`  工作表「${sheet}」`);
    }
    lines.push(`    ${c.cell.padEnd(6)}“${c.before}” → “${c.after}”  （${c.rule}）`);
  }
  if (r.changes.length === 0) lines.push("  没有可以自动修改的单元格（只应用经过复核的建议）。");
  else lines.push(`  共修改 ${r.changes.length} 个单元格。`);
  if (r.skipped.length > 0)
    lines.push(`  未应用 ${r.skipped.length} 条建议：${r.skipped.map((s) => `${s.sheet}!${s.cell}（${s.reason}）`).join("；")}`);
  const b = r.before;
  const a = r.after;
  lines.push(`  错误 ${b.error} → ${a.error}  警告 ${b.warning} → ${a.warning}  提示 ${b.info} → ${a.info}`);
  if (r.dryRun) lines.push("试运行（--dry-run）：未写出任何文件。");
  else if (written) lines.push(`已写入：${r.out}（输入文件未修改）`);
  else lines.push("没有修改，未写出文件。");
  return `${lines.join("\n")}\n`;
}

/**
 * `jxcheck insert-template <file> --sheet <name> [--template <id>] --out <new file> [--force]`:
 * adds the missing indicator rows from a template to every form on the sheet (or one, --form) and writes
 * a NEW workbook (never the input; an existing --out only with --force), then reads it back and re-checks.
 */
import { Command, Option } from "commander";
import { checkSheet } from "../../core/check";
import { countBySeverity } from "../../core/diagnosticOrder";
import type { FrameworkId } from "../../core/frameworks/framework";
import { type InsertionPlan, planInsertion } from "../../core/templates/plan";
import { suggestForSheet } from "../../core/templates/suggest";
import { PLACEHOLDER } from "../../core/templates/schema";
import { applyPlanToWorksheet } from "../applyPlanToWorksheet";
import { writeNewFormSheet } from "../writeNewFormSheet";
import { newFormGrid, type NewFormLayout } from "../../core/templates/newForm";
import type { Template } from "../../core/templates/schema";
import type { CliContext } from "../context";
import { loadBoundedWorkbook, loadWorkbook, worksheetToSnapshot } from "../readWorkbookSnapshots";
import { loadLibrary } from "../templateLibrary";
import { describeReadError } from "../readErrors";
import { checkOutputTarget, describeWriteError, OutputRefusal, writeAtomically } from "../output";
import { printLines, safe, safeTerminalText } from "../terminalText";
import type ExcelJS from "exceljs";

/**
 * Loads the input for writing a new workbook from it: refused (with the reason) when the bounds scan had to trim or
 * empty any sheet, since writing the workbook back would then lose that content.
 */
export async function loadForRewrite(file: string): Promise<{ ok: true; wb: ExcelJS.Workbook } | { ok: false; message: string }> {
  let loaded;
  try {
    loaded = await loadBoundedWorkbook(file);
  } catch (e) {
    return { ok: false, message: safe`无法读取 ${file}：${describeReadError(e, file).replace(/^无法读取文件：/, "")}` };
  }
  const { refused, notes } = loaded.bounds;
  const touched = [
    ...refused.entries(),
    ...[...notes.entries()]
      .filter(([, n]) => n.some((x) => x.startsWith("合并单元格")))
      .map(([k, n]) => [k, n.join("；")] as const),
  ];
  if (touched.length > 0) {
    const [name, why] = touched[0];
    return {
      ok: false,
      message: safe`工作表“${name}”${why.replace(/^太大，未检查：/, "超过读取上限：")}。为免另存时丢失这些内容，未写出任何文件。`,
    };
  }
  return { ok: true, wb: loaded.workbook };
}

/** Refuses an unusable --out (an input, a special file, an existing file without --force) with a usage error. */
async function outputProblem(out: string, inputs: string[], force: boolean): Promise<string | null> {
  if (!out.toLowerCase().endsWith(".xlsx")) return "--out 应是 .xlsx 文件。";
  try {
    await checkOutputTarget(out, { inputs, force });
    return null;
  } catch (e) {
    if (!(e instanceof OutputRefusal)) throw e;
    return e.message.startsWith("它是要检查的文件之一")
      ? `--out ${out} 是输入文件本身（或经由链接指向它）：输入工作簿不会被修改，请另给一个文件名。`
      : `--out ${out}：${e.message}`;
  }
}

/** Excel's sheet-name rules (and exceljs's: "History" is reserved), with the reason in Chinese. */
export function sheetNameProblem(name: string): string | null {
  if (!name.trim()) return "工作表名称不能为空";
  if (name.length > 31) return "工作表名称最多 31 个字符";
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\\/?*[\]:\u0000-\u001f\u007f]/.test(name)) return "工作表名称不能含 \\ / ? * [ ] : 或控制字符（换行等）";
  if (/^'|'$/.test(name)) return "工作表名称不能以单引号开头或结尾";
  if (name.toLowerCase() === "history") return "“History”是 Excel 保留的工作表名称";
  return null;
}

interface InsertOptions {
  sheet?: string;
  newSheet?: string;
  layout: "policy" | "declaration" | "core-101";
  template?: string;
  out: string;
  force: boolean;
  library?: string;
  form?: string;
  framework: FrameworkId | "auto";
}

export function registerInsertTemplateCommand(program: Command, ctx: CliContext): Command {
  return program
    .command("insert-template")
    .description("把标准指标模板插入绩效表，另存为新工作簿  insert template rows, write a new workbook")
    .argument("<file>", "输入工作簿 (.xlsx)，不会被修改")
    .option("--sheet <name>", "工作表名称 sheet name")
    .option("--new-sheet <name>", "另建一张完整的新表（表头留空待填） create a complete new form on a new sheet")
    .addOption(
      new Option("--layout <layout>", "新表的版式 layout of --new-sheet")
        .choices(["policy", "declaration", "core-101"])
        .default("policy"),
    )
    .requiredOption("--out <file>", "输出的新工作簿 new workbook to write")
    .option("--template <id>", "模板编号（默认按推荐） template id (default: the suggested one)")
    .option("--form <n>", "只处理第 n 张表（从 1 开始） only the n-th form on the sheet")
    .option("--library <file>", "本单位模板文件（JSON） a unit's own templates (JSON)")
    .addOption(
      new Option("--framework <framework>", "指标体系 indicator framework")
        .choices(["auto", "old-88", "core-101"])
        .default("auto"),
    )
    .option("--force", "覆盖已存在的输出文件 overwrite an existing --out", false)
    .action(async (file: string, opts: InsertOptions) => {
      // Messages are composed with safe`…` / safeTerminalText where they quote names from files.
      const fail = (msg: string, code: number) => {
        ctx.writeErr(`${msg}\n`);
        ctx.setExitCode(code);
      };
      const inputs = [file, ...(opts.library ? [opts.library] : [])];
      const outProblem = await outputProblem(opts.out, inputs, opts.force);
      if (outProblem) return fail(safe`${outProblem}`, 2);
      const lib = loadLibrary(opts.library);
      if (!lib.ok) return fail(lib.message.split("\n").map(safeTerminalText).join("\n"), 2);
      const chosen = opts.template ? lib.templates.find((t) => t.id === opts.template) : undefined;
      if (opts.template && !chosen)
        return fail(safe`没有编号为“${opts.template}”的模板。可选：${lib.templates.map((t) => t.id).join("、")}`, 2);
      if (opts.newSheet !== undefined) return createNewSheet(file, opts, lib.templates, chosen, ctx, fail);
      if (!opts.sheet) return fail("请用 --sheet 指定工作表（或用 --new-sheet 新建一张表）。", 2);
      const formNo = opts.form === undefined ? null : Number(opts.form);
      if (formNo !== null && !(Number.isInteger(formNo) && formNo >= 1)) return fail("--form 应是从 1 开始的整数。", 2);

      const loaded = await loadForRewrite(file);
      if (!loaded.ok) return fail(loaded.message, 1);
      const wb = loaded.wb;
      const ws = wb.worksheets.find((w) => w.name === opts.sheet);
      if (!ws) return fail(safe`找不到工作表“${opts.sheet}”。可选：${wb.worksheets.map((w) => w.name).join("、")}`, 2);
      const snap = worksheetToSnapshot(ws);
      const forms = suggestForSheet(snap, lib.templates);
      if (forms.length === 0) return fail(safe`工作表“${opts.sheet}”不是绩效表，未做任何修改。`, 1);
      if (formNo !== null && formNo > forms.length) return fail(`工作表上只有 ${forms.length} 张表。`, 2);

      const lines: string[] = [];
      const plans: InsertionPlan[] = [];
      let problems = 0;
      for (const f of forms) {
        if (formNo !== null && f.formIndex !== formNo - 1) continue;
        const template = chosen ?? f.suggestions[0]?.template;
        lines.push(`第 ${f.formIndex + 1} 张表「${f.project}」`);
        if (!template) {
          lines.push("  没有匹配的模板，未修改；请用 --template 指定（jxcheck templates 可浏览全部）。");
          problems++;
          continue;
        }
        const why = chosen ? "（指定）" : `（推荐：${f.suggestions[0].reason}）`;
        const r = planInsertion(snap, template, { formIndex: f.formIndex, framework: opts.framework });
        if (!r.ok) {
          lines.push(`  模板“${template.name}”${why}：无法插入——${r.reason}`);
          problems++;
          continue;
        }
        const p = r.plan;
        if (p.rows.length === 0) {
          lines.push(`  模板“${template.name}”${why}：指标已齐全，无需插入。`);
          continue;
        }
        lines.push(
          `  模板“${template.name}”${why}：${p.mode === "new-block" ? "新建指标表，" : ""}插入 ${p.insertedRows} 行，填写 ${p.rows.length} 个指标：`,
        );
        for (const row of p.rows) {
          const note = row.placeholder ? "  [待填]" : row.filledFrom ? `  （取自${row.filledFrom}）` : "";
          lines.push(`    ${row.cell}  ${row.level1} › ${row.level2} › ${row.level3}  ${row.value}${note}`);
        }
        for (const s of p.skipped) lines.push(`  模板中没有“${s}”的指标，需要手工补充。`);
        plans.push(p);
      }
      if (plans.length === 0) {
        lines.push("没有需要插入的行，未写出文件。");
        printLines(ctx.writeOut, lines);
        ctx.setExitCode(problems > 0 ? 1 : 0);
        return;
      }
      // Lowest form first: its inserted rows do not move the forms above it.
      try {
        for (const p of [...plans].sort((a, b) => b.formIndex - a.formIndex)) applyPlanToWorksheet(ws, p, wb);
      } catch (e) {
        printLines(ctx.writeOut, lines);
        return fail(safe`无法插入：${e instanceof Error ? e.message : String(e)}；未写出任何文件。`, 1);
      }
      const written = await writeOutput(wb, opts.out, ctx);
      if (written) return fail(written, 1);
      // Read the written file back and re-check the sheet.
      const back = await loadWorkbook(opts.out);
      const backSheet = back.worksheets.find((w) => w.name === opts.sheet);
      if (!backSheet) return fail(safe`已写入 ${opts.out}，但读回时找不到工作表“${opts.sheet}”。`, 1);
      const again = checkSheet(worksheetToSnapshot(backSheet), { framework: opts.framework });
      const counts = countBySeverity(again.findings);
      const placeholderFindings = again.findings.filter((f) => f.message.includes(PLACEHOLDER)).length;
      const placeholders = plans.flatMap((p) => p.placeholders);
      lines.push(`已写入：${opts.out}（输入文件未修改）`);
      if (placeholders.length > 0)
        lines.push(`待填写（${placeholders.length} 处，值中标有“${PLACEHOLDER}”）：${placeholders.join("、")}`);
      lines.push(
        `重新检查：错误 ${counts.error}  警告 ${counts.warning}  提示 ${counts.info}${placeholderFindings > 0 ? `（其中 ${placeholderFindings} 条是待填写的占位值）` : ""}`,
      );
      printLines(ctx.writeOut, lines);
      ctx.setExitCode(problems > 0 ? 1 : 0);
    });
}

/** Writes the workbook through the shared atomic writer; returns a zh-CN failure message, or null. */
async function writeOutput(wb: ExcelJS.Workbook, out: string, ctx: CliContext): Promise<string | null> {
  try {
    await writeAtomically(out, (tmp) => wb.xlsx.writeFile(tmp), { writeErr: ctx.writeErr });
    return null;
  } catch (e) {
    if (e instanceof OutputRefusal) return safe`未写出：${e.message}`;
    const code = (e as { code?: unknown }).code;
    const why = typeof code === "string" ? describeWriteError(e) : e instanceof Error ? e.message : String(e);
    return safe`写出 ${out} 失败：${why}（输入文件未修改，没有留下临时文件）`;
  }
}

/** --new-sheet: a complete new form (header left empty) with the template's indicators, on a new sheet. */
async function createNewSheet(
  file: string,
  opts: InsertOptions,
  templates: readonly Template[],
  chosen: Template | undefined,
  ctx: CliContext,
  fail: (msg: string, code: number) => void,
): Promise<void> {
  const name = opts.newSheet!;
  const bad = sheetNameProblem(name);
  if (bad) return fail(safe`“${name}”不能用作工作表名称：${bad}。`, 2);
  const loaded = await loadForRewrite(file);
  if (!loaded.ok) return fail(loaded.message, 1);
  const wb = loaded.wb;
  if (wb.worksheets.some((w) => w.name.toLowerCase() === name.toLowerCase()))
    return fail(safe`工作表“${name}”已存在（Excel 不区分大小写），未修改；请换一个名称。`, 2);
  let template = chosen;
  if (!template && opts.sheet) {
    const ws = wb.worksheets.find((w) => w.name === opts.sheet);
    if (!ws) return fail(safe`找不到工作表“${opts.sheet}”。`, 2);
    template = suggestForSheet(worksheetToSnapshot(ws), templates)[0]?.suggestions[0]?.template;
  }
  if (!template) return fail("请用 --template 指定模板（或用 --sheet 让程序按那张表推荐）。", 2);
  const layout: NewFormLayout =
    opts.layout === "declaration" ? "declaration-form" : opts.layout === "core-101" ? "core-101-table" : "policy-table";
  const form = newFormGrid(template, layout, {
    sheetName: name,
    framework: opts.framework === "auto" ? undefined : opts.framework,
  });
  writeNewFormSheet(wb, form);
  const written = await writeOutput(wb, opts.out, ctx);
  if (written) return fail(written, 1);
  const back = await loadWorkbook(opts.out);
  const backSheet = back.worksheets.find((w) => w.name === name);
  if (!backSheet) return fail(safe`已写入 ${opts.out}，但读回时找不到工作表“${name}”。`, 1);
  const again = checkSheet(worksheetToSnapshot(backSheet));
  const counts = countBySeverity(again.findings);
  printLines(ctx.writeOut, [
    `新建工作表「${name}」（${layout === "declaration-form" ? "绩效目标申报表" : layout === "core-101-table" ? "101号样式" : "项目（政策）支出绩效表"}），模板“${template.name}”，${form.rows.length} 个指标；表头各项留空待填。`,
    `已写入：${opts.out}（输入文件未修改）`,
    `重新检查：错误 ${counts.error}  警告 ${counts.warning}  提示 ${counts.info}（主要是待填写的表头和占位值）`,
  ]);
  ctx.setExitCode(0);
}

/**
 * `jxcheck templates`: lists the indicator templates (text or JSON), or with --suggest explains which
 * template fits each form of a sheet and previews the rows an insertion would add.
 */
import { Command, Option } from "commander";
import { frameworkOf, listTemplates, renderTemplate } from "../../core/templates/render";
import { planInsertion } from "../../core/templates/plan";
import { suggestForSheet } from "../../core/templates/suggest";
import { checkSheet } from "../../core/check";
import { fixForFinding } from "../../core/templates/forFinding";
import type { FrameworkId } from "../../core/frameworks/framework";
import type { CliContext } from "../context";
import { loadBoundedWorkbook, worksheetToSnapshot } from "../readWorkbookSnapshots";
import { describeReadError } from "../readErrors";
import { printLines, safe } from "../terminalText";
import { loadLibrary } from "../templateLibrary";

interface TemplatesOptions {
  format: "text" | "json";
  framework: "all" | FrameworkId;
  library?: string;
  suggest?: string;
  sheet?: string;
}

export function registerTemplatesCommand(program: Command, ctx: CliContext): Command {
  return program
    .command("templates")
    .description("列出标准指标模板，或为工作表推荐模板  list indicator templates, or suggest one for a sheet")
    .addOption(new Option("--format <format>", "输出格式 output format").choices(["text", "json"]).default("text"))
    .addOption(
      new Option("--framework <framework>", "按哪个指标体系展开 which framework to render")
        .choices(["all", "old-88", "core-101"])
        .default("all"),
    )
    .option("--library <file>", "本单位模板文件（JSON） a unit's own templates (JSON)")
    .option("--suggest <file>", "为该工作簿中的表推荐模板 suggest templates for this workbook")
    .option("--sheet <name>", "工作表名称（与 --suggest 一起用） sheet name (with --suggest)")
    .action(async (opts: TemplatesOptions) => {
      const lib = loadLibrary(opts.library);
      if (!lib.ok) {
        printLines(ctx.writeErr, lib.message.split("\n"));
        ctx.setExitCode(2);
        return;
      }
      if (opts.sheet && !opts.suggest) {
        ctx.writeErr("--sheet 要和 --suggest <文件> 一起使用。\n");
        ctx.setExitCode(2);
        return;
      }
      if (!opts.suggest) {
        const frameworks: FrameworkId[] = opts.framework === "all" ? ["old-88", "core-101"] : [opts.framework];
        const listing = listTemplates(lib.templates, frameworks);
        if (opts.format === "json") {
          ctx.writeOut(`${JSON.stringify(listing, null, 2)}\n`);
          return;
        }
        const lines: string[] = [];
        for (const t of lib.templates) {
          lines.push(`${t.id}  ${t.name}（${t.kinds.join("、")}）${t.source === "unit" ? "  [本单位]" : ""}`);
          if (t.sources.length > 0)
            lines.push(
              `  来源：${t.sources.map((x) => `${x.publisher} ${x.year ?? "年份未载明"}${x.title ? `《${x.title}》` : ""}`).join("；")}`,
            );
          for (const f of frameworks) {
            lines.push(`  ${f === "old-88" ? "产出·效益·满意度" : "101号（成本为一级）"}：`);
            for (const r of renderTemplate(t, frameworkOf(f))) {
              lines.push(
                `    ${r.level1} › ${r.level2} › ${r.level3}  ${r.value}${r.placeholder ? "  [待填]" : ""}  —— ${r.explanation}`,
              );
            }
          }
        }
        lines.push(`共 ${lib.templates.length} 个模板。（待填）表示只有本单位能填写的值。`);
        printLines(ctx.writeOut, lines);
        return;
      }
      let wb;
      let bounds;
      try {
        ({ workbook: wb, bounds } = await loadBoundedWorkbook(opts.suggest));
      } catch (e) {
        printLines(ctx.writeErr, [
          `无法读取 ${opts.suggest}：${describeReadError(e, opts.suggest).replace(/^无法读取文件：/, "")}`,
        ]);
        ctx.setExitCode(1);
        return;
      }
      const sheets = opts.sheet ? wb.worksheets.filter((w) => w.name === opts.sheet) : wb.worksheets;
      if (opts.sheet && sheets.length === 0) {
        ctx.writeErr(safe`找不到工作表“${opts.sheet}”。可选：${wb.worksheets.map((w) => w.name).join("、")}` + "\n");
        ctx.setExitCode(2);
        return;
      }
      const out: unknown[] = [];
      const lines: string[] = [];
      for (const ws of sheets) {
        const refused = bounds.refused.get(ws.name);
        if (refused) {
          // A sheet over the read caps is never silently passed over.
          lines.push(`工作表「${ws.name}」：${refused}`);
          out.push({ sheet: ws.name, skipped: true, reason: refused, forms: [] });
          ctx.setExitCode(1);
          continue;
        }
        const snap = worksheetToSnapshot(ws);
        const forms = suggestForSheet(snap, lib.templates);
        const findings = forms.length > 0 ? checkSheet(snap).findings : [];
        lines.push(`工作表「${ws.name}」${forms.length === 0 ? "：不是绩效表，没有推荐。" : ""}`);
        const jsonForms = forms.map((f) => {
          const best = f.suggestions[0];
          const plan = best ? planInsertion(snap, best.template, { formIndex: f.formIndex }) : null;
          lines.push(`  第 ${f.formIndex + 1} 张表「${f.project}」`);
          if (!best) lines.push("    没有匹配的模板（可用 jxcheck templates 浏览全部，再用 --template 指定）。");
          f.suggestions
            .slice(0, 3)
            .forEach((s, i) =>
              lines.push(`    ${i === 0 ? "推荐" : "备选"}：${s.template.id}  ${s.template.name}（${s.reason}）`),
            );
          if (plan && plan.ok) {
            const p = plan.plan;
            if (p.rows.length === 0) lines.push("    指标齐全，无需插入。");
            else {
              lines.push(
                `    插入“${best!.template.name}”将${p.mode === "new-block" ? "新建指标表并" : ""}添加 ${p.rows.length} 行指标：`,
              );
              for (const r of p.rows) {
                const note = r.placeholder ? "  [待填]" : r.filledFrom ? `  （取自${r.filledFrom}）` : "";
                lines.push(`      ${r.cell}  ${r.level1} › ${r.level2} › ${r.level3}  ${r.value}${note}`);
              }
            }
            for (const s of p.skipped) lines.push(`    模板中没有“${s}”的指标，需要手工补充。`);
            // Each "missing" finding with the template rows that fix it.
            for (const d of findings.filter((x) => x.formIndex === f.formIndex)) {
              const fix = fixForFinding(snap, d, lib.templates, best!.template.id);
              if (fix) lines.push(`    ${d.cell}  ${d.message} → ${fix.label}`);
            }
          } else if (plan && !plan.ok) lines.push(`    无法规划插入：${plan.reason}`);
          return {
            formIndex: f.formIndex,
            project: f.project,
            suggestions: f.suggestions.map((s) => ({
              id: s.template.id,
              name: s.template.name,
              score: s.score,
              reason: s.reason,
            })),
            ...(plan && plan.ok ? { preview: plan.plan.rows } : {}),
          };
        });
        out.push({ sheet: ws.name, forms: jsonForms });
      }
      if (opts.format === "json") ctx.writeOut(`${JSON.stringify({ file: opts.suggest, sheets: out }, null, 2)}\n`);
      else printLines(ctx.writeOut, lines);
    });
}

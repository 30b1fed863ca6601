/**
 * Robustness probe over the real corpus: applies edits a publisher makes without changing what a table says
 * (a signature footer, a note under the table, "附件" above it, spaced or wrapped labels, numbers stored as text)
 * to every sheet of the blind readings and real2, and lists the errors and warnings each edit adds or removes.
 * A benign edit should change no finding; on a corrected copy it must add no error or warning.
 *   npx tsx scripts/perturb-clean.ts [--only NAME] [--all-sheets] [--set a,b]
 */
import path from "node:path";
import fs from "node:fs";
import type { SheetSnapshot } from "../src/core/snapshot";
import { readWorkbookSnapshots } from "../src/cli/readWorkbookSnapshots";
import { readSheet } from "../src/core/read/readSheet";
import { dense, diff, ew, listSheets, perturbations, toSheet } from "../tests/core/helpers/benignEdits";

const verbose = process.argv.includes("--verbose");

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : null;
  const allSheets = args.includes("--all-sheets");
  const sets = args.includes("--set") ? args[args.indexOf("--set") + 1].split(",") : null;
  const sheets = listSheets(sets).filter((s) => allSheets || s.clean);
  const byFile = new Map<string, SheetSnapshot[]>();
  const tally: Record<string, { sheets: number; added: number; lost: number }> = {};
  for (const name of Object.keys(perturbations)) tally[name] = { sheets: 0, added: 0, lost: 0 };
  for (const s of sheets) {
    if (!fs.existsSync(s.file)) continue;
    if (!byFile.has(s.file)) byFile.set(s.file, await readWorkbookSnapshots(s.file));
    const snap = byFile.get(s.file)!.find((x) => x.name === s.sheet);
    if (!snap) continue;
    const base = dense(snap);
    const before = ew(toSheet(base), verbose);
    for (const [name, p] of Object.entries(perturbations)) {
      if (only && name !== only) continue;
      const changed = toSheet(p(base));
      if (args.includes("--debug") && `${path.basename(s.file)}|${s.sheet}`.includes(args[args.indexOf("--debug") + 1]))
        for (const f of readSheet(changed).forms) {
          console.log(`  ${name}: ${f.layout} rows ${f.rowSpan.top + 1}-${f.rowSpan.bottom + 1}`);
          for (const t of f.indicators?.tables ?? []) {
            console.log(
              `   table ${t.headerCell} ${JSON.stringify(t.valueHeaderCells)} ${(t.valueChoices ?? []).map((c) => c.reason).join("; ")}`,
            );
            for (const r of t.rows)
              console.log(
                `   r${r.row + 1} [${r.level1.text}|${r.level2.text}|${r.level3.text.slice(0, 20)}] ${r.values.map((v) => `${v.cell}=${v.text}`).join(" ")}`,
              );
          }
        }
      const after = ew(changed, verbose);
      const { added, lost } = diff(before, after);
      if (!added.length && !lost.length) continue;
      tally[name].sheets++;
      tally[name].added += added.length;
      tally[name].lost += lost.length;
      console.log(
        `${name}\t${path.basename(s.file)}|${s.sheet}${s.clean ? " (clean)" : ""}\t+${added.join(",")}\t-${lost.join(",")}`,
      );
    }
  }
  console.log(`\n${sheets.length} sheets`);
  for (const [name, t] of Object.entries(tally)) console.log(`${name}: ${t.sheets} sheets changed, +${t.added} -${t.lost}`);
}
void main();

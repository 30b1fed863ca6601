/**
 * Prints how the reader read each form of a workbook: kind with every kind's evidence, value-column
 * choices, reading notes and the indicator rows. For explaining a reading:
 *   npx tsx scripts/inspect-reading.ts FILE.xlsx [SHEET]
 */
import { readWorkbookSnapshots } from "../src/cli/readWorkbookSnapshots";
import { readSheet } from "../src/core/read/readSheet";

async function main(): Promise<void> {
  const [file, only] = process.argv.slice(2);
  for (const snap of await readWorkbookSnapshots(file)) {
    if (only && snap.name !== only) continue;
    const r = readSheet(snap);
    console.log(`== ${snap.name}: ${r.forms.length} form(s) ${r.reason ?? ""}`);
    for (const f of r.forms) {
      console.log(`-- ${f.layout} rows ${f.rowSpan.top + 1}-${f.rowSpan.bottom + 1} title "${f.title}"`);
      for (const e of f.kindEvidence ?? []) console.log(`   ${e.kind} ${e.score}: ${e.evidence.join("; ")}`);
      console.log(
        `   fields: ${Object.entries(f.fields)
          .map(([k, v]) => `${k}=${v?.cell}:"${v?.text.slice(0, 20)}"`)
          .join(" ")}`,
      );
      console.log(
        `   budget: ${Object.entries(f.budget)
          .map(([k, v]) => `${k}=${v?.cell}:${v?.amountWan}`)
          .join(" ")}`,
      );
      console.log(`   goals: ${f.goals.map((g) => `${g.period}@${g.cell}:"${g.text.slice(0, 20)}"`).join(" ")}`);
      for (const n of f.readingNotes ?? []) console.log(`   note${n.uncertain ? " (uncertain)" : ""} @${n.cell}: ${n.message}`);
      for (const t of f.indicators?.tables ?? []) {
        console.log(`   table ${t.headerCell} periods ${t.periods.join(",")} ${JSON.stringify(t.valueHeaderCells)}`);
        for (const c of t.valueChoices ?? []) console.log(`     choice: ${c.reason}`);
        for (const row of t.rows)
          console.log(
            `     r${row.row + 1} [${row.level1.text}|${row.level2.text}|${row.level3.text}] ${row.values.map((v) => `${v.cell}=${v.text}(${v.parsed.kind})`).join(" ")}`,
          );
      }
    }
  }
}
void main();

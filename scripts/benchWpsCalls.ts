/**
 * How many calls into WPS (each a synchronous cross-process call) the WPS host makes, counted on the fake ET:
 * 检查工作表 per sheet of the samples (read + paint), 清除标记, 检查全部工作表.   npx tsx scripts/benchWpsCalls.ts
 */
import path from "node:path";
import { runCheck } from "../src/excel/runCheck";
import { runCheckAll } from "../src/excel/runCheckAll";
import { readEtSheet } from "../src/wps/readEtSheet";
import { createWpsSheetHost } from "../src/wps/wpsSheetHost";
import { loadFakeEtFromXlsx } from "../src/wpsFake/loadFromXlsx";

async function main(): Promise<void> {
  for (const file of ["shenmu-2021.xlsx", "wuhai-2021.xlsx"]) {
    const fake = await loadFakeEtFromXlsx(path.join(__dirname, "../assets/samples", file));
    const host = createWpsSheetHost(() => fake.Application);
    for (const sheet of fake.app.workbook.live()) {
      fake.app.workbook.activate(sheet.name);
      let c = fake.app.calls;
      const ws = fake.Application.ActiveSheet!;
      const snap = readEtSheet(ws).snapshot;
      const readCalls = fake.app.calls - c;
      c = fake.app.calls;
      const out = await runCheck(host, { checkOptions: { framework: "auto" } });
      const checkCalls = fake.app.calls - c;
      c = fake.app.calls;
      await host.clearMarks(sheet.name);
      const cells = snap.values.reduce((n, r) => n + r.length, 0);
      console.log(
        `${file} ${sheet.name}: ${cells} cells, ${snap.merges.length} merges — read ${readCalls} calls; check (read+paint ${out.marked} marks) ${checkCalls}; clear ${fake.app.calls - c}`,
      );
    }
    const c = fake.app.calls;
    await runCheckAll(host);
    console.log(`${file} 检查全部工作表: ${fake.app.calls - c} calls`);
  }
}

void main();

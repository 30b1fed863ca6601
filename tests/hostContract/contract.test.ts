/**
 * Shared host contract: on every sheet of every fixture workbook the Excel host (over the Excel fake) and the WPS
 * host (over the WPS fake) read identical snapshots, find identical findings (= the CLI's), leave identical marks,
 * and 清除标记 leaves exactly what was there before the check (zero residue).
 */
import path from "node:path";
import { checkSheet } from "../../src/core/check";
import { readWorkbookSnapshots } from "../../src/cli/readWorkbookSnapshots";
import { runCheck } from "../../src/excel/runCheck";
import { EXCEL, FIXTURES, WPS, wpsKind, type HostKind, type Inventory, type LoadedHost } from "./hosts";

jest.setTimeout(180_000);

interface SheetRun {
  snapshot: string;
  findings: string[];
  before: Inventory;
  afterCheck: Inventory;
  afterClear: Inventory;
}

async function runAll(kind: HostKind, file: string): Promise<Map<string, SheetRun>> {
  const loaded: LoadedHost = await kind.load(file);
  const out = new Map<string, SheetRun>();
  for (const name of loaded.sheetNames()) {
    loaded.activate(name);
    const before = loaded.inventory(name);
    const outcome = await runCheck(loaded.host, { checkOptions: { framework: "auto" } });
    expect(outcome.errors).toEqual([]);
    const afterCheck = loaded.inventory(name);
    const cleared = await loaded.host.clearMarks(name);
    expect(cleared.ok).toBe(true);
    out.set(name, {
      snapshot: JSON.stringify(outcome.snapshot),
      findings: (outcome.result?.findings ?? []).map((f) => `${f.cell} ${f.rule} ${f.message}`),
      before,
      afterCheck,
      afterClear: loaded.inventory(name),
    });
  }
  return out;
}

const ours = (inv: Inventory) => inv.formats.filter((f) => f.formula.includes("绩效表检查")).length;

describe.each(FIXTURES.map((f) => [path.basename(f), f]))("%s", (_name, file) => {
  it("Excel and WPS hosts: same snapshots, findings (= CLI), marks; clear leaves zero residue", async () => {
    const [excel, wps, cli] = await Promise.all([runAll(EXCEL, file), runAll(WPS, file), readWorkbookSnapshots(file)]);
    expect([...wps.keys()]).toEqual([...excel.keys()]);
    let marked = 0;
    for (const [name, e] of excel) {
      const w = wps.get(name)!;
      expect({ name, snapshot: w.snapshot }).toEqual({ name, snapshot: e.snapshot });
      expect(w.findings).toEqual(e.findings);
      const snap = cli.find((s) => s.name === name);
      if (snap)
        expect(checkSheet(snap, { framework: "auto" }).findings.map((f) => `${f.cell} ${f.rule} ${f.message}`)).toEqual(
          w.findings,
        );
      expect(w.afterCheck).toEqual(e.afterCheck);
      expect(w.afterClear).toEqual(w.before);
      expect(e.afterClear).toEqual(e.before);
      marked += ours(w.afterCheck);
    }
    if ([...excel.values()].some((r) => r.findings.length > 0)) expect(marked).toBeGreaterThan(0);
  });
});

describe("WPS builds with the third-party-reported shapes", () => {
  const quirky = wpsKind(
    { value2: "item-wrapper", address: "property", batchWrite: false },
    "WPS (Item-wrapper Value2, Address property)",
  );
  it.each(FIXTURES.slice(0, 4).map((f) => [path.basename(f), f]))("%s: identical to the documented shapes", async (_n, file) => {
    const [plain, odd] = await Promise.all([runAll(WPS, file), runAll(quirky, file)]);
    for (const [name, p] of plain) {
      const q = odd.get(name)!;
      expect(q.snapshot).toEqual(p.snapshot);
      expect(q.findings).toEqual(p.findings);
      expect(q.afterCheck).toEqual(p.afterCheck);
      expect(q.afterClear).toEqual(q.before);
    }
  });
});

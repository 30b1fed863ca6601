/**
 * The hosts the shared contract tests run against, each over its own strict fake loaded from the same .xlsx:
 * Excel (src/excel adapter over src/fakeExcel) and WPS 表格 (src/wps adapter over src/wpsFake). Written against the
 * SheetHost interface only, plus a host-neutral view of what is on a sheet (rules and notes/comments).
 */
import fs from "node:fs";
import path from "node:path";
import { rangeToA1 } from "../../src/core/cellAddress";
import type { SheetHost } from "../../src/excel/sheetHost";
import { createOfficeSheetHost } from "../../src/excel/officeSheetHost";
import { fakeExcelRun, fakeExcelRunDelayed, fakeExcelRunInContext } from "../../src/fakeExcel/fakeExcel";
import { loadFakeWorkbookFromXlsx } from "../../src/fakeExcel/loadFakeWorkbookFromXlsx";
import { createWpsSheetHost } from "../../src/wps/wpsSheetHost";
import { etInventory, type EtQuirks } from "../../src/wpsFake/fakeEt";
import { loadFakeEtFromXlsx } from "../../src/wpsFake/loadFromXlsx";

/** Rules and notes on one sheet as the user would list them (fills "#RRGGBB"). */
export interface Inventory {
  formats: { cell: string; formula: string; fill: string | null }[];
  notes: { cell: string; text: string }[];
}

export interface LoadedHost {
  host: SheetHost;
  sheetNames(): string[];
  activate(name: string): void;
  inventory(name: string): Inventory;
}

export interface HostKind {
  name: string;
  load(file: string): Promise<LoadedHost>;
}

const sortInv = (inv: Inventory): Inventory => ({
  formats: [...inv.formats].sort((a, b) => (a.cell + a.formula).localeCompare(b.cell + b.formula)),
  notes: [...inv.notes].sort((a, b) => a.cell.localeCompare(b.cell)),
});

export const EXCEL: HostKind = {
  name: "Excel",
  async load(file) {
    const fake = await loadFakeWorkbookFromXlsx(file);
    const host = createOfficeSheetHost(fakeExcelRun(fake), {
      isSetSupported: (n, v) => fake.isSetSupported(n, v),
      runDelayed: fakeExcelRunDelayed(fake),
      runInContext: fakeExcelRunInContext(fake),
    });
    return {
      host,
      sheetNames: () => fake.sheets.filter((s) => s.alive).map((s) => s.name),
      activate: (name) => void fake.activate(name),
      inventory(name) {
        const s = fake.sheets.find((x) => x.alive && x.name === name)!;
        return sortInv({
          formats: s.conditionalFormats.map((cf) => ({
            cell: rangeToA1(cf.box),
            formula: cf.formula ?? "",
            fill: cf.fill ? cf.fill.toUpperCase() : null,
          })),
          notes: s.notes.map((n) => ({
            cell: rangeToA1({ top: n.row, left: n.col, bottom: n.row, right: n.col }),
            text: n.content,
          })),
        });
      },
    };
  },
};

export function wpsKind(quirks: Partial<EtQuirks> = {}, label = "WPS"): HostKind {
  return {
    name: label,
    async load(file) {
      const fake = await loadFakeEtFromXlsx(file, quirks);
      const host = createWpsSheetHost(() => fake.Application);
      return {
        host,
        sheetNames: () => fake.app.workbook.live().map((s) => s.name),
        activate: (name) => void fake.app.workbook.activate(name),
        inventory(name) {
          const inv = etInventory(fake.app, name);
          return sortInv({ formats: inv.formats.map(({ cell, formula, fill }) => ({ cell, formula, fill })), notes: inv.notes });
        },
      };
    },
  };
}

export const WPS = wpsKind();

const ROOT = path.join(__dirname, "../..");
const REAL = path.join(ROOT, "tests/fixtures/real");

/** Every fixture workbook: the two samples and the real tables. */
export const FIXTURES: string[] = [
  path.join(ROOT, "assets/samples/shenmu-2021.xlsx"),
  path.join(ROOT, "assets/samples/wuhai-2021.xlsx"),
  ...fs
    .readdirSync(REAL)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => path.join(REAL, f)),
];

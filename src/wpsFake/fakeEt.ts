/**
 * Fake WPS 表格 (ET) — public entry point. A strict, synchronous, in-memory imitation of the ET JavaScript objects the
 * WPS host (src/wps) uses, for jest and the browser playground. Framework-free; the .xlsx loader is in ./loadFromXlsx.ts.
 *
 *   const et = createFakeEt();                       // documented behaviour
 *   const et = createFakeEt({ value2: "item-wrapper", address: "property" });   // third-party-reported shapes
 *   et.app.workbook.addSheet("Sheet1").setValue(0, 0, "项目名称");
 *   const host = createWpsSheetHost(() => et.Application);
 */
import { bgrToHex } from "../wps/etApi";
import type { EtApplication } from "../wps/etApi";
import { boxA1, EtFakeObjects, parseInput, parseRef } from "./objects";
import { FakeEtApp, type EtFakeSheet, type EtQuirks } from "./model";

export { FakeEtApp, EtFakeSheet, EtFakeError, DEFAULT_QUIRKS, type EtQuirks, type EtFakeRule, type EtFakeComment } from "./model";
export { boxA1, parseRef } from "./objects";

export interface FakeEt {
  /** The model: sheets, rules, comments, switches and counters. */
  app: FakeEtApp;
  /** What WPS exposes as `window.Application`. */
  Application: EtApplication;
  /** A user typing into a cell: input parsed as typed, then the SheetChange event. */
  userEdit(sheetName: string, a1: string, typed: string | number | boolean): void;
}

export function createFakeEt(quirks: Partial<EtQuirks> = {}): FakeEt {
  const app = new FakeEtApp(quirks);
  const objects = new EtFakeObjects(app);
  const Application = objects.application() as unknown as EtApplication;
  return {
    app,
    Application,
    userEdit(sheetName, a1, typed) {
      const sheet = app.workbook.sheet(sheetName);
      if (!sheet) throw new Error(`no sheet ${sheetName}`);
      const box = parseRef(a1);
      const cell = sheet.cellRecord(box.top, box.left);
      const parsed = parseInput(typed, cell.numberFormat);
      cell.value = parsed.value;
      if (parsed.formula) cell.formula = parsed.formula;
      else delete cell.formula;
      sheet.dropIfBlank(box.top, box.left);
      app.emit("SheetChange", objects.worksheet(sheet), objects.range(sheet, box));
    },
  };
}

/** One conditional-format rule or comment as a user would list it (for inventories compared across hosts). */
export interface EtInventory {
  formats: { cell: string; formula: string; fill: string | null; stopIfTrue: boolean }[];
  notes: { cell: string; text: string }[];
}

/** The rules and comments on a sheet, in a host-neutral form (fills as "#RRGGBB" the user sees). */
export function etInventory(app: FakeEtApp, sheetName: string): EtInventory {
  const sheet = app.workbook.sheet(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const show = (bgr: number | null) => {
    if (bgr === null) return null;
    if (app.quirks.colour === "rgb") return `#${(bgr & 0xffffff).toString(16).padStart(6, "0").toUpperCase()}`;
    return bgrToHex(bgr);
  };
  return {
    formats: sheet.rules.map((r) => ({
      cell: boxA1(r.box, false),
      formula: r.formula1,
      fill: show(r.interior),
      stopIfTrue: r.stopIfTrue,
    })),
    notes: sheet
      .commentList()
      .map((c) => ({ cell: boxA1({ top: c.row, left: c.col, bottom: c.row, right: c.col }, false), text: c.text })),
  };
}

export function sheetOf(fake: FakeEt, name: string): EtFakeSheet {
  const s = fake.app.workbook.sheet(name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

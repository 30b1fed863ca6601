/** Shared helpers for tests/wps (not a test file). */
import path from "node:path";
import { createWpsSheetHost, type WpsSheetHost } from "../../src/wps/wpsSheetHost";
import type { FakeEt, EtQuirks } from "../../src/wpsFake/fakeEt";
import { loadFakeEtFromXlsx } from "../../src/wpsFake/loadFromXlsx";

export const SAMPLES = {
  shenmu: path.join(__dirname, "../../assets/samples/shenmu-2021.xlsx"),
  wuhai: path.join(__dirname, "../../assets/samples/wuhai-2021.xlsx"),
} as const;

export function loadSample(name: keyof typeof SAMPLES, quirks: Partial<EtQuirks> = {}): Promise<FakeEt> {
  return loadFakeEtFromXlsx(SAMPLES[name], quirks);
}

export function hostFor(fake: FakeEt, now?: () => number): WpsSheetHost {
  return createWpsSheetHost(() => fake.Application, { now });
}

/** Everything in the fake workbook that a user could see (sheets in order, cells, merges, rules, comments, links). */
export function content(fake: FakeEt): { name: string }[] {
  return fake.app.workbook.live().map((s) => ({
    name: s.name,
    cells: [...s.cells.entries()].sort(([a], [b]) => a.localeCompare(b)),
    merges: s.merges.map((m) => `${m.top},${m.left},${m.bottom},${m.right}`).sort(),
    rules: s.rules.map((r) => ({
      box: r.box,
      type: r.type,
      f: r.formula1,
      fill: r.interior,
      font: r.fontColor,
      stop: r.stopIfTrue,
    })),
    comments: s.commentList().map((c) => ({ ...c })),
    links: s.hyperlinks.length,
    protected: s.protectContents,
  }));
}

/** The same finding builder as tests/excel. */
export { diag } from "../excel/helpers";

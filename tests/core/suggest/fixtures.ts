/** Every sheet of every workbook fixture (samples, real tables, and real2 when present), read as the CLI reads it. */
import * as fs from "node:fs";
import * as path from "node:path";
import { readWorkbookSnapshots } from "../../../src/cli/readWorkbookSnapshots";
import type { SheetSnapshot } from "../../../src/core/snapshot";

const ROOT = path.resolve(__dirname, "../../..");

export function fixtureWorkbooks(): string[] {
  const dirs = ["assets/samples", "tests/fixtures/real", "tests/fixtures/real2"].map((d) => path.join(ROOT, d));
  return dirs
    .filter((d) => fs.existsSync(d))
    .flatMap((d) =>
      fs
        .readdirSync(d)
        .filter((f) => f.endsWith(".xlsx"))
        .sort()
        .map((f) => path.join(d, f)),
    );
}

export interface FixtureSheet {
  file: string;
  snapshot: SheetSnapshot;
}

export async function fixtureSheets(): Promise<FixtureSheet[]> {
  const out: FixtureSheet[] = [];
  for (const file of fixtureWorkbooks()) {
    for (const snapshot of await readWorkbookSnapshots(file)) out.push({ file: path.basename(file), snapshot });
  }
  return out;
}

export function fixturePath(name: string): string {
  return path.join(ROOT, name);
}

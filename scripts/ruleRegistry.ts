/**
 * Generates src/core/rules/registry.ts from the rule folder: every `src/core/rules/<id>.ts` is one rule
 * (its file name is its id). Run `npm run gen:rules` after adding a rule; a test fails when the
 * registry is out of date, so the list is never kept by hand.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const RULES_DIR = path.join(__dirname, "..", "src", "core", "rules");
const CATEGORY_ORDER = ["missing", "inconsistent", "format"];
const NOT_RULES = new Set(["registry.ts"]);

export interface RuleFile {
  id: string;
  exportName: string;
  category: string;
}

/** The rule files of the folder, in reporting order (missing → inconsistent → format, then by id). */
export function listRuleFiles(dir = RULES_DIR): RuleFile[] {
  const out: RuleFile[] = [];
  for (const file of readdirSync(dir)) {
    if (!file.endsWith(".ts") || NOT_RULES.has(file)) continue;
    const text = readFileSync(path.join(dir, file), "utf8");
    const id = file.slice(0, -3);
    const exp = /export const (\w+): Rule\b/.exec(text);
    const idInFile = /\bid:\s*"([^"]+)"/.exec(text);
    const category = /\bcategory:\s*"([^"]+)"/.exec(text);
    if (!exp || !idInFile || !category)
      throw new Error(`${file}: not a rule module (needs "export const x: Rule" with meta id and category)`);
    if (idInFile[1] !== id) throw new Error(`${file}: the rule id "${idInFile[1]}" must match the file name`);
    out.push({ id, exportName: exp[1], category: category[1] });
  }
  const rank = (c: string) => CATEGORY_ORDER.indexOf(c) + 1 || 99;
  return out.sort((a, b) => rank(a.category) - rank(b.category) || a.id.localeCompare(b.id));
}

/** The text of registry.ts for the given rule files. */
export function renderRegistry(files: readonly RuleFile[]): string {
  const lines = [
    "/**",
    " * Every rule the engine runs, in reporting order. GENERATED from the files of this folder by",
    " * scripts/ruleRegistry.ts (`npm run gen:rules`) — do not edit by hand.",
    " */",
    ...files.map((f) => `import { ${f.exportName} } from "./${f.id}";`),
    'import type { Rule } from "./support/rule";',
    "",
    "export const ALL_RULES: readonly Rule[] = [",
    ...files.map((f) => `  ${f.exportName},`),
    "];",
    "",
  ];
  return lines.join("\n");
}

if (require.main === module) {
  const target = path.join(RULES_DIR, "registry.ts");
  writeFileSync(target, renderRegistry(listRuleFiles()));
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}

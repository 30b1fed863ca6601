/**
 * The pane's first screen must not pull the engine (rules, reading, checkSheet) or the template library into the
 * first bundle (issue 16: pane ≤ 200 KiB gzip): those load through import() (src/core/loadCheck.ts, the "engine" and
 * "templates" chunks). This walks the static imports from the pane's entry — `import type` and `import()` do not
 * count — and fails with the chain that reaches a lazy-only module.
 */
import { existsSync, readFileSync } from "fs";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");
const ENTRY = path.join(ROOT, "src/taskpane/index.tsx");

/** Modules that must only be reached through a dynamic import(). */
const LAZY_ONLY = [
  /^src\/core\/check\.ts$/,
  /^src\/core\/rules\//,
  /^src\/core\/read\/readSheet\.ts$/,
  /^src\/core\/suggest\//,
  /^src\/core\/templates\/library\.ts$/,
  /^src\/excel\/exportResults\.ts$/,
  /^src\/excel\/insertTemplate\.ts$/,
];

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith(".")) return null; // packages are measured by the bundle figures, not here
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")])
    if (existsSync(c) && /\.tsx?$/.test(c)) return c;
  return null;
}

/** Static, value-level imports and re-exports of a module. */
export function staticImports(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  const out: string[] = [];
  const re = /^\s*(import|export)\s+(type\s+)?([\s\S]*?)\s*from\s*["']([^"']+)["']|^\s*import\s+["']([^"']+)["']/gm;
  for (const m of code.matchAll(re)) {
    if (m[5]) out.push(m[5]);
    else if (!m[2]) {
      const names = m[3].replace(/^\{|\}$/g, "");
      // `import { type A, type B } from` brings in nothing at run time either.
      const allTypes = /^\{[^}]*\}$/.test(m[3].trim()) && names.split(",").every((n) => /^\s*type\s/.test(n) || !n.trim());
      if (!allTypes) out.push(m[4]);
    }
  }
  return out;
}

function firstPath(): Map<string, string | null> {
  const parent = new Map<string, string | null>([[ENTRY, null]]);
  const todo = [ENTRY];
  while (todo.length) {
    const file = todo.pop()!;
    for (const spec of staticImports(readFileSync(file, "utf8"))) {
      const dep = resolve(file, spec);
      if (dep && !parent.has(dep)) {
        parent.set(dep, file);
        todo.push(dep);
      }
    }
  }
  return parent;
}

describe("the task pane's first bundle", () => {
  it("reads static imports, not type-only imports or import()", () => {
    expect(
      staticImports(
        'import type { A } from "./a";\nimport { type B } from "./b";\nimport { C, type D } from "./c";\nexport { E } from "./e";\nconst f = () => import("./f");\nimport "./g";',
      ),
    ).toEqual(["./c", "./e", "./g"]);
  });

  it("reaches the engine, the rule registry, 导出结果 and the template library only through import()", () => {
    const reached = firstPath();
    const rel = (f: string) => path.relative(ROOT, f).split(path.sep).join("/");
    const bad: string[] = [];
    for (const file of reached.keys()) {
      if (!LAZY_ONLY.some((re) => re.test(rel(file)))) continue;
      const chain: string[] = [];
      for (let f: string | null = file; f; f = reached.get(f) ?? null) chain.unshift(rel(f));
      bad.push(chain.join(" → "));
    }
    expect(bad).toEqual([]);
    expect(reached.size).toBeGreaterThan(20); // the walk really followed the pane's imports
  });
});

/**
 * The engine's per-form code builds no object literal that starts with a spread and then names its own fields
 * (`{ ...base, messageId }`). In V8 (Node 20) such a literal takes a slow path: about a microsecond each, against
 * a few nanoseconds for the same object written out or made with `Object.assign({}, base, { … })` — it was a fifth
 * of a form's rules and reading (issue 16). A literal with the spread last (`{ messageId, ...base }`) is fast. This
 * is a static check (no timing): it names every such literal in the folders that run once per form or per finding.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ts from "typescript";

const ROOT = path.join(__dirname, "..", "..", "src", "core");
const HOT = ["read", "rules", "parse", "text", path.join("suggest", "verify.ts")];

function files(at: string): string[] {
  const full = path.join(ROOT, at);
  if (fs.statSync(full).isFile()) return [full];
  return fs.readdirSync(full).flatMap((name) => files(path.join(at, name)));
}

function spreadFirstLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      const [first, ...rest] = node.properties;
      if (first && ts.isSpreadAssignment(first) && rest.some((p) => !ts.isSpreadAssignment(p))) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        found.push(`${path.relative(ROOT, file)}:${line + 1} ${node.getText().replace(/\s+/g, " ").slice(0, 80)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("per-form code", () => {
  it("has no object literal that spreads before its own fields", () => {
    const all = HOT.flatMap(files).filter((f) => f.endsWith(".ts"));
    expect(all.length).toBeGreaterThan(50);
    expect(all.flatMap(spreadFirstLiterals)).toEqual([]);
  });

  it("finds such a literal when there is one", () => {
    const probe = path.join(os.tmpdir(), `jx-spread-${process.pid}.ts`);
    fs.writeFileSync(probe, "const a = { x: 1 };\nexport const b = { ...a, y: 2 };\nexport const c = { y: 2, ...a };\n");
    try {
      expect(spreadFirstLiterals(probe)).toHaveLength(1);
    } finally {
      fs.unlinkSync(probe);
    }
  });
});

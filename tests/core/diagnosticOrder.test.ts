/**
 * The faster message rendering and sorting (issue 16) give exactly what the plain versions give.
 */
import { compareDiagnostics, formatMessage, sortDiagnostics } from "../../src/core/diagnosticOrder";
import type { Diagnostic, MessageParams, Severity } from "../../src/core/diagnostics";

/** The rendering as it was written before: one regular-expression replace. */
function formatByReplace(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(params, key) ? String(params[key]) : whole,
  );
}

describe("formatMessage", () => {
  const params: MessageParams = { value: "≥98%", n: 3, empty: "", dollar: "$1 $& $$", brace: "{value}" };
  it.each([
    "没有占位符。",
    "",
    "{value}",
    "指标值“{value}”共{n}处，{value}。",
    "未知的{missing}保留原样，{value}",
    "{{value}} {value}{n}{empty}|",
    "替换里的特殊字符 {dollar} 和 {brace} 不再展开",
    "不成对的 { 和 } 以及 {中文} {a-b} { value }",
  ])("renders %p as a regular-expression replace does", (template) => {
    expect(formatMessage(template, params)).toBe(formatByReplace(template, params));
  });
});

describe("sortDiagnostics", () => {
  it("gives the order of sort(compareDiagnostics), ties kept in their order", () => {
    // A small deterministic generator: many ties on form, cell, severity and rule.
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const severities: Severity[] = ["error", "warning", "info"];
    const cells = ["A1", "B2", "AA10", "C3", "B10", "Z9", "bad", "A100"];
    const rules = ["value-format", "value-unit", "goal-substance", "Value-format", "值"];
    const list: Diagnostic[] = Array.from({ length: 400 }, (_, i) => ({
      rule: rules[next(rules.length)],
      severity: severities[next(3)],
      category: "format",
      cell: cells[next(cells.length)],
      related: [],
      messageId: `m${i}`,
      params: {},
      message: "",
      formIndex: next(4),
      project: "",
      basis: "",
      group: "",
    }));
    const expected = [...list].sort(compareDiagnostics).map((d) => d.messageId);
    const sorted = sortDiagnostics([...list]);
    expect(sorted.map((d) => d.messageId)).toEqual(expected);
  });
});

describe("cell order", () => {
  /** The position as the pattern read it before (`/^([A-Z]+)(\d+)$/`, 0 when it does not match). */
  function orderByPattern(a1: string): number {
    const m = /^([A-Z]+)(\d+)$/.exec(a1);
    if (!m) return 0;
    let col = 0;
    for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
    return Number(m[2]) * 16384 + col;
  }
  const finding = (cell: string, i: number): Diagnostic => ({
    rule: "r",
    severity: "info",
    category: "format",
    cell,
    related: [],
    messageId: `m${i}`,
    params: {},
    message: "",
    formIndex: 0,
    project: "",
    basis: "",
    group: "",
  });

  it("sorts every kind of address as the pattern ordered it", () => {
    const odd = ["", "A", "1", "a1", "A0", "A01", "$A$1", "A1B", "A 1", "XFD1048576", "ABCDE12", "Ａ1", "A١"];
    const long = ["A12345678901234", "A123456789012345", "B1234567890123456789", "ZZ99999999999999999999"];
    const cells: string[] = [...odd, ...long];
    let seed = 11;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 2000; i++) {
      const letters = Array.from({ length: 1 + next(3) }, () => String.fromCharCode(65 + next(26))).join("");
      cells.push(`${letters}${1 + next(1_100_000)}`);
    }
    const list = cells.map(finding);
    const expected = [...list]
      .map((d, at) => ({ d, at, key: orderByPattern(d.cell) }))
      .sort((a, b) => a.key - b.key || a.at - b.at)
      .map((x) => x.d.messageId);
    expect(sortDiagnostics([...list]).map((d) => d.messageId)).toEqual(expected);
    expect([...list].sort(compareDiagnostics).map((d) => d.messageId)).toEqual(expected);
  });
});

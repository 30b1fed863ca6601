/**
 * A minimal scripted SheetHost for pane tests: one sheet as a grid, records every call,
 * and lets a test fire "user edits" and inject failures.
 */
import type { Diagnostic } from "../../src/core/diagnostics";
import type { SheetCheckResult } from "../../src/core/check";
import { fromA1, snapshotFromGrid, type CellValue, type SheetSnapshot } from "../../src/core/snapshot";
import type { HostError, HostResult, SheetHost } from "../../src/excel/sheetHost";

export class MockHost implements SheetHost {
  calls: string[] = [];
  painted: { sheet: string; cells: string[] }[] = [];
  marks = new Set<string>();
  selected: string | null = null;
  failNext: Partial<Record<keyof SheetHost, HostError>> = {};
  private editHandlers = new Set<() => void>();
  capabilities?: SheetHost["capabilities"];
  readAndPaint?: SheetHost["readAndPaint"];

  constructor(
    public sheetName: string,
    public grid: CellValue[][],
    public merges: string[] = [],
  ) {}

  private fail<T>(op: keyof SheetHost): HostResult<T> | null {
    const e = this.failNext[op];
    if (!e) return null;
    delete this.failNext[op];
    return { ok: false, error: e };
  }

  async readActiveSheet(): Promise<HostResult<ReturnType<typeof snapshotFromGrid>>> {
    this.calls.push("read");
    return (
      this.fail("readActiveSheet") ?? {
        ok: true,
        value: snapshotFromGrid(
          this.sheetName,
          this.grid.map((r) => [...r]),
          this.merges,
        ),
      }
    );
  }

  async paintFindings(sheet: string, findings: readonly Diagnostic[]): Promise<HostResult<{ marked: number }>> {
    this.calls.push(`paint:${findings.length}`);
    const f = this.fail<{ marked: number }>("paintFindings");
    if (f) return f;
    this.marks = new Set(findings.map((d) => d.cell));
    this.painted.push({ sheet, cells: findings.map((d) => d.cell) });
    return { ok: true, value: { marked: this.marks.size } };
  }

  async clearMarks(): Promise<HostResult<{ cleared: number }>> {
    this.calls.push("clear");
    const f = this.fail<{ cleared: number }>("clearMarks");
    if (f) return f;
    const n = this.marks.size;
    this.marks.clear();
    return { ok: true, value: { cleared: n } };
  }

  async selectCell(_sheet: string, a1: string): Promise<HostResult<void>> {
    this.calls.push(`select:${a1}`);
    const f = this.fail<void>("selectCell");
    if (f) return f;
    this.selected = a1;
    return { ok: true, value: undefined };
  }

  async writeCell(_sheet: string, a1: string, value: string, expected: string): Promise<HostResult<void>> {
    this.calls.push(`write:${a1}=${value}|${expected}`);
    const f = this.fail<void>("writeCell");
    if (f) return f;
    const { row, col } = fromA1(a1);
    const current = this.grid[row]?.[col];
    const text = current === null || current === undefined ? "" : String(current);
    if (text !== expected) return { ok: false, error: { code: "cell-changed", message: "单元格内容已被修改，未写入。" } };
    this.grid[row][col] = value;
    return { ok: true, value: undefined };
  }

  async onUserEdit(_sheet: string, handler: () => void): Promise<() => void> {
    this.calls.push("subscribe");
    this.editHandlers.add(handler);
    return () => {
      this.calls.push("unsubscribe");
      this.editHandlers.delete(handler);
    };
  }

  /** Simulates the user typing into a cell. */
  userEdit(a1: string, value: CellValue): void {
    const { row, col } = fromA1(a1);
    this.grid[row][col] = value;
    for (const h of this.editHandlers) h();
  }

  get subscribers(): number {
    return this.editHandlers.size;
  }
}

/** A fake engine: every cell whose text ends with "？" gets a warning suggesting the text without it. */
export function questionMarkCheck(snapshot: SheetSnapshot): SheetCheckResult {
  const findings: Diagnostic[] = [];
  snapshot.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v === "string" && v.endsWith("？")) {
        const cell = `${String.fromCharCode(65 + c + snapshot.origin.col)}${r + snapshot.origin.row + 1}`;
        findings.push({
          rule: "demo/question",
          severity: r === 0 ? "error" : "warning",
          category: "format",
          cell,
          related: [],
          messageId: "q",
          params: {},
          message: `${cell} 以问号结尾`,
          suggestion: v.slice(0, -1),
          formIndex: 0,
          project: "测试项目",
          group: r === 0 ? "" : "产出指标 › 数量指标",
          basis: "测试依据",
        });
      }
    }),
  );
  return {
    name: snapshot.name,
    recognized: true,
    layout: "policy-table",
    framework: "old-88",
    forms: [],
    findings,
  };
}

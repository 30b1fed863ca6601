/** Shared helpers for tests/excel (not a test file). */
import path from "node:path";
import type { Diagnostic, Severity } from "../../src/core/diagnostics";
import { createOfficeSheetHost, type OfficeSheetHost } from "../../src/excel/officeSheetHost";
import { fakeExcelRun, fakeExcelRunDelayed, fakeExcelRunInContext, type FakeWorkbook } from "../../src/fakeExcel/fakeExcel";
import { loadFakeWorkbookFromXlsx } from "../../src/fakeExcel/loadFakeWorkbookFromXlsx";

export const SAMPLES = {
  shenmu: path.join(__dirname, "../../assets/samples/shenmu-2021.xlsx"),
  wuhai: path.join(__dirname, "../../assets/samples/wuhai-2021.xlsx"),
} as const;

export type SampleName = keyof typeof SAMPLES;

export function loadSample(name: SampleName): Promise<FakeWorkbook> {
  return loadFakeWorkbookFromXlsx(SAMPLES[name]);
}

export interface TestHostOptions {
  now?: () => number;
  ownWriteWindowMs?: number;
}

export function hostFor(fake: FakeWorkbook, options: TestHostOptions = {}): OfficeSheetHost {
  return createOfficeSheetHost(fakeExcelRun(fake), {
    isSetSupported: (name, version) => fake.isSetSupported(name, version),
    runDelayed: fakeExcelRunDelayed(fake),
    runInContext: fakeExcelRunInContext(fake),
    ...options,
  });
}

export function diag(cell: string, severity: Severity, message = `问题 @${cell}`, extra: Partial<Diagnostic> = {}): Diagnostic {
  return {
    rule: "test/rule",
    severity,
    category: "format",
    cell,
    related: [],
    messageId: "test",
    params: {},
    message,
    formIndex: 0,
    project: "测试项目",
    group: "",
    basis: "测试依据",
    ...extra,
  };
}

/** A few hand-made findings: on B3 (项目名称 value), B5 (budget), the last cell of the used range, and a header. */
export function handFindings(lastCell: string): Diagnostic[] {
  return [
    diag("B3", "error", "项目名称与表头不一致"),
    diag("B5", "warning", "预算金额单位可疑", { suggestion: "50" }),
    diag("A1", "info", "标题提示"),
    diag(lastCell, "error", "指标值缺少单位"),
    diag(lastCell, "info", "同一单元格的第二条提示"),
  ];
}

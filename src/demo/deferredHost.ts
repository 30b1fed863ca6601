/**
 * A SheetHost that waits for the real one: lets the pane render while the workbook (and exceljs)
 * are still loading. A call made before then simply waits.
 */
import type { SheetHost } from "../excel/sheetHost";

export function deferredHost(ready: Promise<SheetHost>): SheetHost {
  return {
    readActiveSheet: async () => (await ready).readActiveSheet(),
    paintFindings: async (sheet, findings) => (await ready).paintFindings(sheet, findings),
    clearMarks: async (sheet) => (await ready).clearMarks(sheet),
    selectCell: async (sheet, a1) => (await ready).selectCell(sheet, a1),
    writeCell: async (sheet, a1, value, expected) => (await ready).writeCell(sheet, a1, value, expected),
    onUserEdit: async (sheet, handler) => (await ready).onUserEdit(sheet, handler),
    exportFindings: async (sheet, findings) => {
      const host = await ready;
      if (host.exportFindings) return host.exportFindings(sheet, findings);
      return { ok: false, error: { code: "unknown", message: "此环境不支持导出结果。" } };
    },
    exportWorkbookFindings: async (groups) => {
      const host = await ready;
      if (host.exportWorkbookFindings) return host.exportWorkbookFindings(groups);
      return { ok: false, error: { code: "unknown", message: "此环境不支持导出全部工作表的结果。" } };
    },
    readAndPaint: async (analyze) => {
      const host = await ready;
      if (host.readAndPaint) return host.readAndPaint(analyze);
      const read = await host.readActiveSheet();
      if (!read.ok) return read;
      const { value, findings } = analyze(read.value);
      const paint = await host.paintFindings(read.value.name, findings);
      return { ok: true, value: { snapshot: read.value, value, paint } };
    },
    // 检查全部工作表 (the playground's host is the Office adapter over the fake, which has both members)
    listSheets: async () => {
      const host = await ready;
      return host.listSheets
        ? host.listSheets()
        : { ok: false, error: { code: "unsupported-host", message: "此环境不支持检查全部工作表。" } };
    },
    // Template insertion (issue 7); the playground's host always has it.
    insertTemplate: async (makePlan, expected) => {
      const host = await ready;
      return host.insertTemplate
        ? host.insertTemplate(makePlan, expected)
        : { ok: false, error: { code: "unsupported-host", message: "此环境不支持插入模板。" } };
    },
    undoInsertTemplate: async (record) => {
      const host = await ready;
      return host.undoInsertTemplate
        ? host.undoInsertTemplate(record)
        : { ok: false, error: { code: "unsupported-host", message: "此环境不支持撤销插入。" } };
    },
    createForm: async (build) => {
      const host = await ready;
      return host.createForm
        ? host.createForm(build)
        : { ok: false, error: { code: "unsupported-host", message: "此环境不支持新建工作表。" } };
    },
    readAndPaintSheet: async (sheet, analyze) => {
      const host = await ready;
      if (host.readAndPaintSheet) return host.readAndPaintSheet(sheet, analyze);
      return { ok: false, error: { code: "unsupported-host", message: "此环境不支持检查全部工作表。" } };
    },
  };
}

/**
 * Office.js errors → HostError with a zh-CN message the pane/ribbon shows as is.
 */
import type { HostError, HostErrorCode, HostResult } from "./sheetHost";
import { MIN_EXCEL_API } from "./requirements";

/** What the user was doing; picks the wording of "finish editing, then …". */
export type HostOperation = "check" | "read" | "paint" | "clear" | "select" | "write" | "export";

const RETRY_VERB: Readonly<Record<HostOperation, string>> = {
  check: "再点击检查",
  read: "再点击检查",
  paint: "再点击检查",
  clear: "再点击清除标记",
  select: "再定位单元格",
  write: "再应用修改",
  export: "再点击导出结果",
};

export function editModeMessage(op: HostOperation): string {
  return `请先结束单元格编辑（按 Enter 或 Esc），${RETRY_VERB[op]}。`;
}

export const MESSAGES = {
  unsupportedHost: `此版本的 Excel 不支持本加载项（需要 ExcelApi ${MIN_EXCEL_API} 或更高版本）。请更新 Office，或改用 Excel 网页版。`,
  noActiveSheet: "没有可检查的活动工作表。请先单击要检查的工作表。",
  requestTooLarge: "工作表数据量过大，超出 Excel 单次请求的限制（5 MB），无法读取。请删除无关的行列后重试。",
  sheetNotFound: (name: string) => `找不到工作表“${name}”，它可能已被重命名或删除。`,
  sheetProtected: (name: string) => `工作表“${name}”受保护，未做任何更改。请先撤消工作表保护（审阅 › 撤消工作表保护），再重试。`,
  paintProtected: (name: string) =>
    `工作表“${name}”受保护：检查结果已列出，但无法在单元格上标记。撤消工作表保护后再检查即可标出。`,
  clearProtected: (names: string[]) =>
    `工作表“${names.join("”“")}”受保护，其上的标记未能清除。请先撤消工作表保护，再点击清除标记。`,
  badAddress: (a1: string) => `“${a1}”不是有效的单元格地址。`,
  cellChanged: (a1: string) => `单元格 ${a1} 的内容已被修改，与检查时不同，未写入。请重新检查后再应用。`,
  cellNotEmpty: (a1: string) => `单元格 ${a1} 已有内容，未写入，以免覆盖。`,
  cellHasFormula: (a1: string) => `单元格 ${a1} 含有公式，未写入，以免破坏公式。`,
  cellInMerge: (a1: string, topLeft: string) => `单元格 ${a1} 位于合并区域内，内容应写在 ${topLeft}，未写入。`,
  marksChanged: (name: string) =>
    `工作表“${name}”上的标记未能更新：标记在上次检查后被改动过，或与其他条件格式规则重叠而 Excel 无法删除。请重新检查；若仍失败，请在“条件格式 › 管理规则”中删除公式含“绩效表检查”的规则。`,
  inventoryUnreadable: (name: string) =>
    `无法读取工作表“${name}”上已有的条件格式（Excel 的已知问题），为免重复或误删，本次未在表中标记。检查结果不受影响。`,
  notesSkipped: "部分单元格已有批注（线程批注），无法再添加说明批注；底色标记已完成，详细说明请看检查面板。",
  /** Part of the used range was not read (issue 10; worded neutrally in issue 15: it may be a second form, not stray). */
  strayCells: (used: string, read: string) => {
    const cellRe = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/;
    const u = cellRe.exec(used);
    const r = cellRe.exec(read);
    const parts: string[] = [];
    if (u && r && Number(u[4]) > Number(r[4])) parts.push(`第 ${Number(r[4]) + 1}–${u[4]} 行`);
    if (u && r && (u[3].length > r[3].length || (u[3].length === r[3].length && u[3] > r[3]))) parts.push(`${r[3]} 列右侧的各列`);
    const rest = parts.length > 0 ? parts.join("和") : `${read} 以外的部分`;
    return `工作表的已用区域为 ${used}，本次检查了 ${read}；${rest}未检查。如那里有要检查的内容，请把它移到一张单独的工作表。`;
  },
  unknown: (detail: string) => `操作失败：${detail}`,
  /** InvalidOperation when a probe showed Excel is neither in cell-edit mode nor the sheet protected. */
  refused: (detail: string) =>
    `Excel 拒绝了这项操作（InvalidOperation）：${detail}。Excel 不在单元格编辑状态，工作表也未受保护；请稍后重试，若仍失败请重新打开工作簿。`,
} as const;

export function hostError(code: HostErrorCode, message: string): HostError {
  return { code, message };
}

export function fail<T>(code: HostErrorCode, message: string): HostResult<T> {
  return { ok: false, error: hostError(code, message) };
}

export function ok<T>(value: T): HostResult<T> {
  return { ok: true, value };
}

/** A HostError thrown inside a batch to leave it early (mapped back by {@link toHostError}). */
export class HostFailure extends Error {
  constructor(readonly error: HostError) {
    super(error.message);
    this.name = "HostFailure";
  }
}

/** The `code` of an OfficeExtension.Error (or of anything that looks like one). */
export function officeErrorCode(e: unknown): string | undefined {
  if (!e || typeof e !== "object") return undefined;
  const rec = e as { code?: unknown; debugInfo?: { code?: unknown } };
  if (typeof rec.code === "string" && rec.code) return rec.code;
  if (rec.debugInfo && typeof rec.debugInfo.code === "string") return rec.debugInfo.code;
  return undefined;
}

const PAYLOAD_CODES = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded", "PayloadTooLarge"]);

export function isPayloadError(e: unknown): boolean {
  const code = officeErrorCode(e);
  if (code && PAYLOAD_CODES.has(code)) return true;
  const msg = e instanceof Error ? e.message : "";
  return /payload size|负载大小/i.test(msg);
}

/**
 * Cell-edit mode. Excel documents "InvalidOperationInCellEditMode", but some builds answer the same situation with
 * the generic "InvalidOperation" (office-js #856, #3019; issue 10). A read never needs an operation that could be
 * invalid otherwise, so for reads both codes mean edit mode; for writes, callers first rule out protection.
 */
export function isEditModeError(e: unknown): boolean {
  const code = officeErrorCode(e);
  if (code === "InvalidOperationInCellEditMode") return true;
  return code === "InvalidOperation" && /cell[- ]edit|单元格编辑/i.test(e instanceof Error ? e.message : "");
}

export interface ErrorContext {
  sheetName?: string;
  /** The sheet was seen protected (protection.protected loaded in this batch). */
  protectedSheet?: boolean;
  /** An ItemNotFound means the named sheet is gone (rather than "no active sheet"). */
  namedSheet?: boolean;
  /** The sheet was found in this batch (getItemOrNullObject): a later ItemNotFound means our marks changed. */
  sheetFound?: boolean;
  /** A sync after the failure went through: Excel is not in cell-edit mode. */
  notEditMode?: boolean;
}

/** Maps any error thrown inside a batch to a HostError. */
export function toHostError(e: unknown, op: HostOperation, ctx: ErrorContext = {}): HostError {
  if (e instanceof HostFailure) return e.error;
  const code = officeErrorCode(e);
  const name = ctx.sheetName ?? "";
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return hostError("cell-edit-mode", editModeMessage(op));
    case "AccessDenied":
      return hostError("sheet-protected", op === "paint" ? MESSAGES.paintProtected(name) : MESSAGES.sheetProtected(name));
    case "InvalidOperation":
      if (ctx.protectedSheet) {
        return hostError("sheet-protected", op === "paint" ? MESSAGES.paintProtected(name) : MESSAGES.sheetProtected(name));
      }
      // Not protected: the generic code Excel gives in cell-edit mode (see isEditModeError) — unless a later sync
      // in the same batch went through, which cell-edit mode would have refused.
      if (!ctx.notEditMode) return hostError("cell-edit-mode", editModeMessage(op));
      return hostError("unknown", MESSAGES.refused(e instanceof Error ? e.message : String(e)));
    case "ApiNotFound":
      return hostError("unsupported-host", MESSAGES.unsupportedHost);
    case "ItemNotFound":
    case "UnsupportedSheet":
      if (ctx.sheetFound && name) return hostError("marks-changed", MESSAGES.marksChanged(name));
      if (ctx.namedSheet && name) return hostError("no-active-sheet", MESSAGES.sheetNotFound(name));
      if (op === "read" || op === "check") return hostError("no-active-sheet", MESSAGES.noActiveSheet);
      break;
    default:
      break;
  }
  if (isPayloadError(e)) return hostError("request-too-large", MESSAGES.requestTooLarge);
  const detail = e instanceof Error ? e.message : String(e);
  return hostError("unknown", MESSAGES.unknown(code ? `${detail}（${code}）` : detail));
}

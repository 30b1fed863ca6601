/**
 * Every piece of task-pane UI text, in one typed dictionary per language.
 * zh-CN is the primary language; en-US must have exactly the same shape (the type enforces it).
 * Finding messages themselves come from the engine and are always zh-CN.
 */
import type { Severity } from "../core/diagnostics";
import { FRAMEWORK_NAMES, KIND_NAMES } from "../core/names";
import type { HostErrorCode } from "../excel/sheetHost";

export type LocaleId = "zh-CN" | "en-US";
export type FrameworkChoice = "auto" | "old-88" | "core-101";

export interface Strings {
  appTitle: string;
  /** Accessible name of the whole pane region. */
  paneLabel: string;
  toolbarLabel: string;
  checkButton: string;
  /** Accessible name of the check button: its visible label (WCAG 2.5.3 Label in Name). */
  checkButtonAria: string;
  /** The longer explanation, exposed as the button's accessible description. */
  checkButtonDescription: string;
  checking: string;
  clearButton: string;
  /** Accessible name of the clear button: its visible label (WCAG 2.5.3). */
  clearButtonAria: string;
  clearButtonDescription: string;
  clearing: string;
  checkAllButton: string;
  checkAllButtonDescription: string;
  checkingAll: string;
  stopButton: string;
  stopButtonDescription: string;
  stopping: string;
  workbookHeading: string;
  workbookProgress: (index: number, total: number, name: string) => string;
  workbookOpenDescription: (name: string) => string;
  workbookNotRecognized: string;
  workbookUnread: string;
  workbookNotPainted: string;
  findingDescription: string;
  exportButton: string;
  exportButtonDescription: string;
  exporting: string;
  exported: (sheet: string, rows: number) => string;
  exportNothing: string;
  exportUnsupported: string;

  summaryHeading: string;
  summarySheet: string;
  summaryLayout: string;
  summaryFramework: string;
  summaryForms: string;
  summaryCheckedAt: (time: string) => string;
  summaryNone: string;
  layoutNames: Record<string, string>;
  frameworkNames: Record<string, string>;
  severityNames: Record<Severity, string>;
  severityCount: (severity: Severity, n: number) => string;

  notRecognizedTitle: string;
  notRecognizedBody: (reason: string) => string;
  /** A sheet that was not checked at all (too large…): never shown as a pass. */
  notCheckedTitle: string;
  notCheckedBody: (reason: string) => string;
  workbookNotChecked: string;
  noFindingsTitle: string;
  noFindingsBody: string;
  allHiddenByFilter: string;
  idleHint: string;
  /** After 检查全部工作表, before a sheet's findings are opened. */
  workbookPickHint: string;
  /** aria-description of the findings list: how to move with the keyboard. */
  findingsKeyboardHint: string;
  /** Announced to screen readers when a check finishes. */
  checkedAnnouncement: (n: number) => string;

  findingsHeading: string;
  findingsListLabel: string;
  projectHeading: (index: number, project: string) => string;
  headerGroup: string;
  /** "产出指标 › 数量指标（3 项）" */
  withCount: (title: string, n: number) => string;
  /** Accessible name of a finding's main button (activating it selects the cell). */
  findingAria: (severity: string, cell: string, message: string) => string;
  /** "建议值：" — label before an inline value. */
  suggestionLabel: string;
  fixLabel: string;
  /** Label of the line saying what a finding rests on. */
  basisLabel: string;
  relatedCells: (cells: string) => string;
  applyButton: string;
  applyButtonAria: (cell: string) => string;

  applyDialogTitle: string;
  applyDialogCellLabel: string;
  applyDialogOld: string;
  applyDialogNew: string;
  applyDialogEmpty: string;
  applyConfirm: string;
  applyCancel: string;
  applied: (cell: string) => string;
  marksCleared: (n: number) => string;
  autoRechecked: string;

  settingsHeading: string;
  /** Accessible name of the settings toggle: its visible label (WCAG 2.5.3). */
  settingsToggleAria: string;
  settingsToggleDescription: string;
  frameworkLabel: string;
  frameworkChoices: Record<FrameworkChoice, string>;
  severityFilterLabel: string;
  autoRecheckLabel: string;

  hostErrorTitle: Record<HostErrorCode, string>;
  degradedTitle: string;
  dismiss: string;
  dismissAria: string;
  unexpectedError: (detail: string) => string;
}

const SEVERITY_ZH: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };
const SEVERITY_EN: Record<Severity, string> = { error: "Error", warning: "Warning", info: "Info" };

export const zhCN: Strings = {
  appTitle: "绩效表检查",
  paneLabel: "绩效表检查任务窗格",
  toolbarLabel: "检查操作",
  checkButton: "检查工作表",
  checkButtonAria: "检查工作表",
  checkButtonDescription: "检查当前工作表中的绩效目标表",
  checking: "正在检查…",
  clearButton: "清除标记",
  clearButtonAria: "清除标记",
  clearButtonDescription: "清除本加载项在各工作表上做的所有标记",
  clearing: "正在清除…",
  checkAllButton: "检查全部工作表",
  checkAllButtonDescription: "逐张检查工作簿中的所有工作表，并在各表上标出问题",
  checkingAll: "正在检查全部…",
  stopButton: "取消",
  stopButtonDescription: "检查完当前工作表后停止，保留已检查的结果",
  stopping: "正在停止…",
  workbookHeading: "全部工作表",
  workbookProgress: (index, total, name) => `正在检查第 ${index}/${total} 张：${name}`,
  workbookOpenDescription: (name) => `查看工作表“${name}”的检查结果`,
  workbookNotRecognized: "未识别出绩效表",
  workbookUnread: "无法读取",
  workbookNotPainted: "未标记",
  findingDescription: "按下可定位到该单元格",
  exportButton: "导出结果",
  exportButtonDescription: "把当前的检查结果写到本工作簿的新工作表“检查结果”中，每条结果链接到对应单元格",
  exporting: "正在导出…",
  exported: (sheet, rows) => `已把 ${rows} 条结果导出到新工作表“${sheet}”，点“单元格”列的链接可跳到对应单元格。`,
  exportNothing: "没有可导出的结果：请先检查工作表（或在设置中显示更多严重程度）。",
  exportUnsupported: "此环境不支持导出结果。",

  summaryHeading: "检查摘要",
  summarySheet: "工作表",
  summaryLayout: "表样",
  summaryFramework: "指标体系",
  summaryForms: "绩效表数",
  summaryCheckedAt: (time) => `检查时间：${time}`,
  summaryNone: "—",
  // One vocabulary with the engine and the CLI (src/core/names.ts).
  layoutNames: KIND_NAMES,
  frameworkNames: FRAMEWORK_NAMES,
  severityNames: SEVERITY_ZH,
  severityCount: (severity, n) => `${SEVERITY_ZH[severity]} ${n} 项`,

  notRecognizedTitle: "未识别为绩效目标表",
  notRecognizedBody: (reason) => `当前工作表未识别出项目支出绩效目标表：${reason}`,
  notCheckedTitle: "未检查",
  notCheckedBody: (reason) => `当前工作表没有检查，不能视为通过：${reason}`,
  workbookNotChecked: "未检查",
  noFindingsTitle: "未发现问题",
  noFindingsBody: "当前工作表的绩效目标表没有发现问题。",
  allHiddenByFilter: "所有问题都被“显示级别”设置隐藏了。",
  idleHint: "打开包含项目支出绩效目标表的工作表，然后点击“检查工作表”。",
  workbookPickHint: "已检查全部工作表。点击上面“全部工作表”中的一张表，查看它的问题。",
  findingsKeyboardHint: "用上下方向键在问题之间移动，按 Enter 定位到单元格。",
  checkedAnnouncement: (n) => (n === 0 ? "检查完成，未发现问题。" : `检查完成，发现 ${n} 个问题。`),

  findingsHeading: "检查结果",
  findingsListLabel: "按项目和指标分组的检查结果",
  projectHeading: (index, project) => (project ? `表 ${index + 1}：${project}` : `表 ${index + 1}`),
  headerGroup: "表头/基本信息",
  withCount: (title, n) => `${title}（${n} 项）`,
  findingAria: (severity, cell, message) => `${severity}，单元格 ${cell}：${message}。按下可定位到该单元格`,
  suggestionLabel: "建议值：",
  fixLabel: "修改建议：",
  basisLabel: "依据：",
  relatedCells: (cells) => `相关单元格：${cells}`,
  applyButton: "应用建议",
  applyButtonAria: (cell) => `将建议值写入单元格 ${cell}`,

  applyDialogTitle: "应用建议",
  applyDialogCellLabel: "单元格",
  applyDialogOld: "当前内容",
  applyDialogNew: "改为",
  applyDialogEmpty: "（空）",
  applyConfirm: "确认写入",
  applyCancel: "取消",
  applied: (cell) => `已写入单元格 ${cell}，并重新检查。`,
  marksCleared: (n) => `已清除 ${n} 处标记。`,
  autoRechecked: "检测到编辑，已自动重新检查。",

  settingsHeading: "设置",
  settingsToggleAria: "设置",
  settingsToggleDescription: "显示或隐藏设置",
  frameworkLabel: "指标体系",
  frameworkChoices: {
    auto: "自动识别",
    "old-88": "old-88（产出·效益·满意度，成本在产出下）",
    "core-101": "core-101（成本·产出·效益·满意度，101号）",
  },
  severityFilterLabel: "显示级别",
  autoRecheckLabel: "编辑后自动重新检查",

  hostErrorTitle: {
    "cell-edit-mode": "单元格正在编辑",
    "sheet-protected": "工作表受保护",
    "unsupported-host": "不支持的宿主",
    "no-active-sheet": "没有活动工作表",
    "cell-not-empty": "单元格不为空",
    "cell-changed": "单元格内容已变化",
    "request-too-large": "工作表过大",
    "marks-changed": "标记已变化",
    unknown: "操作失败",
  },
  degradedTitle: "部分功能不可用",
  dismiss: "关闭",
  dismissAria: "关闭此消息",
  unexpectedError: (detail) => `发生意外错误：${detail}`,
};

export const enUS: Strings = {
  appTitle: "Performance table check",
  paneLabel: "Performance table check task pane",
  toolbarLabel: "Check actions",
  checkButton: "Check sheet",
  checkButtonAria: "Check sheet",
  checkButtonDescription: "Check the performance-target tables on the active sheet",
  checking: "Checking…",
  clearButton: "Clear marks",
  clearButtonAria: "Clear marks",
  clearButtonDescription: "Remove every mark this add-in made on the workbook",
  clearing: "Clearing…",
  checkAllButton: "Check all sheets",
  checkAllButtonDescription: "Check every sheet of the workbook and mark the problems on each",
  checkingAll: "Checking all…",
  stopButton: "Cancel",
  stopButtonDescription: "Stop after the current sheet and keep what was checked",
  stopping: "Stopping…",
  workbookHeading: "All sheets",
  workbookProgress: (index, total, name) => `Checking sheet ${index} of ${total}: ${name}`,
  workbookOpenDescription: (name) => `Show the findings of sheet “${name}”`,
  workbookNotRecognized: "No performance table found",
  workbookUnread: "Could not be read",
  workbookNotPainted: "Not marked",
  findingDescription: "Press to go to the cell",
  exportButton: "Export results",
  exportButtonDescription: "Write the current findings to a new sheet 检查结果 in this workbook, each linked to its cell",
  exporting: "Exporting…",
  exported: (sheet, rows) =>
    `Exported ${rows} finding${rows === 1 ? "" : "s"} to the new sheet “${sheet}”; the links in its 单元格 column go to the cells.`,
  exportNothing: "Nothing to export: check the sheet first (or show more severities in the settings).",
  exportUnsupported: "Exporting is not available here.",

  summaryHeading: "Summary",
  summarySheet: "Sheet",
  summaryLayout: "Layout",
  summaryFramework: "Framework",
  summaryForms: "Tables",
  summaryCheckedAt: (time) => `Checked at ${time}`,
  summaryNone: "—",
  layoutNames: {
    "policy-table": "Project (policy) expenditure table",
    "declaration-form": "Performance-target declaration form",
    "project-target": "Project performance-target table",
    "department-overall": "Department-wide performance-target table",
    "transfer-payment": "Transfer-payment (regional) target table",
    "project-list": "Project list with targets",
    "self-evaluation": "Performance self-evaluation",
    "evaluation-result": "Performance evaluation result",
    generic: "Indicator table only",
  },
  frameworkNames: {
    "old-88": "Output · benefit · satisfaction (No. 88)",
    "core-101": "Core indicator framework (No. 101)",
    "eval-2020": "Decision · process · output · benefit (evaluation framework)",
  },
  severityNames: SEVERITY_EN,
  severityCount: (severity, n) =>
    severity === "info" ? `${n} info` : `${n} ${SEVERITY_EN[severity].toLowerCase()}${n === 1 ? "" : "s"}`,

  notRecognizedTitle: "Not recognised as a performance-target table",
  notRecognizedBody: (reason) => `No performance-target table was recognised on this sheet: ${reason}`,
  notCheckedTitle: "Not checked",
  notCheckedBody: (reason) => `This sheet was not checked, so it has not passed: ${reason}`,
  workbookNotChecked: "Not checked",
  noFindingsTitle: "No problems found",
  noFindingsBody: "The performance-target tables on this sheet have no findings.",
  allHiddenByFilter: "All findings are hidden by the severity filter.",
  idleHint: "Open a sheet with a performance-target table, then click “Check sheet”.",
  workbookPickHint: "All sheets were checked. Click a sheet under “All sheets” above to see its findings.",
  findingsKeyboardHint: "Use the up and down arrow keys to move between findings; Enter selects the cell.",
  checkedAnnouncement: (n) => (n === 0 ? "Check finished: no findings." : `Check finished: ${n} findings.`),

  findingsHeading: "Findings",
  findingsListLabel: "Findings grouped by project and indicator",
  projectHeading: (index, project) => (project ? `Table ${index + 1}: ${project}` : `Table ${index + 1}`),
  headerGroup: "Header / basic information",
  withCount: (title, n) => `${title} (${n})`,
  findingAria: (severity, cell, message) => `${severity}, cell ${cell}: ${message}. Press to go to the cell`,
  suggestionLabel: "Suggested value: ",
  fixLabel: "How to fix: ",
  basisLabel: "Basis: ",
  relatedCells: (cells) => `Related cells: ${cells}`,
  applyButton: "Apply suggestion",
  applyButtonAria: (cell) => `Write the suggested value into cell ${cell}`,

  applyDialogTitle: "Apply suggestion",
  applyDialogCellLabel: "Cell",
  applyDialogOld: "Current content",
  applyDialogNew: "Change to",
  applyDialogEmpty: "(empty)",
  applyConfirm: "Write value",
  applyCancel: "Cancel",
  applied: (cell) => `Wrote cell ${cell} and checked again.`,
  marksCleared: (n) => `Cleared ${n} mark${n === 1 ? "" : "s"}.`,
  autoRechecked: "The sheet was edited; checked again.",

  settingsHeading: "Settings",
  settingsToggleAria: "Settings",
  settingsToggleDescription: "Show or hide settings",
  frameworkLabel: "Indicator framework",
  frameworkChoices: {
    auto: "Detect automatically",
    "old-88": "old-88 (output · benefit · satisfaction)",
    "core-101": "core-101 (core indicators)",
  },
  severityFilterLabel: "Show severities",
  autoRecheckLabel: "Check again after edits",

  hostErrorTitle: {
    "cell-edit-mode": "A cell is being edited",
    "sheet-protected": "The sheet is protected",
    "unsupported-host": "Unsupported host",
    "no-active-sheet": "No active sheet",
    "cell-not-empty": "The cell is not empty",
    "cell-changed": "The cell has changed",
    "request-too-large": "The sheet is too large",
    "marks-changed": "The marks have changed",
    unknown: "The operation failed",
  },
  degradedTitle: "Some features are unavailable",
  dismiss: "Dismiss",
  dismissAria: "Dismiss this message",
  unexpectedError: (detail) => `Unexpected error: ${detail}`,
};

export const DICTIONARIES: Record<LocaleId, Strings> = { "zh-CN": zhCN, "en-US": enUS };

/** zh* (and anything unknown or empty) → zh-CN; other languages → en-US. */
export function pickLocale(language: string | undefined | null): LocaleId {
  const lang = (language ?? "").trim().toLowerCase();
  if (lang === "" || lang.startsWith("zh")) return "zh-CN";
  return "en-US";
}

/** Office's display language when running inside Office, else the browser's. */
export function detectLanguage(): string | undefined {
  try {
    if (typeof Office !== "undefined" && Office.context?.displayLanguage) return Office.context.displayLanguage;
  } catch {
    // Office.context is not ready outside Office.onReady; fall back to the browser.
  }
  return typeof navigator !== "undefined" ? navigator.language : undefined;
}

export function stringsFor(locale: LocaleId): Strings {
  return DICTIONARIES[locale];
}

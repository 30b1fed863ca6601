/**
 * Playground chrome text (the pane itself uses src/taskpane/i18n.ts). zh-CN first.
 */
import type { LocaleId } from "../taskpane/i18n";

export interface DemoStrings {
  title: string;
  subtitle: string;
  workbookLabel: string;
  samples: Record<string, string>;
  openFile: string;
  openFileAria: string;
  sheetTabsLabel: string;
  gridLabel: (sheet: string) => string;
  paneFrameLabel: string;
  loading: string;
  loadFailed: (detail: string) => string;
  cancelOpen: string;
  cancelOpenAria: string;
  cancelled: (file: string) => string;
  cancelledKept: (file: string, shown: string) => string;
  sheetNotRead: (reason: string) => string;
  editHint: string;
  editCellAria: (cell: string) => string;
}

export const DEMO_STRINGS: Record<LocaleId, DemoStrings> = {
  "zh-CN": {
    title: "绩效表检查 · 浏览器演示",
    subtitle: "左侧是模拟的 Excel 工作表，右侧是真实的任务窗格（通过模拟的 Excel JS API 运行）。",
    workbookLabel: "示例工作簿",
    samples: { "shenmu-2021.xlsx": "神木 2021", "wuhai-2021.xlsx": "乌海 2021" },
    openFile: "打开 .xlsx…",
    openFileAria: "从本机打开一个 .xlsx 工作簿",
    sheetTabsLabel: "工作表",
    gridLabel: (sheet) => `工作表 ${sheet}`,
    paneFrameLabel: "任务窗格",
    loading: "正在加载工作簿…",
    loadFailed: (detail) => `无法加载工作簿：${detail}`,
    cancelOpen: "取消",
    cancelOpenAria: "取消打开这个工作簿",
    cancelled: (file) => `已取消打开“${file}”。请另选一个工作簿。`,
    cancelledKept: (file, shown) => `已取消打开“${file}”，仍显示“${shown}”。`,
    sheetNotRead: (reason) => `此工作表没有读取，也没有检查（不能视为通过）：${reason}`,
    editHint: "双击单元格或按 Enter / F2 编辑；方向键移动。",
    editCellAria: (cell) => `编辑单元格 ${cell}`,
  },
  "en-US": {
    title: "Performance table check · browser playground",
    subtitle: "Left: a simulated Excel sheet. Right: the real task pane, running on a fake Excel JS API.",
    workbookLabel: "Sample workbook",
    samples: { "shenmu-2021.xlsx": "Shenmu 2021", "wuhai-2021.xlsx": "Wuhai 2021" },
    openFile: "Open .xlsx…",
    openFileAria: "Open an .xlsx workbook from this computer",
    sheetTabsLabel: "Sheets",
    gridLabel: (sheet) => `Sheet ${sheet}`,
    paneFrameLabel: "Task pane",
    loading: "Loading workbook…",
    loadFailed: (detail) => `Could not load the workbook: ${detail}`,
    cancelOpen: "Cancel",
    cancelOpenAria: "Stop opening this workbook",
    cancelled: (file) => `Stopped opening "${file}". Choose another workbook.`,
    cancelledKept: (file, shown) => `Stopped opening "${file}"; still showing "${shown}".`,
    sheetNotRead: (reason) => `This sheet was not read and not checked (it has not passed): ${reason}`,
    editHint: "Double-click a cell or press Enter / F2 to edit; arrow keys move.",
    editCellAria: (cell) => `Edit cell ${cell}`,
  },
};

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
    editHint: "Double-click a cell or press Enter / F2 to edit; arrow keys move.",
    editCellAria: (cell) => `Edit cell ${cell}`,
  },
};

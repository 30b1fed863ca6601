/**
 * zh-CN messages of the WPS host; those worded the same for Excel come from src/excel/hostErrors.ts (`MESSAGES`). The
 * protection messages stay here: WPS 表格's menu says 撤销工作表保护 where Excel's says 撤消.
 */
export const WPS_MESSAGES = {
  noApplication: "没有找到 WPS 表格的接口（window.Application）。请在 WPS 表格中通过本加载项的按钮打开检查面板。",
  sheetProtected: (name: string) => `工作表“${name}”受保护，未做任何更改。请先撤销工作表保护（审阅 › 撤销工作表保护），再重试。`,
  paintProtected: (name: string) =>
    `工作表“${name}”受保护：检查结果已列出，但无法在单元格上标记。撤销工作表保护后再检查即可标出。`,
  clearProtected: (names: string[]) =>
    `工作表“${names.join("”“")}”受保护，其上的标记未能清除。请先撤销工作表保护，再点击清除标记。`,
  strayCells: (used: string, read: string) =>
    `工作表的已用区域延伸到 ${used}（远离表格处有内容或格式），只读取并检查了 ${read}。请检查并删除远处的多余内容。`,
  outsideWindow: (used: string) =>
    `工作表的已用区域 ${used} 不在前 2000 行、64 列之内，未检查。请把表格移到工作表左上方后再检查。`,
  ruleLimit: (cells: string[]) =>
    `${cells.length} 个单元格（如 ${cells[0]}）已有 3 条条件格式，WPS 不允许再添加，这些单元格未加底色标记；问题仍列在检查面板中。`,
  rolledBack: (detail: string) => `WPS 拒绝了其中一步操作（${detail}），已撤回本次所做的全部更改，表格保持原样。`,
  unknown: (detail: string) => `操作失败：${detail}`,
} as const;

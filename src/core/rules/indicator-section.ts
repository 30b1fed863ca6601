import type { Rule } from "./support/rule";
import { SOURCES, documentBasis } from "../basis";

/** The form must have a 绩效指标 table with at least one row. */
export const indicatorSection: Rule = {
  meta: {
    id: "indicator-section",
    severity: "error",
    category: "missing",
    basis: documentBasis("绩效目标用绩效指标（一级、二级、三级指标及指标值）衡量", SOURCES.framework88),
    description: "绩效目标表必须有绩效指标表（一级/二级/三级指标及指标值）。",
    messages: {
      absent: "表中没有“绩效指标”部分（一级指标、二级指标、三级指标、指标值）。",
      noHeader: "“绩效指标”部分缺少“一级指标 | 二级指标 | 三级指标 | 指标值”表头。",
      noRows: "绩效指标表没有任何指标行。",
      unread:
        "表中有像指标值的单元格（如 {cell}“{text}”），却认不出指标表的表头（一级指标、二级指标、三级指标、指标值）：这份表式与常见格式不同，指标没有检查。如可以，请改用标准表头。",
    },
  },
  check({ facts, report }) {
    const ind = facts.form.indicators;
    const fix = "在表尾插入标准指标模板（产出、效益、满意度各项），再逐项填写。";
    // Indicator values are there, the reader does not know the table's layout: said as an info, not a missing table.
    const unread = facts.form.unreadValues;
    if (unread && unread.length > 0 && (!ind || ind.tables.every((t) => t.rows.length === 0))) {
      report({
        messageId: "unread",
        cell: unread[0].cell,
        related: unread.slice(1).map((u) => u.cell),
        params: { cell: unread[0].cell, text: unread[0].text },
        severity: "info",
        fix: "核对指标表：表头写成“一级指标 | 二级指标 | 三级指标 | 指标值”后，可再检查一次。",
      });
      return;
    }
    // A list of projects with their goals in words (项目计划安排表) sets no indicators of its own: noted only.
    if (!ind && facts.form.layout === "project-list")
      report({ messageId: "absent", cell: facts.form.anchorCell, severity: "info", fix });
    else if (!ind) report({ messageId: "absent", cell: facts.form.anchorCell, fix });
    else if (ind.tables.length === 0) report({ messageId: "noHeader", cell: ind.labelCell, fix });
    else if (ind.tables.every((t) => t.rows.length === 0)) report({ messageId: "noRows", cell: ind.tables[0].headerCell, fix });
  },
};

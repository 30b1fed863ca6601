/** UI text of the pane's 模板 area (issue 7); zh-CN first, en-US with the same shape. */
import type { NewFormLayout } from "../core/templates/newForm";
import type { LocaleId } from "./i18n";

export interface TemplateStrings {
  heading: string;
  regionLabel: string;
  suggestedHeading: string;
  noSuggestion: string;
  reason: (text: string) => string;
  browseHeading: string;
  searchLabel: string;
  searchPlaceholder: string;
  pickAria: (name: string) => string;
  formLabel: (index: number, project: string) => string;
  previewHeading: (name: string) => string;
  previewNothing: string;
  previewNewBlock: (rows: number) => string;
  previewInsert: (rows: number, cells: number) => string;
  previewColumns: { cell: string; indicator: string; value: string };
  placeholderTag: string;
  filledFrom: (from: string) => string;
  skipped: (groups: string) => string;
  insertButton: string;
  insertAria: (name: string) => string;
  inserting: string;
  undoButton: string;
  undoAria: string;
  undoing: string;
  inserted: (rows: number, placeholders: string) => string;
  insertedNoPlaceholder: (rows: number) => string;
  undone: string;
  planFailed: (reason: string) => string;
  saveButton: string;
  saveAria: string;
  saved: (name: string) => string;
  unitTag: string;
  fixHeading: string;
  fixAria: (cell: string) => string;
  fixButton: string;
  /** 在新工作表中新建 (issue 7). */
  createHeading: string;
  layoutLabel: string;
  /** Short visible names of the layouts (their accessible names too). */
  layouts: Record<NewFormLayout, string>;
  /** What each layout is (aria-description and tooltip). */
  layoutDescriptions: Record<NewFormLayout, string>;
  createButton: string;
  createAria: (template: string, layout: string) => string;
  creating: string;
  created: (sheet: string, indicators: number, template: string) => string;
  createNeedsTemplate: string;
}

export const templateStringsZh: TemplateStrings = {
  heading: "模板",
  regionLabel: "标准指标模板",
  suggestedHeading: "推荐模板",
  noSuggestion: "没有找到匹配的模板，可在下面浏览全部模板。",
  reason: (text) => `理由：${text}`,
  browseHeading: "全部模板",
  searchLabel: "搜索模板",
  searchPlaceholder: "按名称或项目类型搜索",
  pickAria: (name) => `预览模板“${name}”`,
  formLabel: (index, project) => `第 ${index} 张表：${project}`,
  previewHeading: (name) => `预览：${name}`,
  previewNothing: "这张表的指标已经齐全，无需插入。",
  previewNewBlock: (rows) => `表中没有绩效指标，将在表尾新建指标表，共 ${rows} 行：`,
  previewInsert: (rows, cells) => `将插入 ${rows} 行，填写 ${cells} 个指标：`,
  previewColumns: { cell: "单元格", indicator: "一级 › 二级 › 三级", value: "指标值" },
  placeholderTag: "待填",
  filledFrom: (from) => `取自${from}`,
  skipped: (groups) => `模板中没有这些指标，需要手工补充：${groups}`,
  insertButton: "插入模板",
  insertAria: (name) => `把模板“${name}”插入当前工作表`,
  inserting: "正在插入…",
  undoButton: "撤销插入",
  undoAria: "撤销刚才插入的模板行，恢复工作表",
  undoing: "正在撤销…",
  inserted: (rows, placeholders) => `已插入 ${rows} 行并重新检查。还要填写的值：${placeholders}`,
  insertedNoPlaceholder: (rows) => `已插入 ${rows} 行并重新检查。`,
  undone: "已撤销插入，工作表已恢复。",
  planFailed: (reason) => `无法插入：${reason}`,
  saveButton: "保存本表为模板",
  saveAria: "把这张表的指标保存为本单位模板，下次直接使用",
  saved: (name) => `已保存为本单位模板“${name}”。`,
  unitTag: "本单位",
  fixHeading: "可用模板补全的问题",
  fixAria: (cell) => `预览补全 ${cell} 处缺失指标的模板行`,
  fixButton: "预览补全",
  createHeading: "在新工作表中新建",
  layoutLabel: "版式",
  layouts: { "policy-table": "神木式", "declaration-form": "乌海式", "core-101-table": "101号式" },
  layoutDescriptions: {
    "policy-table": "项目（政策）支出绩效表，如神木示例",
    "declaration-form": "项目支出绩效目标申报表，如乌海示例",
    "core-101-table": "101号文样式：成本指标在前，指标性质、指标值、度量单位分列",
  },
  createButton: "在新工作表中新建",
  createAria: (template, layout) =>
    `新增一张工作表，写入${layout}的完整绩效表和模板“${template}”的指标，表头各项留空待填；不改动现有工作表`,
  creating: "正在新建…",
  created: (sheet, indicators, template) =>
    `已新建工作表“${sheet}”（模板“${template}”，${indicators} 个指标）并重新检查。表头各项和“（待填）”的值还要填写。`,
  createNeedsTemplate: "请先在上面选择一个模板，再新建。",
};

export const templateStringsEn: TemplateStrings = {
  heading: "Templates",
  regionLabel: "Standard indicator templates",
  suggestedHeading: "Suggested",
  noSuggestion: "No template matches; browse them all below.",
  reason: (text) => `Why: ${text}`,
  browseHeading: "All templates",
  searchLabel: "Search templates",
  searchPlaceholder: "Search by name or project kind",
  pickAria: (name) => `Preview template “${name}”`,
  formLabel: (index, project) => `Form ${index}: ${project}`,
  previewHeading: (name) => `Preview: ${name}`,
  previewNothing: "This form already has every indicator; nothing to insert.",
  previewNewBlock: (rows) => `The form has no indicators; a new indicator table of ${rows} rows will be added below it:`,
  previewInsert: (rows, cells) => `${rows} rows will be inserted, ${cells} indicators written:`,
  previewColumns: { cell: "Cell", indicator: "Level 1 › 2 › 3", value: "Value" },
  placeholderTag: "to fill",
  filledFrom: (from) => `from ${from}`,
  skipped: (groups) => `The template has nothing for: ${groups}`,
  insertButton: "Insert template",
  insertAria: (name) => `Insert template “${name}” into the sheet`,
  inserting: "Inserting…",
  undoButton: "Undo insertion",
  undoAria: "Undo the inserted template rows and restore the sheet",
  undoing: "Undoing…",
  inserted: (rows, placeholders) => `Inserted ${rows} rows and checked again. Still to fill: ${placeholders}`,
  insertedNoPlaceholder: (rows) => `Inserted ${rows} rows and checked again.`,
  undone: "Insertion undone; the sheet is restored.",
  planFailed: (reason) => `Cannot insert: ${reason}`,
  saveButton: "Save this table as a template",
  saveAria: "Save this table's indicators as a template of your unit",
  saved: (name) => `Saved as your unit's template “${name}”.`,
  unitTag: "own",
  fixHeading: "Findings a template can fix",
  fixAria: (cell) => `Preview the template rows that fix the finding at ${cell}`,
  fixButton: "Preview fix",
  createHeading: "Create on a new sheet",
  layoutLabel: "Layout",
  layouts: { "policy-table": "Shenmu", "declaration-form": "Wuhai", "core-101-table": "No. 101" },
  layoutDescriptions: {
    "policy-table": "Project (policy) expenditure performance table, as in the Shenmu sample",
    "declaration-form": "Performance target declaration form, as in the Wuhai sample",
    "core-101-table": "No. 101 style: cost indicators first; nature, value and unit in separate columns",
  },
  createButton: "Create on a new sheet",
  createAria: (template, layout) =>
    `Add a new sheet with a complete ${layout} form and the indicators of “${template}”, header fields left to fill; existing sheets are not changed`,
  creating: "Creating…",
  created: (sheet, indicators, template) =>
    `Created sheet “${sheet}” (template “${template}”, ${indicators} indicators) and checked it. Fill in the header fields and the “（待填）” values.`,
  createNeedsTemplate: "Pick a template above first.",
};

export function templateStringsFor(locale: LocaleId | string): TemplateStrings {
  return locale === "en-US" ? templateStringsEn : templateStringsZh;
}

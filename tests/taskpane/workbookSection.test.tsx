/** The 检查全部工作表 section, server-rendered: progress + 取消 while running, one row per sheet afterwards. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import type { SheetCheckResult } from "../../src/core/check";
import type { WorkbookState } from "../../src/taskpane/controller";
import { WorkbookSection } from "../../src/taskpane/components/WorkbookSection";
import { zhCN } from "../../src/taskpane/i18n";

function html(workbook: WorkbookState): string {
  return renderToString(
    <FluentProvider theme={webLightTheme}>
      <WorkbookSection workbook={workbook} onStop={() => undefined} onOpen={() => undefined} />
    </FluentProvider>,
  );
}

const text = (h: string) => h.replace(/<[^>]*>/g, "");

describe("WorkbookSection", () => {
  it("while running: sheet i of n with its name, and a 取消 button named by its label", () => {
    const h = html({
      running: true,
      index: 3,
      total: 6,
      current: "制卡费",
      stopping: false,
      sheets: [],
      cancelled: false,
      summary: null,
    });
    expect(text(h)).toContain(zhCN.workbookProgress(3, 6, "制卡费"));
    expect(text(h)).toContain("正在检查第 3/6 张：制卡费");
    const stop = /<button[^>]*data-testid="stop-button"[^>]*>([\s\S]*?)<\/button>/.exec(h)!;
    expect(stop[0]).not.toMatch(/aria-label=/);
    expect(stop[0]).toContain(`aria-description="${zhCN.stopButtonDescription}"`);
    expect(text(stop[1])).toBe(zhCN.stopButton);
    expect(
      html({ running: true, index: 3, total: 6, current: "制卡费", stopping: true, sheets: [], cancelled: false, summary: null }),
    ).toContain(zhCN.stopping);
  });

  it("afterwards: one row per sheet with its kind and counts; unread and unrecognised sheets say so", () => {
    const result = (name: string, recognized: boolean): SheetCheckResult => ({
      name,
      recognized,
      layout: recognized ? "policy-table" : undefined,
      forms: [],
      findings: [],
    });
    const h = html({
      running: false,
      index: 3,
      total: 4,
      current: null,
      stopping: false,
      cancelled: true,
      summary: "已检查 3/4 张工作表：2 个错误。已取消，其余工作表未检查。",
      sheets: [
        {
          name: "甲",
          result: result("甲", true),
          painted: true,
          marked: 2,
          counts: { error: 2, warning: 0, info: 0 },
          errors: [],
          notices: [],
        },
        {
          name: "乙",
          result: result("乙", false),
          painted: true,
          marked: 0,
          counts: { error: 0, warning: 0, info: 0 },
          errors: [],
          notices: [],
        },
        {
          name: "丙",
          painted: false,
          marked: 0,
          counts: { error: 0, warning: 0, info: 0 },
          errors: [{ code: "unknown", message: "x" }],
          notices: [],
        },
      ],
    });
    expect(h.match(/data-testid="workbook-sheet"/g)).toHaveLength(3);
    expect(text(h)).toContain("项目（政策）支出绩效表");
    expect(text(h)).toContain(zhCN.workbookNotRecognized);
    expect(text(h)).toContain(zhCN.workbookUnread);
    expect(text(h)).toContain("已取消");
    expect(h).not.toContain('data-testid="stop-button"');
  });
});

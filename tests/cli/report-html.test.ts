/** The HTML report: self-contained (no script, no outside request), escaped, charts, groups, A4 print CSS. */
import { escapeHtml, renderHtmlReport } from "../../src/cli/report/html";
import { buildReportData } from "../../src/cli/report/reportData";
import type { Diagnostic } from "../../src/core/diagnostics";
import { sampleReport } from "./reportHelpers";

function diag(over: Partial<Diagnostic>): Diagnostic {
  return {
    rule: "value-format",
    severity: "warning",
    category: "format",
    cell: "B5",
    related: [],
    messageId: "x",
    params: {},
    message: "说明",
    formIndex: 0,
    project: "项目",
    group: "",
    basis: "测试依据",
    ...over,
  };
}

describe("html report", () => {
  it("is one self-contained page: no script, no outside URL, a CSP that forbids loading anything", async () => {
    const html = renderHtmlReport((await sampleReport()).data);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son\w+=/i);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b/i);
    // The only URL is the SVG namespace (an identifier, never fetched).
    expect([...new Set(html.match(/https?:\/\/[^\s"'<>)]+/g))]).toEqual(["http://www.w3.org/2000/svg"]);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
    expect(html).toContain('<html lang="zh-CN">');
  });

  it("has the summary, two inline SVG charts and the findings grouped per file and sheet", async () => {
    const { data } = await sampleReport();
    const html = renderHtmlReport(data);
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).toContain("<figcaption>按类别</figcaption>");
    expect(html).toContain("<figcaption>按工作表</figcaption>");
    const sheetsWithFindings = new Set(data.findings.map((f) => `${f.file} › ${f.sheet}`));
    expect(html.match(/<h3>/g)).toHaveLength(sheetsWithFindings.size);
    expect(html).toContain("assets/samples/shenmu-2021.xlsx › 系统升级维护费（系统升级维护费）");
    expect(html.match(/<td class="cell">/g)).toHaveLength(data.findings.length);
    expect(html).toContain("［跨项目］");
    expect(html).toContain("2026-12-02 10:15:03");
    expect(html).toContain("@page{size:A4");
    expect(html).toContain("thead{display:table-header-group}");
  });

  it("escapes every text: sheet names, projects, messages, suggestions, cells", () => {
    const evil = `<img src=x onerror="alert(1)">&'`;
    const data = buildReportData(
      {
        files: [
          {
            file: `${evil}.xlsx`,
            sheets: [
              {
                name: evil,
                recognized: true,
                layout: "generic",
                framework: "old-88",
                forms: [
                  {
                    index: 0,
                    project: evil,
                    unit: evil,
                    layout: "generic",
                    framework: "old-88",
                    anchorCell: "A1",
                    rowSpan: { top: 0, bottom: 9 },
                    counts: { error: 0, warning: 1, info: 0 },
                  },
                ],
                findings: [diag({ message: evil, suggestion: evil, project: evil, related: [evil] })],
              },
            ],
          },
        ],
      },
      { version: evil },
    );
    const html = renderHtmlReport(data);
    expect(html).not.toContain("<img");
    expect(html).not.toContain('onerror="');
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;");
  });

  it("says so when there is nothing to report", () => {
    const html = renderHtmlReport(buildReportData({ files: [] }, { version: "1" }));
    expect(html).toContain("没有发现问题。");
    expect(html).not.toContain("<svg");
  });

  it("escapeHtml", () => {
    expect(escapeHtml(`a<b>&"c'`)).toBe("a&lt;b&gt;&amp;&quot;c&#39;");
  });
});

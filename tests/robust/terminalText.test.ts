import { formatTextReport } from "../../src/cli/formatTextReport";
import { safeTerminalText, sanitizeStrings } from "../../src/cli/terminalText";

describe("terminalText: workbook text cannot drive the terminal", () => {
  it("turns control characters into visible symbols", () => {
    expect(safeTerminalText("a\x1b[2Jb")).toBe("a\u241b[2Jb");
    expect(safeTerminalText("第一行\n第二行\r")).toBe("第一行\u240a第二行\u240d");
    expect(safeTerminalText("a\tb\x7f\x9b")).toBe("a b\u2421\ufffd");
    expect(safeTerminalText("abc\u202eevil")).toBe("abc\ufffdevil");
    expect(safeTerminalText("正常文字 ≥98%")).toBe("正常文字 ≥98%");
  });

  it("copies nested structures without touching keys or non-strings", () => {
    const v = { a: ["x\ny", 1, null, true], b: { c: "\x1b" } };
    expect(sanitizeStrings(v)).toEqual({ a: ["x\u240ay", 1, null, true], b: { c: "\u241b" } });
    expect(v.a[0]).toBe("x\ny");
  });

  it("keeps ESC out of the text report even without colours, and a newline in a sheet name cannot forge a line", () => {
    const text = formatTextReport(
      {
        files: [
          {
            file: "evil\x1b]0;title\x07.xlsx",
            sheets: [
              { name: "表\n文件：伪造.xlsx", recognized: false, reason: "原因\x1b[31m红", forms: [], findings: [] },
              {
                name: "正常",
                recognized: true,
                layout: "generic",
                framework: "old-88",
                forms: [],
                findings: [
                  {
                    rule: "value-format",
                    severity: "warning",
                    category: "format",
                    cell: "B2",
                    related: [],
                    messageId: "m",
                    params: {},
                    message: "指标值“\x1b[2J清屏”有问题",
                    suggestion: "≥1\n合计：伪造",
                    formIndex: 0,
                    project: "",
                    group: "",
                    basis: "测试依据",
                  },
                ],
              },
            ],
          },
        ],
      },
      { color: false },
    );
    // eslint-disable-next-line no-control-regex -- no control characters may reach the terminal
    expect(text).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    const lines = text.split("\n");
    expect(lines.filter((l) => l.startsWith("文件："))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith("合计："))).toHaveLength(1);
    expect(text).toContain("工作表「表\u240a文件：伪造.xlsx」");
  });

  it("keeps its own colours when asked for them", () => {
    const text = formatTextReport({ files: [{ file: "a\x1b.xlsx", error: "无法读取文件：x", sheets: [] }] }, { color: true });
    expect(text).toContain("\x1b[31m"); // ours
    expect(text).toContain("a\u241b.xlsx"); // theirs, neutralised
  });
});

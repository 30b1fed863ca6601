/** The CSV report: UTF-8 BOM, RFC 4180 quoting with CRLF, formula-injection guard. */
import { CSV_HEADER, csvRow, guardFormula, quoteCsv, renderCsvReport } from "../../src/cli/report/csv";
import { buildReportData } from "../../src/cli/report/reportData";
import type { Diagnostic } from "../../src/core/diagnostics";
import { sampleReport } from "./reportHelpers";

/** A strict RFC 4180 parser (for reading the output back). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"' && field === "") {
      quoted = true;
      i++;
    } else if (c === ",") {
      row.push(field);
      field = "";
      i++;
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 2;
    } else if (c === "\n" || c === "\r" || c === '"') {
      throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    } else {
      field += c;
      i++;
    }
  }
  if (field !== "" || row.length) throw new Error("no CRLF after the last row");
  return rows;
}

function diag(over: Partial<Diagnostic>): Diagnostic {
  return {
    rule: "r",
    severity: "error",
    category: "missing",
    cell: "A1",
    related: [],
    messageId: "m",
    params: {},
    message: "m",
    formIndex: 0,
    project: "p",
    group: "",
    basis: "测试依据",
    ...over,
  };
}

describe("csv report", () => {
  it("starts with a BOM, has the header and one CRLF row per finding", async () => {
    const { data } = await sampleReport();
    const csv = renderCsvReport(data);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows).toHaveLength(1 + data.findings.length);
    expect(rows.every((r) => r.length === CSV_HEADER.length)).toBe(true);
    const b9 = rows.find((r) => r[1] === "系统升级维护费" && r[6] === "cost-estimate-total")!;
    expect(b9.slice(3, 6)).toEqual(["B9", "错误", "不一致"]);
  });

  it("quotes commas, quotes and line breaks, and guards = + - @ tab and CR at the start", () => {
    const data = buildReportData(
      {
        files: [
          {
            file: "a.xlsx",
            sheets: [
              {
                name: '=HYPERLINK("http://x")',
                recognized: true,
                forms: [],
                findings: [
                  diag({ message: '含逗号,引号"和\n换行', suggestion: "+1", project: "@SUM(A1)", related: ["-2", "B2"] }),
                  diag({ cell: "B1", message: "\t制表符开头", fix: "\r回车开头" }),
                ],
              },
            ],
          },
        ],
      },
      { version: "1" },
    );
    const rows = parseCsv(renderCsvReport(data).slice(1));
    expect(rows[1]).toEqual([
      "a.xlsx",
      `'=HYPERLINK("http://x")`,
      "'@SUM(A1)",
      "A1",
      "错误",
      "缺失",
      "r",
      '含逗号,引号"和\n换行',
      "建议：+1",
      "测试依据",
      "'-2 B2",
    ]);
    expect(rows[2][7]).toBe("'\t制表符开头");
    expect(rows[2][8]).toBe("'\r回车开头");
  });

  it("lists a sheet not checked as 未检查 in the summary, one not recognised as 未识别", () => {
    const data = buildReportData(
      {
        files: [
          {
            file: "a.xlsx",
            sheets: [
              { name: "对照", recognized: false, skipped: true, reason: "左右并排放着两张表", forms: [], findings: [] },
              { name: "说明", recognized: false, reason: "未找到绩效表", forms: [], findings: [] },
            ],
          },
        ],
      },
      { version: "1" },
    );
    expect(data.summary.map((r) => [r.sheet, r.kind, r.note])).toEqual([
      ["对照", "未检查", "左右并排放着两张表"],
      ["说明", "未识别", "未找到绩效表"],
    ]);
  });

  it("helpers", () => {
    expect(guardFormula("=1+1")).toBe("'=1+1");
    expect(guardFormula("1+1")).toBe("1+1");
    expect(quoteCsv('a"b')).toBe('"a""b"');
    expect(quoteCsv("ab")).toBe("ab");
    expect(csvRow(["x,y", "-3"])).toBe('"x,y",\'-3');
  });
});

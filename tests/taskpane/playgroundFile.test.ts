/** The playground's 打开 .xlsx…: a file that is not a workbook gets a zh-CN reason, never a raw library error. */
import { fileProblem, unreadableWorkbook } from "../../src/demo/fileProblem";
import { refusingHost } from "../../src/excel/refusingHost";
import { openReply } from "../../src/demo/workbookOpen";
import { readXlsxBook, WorkbookRefused } from "../../src/fakeExcel/loadFakeWorkbookFromXlsx";
import { deflateRepeated, miniXlsx } from "../fixtures/hostile/generate";

const bytes = (...b: number[]) => new Uint8Array(b).buffer;
const text = (s: string) => new TextEncoder().encode(s).buffer as ArrayBuffer;

describe("playground file problems (zh-CN)", () => {
  it("names what the file is: empty, text/CSV renamed, .xls or encrypted, other binary; a zip passes", () => {
    expect(fileProblem(bytes())).toContain("文件是空的");
    expect(fileProblem(text("项目名称,预算\n甲,1\n"))).toContain("纯文本文件");
    expect(fileProblem(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0))).toContain("另存为 .xlsx");
    expect(fileProblem(bytes(1, 2, 3, 0, 0xff, 7))).toContain("不是有效的 .xlsx 文件");
    expect(fileProblem(bytes(0x50, 0x4b, 0x03, 0x04, 0))).toBeNull();
  });

  it("a zip the reader cannot open becomes the zh-CN message, not jszip's English one", async () => {
    const jszip = () => Promise.reject(new Error("Can't find end of central directory : is this a zip file ?"));
    expect(await openReply(bytes(0x50, 0x4b, 0x03, 0x04), jszip)).toEqual({ ok: false, message: unreadableWorkbook });
    expect(await openReply(text("hello"), jszip)).toEqual({ ok: false, message: expect.stringMatching(/纯文本文件/) });
  });

  it("the pane's buttons then answer with that reason", async () => {
    const host = refusingHost("没有可检查的工作簿：文件是空的", "unknown");
    expect(await host.readActiveSheet()).toEqual({
      ok: false,
      error: { code: "unknown", message: "没有可检查的工作簿：文件是空的" },
    });
  });
});

describe("opening a workbook in the playground's Web Worker (the worker's side, run here in Node)", () => {
  it("answers with plain data (structured-cloneable) and the sheets the bounds scan refused", async () => {
    const dup = deflateRepeated(
      '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">',
      Buffer.from('<c r="A1"><v>1</v></c>'.repeat(1000)),
      1100,
      "</row></sheetData></worksheet>",
    );
    const file = miniXlsx(
      [
        { name: "重复", cells: {} },
        { name: "正常", cells: { A1: "项目名称" } },
      ],
      [{ name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(0), deflated: dup }],
    );
    const reply = await openReply(new Uint8Array(file).buffer, readXlsxBook);
    if (!reply.ok) throw new Error(reply.message);
    expect(structuredClone(reply.book)).toEqual(reply.book);
    expect(reply.book.sheets.map((s) => s.name)).toEqual(["重复", "正常"]);
    expect(reply.book.refused).toEqual([["重复", expect.stringMatching(/^太大，未检查：工作表有超过 1,000,000 个单元格/)]]);
    expect(reply.book.sheets[1].cells).toEqual([{ r: 0, c: 0, value: "项目名称" }]);
  });

  it("a zip bomb whose headers lie about its size is refused while inflating, with the zip-bomb reason", async () => {
    // 120 MiB of "A" declared as 1,000 bytes: only what comes out of the inflater counts.
    const bomb = deflateRepeated(
      '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>',
      Buffer.alloc(1 << 20, 0x41),
      120,
      "</t></is></c></row></sheetData></worksheet>",
    );
    const file = miniXlsx(
      [{ name: "炸弹", cells: {} }],
      [{ name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(0), deflated: bomb, declaredSize: 1000 }],
    );
    expect(await openReply(new Uint8Array(file).buffer, readXlsxBook)).toEqual({
      ok: false,
      message: "无法读取文件：解压后过大，可能是“压缩炸弹”，已拒绝",
    });
  });

  it("keeps our own zh-CN refusal (a zip bomb) and replaces a library's error by the plain message", async () => {
    const refuse = () => Promise.reject(new WorkbookRefused("无法读取文件：解压后过大，可能是“压缩炸弹”，已拒绝"));
    const jszip = () => Promise.reject(new Error("Corrupted zip: missing 42 bytes."));
    const zipHead = bytes(0x50, 0x4b, 0x03, 0x04);
    expect(await openReply(zipHead, refuse)).toEqual({ ok: false, message: expect.stringContaining("压缩炸弹") });
    expect(await openReply(zipHead, jszip)).toEqual({ ok: false, message: unreadableWorkbook });
    expect(await openReply(text("a,b\n"), jszip)).toEqual({ ok: false, message: expect.stringContaining("纯文本文件") });
  });
});

/** The playground's 打开 .xlsx…: a file that is not a workbook gets a zh-CN reason, never a raw library error. */
import { fileProblem, readWorkbookBytes, unreadableWorkbook } from "../../src/demo/fileProblem";
import { refusingHost } from "../../src/demo/deferredHost";

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
    await expect(readWorkbookBytes(bytes(0x50, 0x4b, 0x03, 0x04), jszip)).rejects.toThrow(unreadableWorkbook);
    await expect(readWorkbookBytes(text("hello"), jszip)).rejects.toThrow(/纯文本文件/);
  });

  it("the pane's buttons then answer with that reason", async () => {
    const host = refusingHost("没有可检查的工作簿：文件是空的");
    expect(await host.readActiveSheet()).toEqual({
      ok: false,
      error: { code: "unknown", message: "没有可检查的工作簿：文件是空的" },
    });
  });
});

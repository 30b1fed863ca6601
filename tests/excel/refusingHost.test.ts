import { refusingHost } from "../../src/excel/refusingHost";

describe("refusingHost (the pane opened outside its host)", () => {
  const message = "此加载项只能在 Excel 中使用。";
  const host = refusingHost(message);

  it("answers every call with the unsupported-host error and its zh-CN message", async () => {
    const results = await Promise.all([
      host.readActiveSheet(),
      host.paintFindings("Sheet1", []),
      host.clearMarks(),
      host.selectCell("Sheet1", "A1"),
      host.writeCell("Sheet1", "A1", "=3套", ""),
      host.readAndPaint!(() => ({ value: null, findings: [] })),
      host.listSheets!(),
      host.readAndPaintSheet!("Sheet1", () => ({ value: null, findings: [] })),
      host.exportFindings!("Sheet1", []),
    ]);
    expect(results).toHaveLength(9);
    for (const r of results) expect(r).toEqual({ ok: false, error: { code: "unsupported-host", message } });
  });

  it("listens to no edits and can be unsubscribed", async () => {
    const stop = await host.onUserEdit("Sheet1", () => {
      throw new Error("never called");
    });
    expect(() => stop()).not.toThrow();
  });
});

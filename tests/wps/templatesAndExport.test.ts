import { EXPORT_HEADER } from "../../src/excel/exportResults";
/**
 * 插入模板 / 撤销插入, 在新工作表中新建 and 导出结果 through the WPS host on the fake ET: the same outcomes as in Excel,
 * the user's own things kept, exact undo, and a refused call part-way leaves the workbook exactly as it was.
 */
import { checkSheet } from "../../src/core/check";
import { findTemplate } from "../../src/core/templates/library";
import { newFormGrid } from "../../src/core/templates/newForm";
import { planInsertion } from "../../src/core/templates/plan";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { hexToBgr } from "../../src/wps/etApi";
import { sheetOf, type FakeEt } from "../../src/wpsFake/fakeEt";
import { content, diag, hostFor, loadSample } from "./helpers";

const MISSING = new Set(["framework-coverage", "level2-without-level3", "indicator-section"]);
const planWith = (id: string) => (snap: SheetSnapshot) => planInsertion(snap, findTemplate(id)!);

async function setUp(sheet: string): Promise<FakeEt> {
  const fake = await loadSample("wuhai");
  fake.app.workbook.activate(sheet);
  const s = sheetOf(fake, sheet);
  s.rules.push({
    uid: 7001,
    box: { top: 14, left: 1, bottom: 19, right: 5 },
    type: 2,
    formula1: "=E15>5",
    interior: hexToBgr("#FFFF00"),
    fontColor: null,
    stopIfTrue: false,
    alive: true,
  });
  s.comments.set("4,9", { row: 4, col: 9, text: "用户自己的批注", author: "张三" });
  s.setValue(5, 9, "表外的备注");
  s.cellRecord(20, 7).fill = hexToBgr("#DDEEFF");
  return fake;
}

describe("insertTemplate / undoInsertTemplate (fake WPS)", () => {
  it.each(["医保业务经费", "反欺诈专项经费"])(
    "%s: inserts, the re-check finds nothing missing, undo restores exactly",
    async (sheet) => {
      const fake = await setUp(sheet);
      const host = hostFor(fake);
      const before = content(fake);
      const r = await host.insertTemplate(planWith("work-funds"));
      expect(r.ok).toBe(true);
      if (!r.ok || !r.value.record) throw new Error("no insertion");
      expect(fake.app.visibleMutations).toBe(0);
      const read = await host.readActiveSheet();
      if (!read.ok) throw new Error("read failed");
      expect(checkSheet(read.value).findings.filter((f) => MISSING.has(f.rule) && f.severity !== "info")).toEqual([]);
      expect(sheetOf(fake, sheet).comments.size).toBe(1);
      const u = await host.undoInsertTemplate(r.value.record);
      expect(u).toEqual({ ok: true, value: undefined });
      expect(content(fake)).toEqual(before);
    },
  );

  it("refuses to undo when an inserted cell was edited; refuses to insert when the sheet changed since the preview", async () => {
    const fake = await setUp("医保业务经费");
    const host = hostFor(fake);
    const preview = await host.readActiveSheet();
    if (!preview.ok) throw new Error("read failed");
    fake.userEdit("医保业务经费", "J7", "改动");
    const stale = await host.insertTemplate(planWith("work-funds"), preview.value);
    expect(stale).toMatchObject({ ok: false, error: { code: "cell-changed" } });
    const r = await host.insertTemplate(planWith("work-funds"));
    if (!r.ok || !r.value.record) throw new Error("no insertion");
    const w = r.value.record.written[0];
    fake.userEdit("医保业务经费", `${String.fromCharCode(65 + w.col)}${w.row + 1}`, "用户改过");
    const u = await host.undoInsertTemplate(r.value.record);
    expect(u).toMatchObject({ ok: false, error: { code: "cell-changed" } });
  });

  it("a call refused part-way through the insertion leaves the sheet exactly as it was", async () => {
    const probe = await setUp("反欺诈专项经费");
    const start = probe.app.mutations;
    await hostFor(probe).insertTemplate(planWith("work-funds"));
    const steps = probe.app.mutations - start;
    expect(steps).toBeGreaterThan(5);
    for (const n of [1, 2, Math.floor(steps / 2), steps - 1, steps]) {
      const fake = await setUp("反欺诈专项经费");
      const before = content(fake);
      fake.app.failOnMutation = n;
      const r = await hostFor(fake).insertTemplate(planWith("work-funds"));
      expect({ n, ok: r.ok }).toEqual({ n, ok: false });
      expect({ n, sheet: content(fake) }).toEqual({ n, sheet: before });
    }
  });
});

describe("createForm and exportFindings (fake WPS)", () => {
  it("新建: a new sheet 新建绩效表 with the whole form, recognised by the checker; a second one is 新建绩效表 (2)", async () => {
    const fake = await loadSample("wuhai");
    const host = hostFor(fake);
    const build = (name: string) => newFormGrid(findTemplate("work-funds")!, "policy-table", { sheetName: name });
    const before = content(fake);
    const r = await host.createForm(build);
    expect(r).toEqual({ ok: true, value: { sheet: "新建绩效表", indicators: 9, rows: 25, cols: 7 } });
    const after = content(fake);
    expect(after.slice(0, -1)).toEqual(before); // every existing sheet exactly as it was; the new one at the end
    expect(after.at(-1)!.name).toBe("新建绩效表");
    expect(fake.app.workbook.active?.name).toBe("新建绩效表");
    const s = sheetOf(fake, "新建绩效表");
    expect(s.cellAt(0, 0)?.value).toBe("项目（政策）支出绩效表");
    expect(s.cellAt(2, 1)?.value ?? null).toBeNull(); // header fields left for the unit to fill
    expect(s.cellAt(16, 5)).toMatchObject({ value: "≥（待填）家" }); // text, not a formula or number
    expect(s.cellAt(16, 5)?.formula).toBeUndefined();
    expect(s.merges).toHaveLength(29);
    expect(s.cellAt(0, 0)?.bold).toBe(true);
    const read = await host.readActiveSheet();
    if (!read.ok) throw new Error("read failed");
    expect(checkSheet(read.value).recognized).toBe(true);
    expect(await host.createForm(build)).toMatchObject({ ok: true, value: { sheet: "新建绩效表 (2)" } });
  });

  it("导出结果: a new sheet 检查结果 with one row per finding linked to its cell; the checked sheet is untouched", async () => {
    const fake = await loadSample("shenmu");
    const host = hostFor(fake);
    const src = fake.app.workbook.live()[0].name;
    const before = content(fake);
    const findings = [diag("B3", "error", "=缺少单位"), diag("F9", "warning")];
    const r = await host.exportFindings(src, findings);
    expect(r).toEqual({ ok: true, value: { sheet: "检查结果", rows: 2 } });
    const out = sheetOf(fake, "检查结果");
    expect(out.cellAt(0, 0)?.value).toBe("序号");
    // The message column of the shared export layout (as Excel's 导出结果), written as text.
    expect(out.cellAt(1, EXPORT_HEADER.indexOf("说明"))?.value).toBe("=缺少单位");
    expect(out.hyperlinks.map((h) => [h.subAddress, h.text])).toEqual([
      [`'${src}'!B3`, "B3"],
      [`'${src}'!F9`, "F9"],
    ]);
    expect(content(fake).filter((s) => s.name !== "检查结果")).toEqual(before);
    expect((await host.exportFindings(src, findings)).ok && fake.app.workbook.sheet("检查结果 (2)")).toBeTruthy();
  });

  it("导出结果 of several sheets (检查全部工作表): every group's findings, each linked to its own sheet", async () => {
    const fake = await loadSample("shenmu");
    const host = hostFor(fake);
    const [a, b] = fake.app.workbook.live().map((s) => s.name);
    const r = await host.exportWorkbookFindings!([
      { sheet: a, findings: [diag("B3", "error")] },
      { sheet: b, findings: [diag("F9", "warning"), diag("C5", "info")] },
    ]);
    expect(r).toEqual({ ok: true, value: { sheet: "检查结果", rows: 3 } });
    expect(sheetOf(fake, "检查结果").hyperlinks.map((h) => h.subAddress)).toEqual([`'${a}'!B3`, `'${b}'!F9`, `'${b}'!C5`]);
  });

  it("a refused call part-way: the half-written new sheet is taken away again, the original sheet active", async () => {
    for (const n of [2, 5, 12]) {
      const fake = await loadSample("shenmu", { batchWrite: false });
      const before = content(fake);
      const active = fake.app.workbook.active?.name;
      fake.app.failOnMutation = n;
      const r = await hostFor(fake).exportFindings(active!, [diag("B3", "error"), diag("F9", "warning")]);
      expect({ n, ok: r.ok }).toEqual({ n, ok: false });
      expect({ n, after: content(fake) }).toEqual({ n, after: before });
      expect(fake.app.workbook.active?.name).toBe(active);
      expect(fake.app.displayAlerts).toBe(true);
    }
  });
});

/**
 * The WPS host on the strict fake ET: marks and the user's own rules, comments and fills; zero residue; nothing
 * half-written when WPS refuses a call part-way; ScreenUpdating; the write guards; user-edit events.
 */
import { hexToBgr } from "../../src/wps/etApi";
import { runCheck } from "../../src/excel/runCheck";
import { runCheckAll } from "../../src/excel/runCheckAll";
import { etInventory, sheetOf, createFakeEt } from "../../src/wpsFake/fakeEt";
import { content, diag, hostFor, loadSample } from "./helpers";

const SHEET = "系统升级维护费";

async function withUserThings() {
  const fake = await loadSample("shenmu");
  fake.app.workbook.activate(SHEET);
  const s = sheetOf(fake, SHEET);
  // The user's own: an expression rule with a font colour (StopIfTrue off, as the UI makes them), a fill, a comment.
  s.rules.push({
    uid: 9001,
    box: { top: 0, left: 0, bottom: 60, right: 10 },
    type: 2,
    formula1: "=TRUE",
    interior: null,
    fontColor: hexToBgr("#FF0000"),
    stopIfTrue: false,
    alive: true,
  });
  s.cellRecord(8, 1).fill = hexToBgr("#DDEEFF");
  s.comments.set("2,1", { row: 2, col: 1, text: "用户自己的批注", author: "张三" });
  return fake;
}

describe("WPS host: marks", () => {
  it("check paints one rule (+ comment) per finding cell, keeps the user's rule showing, and clear leaves zero residue", async () => {
    const fake = await withUserThings();
    const host = hostFor(fake);
    const before = content(fake);
    const out = await runCheck(host, { checkOptions: { framework: "auto" } });
    expect(out.painted).toBe(true);
    expect(out.marked).toBeGreaterThan(0);
    const inv = etInventory(fake.app, SHEET);
    const marks = inv.formats.filter((f) => f.formula.startsWith('=ISTEXT("绩效表检查:'));
    expect(marks).toHaveLength(out.marked);
    expect(marks.every((m) => m.stopIfTrue === false)).toBe(true);
    // The user's rule still applies on a marked cell: without StopIfTrue=false the mark (priority 1) would stop it.
    const s = sheetOf(fake, SHEET);
    const first = s.rules.find((r) => r.formula1.includes("绩效表检查"))!;
    const shown = s.shownFormat(first.box.top, first.box.left);
    expect(shown.rules).toContain(9001);
    expect(shown.fontColor).toBe(hexToBgr("#FF0000"));
    expect(shown.fill).not.toBeNull();
    // The user's comment is kept, no mark comment was added to its cell; their fill is untouched.
    expect(s.comments.get("2,1")?.text).toBe("用户自己的批注");
    expect(s.cellAt(8, 1)?.fill).toBe(hexToBgr("#DDEEFF"));
    // ScreenUpdating was off for every change and is restored.
    expect(fake.app.visibleMutations).toBe(0);
    expect(fake.app.screenUpdating).toBe(true);
    expect(fake.app.displayAlerts).toBe(true);

    const again = await runCheck(host, { checkOptions: { framework: "auto" } });
    expect(etInventory(fake.app, SHEET).formats.filter((f) => f.formula.includes("绩效表检查"))).toHaveLength(again.marked);

    const cleared = await host.clearMarks();
    expect(cleared).toEqual({ ok: true, value: { cleared: again.marked } });
    expect(content(fake)).toEqual(before);
  });

  it("finds its marks again in a new session (no stored ids) and with the documented StopIfTrue default off too", async () => {
    const fake = await loadSample("shenmu", { stopIfTrueDefault: false });
    fake.app.workbook.activate(SHEET);
    const before = content(fake);
    await runCheck(hostFor(fake), { checkOptions: { framework: "auto" } });
    const later = hostFor(fake); // another session: nothing remembered
    const r = await later.clearMarks(SHEET);
    expect(r.ok).toBe(true);
    expect(content(fake)).toEqual(before);
  });

  it("a cell that already carries 3 rules gets no highlight (notice), the others are painted", async () => {
    const fake = createFakeEt();
    const s = fake.app.workbook.addSheet("表1");
    s.setValue(0, 0, "项目名称").setValue(0, 1, "测试");
    for (let k = 0; k < 3; k++)
      s.rules.push({
        uid: 100 + k,
        box: { top: 0, left: 1, bottom: 0, right: 1 },
        type: 2,
        formula1: "=FALSE",
        interior: null,
        fontColor: null,
        stopIfTrue: false,
        alive: true,
      });
    const host = hostFor(fake);
    const r = await host.readAndPaint(() => ({ value: null, findings: [diag("B1", "error"), diag("A1", "warning")] }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.paint.ok).toBe(true);
    expect(r.value.notices?.join("")).toContain("已有 3 条条件格式");
    expect(
      etInventory(fake.app, "表1")
        .formats.filter((f) => f.formula.includes("绩效表检查"))
        .map((f) => f.cell),
    ).toEqual(["A1"]);
  });

  it("a protected sheet: the findings are listed, nothing is painted, a zh-CN reason", async () => {
    const fake = await loadSample("shenmu");
    fake.app.workbook.activate(SHEET);
    sheetOf(fake, SHEET).protectContents = true;
    const before = content(fake);
    const out = await runCheck(hostFor(fake), { checkOptions: { framework: "auto" } });
    expect(out.result?.findings.length).toBeGreaterThan(0);
    expect(out.painted).toBe(false);
    expect(out.errors[0]?.code).toBe("sheet-protected");
    expect(out.errors[0]?.message).toContain("撤销工作表保护");
    expect(content(fake)).toEqual(before);
  });
});

describe("WPS host: nothing half-written", () => {
  it("paint: whichever call WPS refuses, the sheet is exactly as before (old marks back, no new ones)", async () => {
    const fake = await withUserThings();
    const host = hostFor(fake);
    await runCheck(host, { checkOptions: { framework: "auto" } }); // existing marks to replace
    sheetOf(fake, SHEET).setValue(2, 1, null); // the next check finds something else
    const before = content(fake);
    const start = fake.app.mutations;
    await runCheck(host, { checkOptions: { framework: "auto" } });
    const steps = fake.app.mutations - start;
    expect(steps).toBeGreaterThan(10);
    // Restore and fail at every step in turn (a sample of steps keeps the test quick).
    const probe = [1, 2, 3, Math.floor(steps / 3), Math.floor(steps / 2), steps - 1, steps];
    for (const n of probe) {
      await host.clearMarks();
      const fresh = await withUserThings();
      const h = hostFor(fresh);
      await runCheck(h, { checkOptions: { framework: "auto" } });
      sheetOf(fresh, SHEET).setValue(2, 1, null);
      const snap = content(fresh);
      fresh.app.failOnMutation = n;
      const out = await runCheck(h, { checkOptions: { framework: "auto" } });
      expect({ n, painted: out.painted }).toEqual({ n, painted: false });
      expect(out.errors[0]?.message).toContain("已撤回");
      expect({ n, after: content(fresh) }).toEqual({ n, after: snap });
      expect(fresh.app.screenUpdating).toBe(true);
    }
    expect(before).toBeDefined();
  });

  it("clear: a refused deletion puts that sheet's marks back", async () => {
    const fake = await loadSample("shenmu");
    const host = hostFor(fake);
    fake.app.workbook.activate(SHEET);
    await runCheck(host, { checkOptions: { framework: "auto" } });
    const before = content(fake);
    fake.app.failOnMutation = 5;
    const r = await host.clearMarks(SHEET);
    expect(r.ok).toBe(false);
    expect(content(fake)).toEqual(before);
  });
});

describe("WPS host: 应用建议 (writeCell)", () => {
  async function sheet() {
    const fake = createFakeEt();
    const s = fake.app.workbook.addSheet("表1");
    s.setValue(0, 0, "指标值").setValue(0, 1, "≤1850人").setValue(1, 1, 50).setValue(2, 1, 3, "=1+2");
    s.merges.push({ top: 4, left: 0, bottom: 4, right: 2 });
    s.setValue(4, 0, "合并");
    return fake;
  }

  it("writes text exactly (=3套 stays text), numbers as numbers, and only over the expected content", async () => {
    const fake = await sheet();
    const host = hostFor(fake);
    expect(await host.writeCell("表1", "B1", "=1850人", "≤1850人")).toEqual({ ok: true, value: undefined });
    expect(sheetOf(fake, "表1").cellAt(0, 1)).toEqual({ value: "=1850人" });
    expect((await host.writeCell("表1", "B2", "51", "50")).ok).toBe(true);
    expect(sheetOf(fake, "表1").cellAt(1, 1)?.value).toBe(51);
    expect(await host.writeCell("表1", "B4", "x", "y")).toMatchObject({ ok: false, error: { code: "cell-changed" } });
    expect(await host.writeCell("表1", "A1", "x", "")).toMatchObject({ ok: false, error: { code: "cell-not-empty" } });
    expect(await host.writeCell("表1", "B3", "4", "3")).toMatchObject({
      ok: false,
      error: { code: "cell-changed", message: expect.stringContaining("公式") },
    });
    expect(await host.writeCell("表1", "B5", "x", "")).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining("A5") },
    });
    sheetOf(fake, "表1").protectContents = true;
    expect(await host.writeCell("表1", "C1", "x", "")).toMatchObject({ ok: false, error: { code: "sheet-protected" } });
    expect(await host.writeCell("无此表", "A1", "x", "")).toMatchObject({ ok: false, error: { code: "no-active-sheet" } });
  });

  it("SheetChange: the user's edits reach the handler, the add-in's own writes do not", async () => {
    const fake = await sheet();
    let now = 0;
    const host = hostFor(fake, () => now);
    const handler = jest.fn();
    const off = await host.onUserEdit("表1", handler);
    await host.writeCell("表1", "B1", "=1850人", "≤1850人");
    await runCheck(host);
    expect(handler).not.toHaveBeenCalled();
    fake.userEdit("表1", "C1", "用户输入");
    expect(handler).toHaveBeenCalledTimes(1);
    now += 10_000;
    off();
    fake.userEdit("表1", "C2", "再输入");
    expect(handler).toHaveBeenCalledTimes(1);
  });
});

describe("WPS host: 检查全部工作表, select", () => {
  it("checks every sheet and selects a finding's cell on its sheet", async () => {
    const fake = await loadSample("shenmu");
    const host = hostFor(fake);
    const all = await runCheckAll(host);
    expect(all.errors).toEqual([]);
    expect(all.sheets.length).toBe(fake.app.workbook.live().length);
    expect(all.sheets.some((s) => s.counts.error > 0)).toBe(true);
    const last = fake.app.workbook.live().at(-1)!.name;
    expect(await host.selectCell(last, "$c$4")).toEqual({ ok: true, value: undefined });
    expect(fake.app.workbook.active?.name).toBe(last);
    expect(sheetOf(fake, last).selection).toEqual({ top: 3, left: 2, bottom: 3, right: 2 });
  });
});

describe("WPS host: call budget", () => {
  // Each member access is a synchronous call into WPS ("10000 个单元格赋值耗时 2000 毫秒", WPS performance notes quoted by
  // 察元): reads are block reads, and a whole check of a sample sheet stays under 1,000 calls (about 0.2 s at that rate).
  it("检查工作表 on each sheet of the samples: under 1,000 calls; 清除标记 under 300", async () => {
    for (const name of ["shenmu", "wuhai"] as const) {
      const fake = await loadSample(name);
      const host = hostFor(fake);
      for (const s of fake.app.workbook.live()) {
        fake.app.workbook.activate(s.name);
        let c = fake.app.calls;
        await runCheck(host, { checkOptions: { framework: "auto" } });
        expect({ sheet: s.name, under: fake.app.calls - c < 1000 }).toEqual({ sheet: s.name, under: true });
        c = fake.app.calls;
        await host.clearMarks(s.name);
        expect({ sheet: s.name, under: fake.app.calls - c < 300 }).toEqual({ sheet: s.name, under: true });
      }
    }
  });
});

describe("WPS host: colours", () => {
  it("marks are written as BGR longs (documented); a build reading 0xRRGGBB would show them swapped — undetectable, in the smoke test", async () => {
    const fake = await loadSample("shenmu", { colour: "rgb" });
    fake.app.workbook.activate(SHEET);
    await runCheck(hostFor(fake), { checkOptions: { framework: "auto" } });
    const s = sheetOf(fake, SHEET);
    const error = s.rules.find((r) => r.formula1.includes("绩效表检查:error"))!;
    expect(error.interior).toBe(hexToBgr("#FFC7CE"));
    const shown = etInventory(fake.app, SHEET).formats.find((f) => f.formula.includes("绩效表检查:error"))!;
    expect(shown.fill).toBe("#CEC7FF"); // what such a build would show: bluish instead of light red
  });
});

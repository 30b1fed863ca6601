/** Managing a unit's own templates (issue 14 item 5): rename, delete, export/import JSON, undo (incl. of a save). */
import { BUILTIN_TEMPLATES } from "../../src/core/templates/library";
import type { Template } from "../../src/core/templates/schema";
import { memoryTemplateStore } from "../../src/taskpane/templateStore";
import { UnitTemplateLibrary } from "../../src/taskpane/unitTemplates";

const unit = (id: string, name: string): Template => ({ ...BUILTIN_TEMPLATES[0], id, name, source: "unit" });

describe("UnitTemplateLibrary", () => {
  it("save, rename and delete, each undoable", () => {
    const store = memoryTemplateStore();
    const lib = new UnitTemplateLibrary(store);
    expect(lib.canUndo).toBe(false);
    expect(lib.add(unit("u1", "甲")).ok).toBe(true);
    expect(lib.undoLabel).toBe("保存“甲”");
    expect(lib.undo()).toEqual({ ok: true, message: "已撤销：保存“甲”。" });
    expect(lib.list()).toEqual([]);
    lib.add(unit("u1", "甲"));
    lib.add(unit("u2", "乙"));
    expect(lib.rename("u1", "  丙  ").ok).toBe(true);
    expect(lib.list().map((t) => t.name)).toEqual(["丙", "乙"]);
    expect(lib.rename("u1", "乙")).toEqual({ ok: false, message: "已有名为“乙”的模板。" });
    expect(lib.rename("u1", " ")).toEqual({ ok: false, message: "模板名称不能为空。" });
    lib.undo();
    expect(lib.list().map((t) => t.name)).toEqual(["甲", "乙"]);
    expect(lib.remove("u2").message).toContain("可撤销");
    expect(lib.list().map((t) => t.id)).toEqual(["u1"]);
    lib.undo();
    expect(lib.list().map((t) => t.id)).toEqual(["u1", "u2"]);
    expect(lib.remove("nope").ok).toBe(false);
  });

  it("export then import round-trips; same ids replace; the JSON is what jxcheck --library reads", () => {
    const a = new UnitTemplateLibrary(memoryTemplateStore());
    a.add(unit("u1", "甲"));
    a.add(unit("u2", "乙"));
    const json = a.exportJson();
    expect(JSON.parse(json).templates).toHaveLength(2);
    const b = new UnitTemplateLibrary(memoryTemplateStore([unit("u1", "旧的")]));
    const r = b.importJson(json, "本单位模板.json");
    expect(r).toEqual({ ok: true, message: "已导入 2 个模板（其中 1 个替换了同编号的模板）。" });
    expect(
      b
        .list()
        .map((t) => t.name)
        .sort(),
    ).toEqual(["乙", "甲"]);
    b.undo();
    expect(b.list().map((t) => t.name)).toEqual(["旧的"]);
  });

  it("a bad file: zh-CN messages naming the entry, nothing changed", () => {
    const lib = new UnitTemplateLibrary(memoryTemplateStore([unit("u1", "甲")]));
    const notJson = lib.importJson("{oops", "x.json");
    expect(notJson.ok).toBe(false);
    expect(notJson.message).toContain("x.json 有问题，未导入");
    expect(notJson.message).toContain("不是有效的 JSON");
    const bad = lib.importJson(JSON.stringify({ templates: [{ id: "Bad ID", name: "", kinds: [], rows: [] }] }), "y.json");
    expect(bad.ok).toBe(false);
    expect(bad.message).toMatch(/第 1 个模板/);
    expect(lib.list().map((t) => t.id)).toEqual(["u1"]);
    expect(lib.canUndo).toBe(false);
  });
});

describe("保存本表为模板 in the pane is undoable", () => {
  it("save → the template is offered; 撤销 → gone again", async () => {
    const { setupTemplates } = await import("./templatesHarness");
    const { wb, pane, templates } = await setupTemplates();
    wb.activate("反欺诈专项经费"); // a sheet with indicators to save
    await pane.check();
    const before = templates.templates.length;
    templates.saveCurrentAsTemplate();
    expect(templates.templates.length).toBe(before + 1);
    expect(templates.unitLibrary.undoLabel).toMatch(/^保存“/);
    templates.unitTemplatesChanged({ intent: "success", text: templates.unitLibrary.undo().message });
    expect(templates.templates.length).toBe(before);
    expect(templates.getState().message?.text).toMatch(/^已撤销：保存“/);
  });
});

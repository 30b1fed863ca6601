import { FakeExcelError, FakeWorkbook, run, snapshotFakeWorkbook, type FakeRequestContext } from "../../src/fakeExcel/fakeExcel";
import { loadFakeWorkbookFromXlsx } from "../../src/fakeExcel/loadFakeWorkbookFromXlsx";
import { SAMPLES } from "../excel/helpers";

function smallBook(): FakeWorkbook {
  const wb = new FakeWorkbook();
  const s = wb.addSheet("表1");
  s.setValue("A1", "标题").setValue("B2", 42).setValue("C3", "文本");
  wb.addSheet("表2");
  return wb;
}

async function expectCode(p: Promise<unknown>, code: string): Promise<void> {
  await expect(p).rejects.toMatchObject({ code });
}

describe("src/fakeExcel/fakeExcel.ts", () => {
  describe("FakeRequestContext.sync", () => {
    it("throws PropertyNotLoaded when a property is read before load() + sync()", async () => {
      const wb = smallBook();
      await run(wb, async (ctx: FakeRequestContext) => {
        const range = ctx.workbook.worksheets.getItem("表1").getRange("A1:C3");
        expect(() => range.values).toThrow(FakeExcelError);
        range.load("values");
        expect(() => range.values).toThrow(/not available/);
        await ctx.sync();
        expect(range.values).toEqual([
          ["标题", "", ""],
          ["", 42, ""],
          ["", "", "文本"],
        ]);
        expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      });
    });

    it("applies queued writes only at sync and counts every sync", async () => {
      const wb = smallBook();
      await run(wb, async (ctx) => {
        const cell = ctx.workbook.worksheets.getItem("表1").getRange("D4");
        cell.values = [["新值"]];
        expect(wb.sheet("表1").value("D4")).toBeNull();
        await ctx.sync();
        expect(wb.sheet("表1").value("D4")).toBe("新值");
      });
      expect(wb.syncCount).toBe(1);
      expect(wb.syncLog[0]).toEqual(["Range(D4).values="]);
    });

    it("parses values like typed input: numbers, formulas, and an apostrophe keeps text", async () => {
      const wb = smallBook();
      await run(wb, async (ctx) => {
        const r = ctx.workbook.worksheets.getItem("表1").getRange("A5:D5");
        r.values = [["4000", "=3 套", "'=3 套", "'4000"]];
        await ctx.sync();
      });
      const s = wb.sheet("表1");
      expect(s.value("A5")).toBe(4000);
      expect(s.cell("B5")).toMatchObject({ value: "#NAME?", formula: "=3 套" });
      expect(s.value("C5")).toBe("=3 套");
      expect(s.value("D5")).toBe("4000");
    });

    it.each(["InvalidOperation", "InvalidOperationInCellEditMode"] as const)(
      "rejects every sync in cell edit mode (%s) and applies nothing",
      async (code) => {
        const wb = smallBook();
        wb.cellEditMode = true;
        wb.editModeErrorCode = code;
        await expectCode(
          run(wb, async (ctx) => {
            ctx.workbook.worksheets.getItem("表1").getRange("A1").values = [["x"]];
            await ctx.sync();
          }),
          code,
        );
        expect(wb.sheet("表1").value("A1")).toBe("标题");
        expect(wb.syncCount).toBe(1);
      },
    );

    it("rejects a write on a protected sheet with AccessDenied: earlier operations stay, later ones are dropped", async () => {
      const wb = smallBook();
      wb.sheet("表1").protected = true;
      await expectCode(
        run(wb, async (ctx) => {
          ctx.workbook.worksheets.getItem("表2").getRange("A1").values = [["before"]];
          ctx.workbook.worksheets.getItem("表1").getRange("A1").values = [["x"]];
          ctx.workbook.worksheets.getItem("表2").getRange("A2").values = [["after"]];
          await ctx.sync();
        }),
        "AccessDenied",
      );
      expect(wb.sheet("表2").value("A1")).toBe("before");
      expect(wb.sheet("表2").value("A2")).toBeNull();
      expect(wb.sheet("表1").value("A1")).toBe("标题");
    });

    it("rejects conditional-format changes on a protected sheet with InvalidOperation", async () => {
      const wb = smallBook();
      wb.sheet("表1").protected = true;
      await expectCode(
        run(wb, async (ctx) => {
          ctx.workbook.worksheets.getItem("表1").getRange("A1").conditionalFormats.add("Custom");
          await ctx.sync();
        }),
        "InvalidOperation",
      );
      expect(wb.sheet("表1").conditionalFormats).toHaveLength(0);
    });

    it("rejects a member newer than apiVersion with ApiNotFound", async () => {
      const wb = smallBook();
      wb.apiVersion = "1.12";
      await expectCode(
        run(wb, async (ctx) => {
          ctx.workbook.worksheets.getItem("表1").getRange("A1").getMergedAreasOrNullObject().load("address");
          await ctx.sync();
        }),
        "ApiNotFound",
      );
      await expectCode(
        run(wb, async (ctx) => {
          ctx.workbook.worksheets.getItem("表1").notes.load("items/content");
          await ctx.sync();
        }),
        "ApiNotFound",
      );
    });

    it("rejects a response over payloadLimitBytes and delivers none of the loaded values", async () => {
      const wb = smallBook();
      for (let r = 1; r <= 20; r++) wb.sheet("表2").setValue(`A${r}`, "很长的文本".repeat(20));
      wb.payloadLimitBytes = 1000;
      await run(wb, async (ctx) => {
        const r = ctx.workbook.worksheets.getItem("表2").getRange("A1:A20");
        r.load("values");
        await expect(ctx.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
        expect(() => r.values).toThrow(/not available/);
      });
    });

    it("rejects a request over payloadLimitBytes without applying it", async () => {
      const wb = smallBook();
      wb.payloadLimitBytes = 100;
      await expectCode(
        run(wb, async (ctx) => {
          ctx.workbook.worksheets.getItem("表1").getRange("A1").values = [["x".repeat(200)]];
          await ctx.sync();
        }),
        "RequestPayloadSizeLimitExceeded",
      );
      expect(wb.sheet("表1").value("A1")).toBe("标题");
    });

    it("fails getMergedAreasOrNullObject above maxMergedAreas", async () => {
      const wb = smallBook();
      wb.maxMergedAreas = 1;
      wb.sheet("表1").merge("A1:B1").merge("A2:B2");
      await expectCode(
        run(wb, async (ctx) => {
          ctx.workbook.worksheets.getItem("表1").getRange("A1:C3").getMergedAreasOrNullObject().load("address");
          await ctx.sync();
        }),
        "GeneralException",
      );
    });
  });

  describe("getItemOrNullObject", () => {
    it("gives a null object after sync, ignores methods called on it, and throws for getItem", async () => {
      const wb = smallBook();
      await run(wb, async (ctx) => {
        const missing = ctx.workbook.worksheets.getItemOrNullObject("没有");
        missing.load("name");
        expect(() => missing.isNullObject).toThrow(/not available/);
        missing.activate();
        await ctx.sync();
        expect(missing.isNullObject).toBe(true);
        const note = ctx.workbook.worksheets.getItem("表1").notes.getItemOrNullObject("B2");
        note.delete();
        note.load("content");
        await ctx.sync();
        expect(note.isNullObject).toBe(true);
      });
      await expectCode(
        run(wb, async (ctx) => {
          ctx.workbook.worksheets.getItem("没有").load("name");
          await ctx.sync();
        }),
        "ItemNotFound",
      );
    });
  });

  describe("conditionalFormats", () => {
    it("adds custom rules with formula and fill, lists them with ids, and deletes by item", async () => {
      const wb = smallBook();
      await run(wb, async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem("表1");
        const cf = sheet.getRange("B2").conditionalFormats.add("Custom");
        cf.custom.rule.formula = "=TRUE";
        cf.custom.format.fill.color = "#ffc7ce";
        cf.load("id");
        await ctx.sync();
        const all = sheet.getRange().conditionalFormats;
        all.load("items/id,items/type,items/customOrNullObject/rule/formula");
        await ctx.sync();
        expect(all.items).toHaveLength(1);
        expect(all.items[0].id).toBe(cf.id);
        expect(all.items[0].customOrNullObject.rule.formula).toBe("=TRUE");
        all.items[0].delete();
        await ctx.sync();
      });
      expect(wb.sheet("表1").conditionalFormats).toHaveLength(0);
    });

    it("in index mode, ids are positions that shift when a rule is removed", async () => {
      const wb = smallBook();
      wb.cfIdMode = "index";
      const s = wb.sheet("表1");
      s.addConditionalFormat({ address: "A1", formula: "=1" });
      s.addConditionalFormat({ address: "A2", formula: "=2" });
      await run(wb, async (ctx) => {
        const all = ctx.workbook.worksheets.getItem("表1").getRange().conditionalFormats;
        all.load("items/id");
        await ctx.sync();
        expect(all.items.map((i) => i.id)).toEqual(["0", "1"]);
      });
      s.deleteConditionalFormats((cf) => cf.formula === "=2");
      await run(wb, async (ctx) => {
        const all = ctx.workbook.worksheets.getItem("表1").getRange().conditionalFormats;
        all.load("items/id,items/customOrNullObject/rule/formula");
        await ctx.sync();
        expect(all.items.map((i) => [i.id, i.customOrNullObject.rule.formula])).toEqual([["0", "=1"]]);
      });
    });
  });

  describe("run", () => {
    it("sends operations left unsynced when the batch resolves: Excel.run's implicit final sync (audit 3 L3)", async () => {
      const wb = smallBook();
      const syncs = wb.syncCount;
      await run(wb, async (ctx) => {
        ctx.workbook.worksheets.getItem("表1").getRange("A1").values = [["x"]];
      });
      expect(wb.discardedOps).toBe(0);
      expect(wb.syncCount - syncs).toBe(1);
      expect(wb.sheet("表1").value("A1")).toBe("x");
    });

    it("drops (and counts) them when the batch rejects, and with the lenient switch unsyncedAtEnd = drop", async () => {
      const wb = smallBook();
      await expect(
        run(wb, async (ctx) => {
          ctx.workbook.worksheets.getItem("表1").getRange("A1").values = [["x"]];
          throw new Error("batch failed");
        }),
      ).rejects.toThrow("batch failed");
      expect(wb.discardedOps).toBe(1);
      wb.unsyncedAtEnd = "drop";
      await run(wb, async (ctx) => {
        ctx.workbook.worksheets.getItem("表1").getRange("A1").values = [["y"]];
      });
      expect(wb.discardedOps).toBe(2);
      expect(wb.sheet("表1").value("A1")).toBe("标题");
    });
  });

  describe("FakeWorkbook.isSetSupported", () => {
    it("answers from apiVersion and otherSets", () => {
      const wb = new FakeWorkbook();
      wb.apiVersion = "1.13";
      expect(wb.isSetSupported("ExcelApi", "1.7")).toBe(true);
      expect(wb.isSetSupported("ExcelApi", "1.13")).toBe(true);
      expect(wb.isSetSupported("ExcelApi", "1.14")).toBe(false);
      expect(wb.isSetSupported("SharedRuntime", "1.1")).toBe(true);
      expect(wb.isSetSupported("WordApi", "1.1")).toBe(false);
    });
  });

  describe("onChanged", () => {
    it("fires for API writes (triggerSource ThisLocalAddin) and user edits, until removed", async () => {
      const wb = smallBook();
      const seen: string[] = [];
      let remove: (() => void) | undefined;
      let ctxRef: FakeRequestContext | undefined;
      await run(wb, async (ctx) => {
        const r = ctx.workbook.worksheets.getItem("表1").onChanged.add(async (e) => {
          seen.push(`${e.address}:${e.triggerSource}`);
        });
        await ctx.sync();
        remove = () => r.remove();
        ctxRef = ctx;
      });
      wb.sheet("表1").userEdit("C3", "改");
      await run(wb, async (ctx) => {
        ctx.workbook.worksheets.getItem("表1").getRange("D4").values = [["x"]];
        await ctx.sync();
      });
      await wb.flushEvents();
      expect(seen).toEqual(["C3:Unknown", "D4:ThisLocalAddin"]);
      remove!();
      await ctxRef!.sync();
      wb.sheet("表1").userEdit("C3", "再改");
      await wb.flushEvents();
      expect(seen).toHaveLength(2);
    });
  });

  describe("loadFakeWorkbookFromXlsx", () => {
    const expected = {
      shenmu: [
        ["系统升级维护费", "A1:G34", 41],
        ["药品及耗材集中采购工作经费", "A1:G34", 39],
        ["退休职工医疗保险缴费", "A1:G31", 38],
        ["退休职工医保费代缴代理费", "A1:G31", 38],
        ["免费医疗工作经费", "A1:G35", 41],
        ["制卡费", "A1:G33", 40],
      ],
      wuhai: [
        ["反欺诈专项经费", "A1:H31", 58],
        ["医保业务经费", "A1:H20", 54],
        ["离退休人员医疗保障金", "A1:H28", 50],
        ["三明联盟采购平台建设运行经费", "A1:H31", 56],
        ["聘用人员工资", "A1:H32", 54],
        ["文革伤残伙食补助资金", "A1:H30", 54],
      ],
    } as const;

    it.each(Object.keys(expected) as (keyof typeof expected)[])(
      "loads the %s sample: six sheets, used ranges and merge counts as in the fixture README",
      async (name) => {
        const wb = await loadFakeWorkbookFromXlsx(SAMPLES[name]);
        const got = wb.sheets.map((s) => {
          const b = s.usedBox(true)!;
          return [s.name, `A1:${String.fromCharCode(65 + b.right)}${b.bottom + 1}`, s.merges.length];
        });
        expect(got).toEqual(expected[name]);
        expect(wb.activeSheetName).toBe(expected[name][0][0]);
      },
    );

    it("keeps numbers as numbers, text as text, and only the top-left cell of a merge holds the value", async () => {
      const wb = await loadFakeWorkbookFromXlsx(SAMPLES.shenmu);
      const s = wb.sheet("系统升级维护费");
      expect(s.value("A1")).toBe("项目（政策）支出绩效表");
      expect(s.value("B1")).toBeNull();
      expect(s.value("B5")).toBe(50);
      expect(s.value("F25")).toBe("=3 套");
      expect(s.cell("F25")?.formula).toBeUndefined();
    });
  });

  describe("snapshotFakeWorkbook", () => {
    it("captures values, fills, merges, conditional formats and notes (not ids)", () => {
      const wb = smallBook();
      const s = wb.sheet("表1");
      s.setFill("B2", "#ffff00").merge("A1:C1");
      s.addConditionalFormat({ address: "C3", formula: "=TRUE", fill: "#00FF00" });
      s.addNote("C3", "我的批注");
      const snap = snapshotFakeWorkbook(wb);
      expect(snap.sheets[0]).toEqual({
        name: "表1",
        protected: false,
        cells: { A1: { value: "标题" }, B2: { value: 42, fill: "#FFFF00" }, C3: { value: "文本" } },
        merges: ["A1:C1"],
        conditionalFormats: [
          { range: "C3", type: "Custom", formula: "=TRUE", fill: "#00FF00", fontColor: null, stopIfTrue: false },
        ],
        notes: { C3: { content: "我的批注", author: "用户" } },
      });
      s.deleteNote("C3");
      expect(snapshotFakeWorkbook(wb)).not.toEqual(snap);
    });
  });
});

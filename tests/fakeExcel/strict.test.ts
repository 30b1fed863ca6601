/**
 * The fake is as strict as Excel's documentation (and its known bugs, as switchable faults). Each test names the
 * source of the behaviour it pins, and where a lenient switch exists, shows the difference.
 */
import { FakeWorkbook, run, type FakeRequestContext } from "../../src/fakeExcel/fakeExcel";

function book(): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet("表1").setValue("A1", "标题").setValue("D9", 1);
  return wb;
}

async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
    return undefined;
  } catch (e) {
    return (e as { code?: string }).code;
  }
}

describe("src/fakeExcel strictness", () => {
  describe("conditional formats are addressed by position (ConditionalFormat.id docs)", () => {
    function fourRules(wb: FakeWorkbook): void {
      const s = wb.sheet("表1");
      for (const f of ["=4", "=3", "=2", "=1"]) s.addConditionalFormat({ address: "A1", formula: f });
    }
    async function deleteFirstTwoInOrder(wb: FakeWorkbook): Promise<string | undefined> {
      return codeOf(
        run(wb, async (ctx) => {
          const all = ctx.workbook.worksheets.getItem("表1").getRange().conditionalFormats;
          all.load("items/id");
          await ctx.sync();
          all.items[0].delete();
          all.items[1].delete();
          await ctx.sync();
        }),
      );
    }

    it("index mode (default): deleting items 0 then 1 deletes the rules at positions 0 and 2", async () => {
      const wb = book();
      fourRules(wb);
      expect(await deleteFirstTwoInOrder(wb)).toBeUndefined();
      expect(wb.sheet("表1").conditionalFormats.map((c) => c.formula)).toEqual(["=2", "=4"]);
    });

    it("stable mode (old lenient fake): the same code deletes the first two", async () => {
      const wb = book();
      wb.cfIdMode = "stable";
      fourRules(wb);
      expect(await deleteFirstTwoInOrder(wb)).toBeUndefined();
      expect(wb.sheet("表1").conditionalFormats.map((c) => c.formula)).toEqual(["=3", "=4"]);
    });

    it("index mode: deleting every loaded item front to back runs out of items (ItemNotFound)", async () => {
      const wb = book();
      fourRules(wb);
      const code = await codeOf(
        run(wb, async (ctx) => {
          const all = ctx.workbook.worksheets.getItem("表1").getRange().conditionalFormats;
          all.load("items/id");
          await ctx.sync();
          for (const item of all.items) item.delete();
          await ctx.sync();
        }),
      );
      expect(code).toBe("ItemNotFound");
      expect(wb.sheet("表1").conditionalFormats).toHaveLength(2);
    });
  });

  describe("merged areas (office-js #3611)", () => {
    async function mergedAddress(wb: FakeWorkbook, address: string): Promise<string | null> {
      return run(wb, async (ctx) => {
        const m = ctx.workbook.worksheets.getItem("表1").getRange(address).getMergedAreasOrNullObject();
        m.load("address");
        await ctx.sync();
        return m.isNullObject ? null : m.address;
      });
    }
    it("reports only merges whose top-left cell lies in the range", async () => {
      const wb = book();
      wb.sheet("表1").merge("B3:D3");
      expect(await mergedAddress(wb, "C3")).toBeNull();
      expect(await mergedAddress(wb, "B3")).toBe("表1!B3:D3");
      expect(await mergedAddress(wb, "A1:Z9")).toBe("表1!B3:D3");
    });
    it("intersect mode (old lenient fake) also reports the merge for a covered cell", async () => {
      const wb = book();
      wb.mergedAreasMode = "intersect";
      wb.sheet("表1").merge("B3:D3");
      expect(await mergedAddress(wb, "C3")).toBe("表1!B3:D3");
    });
  });

  describe("cell-edit mode (Excel.RunOptions.delayForCellEdit)", () => {
    const write = (ctx: FakeRequestContext) => {
      ctx.workbook.worksheets.getItem("表1").getRange("B1").values = [["x"]];
      return ctx.sync();
    };
    it("a default batch fails with InvalidOperation (the generic code some builds give)", async () => {
      const wb = book();
      wb.cellEditMode = true;
      expect(await codeOf(run(wb, write))).toBe("InvalidOperation");
    });
    it("a batch run with delayForCellEdit waits until the edit ends, then runs", async () => {
      const wb = book();
      wb.cellEditMode = true;
      let done = false;
      const p = wb.run({ delayForCellEdit: true }, write).then(() => (done = true));
      await new Promise((r) => setTimeout(r, 10));
      expect(done).toBe(false);
      expect(wb.sheet("表1").value("B1")).toBeNull();
      wb.endCellEdit();
      await p;
      expect(wb.sheet("表1").value("B1")).toBe("x");
    });
    it("before ExcelApi 1.11 the option is ignored and the batch fails", async () => {
      const wb = book();
      wb.apiVersion = "1.10";
      wb.cellEditMode = true;
      expect(await codeOf(wb.run({ delayForCellEdit: true }, write))).toBe("InvalidOperation");
    });
  });

  describe("known conditional-format faults (switchable)", () => {
    it("#5222: deleting through the whole-sheet collection fails when the rule's cells have another rule", async () => {
      const wb = book();
      const s = wb.sheet("表1");
      s.addConditionalFormat({ address: "A1", formula: "=1" });
      s.addConditionalFormat({ address: "A1:B2", formula: "=2" });
      const del = () =>
        codeOf(
          run(wb, async (ctx) => {
            ctx.workbook.worksheets.getItem("表1").getRange().conditionalFormats.getItemAt(0).delete();
            await ctx.sync();
          }),
        );
      wb.faults.cfDeleteOverlap = true;
      expect(await del()).toBe("ItemNotFound");
      expect(s.conditionalFormats).toHaveLength(2);
      wb.faults.cfDeleteOverlap = false;
      expect(await del()).toBeUndefined();
      expect(s.conditionalFormats).toHaveLength(1);
    });

    it("#6827/#6835: loading the rules of two overlapping rules of one type fails; loading only types works", async () => {
      const wb = book();
      wb.faults.cfInventoryRead = true;
      const s = wb.sheet("表1");
      s.addConditionalFormat({ address: "A1:A5", rule: { formula1: "=1", operator: "GreaterThan" } });
      s.addConditionalFormat({ address: "A1:A5", rule: { formula1: "=0", operator: "LessThan" } });
      const load = (spec: string) =>
        codeOf(
          run(wb, async (ctx) => {
            ctx.workbook.worksheets.getItem("表1").getRange().conditionalFormats.load(spec);
            await ctx.sync();
          }),
        );
      expect(await load("items/type,items/cellValueOrNullObject/rule")).toBe("GeneralException");
      expect(await load("items/type")).toBeUndefined();
    });
  });

  describe("Range.values above the 5-million-cell limit", () => {
    it("loads as null on desktop (default), fails as a payload error with valuesOverLimit = throw", async () => {
      const wb = book();
      wb.valuesCellLimit = 10;
      const read = () =>
        run(wb, async (ctx) => {
          const r = ctx.workbook.worksheets.getItem("表1").getRange("A1:D9");
          r.load("values");
          await ctx.sync();
          return r.values;
        });
      expect(await read()).toBeNull();
      wb.valuesOverLimit = "throw";
      expect(await codeOf(read())).toBe("ResponsePayloadSizeLimitExceeded");
    });
  });

  describe("input parsing by locale (Range.values is parsed like typed input)", () => {
    async function writeAll(wb: FakeWorkbook, texts: string[]): Promise<unknown[]> {
      await run(wb, async (ctx) => {
        ctx.workbook.worksheets.getItem("表1").getRangeByIndexes(19, 0, 1, texts.length).values = [texts];
        await ctx.sync();
      });
      return texts.map((_, c) => wb.sheet("表1").cellAt(19, c)?.value ?? null);
    }
    it("zh-CN turns 3月5日, 2021年1月, 3-5 and ¥100 into numbers; an apostrophe keeps the text", async () => {
      const wb = book();
      const got = await writeAll(wb, ["3月5日", "2021年1月", "3-5", "¥100", "'3月5日", "3套", "10:30"]);
      expect(got.slice(0, 4).every((v) => typeof v === "number")).toBe(true);
      expect(got[1]).toBe(44197); // 2021-01-01
      expect(got.slice(4, 6)).toEqual(["3月5日", "3套"]);
      expect(got[6]).toBeCloseTo(10.5 / 24);
    });
    it("a cell formatted as Text (@) stores what is written verbatim, apostrophe included", async () => {
      const wb = book();
      wb.sheet("表1").setNumberFormat("A20:B20", "@");
      expect(await writeAll(wb, ["3月5日", "'3月5日"])).toEqual(["3月5日", "'3月5日"]);
    });
    it("en-US keeps 3月5日 as text", async () => {
      const wb = book();
      wb.locale = "en-US";
      expect(await writeAll(wb, ["3月5日", "2021年1月"])).toEqual(["3月5日", "2021年1月"]);
    });
  });

  describe("notes and threaded comments", () => {
    it("a note cannot be added to a cell holding a threaded comment; the error names where it happened", async () => {
      const wb = book();
      wb.sheet("表1").addThreadedComment("B2");
      type Err = { code?: string; debugInfo?: { errorLocation?: string } };
      const err = await run(wb, async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem("表1");
        sheet.notes.add("B2", "说明");
        await ctx.sync();
      }).then(
        () => null as Err | null,
        (e: unknown) => e as Err,
      );
      expect(err?.code).toBe("InvalidOperation");
      expect(err?.debugInfo?.errorLocation).toMatch(/^NoteCollection\.add/);
      expect(wb.sheet("表1").notes).toHaveLength(0);
    });
  });

  describe("Excel.run(context, batch)", () => {
    it("re-enters an earlier batch's context (the documented way to remove an event handler)", async () => {
      const wb = book();
      let handlerCtx: FakeRequestContext | null = null;
      let removal: { remove(): void } | null = null;
      await run(wb, async (ctx) => {
        removal = ctx.workbook.worksheets.getItem("表1").onChanged.add(() => undefined);
        handlerCtx = ctx;
        await ctx.sync();
      });
      expect(wb.sheet("表1").changedHandlers.size).toBe(1);
      await wb.run(handlerCtx!, async (ctx) => {
        removal!.remove();
        await ctx.sync();
      });
      expect(wb.sheet("表1").changedHandlers.size).toBe(0);
    });
  });

  describe("sheet names (support.microsoft.com: Rename a worksheet)", () => {
    const addNamed = (wb: FakeWorkbook, name: string) =>
      codeOf(
        run(wb, async (ctx) => {
          ctx.workbook.worksheets.add(name);
          await ctx.sync();
        }),
      );
    it("refuses a leading or trailing apostrophe and the reserved name History (any case); basic rules allow them", async () => {
      const wb = book();
      for (const name of ["'x", "x'", "History", "HISTORY"]) expect(await addNamed(wb, name)).toBe("InvalidArgument");
      expect(await addNamed(wb, "O'Brien")).toBeUndefined();
      wb.sheetNameRules = "basic";
      expect(await addNamed(wb, "History")).toBeUndefined();
    });
  });

  describe("cell size (Excel specifications and limits: 32,767 characters)", () => {
    it("refuses a longer text; cellCharLimit = null (old lenient fake) stores it", async () => {
      const wb = book();
      const write = (n: number) =>
        codeOf(
          run(wb, async (ctx) => {
            ctx.workbook.worksheets.getItem("表1").getRange("B2").values = [["字".repeat(n)]];
            await ctx.sync();
          }),
        );
      expect(await write(32_767)).toBeUndefined();
      expect(await write(32_768)).toBe("InvalidArgument");
      expect(String(wb.sheet("表1").value("B2")).length).toBe(32_767);
      wb.cellCharLimit = null;
      expect(await write(40_000)).toBeUndefined();
    });
  });

  describe("WorksheetCollection.add() proxy after a failed sync (Office.js isInvalidAfterRequest)", () => {
    const addThenFail = (wb: FakeWorkbook) =>
      codeOf(
        run(wb, async (ctx) => {
          const ws = ctx.workbook.worksheets.add("新表");
          ws.getRange("A1").values = [["半"]];
          ctx.workbook.worksheets.getItem("不存在").activate(); // fails the batch after the add ran
          try {
            await ctx.sync();
          } catch {
            ws.delete(); // what a careless rollback does
            await ctx.sync();
          }
        }),
      );
    it("throws InvalidObjectPath synchronously, so the half-written sheet stays; valid (lenient) deletes it", async () => {
      const wb = book();
      expect(await addThenFail(wb)).toBe("InvalidObjectPath");
      expect(wb.sheet("新表").value("A1")).toBe("半");
      const lenient = book();
      lenient.addProxyAfterFailedSync = "valid";
      expect(await addThenFail(lenient)).toBeUndefined();
      expect(lenient.sheets.some((x) => x.alive && x.name === "新表")).toBe(false);
    });
    it("stays usable when the sync carrying the add succeeded", async () => {
      const wb = book();
      await run(wb, async (ctx) => {
        const ws = ctx.workbook.worksheets.add("新表");
        await ctx.sync();
        ws.getRange("A1").values = [["好"]];
        await ctx.sync();
      });
      expect(wb.sheet("新表").value("A1")).toBe("好");
    });
  });

  describe("notes loaded from NoteCollection.items are addressed by position (audit 3 L11)", () => {
    async function deleteFirstTwo(wb: FakeWorkbook): Promise<string[]> {
      const s = wb.sheet("表1");
      for (const a of ["B1", "B2", "B3", "B4"]) s.addNote(a, a);
      await run(wb, async (ctx) => {
        const notes = ctx.workbook.worksheets.getItem("表1").notes;
        notes.load("items/content");
        await ctx.sync();
        notes.items[0].delete();
        notes.items[1].delete();
        await ctx.sync();
      });
      return s.notes.map((n) => n.content);
    }
    it("index mode (default): deleting items 0 then 1 deletes the notes at positions 0 and 2", async () => {
      expect(await deleteFirstTwo(book())).toEqual(["B2", "B4"]);
    });
    it("bound mode (old lenient fake): the same code deletes the first two", async () => {
      const wb = book();
      wb.noteItemMode = "bound";
      expect(await deleteFirstTwo(wb)).toEqual(["B3", "B4"]);
    });
  });

  describe("hidden sheets (Worksheet.visibility, Excel.SheetVisibility)", () => {
    it("are listed with their visibility, and cannot be activated", async () => {
      const wb = book();
      wb.addSheet("隐藏").visibility = "Hidden";
      wb.addSheet("深度隐藏").visibility = "VeryHidden";
      let seen: string[][] = [];
      await run(wb, async (ctx) => {
        const all = ctx.workbook.worksheets;
        all.load("items/name,items/visibility");
        await ctx.sync();
        seen = all.items.map((w) => [w.name, w.visibility]);
      });
      expect(seen).toEqual([
        ["表1", "Visible"],
        ["隐藏", "Hidden"],
        ["深度隐藏", "VeryHidden"],
      ]);
      const code = await codeOf(
        run(wb, async (ctx) => {
          ctx.workbook.worksheets.getItem("隐藏").activate();
          await ctx.sync();
        }),
      );
      expect(code).toBe("InvalidOperation");
      expect(wb.activeSheetName).toBe("表1");
    });
  });
});

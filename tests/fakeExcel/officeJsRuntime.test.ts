/**
 * The fake's switches against Microsoft's own Office.js client runtime (audit 3 L3, L4, L11; experiment
 * officeJsRuntime.test.ts of the audit, made a project test). The runtime is the project's @microsoft/office-js
 * dependency (dist/excel-win32-16.01.debug.js), run in a node vm with a scripted request executor instead of Excel:
 * no Excel involved, only the client library whose proxy and batch rules the fake copies. Each case runs the same
 * code against the runtime and against the fake (default, strict switches) and expects the same outcome.
 */
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { FakeWorkbook, run } from "../../src/fakeExcel/fakeExcel";

/* eslint-disable @typescript-eslint/no-explicit-any -- the runtime is untyped JavaScript loaded into a vm */
type Any = any;

const RUNTIME = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist/excel-win32-16.01.debug.js");

function loadOfficeJs(): Any {
  const sandbox: Any = {
    console,
    setTimeout,
    clearTimeout,
    navigator: { userAgent: "node" },
    location: { href: "https://localhost/", search: "", hash: "" },
  };
  sandbox.window = sandbox;
  sandbox.document = {
    createElement: () => ({ style: {} }),
    getElementsByTagName: () => [],
    addEventListener() {},
    readyState: "complete",
  };
  vm.createContext(sandbox);
  vm.runInContext(fs.readFileSync(RUNTIME, "utf8"), sandbox, { filename: "excel-win32-16.01.debug.js" });
  return sandbox;
}

/** A request context whose requests go to `respond` (one call per sync) and are logged as "type:name" actions. */
function scripted(respond: (body: Any, n: number) => Any): { ctx: Any; Excel: Any; sent: string[][]; bodies: Any[] } {
  const { Excel } = loadOfficeJs();
  const ctx = new Excel.RequestContext("https://example.invalid/");
  const sent: string[][] = [];
  const bodies: Any[] = [];
  ctx._requestExecutor = {
    executeAsync(_c: Any, _f: Any, msg: Any) {
      const b = msg.Body;
      bodies.push(b);
      sent.push(b.Actions.map((a: Any) => `${a.ActionType}:${a.Name || b.ObjectPaths[a.ObjectPathId]?.Name || ""}`));
      return Promise.resolve({ ErrorCode: "", Headers: {}, Body: respond(b, sent.length) });
    },
  };
  return { ctx, Excel, sent, bodies };
}

const codeOf = (e: unknown) => (e as { code?: string }).code;

describe("the fake's strict switches agree with the Office.js client runtime", () => {
  it("L4: after a failed batch that carried worksheets.add(), the add() proxy throws InvalidObjectPath (runtime and fake)", async () => {
    // Runtime: Excel answers the batch with an error and no partial results.
    const { ctx, sent } = scripted((b, n) =>
      n === 1
        ? { Error: { Code: "InvalidOperation", Message: "x", Location: "Range.merge", ActionIndex: b.Actions.length - 1 } }
        : { Results: [] },
    );
    const ws = ctx.workbook.worksheets.add("新建绩效表");
    ws.getRange("A1:B1").merge(false);
    await ctx.sync().catch(() => undefined);
    let runtime: string | undefined;
    try {
      ws.delete();
    } catch (e) {
      runtime = codeOf(e);
    }
    expect(runtime).toBe("InvalidObjectPath");
    expect(sent).toHaveLength(1); // the delete never reached Excel

    const wb = new FakeWorkbook();
    wb.addSheet("表1");
    expect(wb.addProxyAfterFailedSync).toBe("invalid");
    let fake: string | undefined;
    await run(wb, async (c) => {
      const added = c.workbook.worksheets.add("新建绩效表");
      c.workbook.worksheets.getItem("不存在").activate();
      await c.sync().catch(() => undefined);
      try {
        added.delete();
      } catch (e) {
        fake = codeOf(e);
      }
    });
    expect(fake).toBe(runtime);
  });

  it("L3: Excel.run ends with an implicit sync — a write queued and never synced is sent (runtime and fake)", async () => {
    const { ctx, Excel, sent } = scripted(() => ({ Results: [] }));
    await Excel.run(ctx, async (context: Any) => {
      context.workbook.worksheets.getItem("表1").getRange("A1").values = [["x"]];
    });
    expect(sent.flat().some((a) => a === "4:Values")).toBe(true);

    const wb = new FakeWorkbook();
    wb.addSheet("表1");
    await run(wb, async (c) => {
      c.workbook.worksheets.getItem("表1").getRange("A1").values = [["x"]];
    });
    expect(wb.sheet("表1").value("A1")).toBe("x");
  });

  it("L11: a collection item loaded without an id is addressed by its position (getItemAt), as the fake does for notes", async () => {
    const { ctx, sent, bodies } = scripted((b, n) => {
      if (n > 1) return { Results: [] };
      const query = b.Actions.find((a: Any) => a.ActionType === 2); // the load
      return { Results: [{ ActionId: query.Id, Value: { _Items: [{ Name: "表1" }, { Name: "表2" }] } }] };
    });
    // Worksheets here (a collection path that stays valid across syncs); the rule is the runtime's, for every
    // collection: ObjectPathFactory.createChildItemObjectPathUsingIndexerOrGetItemAt (:15165).
    const items = ctx.workbook.worksheets;
    items.load("items/name");
    await ctx.sync();
    items.items[1].delete();
    await ctx.sync();
    expect(sent[1]).toContain("3:Delete");
    // The delete's object path is GetItemAt(1) on the collection — a position, not an id: a delete queued before it
    // on an earlier item would shift it (hence last-to-first deletes in src/excel/paintMarks.ts).
    const target = Object.values(bodies[1].ObjectPaths as Record<string, Any>).map(
      (p) => `${p.Name}(${(p.ArgumentInfo?.Arguments ?? []).join(",")})`,
    );
    expect(target).toContain("GetItemAt(1)");
    const wb = new FakeWorkbook();
    expect([wb.cfIdMode, wb.noteItemMode]).toEqual(["index", "index"]);
  });
});

import type { SheetCheckResult } from "../../src/core/check";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { runCheck, summarize } from "../../src/excel/runCheck";
import type { SheetHost } from "../../src/excel/sheetHost";
import { diag, hostFor, loadSample } from "./helpers";

function resultWith(
  snapshot: SheetSnapshot,
  findings = [diag("B3", "error"), diag("B5", "warning"), diag("B5", "info")],
): SheetCheckResult {
  return { name: snapshot.name, recognized: true, forms: [], findings };
}

/** The host without its optional members: what a minimal SheetHost gives runCheck. */
function withoutOptional(host: SheetHost): SheetHost {
  return {
    readActiveSheet: () => host.readActiveSheet(),
    paintFindings: (s, f) => host.paintFindings(s, f),
    clearMarks: (s) => host.clearMarks(s),
    selectCell: (s, a) => host.selectCell(s, a),
    writeCell: (s, a, v, e) => host.writeCell(s, a, v, e),
    onUserEdit: (s, h) => host.onUserEdit(s, h),
  };
}

describe("src/excel/runCheck.ts", () => {
  describe("runCheck", () => {
    it("reads, checks and paints through readAndPaint (2 syncs) and summarises the counts", async () => {
      const fake = await loadSample("shenmu");
      const outcome = await runCheck(hostFor(fake), { check: (s) => resultWith(s) });
      expect(outcome).toMatchObject({ painted: true, marked: 2, errors: [], notices: [] });
      expect(outcome.summary).toBe("“系统升级维护费”检查完成：1 个错误、1 个警告、1 条提示，已在表中标出。");
      expect(fake.syncCount).toBe(2);
    });

    it("falls back to readActiveSheet + paintFindings on a host without readAndPaint", async () => {
      const fake = await loadSample("wuhai");
      const outcome = await runCheck(withoutOptional(hostFor(fake)), { check: (s) => resultWith(s) });
      expect(outcome).toMatchObject({ painted: true, marked: 2, errors: [] });
      expect(fake.syncCount).toBe(3);
    });

    it("keeps the result but reports the paint error on a protected sheet", async () => {
      const fake = await loadSample("shenmu");
      fake.activeSheet!.protected = true;
      const outcome = await runCheck(hostFor(fake), { check: (s) => resultWith(s) });
      expect(outcome.result?.findings).toHaveLength(3);
      expect(outcome.painted).toBe(false);
      expect(outcome.errors.map((e) => e.code)).toEqual(["sheet-protected"]);
      expect(outcome.summary).toContain("无法在单元格上标记");
    });

    it("reports a read error with no result", async () => {
      const fake = await loadSample("shenmu");
      fake.cellEditMode = true;
      const outcome = await runCheck(hostFor(fake));
      expect(outcome.result).toBeUndefined();
      expect(outcome.summary).toBe("请先结束单元格编辑（按 Enter 或 Esc），再点击检查。");
    });

    it("passes the capability notices through", async () => {
      const fake = await loadSample("shenmu");
      fake.apiVersion = "1.12";
      const outcome = await runCheck(hostFor(fake), { check: (s) => resultWith(s) });
      expect(outcome.notices).toHaveLength(2);
      expect(outcome.painted).toBe(true);
    });

    it("never throws, even when the engine does", async () => {
      const fake = await loadSample("shenmu");
      const outcome = await runCheck(hostFor(fake), {
        check: () => {
          throw new Error("引擎出错");
        },
      });
      expect(outcome.errors[0]).toMatchObject({ code: "unknown", message: expect.stringContaining("引擎出错") });
      expect(fake.activeSheet!.conditionalFormats).toHaveLength(0);
    });
  });

  describe("summarize", () => {
    it("says when no form was recognised, and when nothing was found", () => {
      expect(summarize({ name: "表", recognized: false, reason: "未找到“项目名称”", forms: [], findings: [] }, true, [])).toBe(
        "“表”中未识别出绩效目标表：未找到“项目名称”",
      );
      expect(summarize({ name: "表", recognized: true, forms: [], findings: [] }, true, [])).toBe("“表”检查完成，未发现问题。");
    });
  });
});

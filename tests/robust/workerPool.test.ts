/**
 * Folder mode in worker threads: same results and order as one thread; a sheet that runs past the time cap is
 * stopped and reported as 太大，未检查 while the sheets after it and the other files are still checked.
 */
import childProcess from "node:child_process";
import { copyFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { INLINE_MAX_BYTES, INLINE_MAX_CELLS, runChecks } from "../../src/cli/checkFiles";
import { DEFAULT_LIMITS } from "../../src/cli/safeOpen";
import { checkFilesInPool } from "../../src/cli/workerPool";
import { makeTempDir, SHENMU, WUHAI } from "../cli/helpers";

jest.setTimeout(120_000);

let tmp: ReturnType<typeof makeTempDir>;
beforeAll(() => {
  tmp = makeTempDir("jxcheck-pool-");
});
afterAll(() => tmp.cleanup());

describe("workerPool", () => {
  it("gives the same results, in input order, on 1 thread and 2 workers (processes and threads)", async () => {
    const files = ["b.xlsx", "a.xlsx", "c.xlsx"].map((n, i) => {
      const f = path.join(tmp.dir, n);
      copyFileSync(i === 1 ? WUHAI : SHENMU, f);
      return f;
    });
    const one = await runChecks(files, { jobs: 1 });
    const pooled = await checkFilesInPool(files, { jobs: 2, framework: "auto" });
    expect(pooled.map((f) => f.file)).toEqual(files);
    expect(JSON.parse(JSON.stringify(pooled))).toEqual(JSON.parse(JSON.stringify(one.files)));
    const threads = await checkFilesInPool(files, { jobs: 2, framework: "auto", isolation: "thread" });
    expect(JSON.parse(JSON.stringify(threads))).toEqual(JSON.parse(JSON.stringify(one.files)));
  });

  it("stops a sheet past the time cap, keeps the sheets after it and the other files", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("前").getCell("A1").value = "说明";
    const slow = wb.addWorksheet("慢");
    // A real table of 30,000 indicator rows: every row is read, parsed and checked (well over 300 ms).
    slow.addRow(["项目名称", "大表"]);
    slow.addRow(["一级指标", "二级指标", "三级指标", "指标值"]);
    for (let i = 0; i < 30_000; i++) slow.addRow(["产出指标", "数量指标", `第${i}项任务完成数`, `≥${i}件`]);
    wb.addWorksheet("后").getCell("A1").value = "说明";
    const file = path.join(tmp.dir, "slow.xlsx");
    await wb.xlsx.writeFile(file);
    const [slowRun, sample] = await checkFilesInPool([file, SHENMU], {
      jobs: 2,
      framework: "auto",
      limits: { ...DEFAULT_LIMITS, maxSheetMs: 300 },
    });
    expect(slowRun.error).toBeUndefined();
    expect(slowRun.sheets.map((s) => s.name)).toEqual(["前", "慢", "后"]);
    expect(slowRun.sheets[1].reason).toBe("太大，未检查：检查超过 0.3 秒仍未完成（上限），已停止；请拆分工作表后再检查");
    expect(slowRun.sheets[0].reason).toMatch(/不是项目支出绩效目标表/);
    expect(slowRun.sheets[2].reason).toMatch(/不是项目支出绩效目标表/);
    expect(sample.sheets).toHaveLength(6);
    expect(sample.sheets.every((s) => s.recognized)).toBe(true);
  });

  it("the main process checks small workbooks itself and hands larger ones to workers: same results, each file once", async () => {
    const files = ["d.xlsx", "e.xlsx", "f.xlsx", "g.xlsx"].map((n, i) => {
      const f = path.join(tmp.dir, n);
      copyFileSync(i % 2 ? WUHAI : SHENMU, f);
      return f;
    });
    const one = await runChecks(files, { jobs: 1 });
    const sizes = new Map(files.map((f) => [f, statSync(f).size]));
    for (const maxCells of [1_000_000, 1]) {
      // 1 cell: every workbook is read by the main process, found too large and handed to the worker.
      const started: string[] = [];
      const done: string[] = [];
      const pooled = await checkFilesInPool(files, {
        jobs: 2,
        framework: "auto",
        inline: { maxBytes: 1024 * 1024, maxCells, sizes },
        onFileStart: (f) => started.push(f),
        onFileDone: (f) => done.push(f),
      });
      expect(JSON.parse(JSON.stringify(pooled))).toEqual(JSON.parse(JSON.stringify(one.files)));
      expect([...started].sort()).toEqual([...files].sort());
      expect([...done].sort()).toEqual([...files].sort());
    }
    // runChecks with --jobs 2 takes the same path.
    const viaRun = await runChecks(files, { jobs: 2 });
    expect(JSON.parse(JSON.stringify(viaRun.files))).toEqual(JSON.parse(JSON.stringify(one.files)));
  });

  it("in a folder of small workbooks the helpers are threads; a workbook too large for them goes to one worker process", async () => {
    const files = ["h.xlsx", "i.xlsx", "j.xlsx", "k.xlsx", "l.xlsx"].map((n, i) => {
      const f = path.join(tmp.dir, n);
      copyFileSync(i % 2 ? SHENMU : WUHAI, f);
      return f;
    });
    const one = await runChecks(files, { jobs: 1 });
    const sizes = new Map(files.map((f) => [f, statSync(f).size]));
    const fork = jest.spyOn(childProcess, "fork");
    try {
      for (const [maxCells, processes] of [
        [1_000_000, 0], // all small: the main process and a thread, no process started
        [1, 1], // every workbook too large for the main process and the threads: one worker process for them all
      ]) {
        fork.mockClear();
        const pooled = await checkFilesInPool(files, {
          jobs: 3,
          framework: "auto",
          inline: { maxBytes: 1024 * 1024, maxCells, sizes },
        });
        expect(JSON.parse(JSON.stringify(pooled))).toEqual(JSON.parse(JSON.stringify(one.files)));
        expect(fork).toHaveBeenCalledTimes(processes);
      }
    } finally {
      fork.mockRestore();
    }
  });

  it("a slow sheet in a small file is not checked by the main process: a worker stops it at the time cap", async () => {
    const wb = new ExcelJS.Workbook();
    const slow = wb.addWorksheet("慢");
    slow.addRow(["项目名称", "大表"]);
    slow.addRow(["一级指标", "二级指标", "三级指标", "指标值"]);
    for (let i = 0; i < 30_000; i++) slow.addRow(["产出指标", "数量指标", `第${i}项任务完成数`, `≥${i}件`]);
    const file = path.join(tmp.dir, "slow-small.xlsx");
    await wb.xlsx.writeFile(file);
    expect(statSync(file).size).toBeLessThan(INLINE_MAX_BYTES); // small on disk: only its cells send it to a worker
    const [slowRun, sample] = await checkFilesInPool([file, SHENMU], {
      jobs: 2,
      framework: "auto",
      // The sample may run in a cold helper (a thread under tsx here) under the same cap: 1 s leaves it room under
      // load, while the 30,000-row sheet takes seconds.
      limits: { ...DEFAULT_LIMITS, maxSheetMs: 1000 },
      inline: {
        maxBytes: INLINE_MAX_BYTES,
        maxCells: INLINE_MAX_CELLS,
        sizes: new Map([file, SHENMU].map((f) => [f, statSync(f).size])),
      },
    });
    expect(slowRun.sheets[0].reason).toBe("太大，未检查：检查超过 1 秒仍未完成（上限），已停止；请拆分工作表后再检查");
    expect(sample.sheets.every((s) => s.recognized)).toBe(true);
  });

  it("a file that exhausts a worker's memory gets its own error; the other files are still checked", async () => {
    const { miniXlsx } = await import("../fixtures/hostile/generate");
    const cells: Record<string, string> = {};
    for (let r = 1; r <= 150_000; r++) cells[`A${r}`] = `第${r}行的一些文字`;
    const big = path.join(tmp.dir, "heavy.xlsx");
    writeFileSync(big, miniXlsx([{ name: "大", cells }]));
    const [heavy, sample] = await checkFilesInPool([big, SHENMU], { jobs: 1, framework: "auto", workerHeapMb: 48 });
    expect(heavy.error).toBe("无法读取文件：读取时超出内存上限，文件过大或结构异常，已跳过");
    expect(sample.sheets).toHaveLength(6);
    expect(sample.sheets.every((s) => s.recognized)).toBe(true);
  });

  it("reports unreadable files from workers like the single-thread path", async () => {
    const missing = path.join(tmp.dir, "missing.xlsx");
    const [m, s] = await checkFilesInPool([missing, SHENMU], { jobs: 2, framework: "auto" });
    expect(m.error).toBe("无法读取文件：文件或文件夹不存在");
    expect(s.sheets).toHaveLength(6);
  });
});

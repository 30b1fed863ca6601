/**
 * `jxcheck templates` and `jxcheck insert-template` on the sample workbooks: the JSON listing, suggestions
 * with reasons, and a new workbook with the missing rows — input untouched, existing --out refused without
 * --force, merges/borders/print settings kept, read back and re-checked.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { z } from "zod";
import { main } from "../../src/cli/cli";
import { readWorkbookSnapshots } from "../../src/cli/readWorkbookSnapshots";
import { checkSheet } from "../../src/core/check";
import { rangeToA1 } from "../../src/core/cellAddress";
import { BUILTIN_TEMPLATES } from "../../src/core/templates/library";
import { SHENMU, WUHAI, makeTempDir } from "./helpers";

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(["node", "jxcheck", ...args], {
    writeOut: (t) => void (out += t),
    writeErr: (t) => void (err += t),
    colorSupported: false,
  });
  return { code, out, err };
}
const hash = (f: string) => createHash("sha256").update(readFileSync(f)).digest("hex");
const MISSING = new Set(["framework-coverage", "level2-without-level3", "indicator-section"]);

const SourceSchema = z.strictObject({
  publisher: z.string().min(2),
  year: z.number().int().nullable(),
  title: z.string().optional(),
});
const ListingSchema = z.array(
  z.strictObject({
    id: z.string(),
    name: z.string(),
    kinds: z.array(z.string()).min(1),
    framework: z.enum(["old-88", "core-101"]),
    formKinds: z.array(z.enum(["project", "department"])).min(1),
    sources: z.array(SourceSchema).min(1),
    rows: z.array(
      z.strictObject({
        level1: z.string(),
        level2: z.string(),
        level3: z.string(),
        operator: z.string(),
        value: z.string(),
        placeholder: z.boolean(),
        unit: z.string(),
        explanation: z.string(),
        source: SourceSchema.nullable(),
      }),
    ),
  }),
);

describe("jxcheck templates", () => {
  it("--format json lists every template for both frameworks as {id,name,kinds,framework,rows}", async () => {
    const r = await run(["templates", "--format", "json"]);
    expect(r.code).toBe(0);
    const list = ListingSchema.parse(JSON.parse(r.out));
    expect(list).toHaveLength(BUILTIN_TEMPLATES.length * 2);
    const it101 = list.find((t) => t.id === "it-maintenance" && t.framework === "core-101")!;
    expect(it101.rows[0]).toMatchObject({
      level1: "成本指标",
      level2: "经济成本指标",
      level3: "单套系统运维费",
      value: "≤（待填）万元/套/年",
      placeholder: true,
    });
    const old = list.find((t) => t.id === "it-maintenance" && t.framework === "old-88")!;
    expect(old.rows.find((x) => x.level2 === "成本指标")!.level1).toBe("产出指标");
  });

  it("text listing names every template and marks placeholders", async () => {
    const r = await run(["templates", "--framework", "old-88"]);
    expect(r.code).toBe(0);
    for (const t of BUILTIN_TEMPLATES) expect(r.out).toContain(`${t.id}  ${t.name}`);
    expect(r.out).toContain("[待填]");
    expect(r.out).toContain(`共 ${BUILTIN_TEMPLATES.length} 个模板`);
  });

  it("--suggest explains the choice with the matched words and previews the rows", async () => {
    const r = await run(["templates", "--suggest", WUHAI, "--sheet", "医保业务经费"]);
    expect(r.code).toBe(0);
    // Running costs (机构运转) get the running-costs kind, not the 监管 one (issue 14).
    expect(r.out).toContain("推荐：office-operations  机构运转/日常业务经费（项目名称含“业务经费”");
    expect(r.out).toContain("新建指标表并添加 6 行指标");
    expect(r.out).toMatch(/G27 {2}产出指标 › 成本指标 › 年度经费支出 {2}≤20万元 {2}（取自预算 B13）/);
    // A missing finding is offered the template rows that fix it.
    const f = await run(["templates", "--suggest", WUHAI, "--sheet", "反欺诈专项经费"]);
    expect(f.out).toContain(
      "G22  二级指标“数量指标”下没有三级指标和指标值。 → 插入模板“工作经费/业务经费（核查、监管）”的 2 行：检查定点医药机构数量、开展专项检查次数",
    );
    const j = await run(["templates", "--suggest", SHENMU, "--sheet", "系统升级维护费", "--format", "json"]);
    const parsed = JSON.parse(j.out) as {
      sheets: { forms: { suggestions: { id: string; reason: string }[]; preview: unknown[] }[] }[];
    };
    expect(parsed.sheets[0].forms[0].suggestions[0].id).toBe("it-maintenance");
    expect(parsed.sheets[0].forms[0].preview).toEqual([]);
  });

  it("usage errors: unknown sheet, --sheet without --suggest, bad library file", async () => {
    expect((await run(["templates", "--suggest", WUHAI, "--sheet", "没有这张"])).code).toBe(2);
    expect((await run(["templates", "--sheet", "x"])).code).toBe(2);
    const tmp = makeTempDir();
    try {
      const lib = path.join(tmp.dir, "lib.json");
      writeFileSync(
        lib,
        JSON.stringify({
          templates: [
            {
              id: "a",
              name: "甲",
              kinds: ["甲"],
              rows: [{ level2: "数量指标", name: "x", operator: "≥", value: "abc", unit: "人", explanation: "e" }],
            },
          ],
        }),
      );
      const r = await run(["templates", "--library", lib]);
      expect(r.code).toBe(2);
      expect(r.err).toContain("第 1 个模板（a：甲） 第 1 行“x”：指标值“abc”应为数字");
    } finally {
      tmp.cleanup();
    }
  });
});

describe("jxcheck insert-template", () => {
  let tmp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (tmp = makeTempDir()));
  afterEach(() => tmp.cleanup());

  it("乌海 医保业务经费 (no indicators): a new workbook with the block; only placeholders and the empty 年度目标 left", async () => {
    const out = path.join(tmp.dir, "out.xlsx");
    const before = hash(WUHAI);
    const r = await run(["insert-template", WUHAI, "--sheet", "医保业务经费", "--template", "work-funds", "--out", out]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(hash(WUHAI)).toBe(before);
    expect(r.out).toContain("待填写（5 处");
    const sheets = await readWorkbookSnapshots(out);
    const s = sheets.find((x) => x.name === "医保业务经费")!;
    const check = checkSheet(s);
    expect(check.findings.filter((f) => MISSING.has(f.rule))).toEqual([]);
    // What is left: the five placeholders (project-dependent figures, issue 14), the empty 年度目标 cell the new
    // goals block offers (F22), and the pre-existing 基本支出 warning on the overview.
    // (goals-present on the empty 年度目标 F22 is the engine's business — main's reader currently misreads an
    // empty 乌海 年度目标 cell, so it is not asserted either way here.)
    expect(check.findings.filter((f) => f.rule !== "goals-present").map((f) => `${f.cell} ${f.rule}`)).toEqual([
      "D8 basic-expenditure",
      "H24 template-placeholder",
      "H25 template-placeholder",
      "H26 template-placeholder",
      "H27 template-placeholder",
      "H30 template-placeholder",
    ]);
    // The other sheets are unchanged.
    const orig = await readWorkbookSnapshots(WUHAI);
    for (const o of orig.filter((x) => x.name !== "医保业务经费")) expect(sheets.find((x) => x.name === o.name)).toEqual(o);
    // Merges of the new block, and the old ones untouched.
    const merges = s.merges.map(rangeToA1);
    for (const m of [
      "A21:A22",
      "B21:E21",
      "F21:H21",
      "B22:E22",
      "F22:H22",
      "A23:A32",
      "B24:B29",
      "C24:C25",
      "F24:F25",
      "C26:C27",
      "F26:F27",
      "B30:B31",
    ])
      expect(merges).toContain(m);
    for (const m of orig.find((x) => x.name === "医保业务经费")!.merges.map(rangeToA1)) expect(merges).toContain(m);
  });

  it("keeps borders, fonts, row heights and print settings (print area stretched over the new rows)", async () => {
    const out = path.join(tmp.dir, "out.xlsx");
    expect(
      (await run(["insert-template", WUHAI, "--sheet", "医保业务经费", "--template", "work-funds", "--out", out])).code,
    ).toBe(0);
    const a = new ExcelJS.Workbook();
    await a.xlsx.readFile(WUHAI);
    const plain = path.join(tmp.dir, "plain.xlsx");
    await a.xlsx.writeFile(plain); // exceljs' own round trip, to compare like with like
    const p = new ExcelJS.Workbook();
    await p.xlsx.readFile(plain);
    const b = new ExcelJS.Workbook();
    await b.xlsx.readFile(out);
    const src = p.getWorksheet("医保业务经费")!;
    const dst = b.getWorksheet("医保业务经费")!;
    const { printArea: pa, ...restA } = src.pageSetup;
    const { printArea: pb, ...restB } = dst.pageSetup;
    expect(restB).toEqual(restA);
    expect(pa).toBe("A1:H20");
    expect(pb).toBe("A1:H32");
    // Row 20 (合计) is B20:D20 | E20:F20 | G20:H20, all thin-bordered: every new cell gets that border,
    // also those below the merges' hidden cells, so the new table is fully ruled.
    const thin = src.getCell("B20").border;
    expect(thin.top).toMatchObject({ style: "thin" });
    for (const col of ["B", "C", "D", "E", "F", "G", "H"]) {
      expect([col, dst.getCell(`${col}24`).border]).toEqual([col, thin]);
      expect([col, dst.getCell(`${col}31`).font]).toEqual([col, src.getCell("B20").font]);
    }
    expect(dst.getRow(28).height).toBe(src.getRow(20).height);
    for (let r = 1; r <= 20; r++) expect(dst.getRow(r).height).toBe(src.getRow(r).height);
  });

  it("乌海 反欺诈专项经费 (empty 数量 row): fills it in place, inserts one row, extends the 一级/二级 merges", async () => {
    const out = path.join(tmp.dir, "out.xlsx");
    const r = await run(["insert-template", WUHAI, "--sheet", "反欺诈专项经费", "--out", out]);
    expect(r.code).toBe(0);
    const s = (await readWorkbookSnapshots(out)).find((x) => x.name === "反欺诈专项经费")!;
    const check = checkSheet(s);
    expect(check.findings.filter((f) => MISSING.has(f.rule) && f.severity !== "info")).toEqual([]);
    const merges = s.merges.map(rangeToA1);
    expect(merges).toEqual(expect.arrayContaining(["A21:A32", "B22:B27", "C22:C23", "F22:F23", "B28:B32"]));
    expect(s.values[22 - s.origin.row - 1].slice(5, 8)).toEqual(["数量指标", "检查定点医药机构数量", "≥（待填）家"]);
    expect(s.values[23 - s.origin.row - 1].slice(5, 8)).toEqual([null, "开展专项检查次数", "≥（待填）次"]);
    // The user's rows below moved down by one, unchanged.
    expect(s.values[24 - s.origin.row - 1].slice(5, 8)).toEqual(["质量指标", "定点稽核覆盖率", ">95%"]);
  });

  it("神木: a table missing its 数量 and 满意度 rows gets them back; a complete one is left alone", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SHENMU);
    const ws = wb.getWorksheet("系统升级维护费")!;
    for (const r of [25, 26, 27]) for (const c of ["D", "E", "F"]) ws.getCell(`${c}${r}`).value = null; // 数量 rows emptied
    const input = path.join(tmp.dir, "in.xlsx");
    await wb.xlsx.writeFile(input);
    const out = path.join(tmp.dir, "out.xlsx");
    const r = await run(["insert-template", input, "--sheet", "系统升级维护费", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("=3套  （取自经费测算 B9：3套医保系统日常运行维护费17万/套/年）");
    const s = (await readWorkbookSnapshots(out)).find((x) => x.name === "系统升级维护费")!;
    expect(checkSheet(s).findings.filter((f) => MISSING.has(f.rule) && f.severity !== "info")).toEqual([]);
    const done = await run(["insert-template", SHENMU, "--sheet", "系统升级维护费", "--out", path.join(tmp.dir, "x.xlsx")]);
    expect(done.code).toBe(0);
    expect(done.out).toContain("指标已齐全，无需插入");
    expect(existsSync(path.join(tmp.dir, "x.xlsx"))).toBe(false);
  });

  it("never writes the input, refuses an existing --out unless --force, checks its arguments", async () => {
    expect((await run(["insert-template", WUHAI, "--sheet", "医保业务经费", "--out", WUHAI])).code).toBe(2);
    const out = path.join(tmp.dir, "exists.xlsx");
    writeFileSync(out, "keep me");
    const refused = await run(["insert-template", WUHAI, "--sheet", "医保业务经费", "--out", out]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("已存在；要覆盖请加 --force");
    expect(readFileSync(out, "utf8")).toBe("keep me");
    expect((await run(["insert-template", WUHAI, "--sheet", "医保业务经费", "--out", out, "--force"])).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    const bad = await run([
      "insert-template",
      WUHAI,
      "--sheet",
      "医保业务经费",
      "--out",
      path.join(tmp.dir, "y.xlsx"),
      "--template",
      "nope",
    ]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("没有编号为“nope”的模板");
    expect((await run(["insert-template", WUHAI, "--sheet", "无此表", "--out", path.join(tmp.dir, "z.xlsx")])).code).toBe(2);
    expect(
      (await run(["insert-template", path.join(tmp.dir, "missing.xlsx"), "--sheet", "a", "--out", path.join(tmp.dir, "w.xlsx")]))
        .code,
    ).toBe(1);
  });

  it("--new-sheet creates a complete new form on a new sheet (header left to fill); other sheets unchanged", async () => {
    const out = path.join(tmp.dir, "new.xlsx");
    const r = await run([
      "insert-template",
      WUHAI,
      "--sheet",
      "医保业务经费",
      "--new-sheet",
      "新表",
      "--layout",
      "declaration",
      "--out",
      out,
    ]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const sheets = await readWorkbookSnapshots(out);
    const orig = await readWorkbookSnapshots(WUHAI);
    expect(sheets.map((s) => s.name)).toEqual([...orig.map((s) => s.name), "新表"]);
    for (const o of orig) expect(sheets.find((x) => x.name === o.name)).toEqual(o);
    const check = checkSheet(sheets.find((x) => x.name === "新表")!);
    expect(check.layout).toBe("declaration-form");
    expect(check.findings.filter((f) => MISSING.has(f.rule))).toEqual([]);
    const again = await run([
      "insert-template",
      out,
      "--new-sheet",
      "新表",
      "--template",
      "publicity",
      "--out",
      path.join(tmp.dir, "n2.xlsx"),
    ]);
    expect(again.code).toBe(2);
    expect(again.err).toContain("工作表“新表”已存在");
    expect((await run(["insert-template", WUHAI, "--new-sheet", "x", "--out", path.join(tmp.dir, "n3.xlsx")])).code).toBe(2);
  });

  it("the user's conditional formats move with their rows and grow over rows inserted inside them", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(WUHAI);
    const ws = wb.getWorksheet("反欺诈专项经费")!;
    ws.addConditionalFormatting({ ref: "H22:H32", rules: [{ type: "expression", priority: 1, formulae: ["FALSE"], style: {} }] });
    ws.addConditionalFormatting({ ref: "J40", rules: [{ type: "expression", priority: 2, formulae: ["FALSE"], style: {} }] });
    const input = path.join(tmp.dir, "cf.xlsx");
    await wb.xlsx.writeFile(input);
    const out = path.join(tmp.dir, "out.xlsx");
    expect((await run(["insert-template", input, "--sheet", "反欺诈专项经费", "--out", out])).code).toBe(0);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    const refs = (
      back.getWorksheet("反欺诈专项经费") as unknown as { conditionalFormattings: { ref: string }[] }
    ).conditionalFormattings.map((c) => c.ref);
    expect(refs).toEqual(["H22:H33", "J41"]);
  });

  it("--template picks a template other than the suggestion", async () => {
    const out = path.join(tmp.dir, "out.xlsx");
    const r = await run(["insert-template", WUHAI, "--sheet", "医保业务经费", "--template", "publicity", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("模板“专项宣传”（指定）");
  });
});

describe("jxcheck templates --format json (issue 14)", () => {
  it("lists at least 30 kinds, each row with its source (publisher and year)", async () => {
    const r = await run(["templates", "--format", "json", "--framework", "old-88"]);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.out) as {
      id: string;
      sources: { publisher: string; year: number | null }[];
      rows: { source: { publisher: string; year: number | null } | null }[];
    }[];
    expect(new Set(list.map((t) => t.id)).size).toBeGreaterThanOrEqual(30);
    for (const t of list) {
      expect(t.sources.length).toBeGreaterThan(0);
      for (const row of t.rows) expect(row.source?.publisher).toEqual(expect.any(String));
    }
  });
});

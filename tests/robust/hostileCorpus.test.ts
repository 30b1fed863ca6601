/**
 * The hostile corpus (generated at test time by tests/fixtures/hostile/generate.ts) through the real CLI:
 * each file gets its own clear zh-CN outcome, the good file is still fully checked, the JSON stays complete and
 * valid, and folder mode with workers gives exactly the output of one thread.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { main } from "../../src/cli/cli";
import { generateHostileCorpus, type HostileFile } from "../fixtures/hostile/generate";
import { makeTempDir, ReportSchema, SHENMU } from "../cli/helpers";

jest.setTimeout(120_000);

let tmp: ReturnType<typeof makeTempDir>;
let dir: string;
let corpus: HostileFile[];

async function run(args: string[]) {
  let out = "";
  let err = "";
  const code = await main(["node", "jxcheck", ...args], {
    writeOut: (t) => (out += t),
    writeErr: (t) => (err += t),
    colorSupported: false,
  });
  return { code, out, err };
}

beforeAll(() => {
  tmp = makeTempDir("jxcheck-hostile-");
  dir = path.join(tmp.dir, "corpus");
  mkdirSync(dir);
  corpus = generateHostileCorpus(dir, SHENMU);
});
afterAll(() => tmp.cleanup());

describe("hostile corpus", () => {
  let json: ReturnType<typeof ReportSchema.parse>;
  let jsonText: string;

  beforeAll(async () => {
    const r = await run(["check", "--format", "json", "--jobs", "1", dir]);
    expect(r.code).toBe(1);
    jsonText = r.out;
    json = ReportSchema.parse(JSON.parse(r.out));
  });

  it("lists every file once, in path order, with valid JSON of exactly the documented shape", () => {
    expect(json.files.map((f) => f.file)).toEqual(corpus.map((c) => c.file).sort());
  });

  it("gives each hostile file its own clear zh-CN error", () => {
    for (const c of corpus) {
      const f = json.files.find((x) => x.file === c.file)!;
      if (c.error) {
        expect({ kind: c.kind, error: f.error }).toEqual({ kind: c.kind, error: expect.stringMatching(c.error) });
        expect(f.sheets).toEqual([]);
      } else {
        expect({ kind: c.kind, error: f.error }).toEqual({ kind: c.kind, error: undefined });
      }
    }
    const errors = json.files.map((f) => f.error).filter(Boolean);
    expect(errors.every((e) => /[\u4e00-\u9fff]/.test(e!))).toBe(true);
    expect(errors.some((e) => /Error|zip|undefined/.test(e!.replace(/\.xlsx|zip 目录|zip 格式|zip 中|zip 内容/g, "")))).toBe(
      false,
    );
  });

  it("still checks the good file completely", () => {
    const good = json.files.find((f) => f.file.endsWith("00-good.xlsx"))!;
    expect(good.sheets).toHaveLength(6);
    expect(good.sheets.every((s) => s.recognized)).toBe(true);
    expect(good.sheets[0].findings.map((f) => f.cell)).toContain("B9");
  });

  it("reports sheet-level outcomes for the readable hostile files", () => {
    for (const c of corpus.filter((x) => x.sheet)) {
      const f = json.files.find((x) => x.file === c.file)!;
      const s = f.sheets.find((x) => x.name === c.sheet!.name);
      expect(s).toBeDefined();
      if (c.sheet!.reason) expect(s!.reason).toMatch(c.sheet!.reason);
    }
    const names = json.files.find((f) => f.file.endsWith("08-bad-sheet-names.xlsx"))!.sheets.map((s) => s.name);
    expect(names).toEqual(["'引号'", "History", "第一行\n伪造的一行"]);
  });

  it("folder mode on 2 workers gives byte-identical JSON", async () => {
    const r = await run(["check", "--format", "json", "--jobs", "2", dir]);
    expect(r.code).toBe(1);
    expect(r.out).toBe(jsonText);
  });

  it("the text report stays one line per item: no forged lines, no raw control characters", async () => {
    const r = await run(["check", "--no-color", "--jobs", "1", dir]);
    // eslint-disable-next-line no-control-regex -- no control characters may reach the terminal
    expect(r.out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    expect(r.out).toContain("工作表「第一行\u240a伪造的一行」");
    expect(r.out.split("\n").some((l) => l.startsWith("伪造的一行"))).toBe(false);
    expect(r.out.trimEnd().split("\n").pop()).toMatch(/^合计：3 个文件，.*；\d+ 个文件无法读取$/);
  });
});

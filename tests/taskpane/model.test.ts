import type { Diagnostic } from "../../src/core/diagnostics";
import { snapshotFromGrid } from "../../src/core/snapshot";
import { cellTextAt } from "../../src/taskpane/cellText";
import { countBySeverity, filterBySeverity, groupFindings, keyFindings } from "../../src/taskpane/grouping";
import { DICTIONARIES, enUS, pickLocale, zhCN } from "../../src/taskpane/i18n";
import { localSettingsStore, sanitizeSettings } from "../../src/taskpane/settings";
import { luminance } from "../../src/taskpane/theme";

function d(p: Partial<Diagnostic>): Diagnostic {
  return {
    rule: "r",
    severity: "warning",
    category: "missing",
    cell: "A1",
    related: [],
    messageId: "m",
    params: {},
    message: "msg",
    formIndex: 0,
    project: "项目甲",
    group: "",
    basis: "测试依据",
    ...p,
  };
}

describe("grouping", () => {
  const findings = [
    d({ cell: "C20", group: "产出指标 › 数量指标" }),
    d({ cell: "B3", group: "" }),
    d({ cell: "C25", group: "效益指标 › 社会效益指标", severity: "error" }),
    d({ cell: "C21", group: "产出指标 › 数量指标", severity: "info" }),
    d({ cell: "B40", formIndex: 1, project: "项目乙", group: "" }),
  ];

  test("groups by form, then by group with header findings first", () => {
    const sections = groupFindings(keyFindings(findings));
    expect(sections.map((s) => [s.formIndex, s.project, s.count])).toEqual([
      [0, "项目甲", 4],
      [1, "项目乙", 1],
    ]);
    expect(sections[0].groups.map((g) => [g.group, g.items.map((i) => i.finding.cell)])).toEqual([
      ["", ["B3"]],
      ["产出指标 › 数量指标", ["C20", "C21"]],
      ["效益指标 › 社会效益指标", ["C25"]],
    ]);
  });

  test("keys are unique even for duplicate findings", () => {
    const keys = keyFindings([d({}), d({})]).map((k) => k.key);
    expect(new Set(keys).size).toBe(2);
  });

  test("severity filter and counts", () => {
    expect(filterBySeverity(findings, { error: true, warning: false, info: false }).map((f) => f.cell)).toEqual(["C25"]);
    expect(countBySeverity(findings)).toEqual({ error: 1, warning: 3, info: 1 });
  });
});

describe("cellTextAt", () => {
  const snap = snapshotFromGrid(
    "s",
    [
      [null, "x"],
      [12.5, true],
      ["合并", null],
    ],
    ["B4:C4"],
    "B2",
  );
  test("reads relative to the origin, numbers and booleans as text", () => {
    expect(cellTextAt(snap, "C2")).toBe("x");
    expect(cellTextAt(snap, "B3")).toBe("12.5");
    expect(cellTextAt(snap, "C3")).toBe("TRUE");
    expect(cellTextAt(snap, "B2")).toBe("");
    expect(cellTextAt(snap, "A1")).toBe("");
    expect(cellTextAt(snap, "Z99")).toBe("");
  });
  test("a cell inside a merge reads as the host read it (not the merge's top-left)", () => {
    const m = snapshotFromGrid("s", [["合并", null]], ["A1:B1"]);
    expect(cellTextAt(m, "A1")).toBe("合并");
    expect(cellTextAt(m, "B1")).toBe("");
  });
});

describe("i18n", () => {
  test("both dictionaries have the same keys and no empty strings", () => {
    const shape = (o: object): string[] =>
      Object.entries(o)
        .flatMap(([k, v]) => (v && typeof v === "object" ? shape(v).map((x) => `${k}.${x}`) : [k]))
        .sort();
    expect(shape(enUS)).toEqual(shape(zhCN));
    for (const dict of Object.values(DICTIONARIES)) {
      for (const [k, v] of Object.entries(dict)) {
        if (typeof v === "string") expect(`${k}:${v.trim()}`).not.toBe(`${k}:`);
      }
    }
    expect(zhCN.checkButton).toBe("检查工作表");
    expect(zhCN.clearButton).toBe("清除标记");
    expect(zhCN.applyButton).toBe("应用建议");
  });

  test("locale choice: zh first, English for other languages", () => {
    expect(pickLocale("zh-CN")).toBe("zh-CN");
    expect(pickLocale("zh-TW")).toBe("zh-CN");
    expect(pickLocale("")).toBe("zh-CN");
    expect(pickLocale(undefined)).toBe("zh-CN");
    expect(pickLocale("en-US")).toBe("en-US");
    expect(pickLocale("de-DE")).toBe("en-US");
  });
});

describe("settings", () => {
  test("sanitises stored values", () => {
    expect(sanitizeSettings({ framework: "bogus", severities: { info: false, x: 1 }, autoRecheck: "yes" })).toEqual({
      framework: "auto",
      severities: { error: true, warning: true, info: false },
      autoRecheck: true,
    });
  });
  test("round-trips through storage and survives broken JSON", () => {
    const mem = new Map<string, string>();
    const storage = { getItem: (k: string) => mem.get(k) ?? null, setItem: (k: string, v: string) => void mem.set(k, v) };
    const store = localSettingsStore(storage);
    store.save({ framework: "core-101", severities: { error: true, warning: false, info: true }, autoRecheck: false });
    expect(store.load().framework).toBe("core-101");
    for (const k of mem.keys()) mem.set(k, "{not json");
    expect(store.load().framework).toBe("auto");
  });
});

describe("theme", () => {
  test("luminance separates Office's dark and light backgrounds", () => {
    expect(luminance("#ffffff")).toBeCloseTo(1);
    expect(luminance("#262626")!).toBeLessThan(0.4);
    expect(luminance("#f3f3f3")!).toBeGreaterThan(0.4);
    expect(luminance("nope")).toBeNull();
  });
});

/**
 * Matches written 一级/二级 labels to a framework's definitions, tolerating the variants of DOMAIN §1c.
 */
import type { PerformanceForm } from "../model/form";
import { indicatorNameKey, memo } from "../text/normalize";
import type { Framework, FrameworkId, Level1Def, Level2Def } from "./framework";
import { CORE_101, EVAL_2020, FRAMEWORKS, OLD_88 } from "./data";

// A level label is its core word whatever generic word ends it: 数量指标, 数量值 (临邑), 数量类, 数量方面.
// Points written after it without brackets ("产出指标40", "数量指标15分", 随州 2022) are not part of the name.
const levelKey = memo((written: string): string =>
  indicatorNameKey(written.replace(/(?<=\D)\s*\d+(\.\d+)?\s*分?\s*$/, "")).replace(/(?<=..)(值|类|方面)$/, ""),
);

function sameName(written: string, name: string, aliases: readonly string[]): boolean {
  const k = levelKey(written);
  if (!k) return false;
  return namesOf(name, aliases).has(k);
}

/** The keys of a definition's name and aliases, worked out once per definition (the data never changes). */
const NAME_KEYS = new WeakMap<readonly string[], Map<string, Set<string>>>();
function namesOf(name: string, aliases: readonly string[]): Set<string> {
  let byName = NAME_KEYS.get(aliases);
  if (!byName) NAME_KEYS.set(aliases, (byName = new Map()));
  let keys = byName.get(name);
  if (!keys) byName.set(name, (keys = new Set([indicatorNameKey(name), ...aliases.map((a) => indicatorNameKey(a))])));
  return keys;
}

/** The 一级 definition a written 一级 label stands for, or null. */
export function findLevel1(framework: Framework, written: string): Level1Def | null {
  return remembered(
    LEVEL1,
    framework,
    written,
    () => framework.level1.find((l1) => sameName(written, l1.name, l1.aliases)) ?? null,
  );
}

/**
 * Label lookups remembered per framework (a form asks for the same few labels thousands of times, each lookup
 * comparing the label with every definition); frameworks are constant data, so a label's answer never changes.
 * Bounded like `memo`: dropped whole past 20,000 labels.
 */
function remembered<T>(store: WeakMap<Framework, Map<string, T>>, framework: Framework, written: string, find: () => T): T {
  let known = store.get(framework);
  if (!known || known.size >= 20000) store.set(framework, (known = new Map()));
  if (known.has(written)) return known.get(written)!;
  const found = find();
  known.set(written, found);
  return found;
}

const LEVEL1 = new WeakMap<Framework, Map<string, Level1Def | null>>();
const LEVEL2 = new WeakMap<Framework, Map<string, { level1: Level1Def; level2: Level2Def } | null>>();

/** The 二级 definition (and its 一级) a written 二级 label stands for, or null. Anything with 满意度 is satisfaction. */
export function findLevel2(framework: Framework, written: string): { level1: Level1Def; level2: Level2Def } | null {
  return remembered(LEVEL2, framework, written, () => lookUpLevel2(framework, written));
}

function lookUpLevel2(framework: Framework, written: string): { level1: Level1Def; level2: Level2Def } | null {
  for (const l1 of framework.level1) {
    for (const l2 of l1.level2) if (sameName(written, l2.name, l2.aliases)) return { level1: l1, level2: l2 };
  }
  if (/满意/.test(written)) {
    for (const l1 of framework.level1) {
      const l2 = l1.level2.find((d) => d.kind === "satisfaction");
      if (l2) return { level1: l1, level2: l2 };
    }
  }
  return byCoreWord(framework, written);
}

/**
 * A 二级 label read by its core word when no spelling matches: "产出数量", "产出时效", "项目成本" name the
 * 数量/时效/成本 二级 of the framework; the longest core word found decides ("生态环境成本" before "成本"),
 * and only when exactly one 二级 has it.
 */
function byCoreWord(framework: Framework, written: string): { level1: Level1Def; level2: Level2Def } | null {
  const k = indicatorNameKey(written);
  if (!k || k.length > 10) return null;
  let best: { level1: Level1Def; level2: Level2Def; length: number } | null = null;
  let tie = false;
  for (const l1 of framework.level1) {
    for (const l2 of l1.level2) {
      const core = indicatorNameKey(l2.name);
      if (core.length < 2 || !k.includes(core)) continue;
      // Only plain qualifiers around the core word ("产出数量", "项目成本"); "经济成本" names another 二级.
      if (!/^(产出|项目|预期|年度|工作|服务|业务)?$/.test(k.replace(core, ""))) continue;
      if (!best || core.length > best.length) {
        best = { level1: l1, level2: l2, length: core.length };
        tie = false;
      } else if (core.length === best.length) tie = true;
    }
  }
  return best && !tie ? { level1: best.level1, level2: best.level2 } : null;
}

/** Detects the framework from the 一级/二级 labels a table uses (经济成本… or 成本 as 一级 ⇒ 101号). */
export function detectFramework(level1Labels: readonly string[], level2Labels: readonly string[]): Framework {
  // 决策 / 过程 as 一级 (项目决策, 项目管理): the evaluation framework, whatever else the table holds.
  if (level1Labels.some(namesEvalLevel1)) return EVAL_2020;
  const uses101 = level1Labels.some(names101Level1) || level2Labels.some(names101Level2);
  return uses101 ? CORE_101 : OLD_88;
}

// What `detectFramework` and `chooseFramework` ask of each label, memoised by text (every form asks it of each row).
const namesEvalLevel1 = memo((t: string): boolean => {
  const [decision, process] = EVAL_2020.level1;
  return (
    sameName(t, decision.name, decision.aliases) ||
    sameName(t.replace(/[(（][^()（）]*[)）]$/, ""), process.name, process.aliases)
  );
});
const names101Level1 = memo((t: string): boolean => sameName(t, CORE_101.level1[0].name, CORE_101.level1[0].aliases));
const names101Level2 = memo((t: string): boolean => CORE_101.level1[0].level2.some((d) => sameName(t, d.name, d.aliases)));
const namesOutputLevel1 = memo((t: string): boolean => sameName(t, OLD_88.level1[0].name, OLD_88.level1[0].aliases));

export function frameworkById(id: FrameworkId): Framework {
  return FRAMEWORKS.find((f) => f.id === id) ?? OLD_88;
}

/** The framework a form is checked against: the override when given, else detected from its labels. */
export function chooseFramework(form: PerformanceForm, override: FrameworkId | "auto" = "auto"): Framework {
  if (override !== "auto") return frameworkById(override);
  const level1: string[] = [];
  const level2: string[] = [];
  for (const t of form.indicators?.tables ?? [])
    for (const r of t.rows) {
      level1.push(r.level1.text);
      // 经济成本指标 written under 产出指标 is the old framework's cost slot (a hybrid seen in real tables), not 101号.
      if (!namesOutputLevel1(r.level1.text)) level2.push(r.level2.text);
    }
  return detectFramework(level1, level2);
}

/** True when a written label names a 一级 of any framework (产出指标, 效益指标, 成本指标 …). */
export function isLevel1Name(text: string): boolean {
  return text !== "" && FRAMEWORKS.some((fw) => findLevel1(fw, text) !== null);
}

/** True when a written label names a 二级 of any framework (数量指标, 社会效益指标 …). */
export function isLevel2Name(text: string): boolean {
  return text !== "" && FRAMEWORKS.some((fw) => findLevel2(fw, text) !== null);
}

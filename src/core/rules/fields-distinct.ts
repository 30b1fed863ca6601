import type { Rule } from "./support/rule";
import { memo } from "../text/normalize";
import { FIELD_NAMES } from "./support/fieldNames";
import type { HeaderFieldKey } from "../model/form";
import { SOURCES, returnReason } from "../basis";

/** Fields that name someone or something: the same text in two of them is normal (主管部门 = 实施单位). */
const NAME_FIELDS = new Set<string>([
  "projectName",
  "fundName",
  "department",
  "implementingUnit",
  "contact",
  "phone",
  "selfScore",
  "centralDepartment",
  "departmentCode",
  "unitContact",
  "departmentContact",
  "region",
  "functionalCode",
  "period",
  "projectTerm",
]);

/** Shorter texts repeat by nature ("无", "详见附件"); a copied paragraph is what this is about. */
const MIN_LENGTH = 15;

/** Once per distinct text (header fields are long, and re-checks while verifying suggestions read them again). */
const squash = memo((s: string) => s.replace(/[\s，,。.;；:：、（）()“”"'!！]/g, ""), 2000);

/**
 * Two fields of the form holding the same paragraph (阳泉: 项目设立必要性 copied from 项目概况, 保证项目实施的制度、措施
 * copied from 立项依据): the second one does not say what its label asks.
 */
export const fieldsDistinct: Rule = {
  meta: {
    id: "fields-distinct",
    severity: "warning",
    category: "inconsistent",
    basis: returnReason("申报内容照抄、各栏内容雷同，没有按栏目要求填写（形式化）", SOURCES.returnReasonsS7),
    ruleSets: ["target", "self-evaluation"],
    description: "表头各栏应分别填写本栏要求的内容，不能把另一栏的文字原样照抄过来。",
    messages: {
      copied: "“{field}”与“{other}”的内容一字不差，没有写出本栏要求的内容。",
      completionCopiesGoal: "“{field}”与年初设定的目标一字不差，没有写出全年实际完成了什么。",
      centralSameAsLocal:
        "“{field}”与“{other}”都写“{text}”：中央主管部门应是下达资金的中央部门（如财政部和中央业务主管部门），不是本地的部门。",
    },
  },
  check({ facts, report }) {
    const f = facts.form;
    const seen = new Map<string, { name: string; cell: string }>();
    const entries: { name: string; text: string; cell: string }[] = [];
    for (const [key, field] of Object.entries(f.fields) as [HeaderFieldKey, NonNullable<(typeof f.fields)[HeaderFieldKey]>][]) {
      if (!field?.text || NAME_FIELDS.has(key)) continue;
      entries.push({
        name: (field.label ?? FIELD_NAMES[key]).replace(/\s+/g, "").replace(/^[*＊]+/, ""),
        text: field.text,
        cell: field.cell,
      });
    }
    // A year-end completion that repeats the goal word for word (炉霍 2021): what was done is not said.
    const done = f.fields.goalCompletion;
    if (done && squash(done.text).length >= MIN_LENGTH) {
      // Word for word, or one the other's beginning cut short (上饶 2021: the same 250 characters, one cut 3 earlier).
      const same = (a: string, b: string) => {
        const [x, y] = a.length <= b.length ? [a, b] : [b, a];
        return x === y || (x.length >= 30 && x.length >= 0.9 * y.length && y.startsWith(x));
      };
      // List markers do not count ("目标1:" against "完成情况1:", ",2:"): the items are what is compared.
      const items = (t: string) => squash(t.replace(/(^|[,，;；。\s])(?:目标|完成情况|任务)?\d{1,2}[:：、.．)）]/g, "$1"));
      const goal = f.goals.find((g) => g.cell !== done.cell && same(items(g.text), items(done.text)));
      // A goal made of figures (新建道路 524m;硬化道路5719m;人行便道硬化 14.7km, 忠县 2021) repeated as its completion
      // says every figure was met exactly: a remark, not a copy that says nothing.
      const figures = goal ? (goal.text.match(/\d+(\.\d+)?\s*[a-zA-Z\u4e00-\u9fff%]/g) ?? []).length : 0;
      if (goal)
        report({
          messageId: "completionCopiesGoal",
          cell: done.cell,
          related: [goal.cell],
          ...(figures >= 2 ? { severity: "info" as const } : {}),
          params: { field: (done.label ?? FIELD_NAMES.goalCompletion).replace(/\s+/g, "") },
          fix: "写出全年实际完成的数量、质量、时效和效果，与目标逐项对照。",
        });
    }
    // A transfer payment's 中央主管部门 written as the local bureau (霍山 2024: 中央主管部门 医疗保障局 = 地方主管部门 医疗保障局):
    // who set the targets at the centre is not said.
    const central = f.fields.centralDepartment;
    const local = f.fields.department;
    if (
      central &&
      local &&
      central.cell !== local.cell &&
      central.text.trim() !== "" &&
      squash(central.text) === squash(local.text)
    ) {
      report({
        messageId: "centralSameAsLocal",
        cell: central.cell,
        related: [local.cell],
        params: {
          field: (central.label ?? FIELD_NAMES.centralDepartment).replace(/\s+/g, ""),
          other: (local.label ?? FIELD_NAMES.department).replace(/\s+/g, ""),
          text: central.text.trim(),
        },
        fix: "填写下达这笔资金的中央部门，如“财政部、国家医疗保障局”。",
      });
    }
    const skip = new Set<string>(done ? [done.cell] : []);
    // Goals copied from the department's functions are goal-substance's finding; goals among themselves goals-distinct's.
    for (const e of entries) {
      if (skip.has(e.cell)) continue;
      const k = squash(e.text);
      if (k.length < MIN_LENGTH) continue;
      const first = seen.get(k);
      if (!first) {
        seen.set(k, { name: e.name, cell: e.cell });
        continue;
      }
      if (first.cell === e.cell) continue;
      report({
        messageId: "copied",
        cell: e.cell,
        related: [first.cell],
        params: { field: e.name, other: first.name },
        fix: `按“${e.name}”这一栏的要求重新填写，不要照抄“${first.name}”。`,
      });
    }
  },
};

/**
 * Recognises a label in a cell's text, including a label and its value in one cell
 * ("评估得分：95", "事前绩效评估编号：JXPG…", "实施期资金 总额：100", "参与 □人大代表 □政协委员").
 */
import { labelKey, memo, normalizeText, withoutOutlineNumber } from "../text/normalize";
import { type LabelTarget, lookupLabel, lookupLabelByWords, lookupLabelPrefix } from "./labels";
import { BOX_CHARS, withTypedBoxes } from "./checkboxText";

export interface LabelMatch {
  target: LabelTarget;
  /** The value written in the same cell after the label, or null when the cell is just the label. */
  inline: string | null;
}

const BOX_RE = new RegExp(`[${BOX_CHARS}]`);
/** Printed notes that stand where a value would: "(盖章)", "(签字)", "单位:万元", "金额单位:元". */
const TEMPLATE_NOTE = /^\((盖章|签章|签字|公章|章)\)|(金额)?单位[:：](万元|元)$/g;

/** A level of government written before a department's label (not 中央: the central department is a field of its own). */
const ADMIN_LEVEL = /^(?:省|市|地|州|盟|县|区|旗|区县|县区|县市|市县|地市)级?(?=主管)/;

/** Signature-line labels: who signs or fills in the form, and how to reach them. */
const SIGNATURE_LABEL = /(负责人|填报人|填表人|联系人|经办人|审核人|审批人|联系电话|电话|日期|时间)$/;

/** True when a text starts with another label and its colon ("单位负责人:王强…"). */
function nextLabelFirst(text: string): boolean {
  const m = /^([^:\d]{2,10}):/.exec(text);
  if (!m) return false;
  const key = labelKey(m[1]);
  return SIGNATURE_LABEL.test(key) || lookupLabel(key) !== null;
}

/** Matches a cell text against the label catalogue; null when it is not a label. */
/** Memoised: cell texts repeat across forms; the result is never mutated by callers. */
export const matchLabel = memo(matchLabelUncached);

function matchLabelUncached(text: string): LabelMatch | null {
  if (!text) return null;
  // (口 typed for a box is a box: "项目属性 口新增 口延续".)
  let norm = normalizeText(withTypedBoxes(text)).replace(/\s+/g, "");
  // A long text is no label — unless a label and its colon open it ("项目概况:2024年,市财政局拨付…", a field written
  // with its content in one cell): then only that head is read. Several "…:" parts make it a composite value
  // ("项目概况:… 项目立项依据:… 预期目标:…" beside its label, 芜湖 2019), not a label.
  const long = norm.length > 60;
  if (long && (!/^[^:]{2,20}:/.test(norm) || norm.indexOf(":") !== norm.lastIndexOf(":"))) return null;
  // A required-field marker ("*部门(单位)职责", "＊年度总体绩效目标") is not part of the label.
  norm = norm.replace(/^[*＊※]+/, "").replace(/^其中[:：]?/, "");
  // Ordinal prefixes of numbered lines: "二、自有资金", "(一)财政拨款小计", "1、一般公共预算", "2.项目实施内容".
  norm = withoutOutlineNumber(norm);
  if (!norm) return null;

  const box = BOX_RE.exec(norm);
  if (box && box.index > 0) {
    const head = lookupLabel(labelKey(norm.slice(0, box.index)));
    if (head && head.kind === "checkbox") return { target: head, inline: norm.slice(box.index) };
  }

  const colon = norm.indexOf(":");
  if (colon > 0) {
    const headKey = labelKey(norm.slice(0, colon));
    // Before a colon a label is read as it is alone: by its words ("一般公共预算:1873.66万元"), two labels joined
    // ("主管部门及其编码:某局 308001"), a level of government before it, a known label's longer spelling.
    const head = labelAlone(headKey);
    // Template notes after the colon ("填报单位:(盖章)", "…单位:万元") are not a value.
    if (head) {
      // The value as written, its spaces kept ("延续专项 新增专项": options apart, "某局 308001").
      const inline = spacedTail(text, norm.length - colon - 1)
        .replace(TEMPLATE_NOTE, "")
        .trim();
      // Another label right after the colon ("填报单位(盖章):单位负责人:王强 填报人:…"): a signature line under the
      // form, its first label left for a stamp. Not a field of the form, and never the next label's value.
      if (nextLabelFirst(inline)) return null;
      return { target: head, inline };
    }
  }
  if (long) return null;

  const key = labelKey(norm);
  const exact = lookupLabel(key);
  if (exact) return { target: exact, inline: null };

  const trailingNumber = /^(.*?[^\d.])(-?\d+(?:\.\d+)?)(万元|万)?$/.exec(key);
  if (trailingNumber) {
    const head = lookupLabel(trailingNumber[1]);
    if (head && (head.kind === "money" || head.kind === "money-part" || head.kind === "score")) {
      return { target: head, inline: trailingNumber[2] };
    }
  }

  const alone = labelAlone(key);
  return alone ? { target: alone, inline: null } : null;
}

/** The end of `text` (normalised, spaces collapsed) that holds its last `n` characters other than spaces. */
function spacedTail(text: string, n: number): string {
  const t = normalizeText(text);
  let i = t.length;
  for (let seen = 0; i > 0 && seen < n; i--) if (!/\s/.test(t[i - 1])) seen++;
  return t.slice(i);
}

/** A label key read as a label with nothing after it (exact, a level of government before it, joined, longer, by words). */
function labelAlone(key: string): LabelTarget | null {
  const exact = lookupLabel(key);
  if (exact) return exact;

  // A level of government before the department ("县级主管部门", "州级主管部门", "区县主管部门" beside "市级主管部门" on a
  // transfer payment's form): the department at that level, whatever the level.
  const level = ADMIN_LEVEL.exec(key);
  if (level) {
    const rest = lookupLabel(key.slice(level[0].length));
    if (rest && rest.kind === "field" && rest.key === "department") return rest;
  }

  // Two labels joined in one ("主管部门(单位)名称及部门预算编码", "项目负责人及电话"): the first names the field.
  const joined = /^(.{2,10}?)(?:及|和|与)(.{2,10})$/.exec(key);
  if (joined) {
    const first = lookupLabel(joined[1]) ?? lookupLabelByWords(joined[1]);
    if (first && first.kind === "field") return first;
  }

  return lookupLabelPrefix(key) ?? lookupLabelByWords(key);
}

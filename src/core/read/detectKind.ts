/**
 * Decides which kind of form (see the registry in ../kinds) a read form is, from its title, the labels
 * and blocks it has and the columns of its indicator table. The most specific evidence wins.
 */
import type { LayoutId, PerformanceForm } from "../model/form";
import type { FormBand } from "./readForm";

export interface KindDecision {
  id: LayoutId;
  /** zh-CN: the evidence the decision rests on. */
  reason: string;
}

export function detectKind(form: PerformanceForm, band: FormBand): KindDecision {
  const title = form.title.replace(/\s+/g, "");
  const rows = form.indicators?.tables.flatMap((t) => t.rows) ?? [];
  const has = (pred: (l: FormBand["labels"][number]) => boolean) => band.labels.some(pred);
  const sectionLabel = (section: string) => has((l) => l.match.target.kind === "section" && l.match.target.section === section);

  if (/评价结果|绩效评价报告/.test(title) || sectionLabel("evaluation")) {
    return { id: "evaluation-result", reason: title ? `标题“${form.title}”` : "有“绩效评价结果”部分" };
  }
  const withScores = rows.some((r) => r.extras?.score || r.extras?.actual);
  const withWeights = rows.some((r) => r.extras?.weight) || (form.scoring?.summaries.length ?? 0) > 0;
  const hasActualColumn = rows.some((r) => r.extras?.actual !== undefined);
  if (/自评/.test(title) || (withScores && withWeights) || (hasActualColumn && form.scoring?.execution)) {
    return { id: "self-evaluation", reason: /自评/.test(title) ? `标题“${form.title}”` : "指标表有完成值、分值/权重和得分列" };
  }
  if (/部门整体/.test(title) || (!form.fields.projectName && form.fields.departmentFunction && form.fields.department)) {
    return { id: "department-overall", reason: /部门整体/.test(title) ? `标题“${form.title}”` : "有部门职能、没有项目名称" };
  }
  const perArea = rows.some((r) => r.values.some((v) => v.area !== undefined));
  if (/转移支付|区域.*绩效目标/.test(title) || form.fields.fundName || form.fields.region || perArea) {
    return {
      id: "transfer-payment",
      reason: /转移支付|区域/.test(title)
        ? `标题“${form.title}”`
        : form.fields.fundName
          ? "有“资金名称”"
          : "有补助区域或分区域目标值",
    };
  }
  const twoValueColumns = form.indicators?.tables.some((t) => t.periods.length >= 2) ?? false;
  if (
    /政策\)?支出绩效表/.test(title) ||
    form.assessment.present ||
    form.fields.costEstimate ||
    (twoValueColumns && form.fields.projectTerm)
  ) {
    return {
      id: "policy-table",
      reason: form.assessment.present ? "有事前绩效评估" : form.fields.costEstimate ? "有经费测算" : "项目（政策）支出绩效表",
    };
  }
  const funding = sectionLabel("funding");
  if (form.details.present || form.budget.fundTotal || funding || form.fields.functionalCode) {
    return { id: "declaration-form", reason: form.details.present ? "有项目预算明细" : "有项目资金来源" };
  }
  if (form.fields.projectName || /绩效目标|申报表|批复表/.test(title)) {
    return { id: "project-target", reason: form.fields.projectName ? "有项目名称和绩效指标" : `标题“${form.title}”` };
  }
  return { id: "generic", reason: "只有部分绩效表标签" };
}

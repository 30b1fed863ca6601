/**
 * The pane's 模板 area (issue 7), free of React: suggestions for the checked sheet, browse/search, a
 * preview of exactly the rows that will be added and where, one-batch insertion (then a re-check) and the
 * add-in-level 撤销插入. Sits beside PaneController and uses its host, snapshot and re-check.
 */
import type { SheetSnapshot } from "../core/snapshot";
import { BUILTIN_TEMPLATES } from "../core/templates/library";
import { type InsertionPlan, planInsertion } from "../core/templates/plan";
import type { Template } from "../core/templates/schema";
import { suggestForSheet, type SheetSuggestion } from "../core/templates/suggest";
import type { InsertionRecord } from "../excel/insertTemplate";
import type { Diagnostic } from "../core/diagnostics";
import { FIXABLE_RULES, fixForFinding } from "../core/templates/forFinding";
import type { PaneController } from "./controller";
import { readSheet } from "../core/read/readSheet";
import { templateFromForm } from "../core/templates/fromForm";
import { UnitTemplateLibrary } from "./unitTemplates";
import { localTemplateStore, type TemplateStore } from "./templateStore";
import { newFormGrid, type NewFormLayout } from "../core/templates/newForm";

export interface TemplatesState {
  busy: "insert" | "undo" | "create" | null;
  /** Layout of 在新工作表中新建. */
  layout: NewFormLayout;
  /** Per form of the checked sheet: the ranked suggestions. */
  forms: SheetSuggestion[];
  formIndex: number;
  query: string;
  selectedId: string | null;
  preview: InsertionPlan | null;
  previewError: string | null;
  /** When the preview fixes one finding: only these groups are inserted. */
  groups: string[] | null;
  /** The last insertion, for 撤销插入 (null when there is nothing to undo). */
  record: InsertionRecord | null;
  message: { intent: "success" | "error" | "info"; text: string } | null;
}

export type TemplateMessages = {
  inserted: (rows: number, placeholders: string) => string;
  insertedNoPlaceholder: (rows: number) => string;
  undone: string;
  planFailed: (reason: string) => string;
  saved: (name: string) => string;
  created: (sheet: string, indicators: number, template: string) => string;
  createNeedsTemplate: string;
};

export class TemplatesController {
  private state: TemplatesState = {
    busy: null,
    layout: "policy-table",
    forms: [],
    formIndex: 0,
    query: "",
    selectedId: null,
    preview: null,
    previewError: null,
    groups: null,
    record: null,
    message: null,
  };
  private readonly listeners = new Set<() => void>();
  private seenSnapshot: SheetSnapshot | null = null;
  private readonly unsubscribePane: () => void;

  /** The unit's own templates first, then the built-in library (a unit template may replace a built-in id). */
  templates: readonly Template[];

  constructor(
    private readonly pane: PaneController,
    private readonly messages: TemplateMessages,
    private readonly store: TemplateStore = localTemplateStore(),
    private readonly builtin: readonly Template[] = BUILTIN_TEMPLATES,
  ) {
    this.templates = this.merge(store.load());
    this.unsubscribePane = pane.subscribe(() => this.onPaneChange());
    this.onPaneChange();
  }

  private merge(own: readonly Template[]): Template[] {
    const ids = new Set(own.map((t) => t.id));
    return [...own, ...this.builtin.filter((t) => !ids.has(t.id))];
  }

  /** "Save this table's indicators as a template": the current form becomes a unit template (kept in settings). */
  saveCurrentAsTemplate(): void {
    const snap = this.pane.getState().snapshot;
    const form = snap ? readSheet(snap).forms[this.state.formIndex] : undefined;
    if (!snap || !form) return;
    const project = form.fields.projectName?.text || snap.name;
    const own = this.store.load();
    const id = `unit-${own.length + 1}-${Date.now().toString(36)}`;
    const r = templateFromForm(form, {
      id,
      name: `${project}（本单位）`,
      keywords: [project],
      framework: this.pane.getState().settings.framework,
    });
    if (!r.ok) {
      this.set({ message: { intent: "error", text: r.reason } });
      return;
    }
    this.unitLibrary.add(r.template); // undoable (撤销 in 本单位模板)
    this.unitTemplatesChanged();
    this.set({ message: { intent: "success", text: this.messages.saved(r.template.name) } });
  }

  /** The unit's own templates: rename, delete, export/import, undo (see ./unitTemplates). */
  get unitLibrary(): UnitTemplateLibrary {
    return (this.ownLibrary ??= new UnitTemplateLibrary(this.store));
  }
  private ownLibrary: UnitTemplateLibrary | null = null;

  /** Call after any change through `unitLibrary`: suggestions and the list are rebuilt. */
  unitTemplatesChanged(message?: { intent: "success" | "error"; text: string }): void {
    this.templates = this.merge(this.store.load());
    this.seenSnapshot = null;
    this.onPaneChange();
    this.set(message ? { message } : {});
  }

  readonly subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  readonly getState = (): TemplatesState => this.state;

  /** Whether the host can insert at all (the Office host and the playground can). */
  get supported(): boolean {
    return typeof this.pane.host.insertTemplate === "function";
  }

  private set(patch: Partial<TemplatesState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  /** A fresh check: new suggestions, the best one pre-selected with its preview. */
  private onPaneChange(): void {
    const snap = this.pane.getState().snapshot;
    if (snap === this.seenSnapshot) return;
    this.seenSnapshot = snap;
    if (!snap) {
      this.set({ forms: [], selectedId: null, preview: null, previewError: null });
      return;
    }
    const forms = suggestForSheet(snap, this.templates);
    const formIndex = Math.min(this.state.formIndex, Math.max(0, forms.length - 1));
    const keep =
      this.state.selectedId && this.templates.some((t) => t.id === this.state.selectedId) ? this.state.selectedId : null;
    const selectedId = keep ?? forms[formIndex]?.suggestions[0]?.template.id ?? null;
    this.set({ forms, formIndex });
    this.preview(selectedId);
  }

  setQuery(query: string): void {
    this.set({ query });
  }

  /** Templates matching the search (all when empty), suggested ones first. */
  browse(): Template[] {
    const q = this.state.query.trim();
    const list = q
      ? this.templates.filter((t) => [t.name, ...t.kinds, ...t.keywords].some((s) => s.includes(q)))
      : [...this.templates];
    return list;
  }

  selectForm(index: number): void {
    this.set({ formIndex: index });
    this.preview(this.state.forms[index]?.suggestions[0]?.template.id ?? this.state.selectedId);
  }

  /** Shows exactly what inserting template `id` would add to the current form, and where. */
  preview(id: string | null): void {
    const snap = this.pane.getState().snapshot;
    const template = this.templates.find((t) => t.id === id);
    if (!snap || !template) {
      this.set({ selectedId: id, preview: null, previewError: null });
      return;
    }
    const r = planInsertion(snap, template, {
      formIndex: this.state.formIndex,
      framework: this.pane.getState().settings.framework,
    });
    this.set({ selectedId: id, preview: r.ok ? r.plan : null, previewError: r.ok ? null : r.reason, groups: null });
  }

  /** "Missing" findings of the checked sheet that template rows can fix (framework-coverage, …). */
  fixableFindings(): Diagnostic[] {
    const snap = this.pane.getState().snapshot;
    if (!snap) return [];
    return this.pane
      .getState()
      .findings.map((f) => f.finding)
      .filter(
        (f) =>
          (FIXABLE_RULES as readonly string[]).includes(f.rule) && f.severity !== "info" && f.formIndex === this.state.formIndex,
      );
  }

  /** Previews the template rows that fix one finding (with the selected template, else the suggested one). */
  previewFix(finding: Diagnostic): void {
    const snap = this.pane.getState().snapshot;
    if (!snap) return;
    const fix = fixForFinding(snap, finding, this.templates, this.state.selectedId ?? undefined);
    if (!fix) return;
    this.set({
      selectedId: fix.template.id,
      preview: fix.plan.ok ? fix.plan.plan : null,
      previewError: fix.plan.ok ? null : fix.plan.reason,
      groups: fix.groups.length > 0 ? fix.groups : null,
    });
  }

  /** Inserts the previewed template in one batch (the sheet must still be as checked), then re-checks. */
  async insert(): Promise<void> {
    const { preview, selectedId, formIndex, groups } = this.state;
    const template = this.templates.find((t) => t.id === selectedId);
    const host = this.pane.host;
    const expected = this.pane.getState().snapshot;
    if (!preview || !template || !host.insertTemplate || !expected || this.state.busy) return;
    this.set({ busy: "insert", message: null });
    const framework = this.pane.getState().settings.framework;
    const r = await host.insertTemplate(
      (snap) => planInsertion(snap, template, { formIndex, framework, ...(groups ? { groups } : {}) }),
      expected,
    );
    if (!r.ok) {
      this.set({ busy: null, message: { intent: "error", text: r.error.message } });
      return;
    }
    const plan = r.value.plan;
    await this.pane.check();
    const text =
      plan.placeholders.length > 0
        ? this.messages.inserted(plan.insertedRows, plan.placeholders.join("、"))
        : this.messages.insertedNoPlaceholder(plan.insertedRows);
    this.set({ busy: null, record: r.value.record, message: { intent: "success", text } });
  }

  /** 撤销插入: puts the sheet back exactly (refused when the inserted cells were edited), then re-checks. */
  async undo(): Promise<void> {
    const record = this.state.record;
    const host = this.pane.host;
    if (!record || !host.undoInsertTemplate || this.state.busy) return;
    this.set({ busy: "undo", message: null });
    const r = await host.undoInsertTemplate(record);
    if (!r.ok) {
      this.set({ busy: null, message: { intent: "error", text: r.error.message } });
      return;
    }
    this.set({ record: null });
    await this.pane.check();
    this.set({ busy: null, message: { intent: "success", text: this.messages.undone } });
  }

  /** Whether the host can add a new sheet with a form (the Office host and the playground can). */
  get canCreate(): boolean {
    return typeof this.pane.host.createForm === "function";
  }

  setLayout(layout: NewFormLayout): void {
    this.set({ layout });
  }

  /**
   * 在新工作表中新建: a complete new form (the chosen layout, header fields empty) with the selected template's
   * indicators, on a new sheet (新建绩效表, (2) …) in one batch; the new sheet is active, so the re-check checks it.
   */
  async createForm(): Promise<void> {
    const template = this.templates.find((t) => t.id === this.state.selectedId);
    const host = this.pane.host;
    if (!host.createForm || this.state.busy) return;
    if (!template) {
      this.set({ message: { intent: "info", text: this.messages.createNeedsTemplate } });
      return;
    }
    const layout = this.state.layout;
    const choice = this.pane.getState().settings.framework;
    this.set({ busy: "create", message: null });
    const r = await host.createForm((sheetName) =>
      newFormGrid(template, layout, { sheetName, ...(choice !== "auto" ? { framework: choice } : {}) }),
    );
    if (!r.ok) {
      this.set({ busy: null, message: { intent: "error", text: r.error.message } });
      return;
    }
    await this.pane.check();
    this.set({
      busy: null,
      message: { intent: "success", text: this.messages.created(r.value.sheet, r.value.indicators, template.name) },
    });
  }

  dismissMessage(): void {
    this.set({ message: null });
  }

  dispose(): void {
    this.unsubscribePane();
    this.listeners.clear();
  }
}

/**
 * The 模板 area: suggested templates first (with the words that matched), then browse/search all;
 * a preview of exactly the rows that will be added and where; 插入模板 and 撤销插入; 在新工作表中新建 (a whole
 * new form in the chosen layout, with the selected template's indicators, on a new sheet).
 */
import { UnitTemplatesManager } from "./UnitTemplatesManager";
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  Radio,
  RadioGroup,
  MessageBarBody,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useSyncExternalStore } from "react";
import type { NewFormLayout } from "../../core/templates/newForm";
import type { TemplateStrings } from "../templateStrings";

const LAYOUTS: readonly NewFormLayout[] = ["policy-table", "declaration-form", "core-101-table"];
import type { TemplatesController } from "../templatesController";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  item: { display: "flex", flexDirection: "column", alignItems: "flex-start" },
  chosen: { fontWeight: tokens.fontWeightSemibold },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    textAlign: "left",
    verticalAlign: "top",
  },
  tag: { color: tokens.colorPaletteRedForeground1, marginLeft: tokens.spacingHorizontalXS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface TemplatesSectionProps {
  controller: TemplatesController;
  strings: TemplateStrings;
  /** The pane is busy with something else (check, apply, clear). */
  paneBusy: boolean;
}

export function TemplatesSection({ controller, strings: t, paneBusy }: TemplatesSectionProps) {
  const styles = useStyles();
  const state = useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);
  const busy = paneBusy || state.busy !== null;
  const form = state.forms[state.formIndex];
  const selected = controller.templates.find((x) => x.id === state.selectedId) ?? null;
  const plan = state.preview;
  const pick = (id: string, name: string, testid: string, extra?: string) => (
    <Button
      appearance="subtle"
      size="small"
      className={id === state.selectedId ? styles.chosen : undefined}
      aria-description={t.pickAria(name)}
      aria-pressed={id === state.selectedId}
      onClick={() => controller.preview(id)}
      data-testid={testid}
      data-id={id}
    >
      {name}
      {extra ?? ""}
    </Button>
  );
  return (
    <section className={styles.root} aria-label={t.regionLabel} data-testid="templates-section">
      <Subtitle2 as="h2">{t.heading}</Subtitle2>
      {state.forms.length > 1 ? (
        <div className={styles.buttons}>
          {state.forms.map((f) => (
            <Button
              key={f.formIndex}
              size="small"
              appearance={f.formIndex === state.formIndex ? "primary" : "secondary"}
              aria-label={t.formLabel(f.formIndex + 1, f.project)}
              onClick={() => controller.selectForm(f.formIndex)}
            >
              {t.formLabel(f.formIndex + 1, f.project)}
            </Button>
          ))}
        </div>
      ) : null}
      <Body1 as="h3" block>
        {t.suggestedHeading}
      </Body1>
      {form && form.suggestions.length > 0 ? (
        <ul className={styles.list} data-testid="template-suggestions">
          {form.suggestions.slice(0, 3).map((s) => (
            <li key={s.template.id} className={styles.item}>
              {pick(s.template.id, s.template.name, "template-suggestion")}
              <Caption1>{t.reason(s.reason)}</Caption1>
            </li>
          ))}
        </ul>
      ) : (
        <Caption1>{t.noSuggestion}</Caption1>
      )}
      {controller.fixableFindings().length > 0 ? (
        <>
          <Body1 as="h3" block>
            {t.fixHeading}
          </Body1>
          <ul className={styles.list} data-testid="template-fixes">
            {controller.fixableFindings().map((f) => (
              <li key={`${f.rule}|${f.cell}|${f.message}`} className={styles.item}>
                <Caption1>
                  {f.cell}：{f.message}
                </Caption1>
                <Button
                  size="small"
                  appearance="subtle"
                  aria-description={t.fixAria(f.cell)}
                  onClick={() => controller.previewFix(f)}
                  data-testid="template-fix"
                  data-cell={f.cell}
                >
                  {t.fixButton}
                </Button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Body1 as="h3" block>
        {t.browseHeading}
      </Body1>
      <Input
        aria-label={t.searchLabel}
        placeholder={t.searchPlaceholder}
        value={state.query}
        onChange={(_e, d) => controller.setQuery(d.value)}
        data-testid="template-search"
      />
      <ul className={styles.list} data-testid="template-list">
        {controller.browse().map((x) => (
          <li key={x.id} className={styles.item}>
            {pick(x.id, x.name, "template-item", `（${x.kinds.join("、")}）${x.source === "unit" ? ` [${t.unitTag}]` : ""}`)}
          </li>
        ))}
      </ul>
      {selected ? (
        <div data-testid="template-preview" data-id={selected.id}>
          <Body1 as="h3" block>
            {t.previewHeading(selected.name)}
          </Body1>
          {state.previewError ? <Caption1>{t.planFailed(state.previewError)}</Caption1> : null}
          {plan && plan.rows.length === 0 ? <Caption1 data-testid="template-nothing">{t.previewNothing}</Caption1> : null}
          {plan && plan.rows.length > 0 ? (
            <>
              <Caption1>
                {plan.mode === "new-block"
                  ? t.previewNewBlock(plan.insertedRows)
                  : t.previewInsert(plan.insertedRows, plan.rows.length)}
              </Caption1>
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th className={styles.cell}>{t.previewColumns.cell}</th>
                    <th className={styles.cell}>{t.previewColumns.indicator}</th>
                    <th className={styles.cell}>{t.previewColumns.value}</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.rows.map((r) => (
                    <tr key={r.cell} data-testid="template-preview-row" data-cell={r.cell} data-placeholder={r.placeholder}>
                      <td className={styles.cell}>{r.cell}</td>
                      <td className={styles.cell} title={r.explanation}>
                        {r.level1} › {r.level2} › {r.level3}
                      </td>
                      <td className={styles.cell} title={r.filledFrom ? t.filledFrom(r.filledFrom) : undefined}>
                        {r.value}
                        {r.placeholder ? <span className={styles.tag}>[{t.placeholderTag}]</span> : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {plan.skipped.length > 0 ? <Caption1>{t.skipped(plan.skipped.join("、"))}</Caption1> : null}
            </>
          ) : null}
        </div>
      ) : null}
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={busy || !plan || plan.rows.length === 0 || !selected}
          aria-description={t.insertAria(selected?.name ?? "")}
          onClick={() => void controller.insert()}
          icon={state.busy === "insert" ? <Spinner size="tiny" aria-hidden /> : undefined}
          data-testid="insert-template"
        >
          {state.busy === "insert" ? t.inserting : t.insertButton}
        </Button>
        <Button
          appearance="secondary"
          disabled={busy || !state.record}
          aria-description={t.undoAria}
          onClick={() => void controller.undo()}
          data-testid="undo-insert"
        >
          {state.busy === "undo" ? t.undoing : t.undoButton}
        </Button>
        <Button
          appearance="subtle"
          disabled={busy}
          aria-description={t.saveAria}
          onClick={() => controller.saveCurrentAsTemplate()}
          data-testid="save-template"
        >
          {t.saveButton}
        </Button>
      </div>
      <UnitTemplatesManager controller={controller} disabled={busy} />
      {controller.canCreate ? (
        <div data-testid="create-form">
          <Body1 as="h3" block>
            {t.createHeading}
          </Body1>
          <Field label={t.layoutLabel}>
            <RadioGroup
              layout="horizontal"
              value={state.layout}
              aria-label={t.layoutLabel}
              disabled={busy}
              onChange={(_e, d) => controller.setLayout(d.value as NewFormLayout)}
              data-testid="create-layout"
            >
              {LAYOUTS.map((l) => (
                <Radio
                  key={l}
                  value={l}
                  label={t.layouts[l]}
                  aria-label={t.layouts[l]}
                  aria-description={t.layoutDescriptions[l]}
                  title={t.layoutDescriptions[l]}
                />
              ))}
            </RadioGroup>
          </Field>
          <Button
            appearance="secondary"
            disabled={busy}
            aria-description={t.createAria(selected?.name ?? "", t.layouts[state.layout])}
            onClick={() => void controller.createForm()}
            icon={state.busy === "create" ? <Spinner size="tiny" aria-hidden /> : undefined}
            data-testid="create-form-button"
          >
            {state.busy === "create" ? t.creating : t.createButton}
          </Button>
        </div>
      ) : null}
      {state.message ? (
        <MessageBar intent={state.message.intent} data-testid="template-message">
          <MessageBarBody>{state.message.text}</MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}

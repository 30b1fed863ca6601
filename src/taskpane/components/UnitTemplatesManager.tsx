/**
 * 本单位模板: the unit's own templates — rename, delete, export/import as JSON, undo the last change (issue 14 item 5).
 * Side effects live in UnitTemplateLibrary (pure) and the controller; this component only wires buttons.
 */
import { useRef, useState, useSyncExternalStore } from "react";
import { Body1, Button, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { TemplatesController } from "../templatesController";
import type { UnitTemplateResult } from "../unitTemplates";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "grid", rowGap: tokens.spacingVerticalXS },
  row: { display: "flex", columnGap: tokens.spacingHorizontalXS, alignItems: "center", flexWrap: "wrap" },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap", marginTop: tokens.spacingVerticalXS },
});

const S = {
  heading: "本单位模板",
  empty: "还没有本单位模板（用“保存本表为模板”添加）。",
  nameLabel: (name: string) => `模板“${name}”的名称`,
  rename: "改名",
  remove: "删除",
  removeAria: (name: string) => `删除模板“${name}”（可撤销）`,
  exportButton: "导出 JSON",
  exportAria: "把本单位模板导出为 JSON 文件（jxcheck --library 可读）",
  importButton: "导入 JSON",
  importAria: "从 JSON 文件导入模板；同编号的模板会被替换",
  undo: (what: string) => `撤销${what}`,
  readFailed: "无法读取所选文件。",
};

export interface UnitTemplatesManagerProps {
  controller: TemplatesController;
  disabled?: boolean;
}

export function UnitTemplatesManager({ controller, disabled }: UnitTemplatesManagerProps) {
  const styles = useStyles();
  useSyncExternalStore(controller.subscribe, controller.getState);
  const lib = controller.unitLibrary;
  const own = lib.list();
  const [names, setNames] = useState<Record<string, string>>({});
  const fileInput = useRef<HTMLInputElement>(null);
  const report = (r: UnitTemplateResult) =>
    controller.unitTemplatesChanged({ intent: r.ok ? "success" : "error", text: r.message });

  const exportJson = () => {
    const blob = new Blob([lib.exportJson()], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = "本单位模板.json";
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  const importFile = (file: File | undefined) => {
    if (!file) return;
    file.text().then(
      (text) => report(lib.importJson(text, file.name)),
      () => report({ ok: false, message: S.readFailed }),
    );
  };

  return (
    <section aria-label={S.heading} data-testid="unit-templates">
      <Body1 as="h3" block>
        {S.heading}
      </Body1>
      {own.length === 0 ? <Body1>{S.empty}</Body1> : null}
      <ul className={styles.list}>
        {own.map((t) => (
          <li key={t.id} className={styles.row} data-testid="unit-template">
            <Input
              size="small"
              value={names[t.id] ?? t.name}
              aria-label={S.nameLabel(t.name)}
              disabled={disabled}
              onChange={(_e, d) => setNames({ ...names, [t.id]: d.value })}
            />
            <Button
              size="small"
              disabled={disabled || (names[t.id] ?? t.name) === t.name}
              onClick={() => report(lib.rename(t.id, names[t.id] ?? t.name))}
              data-testid="unit-template-rename"
            >
              {S.rename}
            </Button>
            <Button
              size="small"
              appearance="subtle"
              disabled={disabled}
              aria-label={S.removeAria(t.name)}
              onClick={() => report(lib.remove(t.id))}
              data-testid="unit-template-delete"
            >
              {S.remove}
            </Button>
          </li>
        ))}
      </ul>
      <div className={styles.actions}>
        <Button size="small" disabled={disabled || own.length === 0} aria-description={S.exportAria} onClick={exportJson}>
          {S.exportButton}
        </Button>
        <Button
          size="small"
          disabled={disabled}
          aria-description={S.importAria}
          onClick={() => fileInput.current?.click()}
          data-testid="unit-template-import"
        >
          {S.importButton}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-hidden
          onChange={(e) => {
            importFile(e.target.files?.[0]);
            e.target.value = "";
          }}
          data-testid="unit-template-file"
        />
        {lib.canUndo ? (
          <Button size="small" disabled={disabled} onClick={() => report(lib.undo())} data-testid="unit-template-undo">
            {S.undo(lib.undoLabel ?? "")}
          </Button>
        ) : null}
      </div>
    </section>
  );
}

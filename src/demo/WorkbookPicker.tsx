import type { DemoStrings } from "./strings";

export const SAMPLES = ["shenmu-2021.xlsx", "wuhai-2021.xlsx"] as const;

export interface WorkbookPickerProps {
  /** Sample file name, or "" when a local file is open. */
  sample: string;
  /** The name of the local file open, shown in place of a sample name. */
  fileName?: string | null;
  onSample: (name: string) => void;
  onFile: (file: File) => void;
  strings: DemoStrings;
}

/** Choose a bundled sample or open a local .xlsx (read in the browser; nothing is uploaded). */
export function WorkbookPicker({ sample, fileName, onSample, onFile, strings }: WorkbookPickerProps) {
  return (
    <>
      <label>
        <span className="visually-hidden">{strings.workbookLabel}</span>
        <select
          value={sample}
          aria-label={strings.workbookLabel}
          onChange={(e) => onSample(e.target.value)}
          data-testid="sample-select"
        >
          {sample === "" ? <option value="">{fileName ?? "—"}</option> : null}
          {SAMPLES.map((s) => (
            <option key={s} value={s}>
              {strings.samples[s] ?? s}
            </option>
          ))}
        </select>
      </label>
      <label className="file-button">
        {strings.openFile}
        <input
          type="file"
          className="visually-hidden"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={strings.openFileAria}
          data-testid="file-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onFile(file);
            e.target.value = "";
          }}
        />
      </label>
    </>
  );
}

/**
 * The playground page: the fake workbook rendered as a grid (left) beside the real task pane
 * (right), both talking to the same fake Excel through the real adapter.
 */
import { useEffect, useMemo, useState } from "react";
import type { SheetHost } from "../excel/sheetHost";
import { TaskPaneApp } from "../taskpane/App";
import type { CheckFn } from "../taskpane/controller";
import type { LocaleId } from "../taskpane/i18n";
import type { ThemeMode } from "../taskpane/theme";
import { deferredHost, refusingHost } from "./deferredHost";
import { readWorkbookBytes } from "./fileProblem";
import type { PlaygroundWorkbook } from "./fakeGridSource";
import type { GridSource } from "./gridSource";
import type { WpsPlaygroundWorkbook } from "./wpsGridSource";
import { SheetGrid } from "./SheetGrid";
import { SheetTabs } from "./SheetTabs";
import { DEMO_STRINGS } from "./strings";
import { WorkbookPicker } from "./WorkbookPicker";

export interface PlaygroundProps {
  locale: LocaleId;
  initialSample: string;
  check?: CheckFn;
  themeMode?: ThemeMode;
  onPaneFirstRender?: () => void;
  onWorkbook?: (wb: PlaygroundWorkbook | WpsPlaygroundWorkbook, source: string) => void;
  /** Which host the pane runs over: the fake Excel through src/excel (default) or the fake WPS through src/wps. */
  host?: "excel" | "wps";
}

type Source = { kind: "sample"; name: string } | { kind: "file"; file: File };

interface Loaded {
  id: number;
  source: Source;
  host: SheetHost;
  workbook: Promise<PlaygroundWorkbook | WpsPlaygroundWorkbook>;
}

let loadCounter = 0;

async function bytesOf(source: Source): Promise<ArrayBuffer> {
  if (source.kind === "file") return source.file.arrayBuffer();
  const res = await fetch(`samples/${encodeURIComponent(source.name)}`);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.arrayBuffer();
}

function load(source: Source, hostKind: "excel" | "wps" = "excel"): Loaded {
  // exceljs and the fake load in their own chunk, so the pane renders before they arrive.
  const workbook: Promise<PlaygroundWorkbook | WpsPlaygroundWorkbook> =
    hostKind === "wps"
      ? Promise.all([import(/* webpackChunkName: "workbook" */ "./wpsGridSource"), bytesOf(source)]).then(([mod, bytes]) =>
          readWorkbookBytes(bytes, (b) => mod.loadWpsPlaygroundWorkbook(b)),
        )
      : Promise.all([import(/* webpackChunkName: "workbook" */ "./fakeGridSource"), bytesOf(source)]).then(([mod, bytes]) =>
          readWorkbookBytes(bytes, (b) => mod.loadPlaygroundWorkbook(b)),
        );
  // A file that cannot be read: the pane's buttons answer with the same zh-CN reason (no raw library error).
  const host = workbook.then(
    (w) => w.host,
    (e: unknown) => refusingHost(`没有可检查的工作簿：${e instanceof Error ? e.message : String(e)}`),
  );
  return { id: ++loadCounter, source, workbook, host: deferredHost(host) };
}

export function Playground({
  locale,
  initialSample,
  check,
  themeMode,
  onPaneFirstRender,
  onWorkbook,
  host: hostKind,
}: PlaygroundProps) {
  const t = DEMO_STRINGS[locale];
  const [loaded, setLoaded] = useState<Loaded>(() => load({ kind: "sample", name: initialSample }, hostKind));
  const [workbook, setWorkbook] = useState<{ grid: GridSource } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState("");

  useEffect(() => {
    let live = true;
    setWorkbook(null);
    setError(null);
    loaded.workbook.then(
      (wb) => {
        if (!live) return;
        setWorkbook(wb);
        setActive(wb.grid.activeSheetName());
        onWorkbook?.(wb, loaded.source.kind === "sample" ? loaded.source.name : loaded.source.file.name);
      },
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
    // onWorkbook is a notification prop (tests, measurements): a new function identity must not reload the workbook.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded]);

  // Follow the active sheet when the pane (host.selectCell) activates another one.
  useEffect(() => {
    if (!workbook) return;
    return workbook.grid.subscribe(() => setActive(workbook.grid.activeSheetName()));
  }, [workbook]);

  // Recomputed when the active sheet changes: 导出结果 adds a sheet and activates it.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `active` is the signal that the list changed (a sheet was added)
  const sheetNames = useMemo(() => workbook?.grid.sheetNames() ?? [], [workbook, active]);
  const sample = loaded.source.kind === "sample" ? loaded.source.name : "";

  return (
    <div className="playground" data-testid="playground" data-ready={workbook ? "true" : "false"}>
      <header className="topbar">
        <h1>{t.title}</h1>
        <WorkbookPicker
          sample={sample}
          fileName={loaded.source.kind === "file" ? loaded.source.file.name : null}
          onSample={(name) => setLoaded(load({ kind: "sample", name }, hostKind))}
          onFile={(file) => setLoaded(load({ kind: "file", file }, hostKind))}
          strings={t}
        />
        <span className="subtitle">{t.subtitle}</span>
      </header>
      <div className="workspace">
        <section className="sheet-area" aria-label={t.gridLabel(active)}>
          <div className="grid-scroll">
            {error ? (
              <p className="status error" role="alert">
                {t.loadFailed(error)}
              </p>
            ) : workbook && active ? (
              <SheetGrid source={workbook.grid} sheetName={active} strings={t} />
            ) : (
              <p className="status" role="status">
                {t.loading}
              </p>
            )}
          </div>
          <div className="hint">{t.editHint}</div>
          {workbook ? (
            <SheetTabs names={sheetNames} active={active} onActivate={(n) => workbook.grid.activate(n)} strings={t} />
          ) : null}
        </section>
        <aside className="pane-frame" aria-label={t.paneFrameLabel}>
          <TaskPaneApp
            key={loaded.id}
            host={loaded.host}
            locale={locale}
            check={check}
            themeMode={themeMode}
            onFirstRender={onPaneFirstRender}
          />
        </aside>
      </div>
    </div>
  );
}

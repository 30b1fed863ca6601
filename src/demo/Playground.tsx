/**
 * The playground page: the fake workbook rendered as a grid (left) beside the real task pane
 * (right), both talking to the same fake Excel through the real adapter.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import type { SheetHost } from "../excel/sheetHost";
import { TaskPaneApp } from "../taskpane/App";
import type { CheckFn } from "../taskpane/controller";
import type { LocaleId } from "../taskpane/i18n";
import type { ThemeMode } from "../taskpane/theme";
import type { SheetCheckResult } from "../core/check";
import { loadCheckSheet } from "../core/loadCheck";
import { refusingHost } from "../excel/refusingHost";
import { deferredHost } from "./deferredHost";
import type { PlaygroundWorkbook } from "./fakeGridSource";
import type { GridSource } from "./gridSource";
import type { WpsPlaygroundWorkbook } from "./wpsGridSource";
import { SheetGrid } from "./SheetGrid";
import { SheetTabs } from "./SheetTabs";
import { DEMO_STRINGS } from "./strings";
import { WorkbookPicker } from "./WorkbookPicker";
import { OpenCancelled, openInWorker } from "./workbookWorkerClient";

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
  /** The pane's engine: sheets the bounds scan refused answer 未检查 (never a pass), the others are checked. */
  check: CheckFn;
  /** Stops opening the file (the worker is terminated). */
  cancel: () => void;
  /** Sheet name → why it was not read (too large…), known once the workbook is open. */
  refused: Map<string, string>;
}

let loadCounter = 0;

async function bytesOf(source: Source): Promise<ArrayBuffer> {
  if (source.kind === "file") return source.file.arrayBuffer();
  const res = await fetch(`samples/${encodeURIComponent(source.name)}`);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.arrayBuffer();
}

/** What the engine answers for a sheet that was not read: not checked, with the reason — never "no findings". */
function notChecked(name: string, reason: string): SheetCheckResult {
  return { name, recognized: false, skipped: true, reason, forms: [], findings: [] };
}

function load(source: Source, hostKind: "excel" | "wps" = "excel", check?: CheckFn): Loaded {
  const abort = new AbortController();
  const refused = new Map<string, string>();
  // The file is opened in a Web Worker (first bytes, zip caps, bounds, exceljs: src/demo/workbookWorker.ts), so the
  // page stays responsive and 取消 stops it; the fake (Excel or WPS) is built from the plain data it sends back, in
  // its own chunk so the pane renders before it arrives. No exceljs on the page.
  const opened = bytesOf(source)
    .then((bytes) => openInWorker(bytes, abort.signal))
    .then(({ book }) => {
      for (const [name, reason] of book.refused) refused.set(name, reason);
      return book;
    });
  const workbook: Promise<PlaygroundWorkbook | WpsPlaygroundWorkbook> =
    hostKind === "wps"
      ? Promise.all([import(/* webpackChunkName: "workbook" */ "./wpsGridSource"), opened]).then(([mod, book]) =>
          mod.wpsPlaygroundFromBook(book),
        )
      : Promise.all([import(/* webpackChunkName: "workbook" */ "./fakeGridSource"), opened]).then(([mod, book]) =>
          mod.playgroundFromBook(book),
        );
  let engine: CheckFn | undefined = check;
  const ready = Promise.all([workbook, engine ? undefined : loadCheckSheet()]).then(([w, e]) => {
    engine ??= e;
    return w.host;
  });
  // A file that cannot be read: the pane's buttons answer with the same zh-CN reason (no raw library error).
  const host = ready.catch((e: unknown) =>
    refusingHost(`没有可检查的工作簿：${e instanceof Error ? e.message : String(e)}`, "unknown"),
  );
  const checkFn: CheckFn = (snapshot, options) => {
    const reason = refused.get(snapshot.name);
    if (reason !== undefined) return notChecked(snapshot.name, reason);
    return engine!(snapshot, options);
  };
  return {
    id: ++loadCounter,
    source,
    workbook,
    host: deferredHost(host),
    check: checkFn,
    cancel: () => abort.abort(),
    refused,
  };
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
  const [loaded, setLoaded] = useState<Loaded>(() => load({ kind: "sample", name: initialSample }, hostKind, check));
  /** The last workbook that opened: shown again when the user cancels opening another one. */
  const lastOpened = useRef<Loaded | null>(null);
  const [cancelledNote, setCancelledNote] = useState<string | null>(null);
  const open = (source: Source) => {
    loaded.cancel(); // a file still opening is abandoned (its worker ends)
    setCancelledNote(null);
    setLoaded(load(source, hostKind, check));
  };
  const nameOf = (source: Source) => (source.kind === "sample" ? source.name : source.file.name);
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
        lastOpened.current = loaded;
        setWorkbook(wb);
        setActive(wb.grid.activeSheetName());
        onWorkbook?.(wb, loaded.source.kind === "sample" ? loaded.source.name : loaded.source.file.name);
      },
      (e: unknown) => {
        if (!live) return;
        if (e instanceof OpenCancelled) {
          const previous = lastOpened.current;
          setCancelledNote(previous ? t.cancelledKept(nameOf(loaded.source), nameOf(previous.source)) : null);
          if (previous && previous !== loaded) setLoaded(previous);
          else setError(t.cancelled(nameOf(loaded.source)));
          return;
        }
        setError(e instanceof Error ? e.message : String(e));
      },
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
          onSample={(name) => open({ kind: "sample", name })}
          onFile={(file) => open({ kind: "file", file })}
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
              <>
                {cancelledNote ? (
                  <p className="status" role="status" data-testid="open-cancelled">
                    {cancelledNote}
                  </p>
                ) : null}
                {loaded.refused.has(active) ? (
                  <p className="status error" role="status" data-testid="sheet-not-read">
                    {t.sheetNotRead(loaded.refused.get(active)!)}
                  </p>
                ) : null}
                <SheetGrid source={workbook.grid} sheetName={active} strings={t} />
              </>
            ) : (
              <p className="status" role="status" data-testid="opening">
                {t.loading}{" "}
                <button type="button" onClick={() => loaded.cancel()} data-testid="cancel-open" aria-label={t.cancelOpenAria}>
                  {t.cancelOpen}
                </button>
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
            check={loaded.check}
            themeMode={themeMode}
            onFirstRender={onPaneFirstRender}
          />
        </aside>
      </div>
    </div>
  );
}

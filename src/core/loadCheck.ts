/**
 * The engine on demand: the task pane's first screen does not need it (it draws before anything is checked), so the
 * pane bundle loads it as its own chunk — started right after the first render, awaited by the first check.
 * In Node (CLI, tests) this is an ordinary require.
 */
import type { checkSheet } from "./check";

export type CheckSheetFn = typeof checkSheet;

let engine: Promise<CheckSheetFn> | undefined;

/** checkSheet, loaded once. */
export function loadCheckSheet(): Promise<CheckSheetFn> {
  engine ??= import(/* webpackChunkName: "engine" */ "./check").then((m) => m.checkSheet);
  return engine;
}

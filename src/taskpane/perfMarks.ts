/** performance.mark name set when the task pane first commits (read by tests/browser/measurePane.ts). */
export const PANE_RENDERED_MARK = "jxcheck:pane-first-render";

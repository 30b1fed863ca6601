/**
 * The 模板 area loads after the first screen (its own chunk: the template library, the insertion planner and
 * zod for unit templates): the controller is created once, the first time a recognised table is shown, and then
 * lives as long as the pane (its undo record survives re-checks), as it did when it was created with the pane.
 */
import { Suspense, lazy, useEffect, useState } from "react";
import type { PaneController } from "../controller";
import type { TemplateMessages } from "../templatesController";
import type { TemplatesController } from "../templatesController";

const TemplatesSection = lazy(() =>
  import(/* webpackChunkName: "templates" */ "./TemplatesSection").then((m) => ({ default: m.TemplatesSection })),
);

/** The pane's TemplatesController, created (and its code loaded) once `wanted` first becomes true; null until then. */
export function useTemplatesController(
  controller: PaneController,
  messages: TemplateMessages,
  wanted: boolean,
): TemplatesController | null {
  const [templates, setTemplates] = useState<TemplatesController | null>(null);
  useEffect(() => {
    if (!wanted || templates) return;
    let cancelled = false;
    void import(/* webpackChunkName: "templates" */ "../templatesController").then((m) => {
      if (!cancelled) setTemplates(new m.TemplatesController(controller, messages));
    });
    return () => {
      cancelled = true;
    };
  }, [wanted, templates, controller, messages]);
  return templates;
}

export function LazyTemplatesSection(props: Parameters<typeof TemplatesSection>[0]) {
  return (
    <Suspense fallback={null}>
      <TemplatesSection {...props} />
    </Suspense>
  );
}

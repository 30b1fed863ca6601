import type { KeyboardEvent } from "react";
import type { DemoStrings } from "./strings";

export interface SheetTabsProps {
  names: string[];
  active: string;
  onActivate: (name: string) => void;
  strings: DemoStrings;
}

/** Excel-style sheet tabs (a tablist: arrow keys move between tabs). */
export function SheetTabs({ names, active, onActivate, strings }: SheetTabsProps) {
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const next = e.key === "ArrowRight" ? i + 1 : e.key === "ArrowLeft" ? i - 1 : -1;
    if (next >= 0 && next < names.length) {
      e.preventDefault();
      onActivate(names[next]);
      const buttons = e.currentTarget.parentElement?.querySelectorAll("button");
      (buttons?.[next] as HTMLButtonElement | undefined)?.focus();
    }
  };
  return (
    <div className="sheet-tabs" role="tablist" aria-label={strings.sheetTabsLabel} data-testid="sheet-tabs">
      {names.map((name, i) => (
        <button
          key={name}
          type="button"
          role="tab"
          aria-selected={name === active}
          aria-label={name}
          tabIndex={name === active ? 0 : -1}
          onClick={() => onActivate(name)}
          onKeyDown={(e) => onKeyDown(e, i)}
        >
          {name}
        </button>
      ))}
    </div>
  );
}

/**
 * Remembers this add-in's own cell writes for a short time so that the `onChanged` events they cause
 * are not reported as user edits.
 */

/** How long after our write its change event is still attributed to us. */
export const OWN_WRITE_WINDOW_MS = 3000;

/** "Sheet1!$B$5" / "b5" → "B5" (the event's `address` has no sheet name). */
export function normalizeAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  return (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "").trim().toUpperCase();
}

export class OwnWrites {
  private entries: { sheet: string; address: string; until: number }[] = [];

  constructor(
    private readonly now: () => number,
    private readonly windowMs: number = OWN_WRITE_WINDOW_MS,
  ) {}

  /** Call just before queuing the write. */
  record(sheet: string, address: string): void {
    this.prune();
    this.entries.push({ sheet, address: normalizeAddress(address), until: this.now() + this.windowMs });
  }

  /** Forget a recorded write whose batch failed (no event will come). */
  cancel(sheet: string, address: string): void {
    const a = normalizeAddress(address);
    const i = this.entries.findIndex((e) => e.sheet === sheet && e.address === a);
    if (i >= 0) this.entries.splice(i, 1);
  }

  /** True (and consumed) when a change event on `sheet`/`address` is the echo of our own write. */
  consume(sheet: string, address: string): boolean {
    this.prune();
    const a = normalizeAddress(address);
    const i = this.entries.findIndex((e) => e.sheet === sheet && e.address === a);
    if (i < 0) return false;
    this.entries.splice(i, 1);
    return true;
  }

  private prune(): void {
    const t = this.now();
    this.entries = this.entries.filter((e) => e.until >= t);
  }
}

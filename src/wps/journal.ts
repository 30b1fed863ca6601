/**
 * All-or-nothing for a synchronous API: WPS applies each call at once and has no batch to abandon, so every change
 * is recorded with its inverse; when a later call throws, the inverses run last-first and the sheet is as it was.
 * (Office.js batches stop half-way instead — src/excel deals with that differently.)
 */
export class Journal {
  private readonly undos: (() => void)[] = [];

  /** Records the inverse of a change that has just been made. */
  undo(inverse: () => void): void {
    this.undos.push(inverse);
  }

  /** Runs every inverse, last first; an inverse that fails too is skipped (the others still run). Returns failures. */
  rollback(): number {
    let failed = 0;
    while (this.undos.length > 0) {
      const u = this.undos.pop()!;
      try {
        u();
      } catch {
        failed++;
      }
    }
    return failed;
  }
}

/** Runs `body` with a journal; on a throw rolls everything back and rethrows. */
export function allOrNothing<T>(body: (journal: Journal) => T): T {
  const journal = new Journal();
  try {
    return body(journal);
  } catch (e) {
    journal.rollback();
    throw e;
  }
}

/**
 * A progress line on standard error for long runs: first shown after a second, then refreshed at
 * most every half second, whatever the number of files (one huge mbox counts its messages).
 * Shown only on a terminal; cleared before an error is printed and when the run ends, so neither
 * lands on the progress line.
 */
const firstAfterMs = 1000;
const everyMs = 500;

export class Progress {
  private readonly start: number;
  private last = Number.NEGATIVE_INFINITY;
  private shown = false;

  constructor(
    private readonly out: { write(s: string): unknown },
    readonly enabled: boolean,
    private readonly now: () => number,
  ) {
    this.start = now();
  }

  /** Shows `text(elapsed ms)` when a refresh is due (`text` is only called then). */
  update(text: (elapsedMs: number) => string): void {
    if (!this.enabled) return;
    const t = this.now();
    if (t - this.start < firstAfterMs || t - this.last < everyMs) return;
    this.last = t;
    this.shown = true;
    // Back to the line's start, the new text, then erase what a longer old text left.
    this.out.write(`\r${text(t - this.start)}\x1b[K`);
  }

  /** Erases the progress line, if one is shown. */
  clear(): void {
    if (!this.shown) return;
    this.shown = false;
    this.out.write('\r\x1b[K');
  }
}

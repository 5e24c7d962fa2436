/**
 * When the runner rescans: after the page has been quiet for `debounceMs`, but at least every
 * `maxWaitMs` on a page that never stops changing; `soon` skips the quiet period (the runner's own
 * work finished and wants its result shown).
 */
export interface Scheduler {
  schedule(soon?: boolean): void;
  /** A rescan is waiting to run. */
  readonly pending: boolean;
  /** Drops the waiting rescan, if any. */
  cancel(): void;
}

export function createScheduler(run: () => void, options: { debounceMs: number; maxWaitMs: number; signal: AbortSignal }): Scheduler {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstRequestAt = 0;
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  options.signal.addEventListener('abort', cancel, { once: true });
  return {
    schedule(soon = false) {
      if (options.signal.aborted) return;
      const now = performance.now();
      if (!firstRequestAt) firstRequestAt = now;
      if (timer !== undefined) clearTimeout(timer);
      const delay = soon ? 0 : Math.max(0, Math.min(options.debounceMs, firstRequestAt + options.maxWaitMs - now));
      timer = setTimeout(() => {
        timer = undefined;
        firstRequestAt = 0;
        run();
      }, delay);
    },
    get pending() {
      return timer !== undefined;
    },
    cancel,
  };
}

/**
 * Which view (thread, folder) the page shows, as the adapter names it: work started for one view
 * hangs off that view's AbortSignal, aborted as soon as the page shows another one (or the runner
 * stops), so that navigating away cancels its fetches.
 */
export interface ViewTracker {
  /** Reads the view now; a different one than before aborts the old view's signal. */
  update(currentView: string): void;
  /** The signal of the view last seen. */
  readonly signal: AbortSignal;
}

export function createViewTracker(signal: AbortSignal): ViewTracker {
  let view = '';
  let controller = new AbortController();
  signal.addEventListener('abort', () => controller.abort(), { once: true });
  return {
    update(currentView) {
      if (currentView === view) return;
      controller.abort();
      controller = new AbortController();
      view = currentView;
    },
    get signal() {
      return controller.signal;
    },
  };
}

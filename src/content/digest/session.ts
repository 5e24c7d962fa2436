/**
 * One digest being read, wherever its notices come from (a Gmail list, files): what was summed
 * up so far, whether it runs, was cancelled, stopped or is done, and the panel that shows it.
 */
import { DigestCollector } from './collect.js';
import { createDigestPanel, type DigestPanel, type DigestPanelOptions, type DigestPhase } from './panel.js';

export interface DigestSession {
  readonly collector: DigestCollector;
  readonly panel: DigestPanel;
  /** Aborted on Cancel, on a stop, or by `abort()`: the reading stops. */
  readonly signal: AbortSignal;
  readonly phase: DigestPhase;
  /** The words of the progress while it runs, and of where it stood when cancelled. */
  progress(running: string, cancelled: string, fraction?: number): void;
  /** One notice could not be read. */
  unread(): void;
  /** One file (or message of an mbox) held nothing to read (Verdict.empty): counted apart, not as a message. */
  empty(): void;
  /** Stops early and says why (e.g. Gmail's sign-in page). */
  stop(why: string): void;
  abort(): void;
  /** All was read (unless it was cancelled or stopped): the panel says what was found. */
  finish(): void;
  /** Shows everything read so far: the table, the counts, the progress. */
  render(): void;
  /** Shows only the progress while it runs (the table stays as the last `render` left it). */
  renderProgress(): void;
}

export function startDigestSession(options: Omit<DigestPanelOptions, 'onCancel' | 'csv' | 'csvName'>): DigestSession {
  const { t } = options;
  const collector = new DigestCollector();
  const run = new AbortController();
  let phase: DigestPhase = 'running';
  let unread = 0;
  let empty = 0;
  let stoppedWhy = '';
  let running = '';
  let cancelled = '';
  let fraction: number | undefined = 0;

  const render = () => {
    const view = collector.view();
    const keep = view.rows.filter((r) => r.list === 'keep').length;
    const text = phase === 'done' ? t('digestDone', collector.messages, view.remove.length, keep) : phase === 'cancelled' ? cancelled : running;
    panel.update({
      phase,
      progress: phase === 'running' ? text : [text, unread > 0 ? t('digestUnread', unread) : '', empty > 0 ? t('digestEmptyFiles', empty) : ''].filter(Boolean).join(' '),
      fraction,
      messages: collector.messages,
      unread,
      stoppedWhy: stoppedWhy || undefined,
      rows: view.rows,
      categories: view.categories,
    });
  };

  const panel = createDigestPanel({
    ...options,
    onCancel: () => {
      if (phase !== 'running') return;
      phase = 'cancelled';
      run.abort();
      render();
    },
    csv: () => collector.csv(),
    csvName: 'whybounce-digest.csv',
  });

  return {
    collector,
    panel,
    signal: run.signal,
    get phase() {
      return phase;
    },
    progress(nowRunning, ifCancelled, done) {
      running = nowRunning;
      cancelled = ifCancelled;
      fraction = done;
    },
    unread: () => void unread++,
    empty: () => void empty++,
    stop(why) {
      if (phase !== 'running') return;
      phase = 'stopped';
      stoppedWhy = why;
      run.abort();
    },
    abort: () => run.abort(),
    finish() {
      if (phase === 'running') phase = 'done';
      render();
    },
    render,
    renderProgress: () => panel.progress(running, fraction),
  };
}

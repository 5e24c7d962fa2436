/**
 * "Explain the bounces on this page": on a Gmail list or search view that shows notices from mail
 * systems, one small control; a click reads each such row's original source (the same "Show
 * original" page the banner reads, at a pace Gmail tolerates), classifies it in the page and
 * shows the digest panel. Results live in this page's memory only: never stored, never sent.
 */
import type { Verdict } from '../../core/index.js';
import { messageDate, parseDate } from '../../core/parse/date.js';
import { el } from '../dom.js';
import { DigestCollector } from '../digest/collect.js';
import { createLimiter, gmailPace, abortableSleep, type LimiterOptions } from '../digest/limiter.js';
import { createDigestPanel, type DigestPanel, type DigestPhase } from '../digest/panel.js';
import { digestOpenCss } from '../digest/styles.js';
import { digestTranslator, type DigestWords } from '../digest/words.js';
import { pageTheme } from '../digest/theme.js';
import { findNoticeRows, isShownOnScreen, type IsShown, type NoticeRow } from './list.js';
import { accountIndex, fetchOriginalResult, findIk, originalSourceUrl, type SourceResult } from './source.js';

export const digestOpenAttribute = 'data-whybounce-digest-open';

export interface GmailDigestOptions {
  readonly doc: Document;
  readonly signal: AbortSignal;
  /** Classifies a message source in the page (the banner's classifier). */
  readonly classify: (raw: string) => Promise<Verdict>;
  /** The digest's words and language, in the language the user chose. */
  readonly words: () => Promise<{ words: DigestWords; locale: string }>;
  /** A verdict a banner already read from this message's source (`msg-f:…`), if any. */
  readonly known?: (permmsgid: string) => Verdict | undefined;
  readonly fetchSource?: (url: string, signal: AbortSignal) => Promise<SourceResult>;
  readonly pace?: LimiterOptions;
  readonly isShown?: IsShown;
  /** Quiet time after the last DOM change before the page is looked at again. */
  readonly debounceMs?: number;
  /** Wait before the one retry of a notice Gmail answered with 5xx or 429. */
  readonly retryMs?: number;
}

export interface GmailDigest {
  /** Looks at the page now (tests). */
  scanNow(): void;
  /** Resolves when the current run (if any) has ended (tests). */
  finished(): Promise<void>;
}

export function startGmailDigest(options: GmailDigestOptions): GmailDigest {
  const { doc, signal } = options;
  const isShown = options.isShown ?? isShownOnScreen;
  const debounceMs = options.debounceMs ?? 300;
  const retryMs = options.retryMs ?? 2000;
  const fetchSource = options.fetchSource ?? ((url, s) => fetchOriginalResult(url, s));
  let control: HTMLElement | null = null;
  let panel: DigestPanel | null = null;
  let running: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let ik = '';

  const base = () => `${location.origin}/mail/u/${accountIndex(location.pathname)}/`;

  const removeControl = () => {
    control?.remove();
    control = null;
  };

  const showControl = async (count: number) => {
    const { words } = await options.words();
    const t = digestTranslator(words);
    if (signal.aborted || panel) return;
    if (!control) {
      control = doc.createElement('div');
      control.setAttribute(digestOpenAttribute, '');
      const root = control.attachShadow({ mode: 'open' });
      const style = doc.createElement('style');
      style.textContent = digestOpenCss;
      root.append(style, el(doc, 'button', { type: 'button', class: 'wb-open' }, el(doc, 'span', { 'aria-hidden': 'true', class: 'wb-logo' }, '↩'), el(doc, 'span', { class: 'wb-label' })));
      root.querySelector('button')!.addEventListener('click', () => {
        running = open();
      });
      doc.body.appendChild(control);
    }
    control.setAttribute('data-count', String(count));
    const label = control.shadowRoot!.querySelector('.wb-label')!;
    label.textContent = t('digestOpen', count);
  };

  const scan = () => {
    if (signal.aborted || panel) return;
    const rows = findNoticeRows(doc, base(), isShown);
    if (rows.length === 0) removeControl();
    else void showControl(rows.length);
  };

  const open = async () => {
    if (panel) return;
    const rows = findNoticeRows(doc, base(), isShown);
    if (rows.length === 0) return;
    const { words, locale } = await options.words();
    const t = digestTranslator(words);
    removeControl();
    const run = new AbortController();
    const stop = () => run.abort();
    signal.addEventListener('abort', stop, { once: true });
    const collector = new DigestCollector();
    let phase: DigestPhase = 'running';
    let read = 0;
    let unread = 0;
    let stoppedWhy = '';
    const created = createDigestPanel({
      doc,
      t,
      locale,
      title: t('digestTitle'),
      floating: true,
      refIsLink: true,
      onCancel: () => {
        if (phase !== 'running') return;
        phase = 'cancelled';
        run.abort();
        render();
      },
      onClose: () => {
        run.abort();
        signal.removeEventListener('abort', stop);
        panel?.remove();
        panel = null;
        scan();
      },
      csv: () => collector.csv(),
      csvName: 'whybounce-digest.csv',
    });
    panel = created;
    created.host.setAttribute('data-floating', '');
    created.host.setAttribute('data-theme', pageTheme(doc));
    doc.body.appendChild(created.host);
    const render = () => {
      const view = collector.view();
      const progress =
        phase === 'cancelled'
          ? t('digestCancelled', read, rows.length)
          : phase === 'done'
            ? t('digestDone', collector.messages, view.remove.length, view.rows.filter((r) => r.list === 'keep').length)
            : t('digestProgress', read, rows.length);
      created.update({
        phase,
        progress: unread > 0 && phase !== 'running' ? `${progress} ${t('digestUnread', unread)}` : progress,
        fraction: rows.length ? read / rows.length : 1,
        messages: collector.messages,
        unread,
        stoppedWhy: stoppedWhy || undefined,
        rows: view.rows,
        categories: view.categories,
      });
    };
    render();
    (created.host.shadowRoot?.querySelector('[data-whybounce-digest-cancel]') as HTMLElement | null)?.focus();

    const limiter = createLimiter(options.pace ?? gmailPace);
    if (!ik) ik = findIk(doc);
    const one = async (row: NoticeRow) => {
      const reuse = options.known?.(row.permmsgid);
      let verdict: Verdict | undefined = reuse;
      // The row's tooltip date, when the core can read it; the source's own Date is better.
      const shown = parseDate(row.shownDate);
      let date = Number.isNaN(shown) ? '' : new Date(shown).toISOString();
      if (!verdict) {
        const url = originalSourceUrl(location.origin, accountIndex(location.pathname), ik, row.permmsgid);
        let result = await limiter.run(() => fetchSource(url, run.signal), run.signal);
        if ('error' in result && result.error === 'busy') {
          await abortableSleep(retryMs, run.signal);
          result = await limiter.run(() => fetchSource(url, run.signal), run.signal);
        }
        if ('error' in result) {
          if (result.error === 'signin' && phase === 'running') {
            phase = 'stopped';
            stoppedWhy = t('digestSignin');
            run.abort();
          }
          unread++;
          return;
        }
        verdict = await options.classify(result.raw);
        date = messageDate(result.raw) || date;
      }
      collector.add(verdict, { date, ref: row.link });
    };
    await (async () => {
      await Promise.all(
        rows.map((row) =>
          one(row)
            .catch(() => {
              if (!run.signal.aborted) unread++;
            })
            .finally(() => {
              if (run.signal.aborted) return;
              read++;
              render();
            }),
        ),
      );
      if (phase === 'running') phase = 'done';
      render();
    })();
  };

  const observer = new MutationObserver((records) => {
    // The digest's own elements changing is not the page changing.
    if (records.every((r) => r.target === control || r.target === panel?.host)) return;
    clearTimeout(timer);
    timer = setTimeout(scan, debounceMs);
  });
  observer.observe(doc.body, { childList: true, subtree: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
      removeControl();
    },
    { once: true },
  );
  scan();
  return {
    scanNow: scan,
    finished: () => running,
  };
}

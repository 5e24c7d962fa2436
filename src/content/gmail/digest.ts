/**
 * "Explain the bounces on this page": on a Gmail list or search view that shows notices from mail
 * systems, one small control; a click reads each such row's original source (the same "Show
 * original" page the banner reads, at a pace Gmail tolerates), has the background classify it
 * (the banner's classifier, background-read.ts) and shows the digest panel. Results live in this page's memory only: never stored, never sent.
 */
import type { Verdict } from '../../core/index.js';
import { messageDate, parseDate } from '../../core/parse/date.js';
import { el } from '../dom.js';
import { createLimiter, gmailPace, abortableSleep, type LimiterOptions } from '../digest/limiter.js';
import type { DigestPanel } from '../digest/panel.js';
import { startDigestSession } from '../digest/session.js';
import { digestOpenCss } from '../digest/styles.js';
import { digestTranslator, type DigestWords } from '../digest/words.js';
import { pageTheme } from '../digest/theme.js';
import { findNoticeRows, isShownOnScreen, type IsShown, type NoticeRow } from './list.js';
import { accountIndex, fetchOriginalResult, findIk, originalSourceUrl, type SourceResult } from './source.js';

export const digestOpenAttribute = 'data-whybounce-digest-open';

export interface GmailDigestOptions {
  readonly doc: Document;
  readonly signal: AbortSignal;
  /** Classifies a message source: the banner's classifier, run by the background (background-read.ts). */
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
    const session = startDigestSession({
      doc,
      t,
      locale,
      title: t('digestTitle'),
      floating: true,
      refIsLink: true,
      onClose: () => {
        session.abort();
        signal.removeEventListener('abort', stop);
        panel?.remove();
        panel = null;
        scan();
      },
    });
    const stop = () => session.abort();
    signal.addEventListener('abort', stop, { once: true });
    const created = session.panel;
    panel = created;
    created.host.setAttribute('data-floating', '');
    created.host.setAttribute('data-theme', pageTheme(doc));
    doc.body.appendChild(created.host);
    let read = 0;
    const render = () => {
      session.progress(t('digestProgress', read, rows.length), t('digestCancelled', read, rows.length), rows.length ? read / rows.length : 1);
      session.render();
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
        const { signal: runSignal } = session;
        let result = await limiter.run(() => fetchSource(url, runSignal), runSignal);
        if ('error' in result && result.error === 'busy') {
          await abortableSleep(retryMs, runSignal);
          result = await limiter.run(() => fetchSource(url, runSignal), runSignal);
        }
        if ('error' in result) {
          if (result.error === 'signin') session.stop(t('digestSignin'));
          session.unread();
          return;
        }
        verdict = await options.classify(result.raw);
        date = messageDate(result.raw) || date;
      }
      session.collector.add(verdict, { date, ref: row.link });
    };
    await Promise.all(
        rows.map((row) =>
          one(row)
            .catch(() => {
              if (!session.signal.aborted) session.unread();
            })
            .finally(() => {
              if (session.signal.aborted) return;
              read++;
              render();
            }),
        ),
      );
    session.finish();
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

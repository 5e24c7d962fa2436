/**
 * Watches a webmail page and keeps exactly one banner on every open bounce.
 *
 * Webmails are single-page apps: a thread's DOM appears, is re-rendered, collapses, expands and
 * is thrown away without a page load. So the runner does not look for "the" message once; it
 * rescans after the page settles (debounced MutationObserver), and every step is idempotent: a
 * message that already has its banner is left alone, one whose banner the webmail removed gets it
 * back from the cache (no new fetch), and one whose key was dismissed gets none. In-flight work
 * (source fetches) hangs off an AbortSignal per view, so navigating away cancels it.
 *
 * A body can be read before the webmail has finished rendering it (empty, or half there), so a
 * verdict read from the text on screen is read again whenever the body's text length changes;
 * a verdict from the original source is final.
 *
 * This file decides what each message shows; the machinery is in runner/, one job a module:
 * cache.ts (what is remembered per message), fetch-slots.ts (how many source fetches at once),
 * scheduler.ts (when to rescan), page-watch.ts (what counts as a change of the page), view.ts
 * (which thread is open, and cancelling the work of the last one), badge-count.ts (the toolbar
 * count), in-flight.ts (the pending work the tests wait for).
 */
import type { ClassifyOptions, Verdict } from '../core/index.js';
import { createHost, hostAttribute, renderInto, showHidden } from './banner.js';
import { fallbackExplanation, type Explanation } from './explanation.js';
import { pickLocale, type Locale } from './locale.js';
import type { SettingsStore } from './settings.js';
import type { OpenMessage, WebmailAdapter } from './webmail.js';
import { englishWords, wordsTranslator, type BannerTranslate } from './words.js';
import { sliceMs, yieldToMain } from './yield.js';
import { createCountReporter } from './runner/badge-count.js';
import { createCache } from './runner/cache.js';
import { createFetchSlots } from './runner/fetch-slots.js';
import { createInFlight } from './runner/in-flight.js';
import { watchNavigation, watchPage } from './runner/page-watch.js';
import { createScheduler } from './runner/scheduler.js';
import { createViewTracker } from './runner/view.js';

export interface RunnerOptions {
  readonly adapter: WebmailAdapter;
  readonly doc: Document;
  readonly store: SettingsStore;
  /** The browser's UI language, e.g. `it-IT`. */
  readonly uiLanguage: string;
  /**
   * Classifies a message source. `locale` is the language the banners speak now: a classifier
   * that also puts a bounce into words (the background, see background-read.ts) does it in that
   * language, so that `explain` has the words at hand.
   */
  readonly classify: (input: string, options?: ClassifyOptions, locale?: Locale) => Promise<Verdict>;
  /** Classifies the text on screen (strictly, as rendered); may answer at once or later. */
  readonly classifyText: (text: string, locale: Locale) => Verdict | Promise<Verdict>;
  /** Words for a verdict; the content scripts get them from the background (boot.ts). */
  readonly explain: (verdict: Verdict, locale: Locale) => Promise<Explanation>;
  /** Told how many banners the page shows, whenever that changes (for the toolbar badge). */
  readonly onCount?: (count: number) => void;
  readonly signal: AbortSignal;
  /** Quiet time after the last DOM change before rescanning. */
  readonly debounceMs?: number;
  /** A page that never stops changing is still rescanned this often. */
  readonly maxWaitMs?: number;
  /** How many original-source fetches may run at once. */
  readonly fetchConcurrency?: number;
  /**
   * A verdict the background did not give, or words that fell back to English, are asked for
   * again after this long (times the try's number).
   */
  readonly retryMs?: number;
}

export interface Runner {
  /** Resolves when nothing is queued, scheduled or being fetched (for tests). */
  settled(): Promise<void>;
  /** Rescans now, skipping the debounce (for tests). */
  scanNow(): Promise<void>;
  /** The verdict a banner read from a message's original source, if it has one (the digest reuses it). */
  sourceVerdict(key: string): Verdict | undefined;
}

interface Reading {
  readonly verdict: Verdict;
  readonly source: 'message' | 'text';
}

interface Explained {
  readonly reading: Reading;
  readonly locale: Locale;
  readonly explanation: Explanation;
}

interface Entry {
  /** The verdict from the text on screen. */
  text?: Reading;
  /** The body's text length when `text` was read: a different length means the body changed. */
  textLength: number;
  /** How many times the text was read. */
  reads: number;
  /** The text was handed to the classifier and its verdict is not in yet. */
  reading: boolean;
  /** The original source was asked for and the answer is in (a verdict, or the text's on failure). */
  sourceTried: boolean;
  /** The verdict from the original source, or the text one when the source could not be had. */
  final?: Reading;
  /** A source fetch is running for this message. */
  fetching: boolean;
  /** What the banner shows: a reading and its words, always from the same reading. */
  explained?: Explained;
  /** The reading and language whose words are being asked for. */
  explaining?: { reading: Reading; locale: Locale };
  /** How many times words that fell back to English were asked for again. */
  explainRetries?: number;
  /** How many rescans were set off because the background gave no verdict for the text. */
  readRetries?: number;
  /** How many times a source that could not be had was asked for again. */
  sourceRetries?: number;
  /** Where the user's "Read the full notice" stands (see OpenMessage.openSource). */
  fullNotice?: 'waiting' | 'manual' | 'read';
  /** The message as last found: a click on an older rendering of the banner acts on this one. */
  latest?: OpenMessage;
}

/**
 * How long one slice of reading the page's messages may run: half the general slice (yield.ts).
 * The content script shares the page's main thread with the webmail, and on a loaded machine a
 * task takes several times its CPU time to finish (four to five times on the shared two-core CI
 * machine, in Chromium's trace of the 200-message thread): a slice must stay a small share of the
 * 50 ms long-task budget.
 */
const readSliceMs = sliceMs / 2;

/** Verdicts are kept for this many messages (in memory only, for re-renders and navigation back). */
const cacheSize = 500;
/**
 * A body is read at most this often: enough for a lazily filled body to settle (Outlook fills
 * long ones in a few steps), while one that never stops changing (a live counter in a
 * newsletter) does not cost a classification on every rescan.
 */
const maxReads = 8;

/**
 * Words the background could not give (it was restarting, or its answer was lost) fall back to
 * English; they are asked for again this many times, later each time, so that the banner does not
 * stay in English in an Italian browser, nor ask in a loop while the background stays away. A
 * verdict it could not give is asked for again as often.
 */
const maxRetries = 3;

const bodyLength = (message: OpenMessage): number => message.body.textContent?.length ?? 0;

/**
 * A bounce whose text names no cause: the reason sits in the attached report that the page does
 * not show, so the banner offers the full notice (when the webmail has a way to it).
 */
export const namesNoCause = (reading: Reading): boolean => reading.source === 'text' && reading.verdict.kind === 'bounce' && reading.verdict.reason === 'undefined';

/** The text verdict is out of date: the body changed since it was read, and nothing better decided. */
const stale = (entry: Entry, message: OpenMessage): boolean =>
  entry.text !== undefined && entry.final?.source !== 'message' && entry.reads < maxReads && bodyLength(message) !== entry.textLength;

export function startRunner(options: RunnerOptions): Runner {
  const { adapter, doc, store, signal } = options;
  const debounceMs = options.debounceMs ?? 40;
  const maxWaitMs = options.maxWaitMs ?? 200;
  const fetchConcurrency = options.fetchConcurrency ?? 2;
  const retryMs = options.retryMs ?? 2000;

  const entries = createCache<Entry>(cacheSize);
  let dismissed = new Set<string>();
  let locale: Locale = 'en';
  const views = createViewTracker(signal);
  let queue: OpenMessage[] = [];
  /**
   * Keys a scan queued only to put their banner back (or keep it): their reading was settled, or a
   * source fetch was running, when the scan found them. Decided then, as if done then.
   */
  const bannerOnly = new Set<string>();
  let draining: Promise<void> | null = null;
  const fetchSlots = createFetchSlots(fetchConcurrency);
  const inFlight = createInFlight();
  /** The banners this runner put in place or took over; a removed or hidden one drops out when counted. */
  const placed = new Set<HTMLElement>();
  const countBanners = () => {
    for (const host of placed) if (!host.isConnected || !host.hasAttribute(hostAttribute)) placed.delete(host);
    return placed.size;
  };
  const reportCount = createCountReporter(countBanners, options.onCount);
  // `scan` is defined below; the scheduler only calls it later.
  const scheduler = createScheduler(() => scan(), { debounceMs, maxWaitMs, signal });
  /** Debounced rescan; `soon` skips the quiet period (our own work finished). */
  const schedule = (soon = false) => scheduler.schedule(soon);
  /** A banner brought back by Undo: its Hide button gets the focus once it is shown again. */
  let refocus: string | undefined;
  /** The storage write of each Hide of this page. */
  const saving = new Map<string, Promise<void>>();

  const loadSettings = async () => {
    const [preference, ids] = await Promise.all([store.getLocale(), store.getDismissed()]);
    locale = pickLocale(preference, options.uiLanguage);
    dismissed = ids;
  };

  const track = <T>(promise: Promise<T>): Promise<T> => inFlight.track(promise);

  const hostsFor = (key: string, scope: ParentNode = doc): HTMLElement[] =>
    Array.from(scope.querySelectorAll<HTMLElement>(`[${hostAttribute}]`)).filter((h) => h.getAttribute(hostAttribute) === key);

  const shown = (entry: Entry): Reading | undefined => {
    const reading = entry.final ?? entry.text;
    return reading && reading.verdict.kind === 'bounce' ? reading : undefined;
  };

  /** Asks for the words of a reading; the banner is (re-)rendered when they arrive. */
  const requestExplanation = (entry: Entry, reading: Reading) => {
    if (entry.explaining?.reading === reading && entry.explaining.locale === locale) return;
    const asked = { reading, locale };
    entry.explaining = asked;
    void track(
      options
        .explain(reading.verdict, asked.locale)
        .catch(() => fallbackExplanation(reading.verdict, englishWords))
        .then((explanation) => {
          if (entry.explaining === asked) entry.explaining = undefined;
          const explained = { reading, locale: asked.locale, explanation };
          entry.explained = explained;
          if (signal.aborted) return;
          schedule(true);
          // English in place of the language asked for: ask again later (the banner shows English meanwhile).
          const tries = entry.explainRetries ?? 0;
          if (explanation.words === englishWords && asked.locale !== 'en' && tries < maxRetries) {
            entry.explainRetries = tries + 1;
            setTimeout(() => {
              if (signal.aborted || entry.explained !== explained) return;
              // Words no longer taken for the language asked: the next reconcile asks for them.
              entry.explained = { ...explained, locale: 'en' };
              schedule(true);
            }, retryMs * (tries + 1));
          }
        }),
    );
  };

  /** Puts the message's banner in place, or takes it away when the message is not a bounce. */
  const reconcile = (message: OpenMessage, entry: Entry) => {
    const reading = dismissed.has(message.key) ? undefined : shown(entry);
    entry.latest = message;
    const existing = hostsFor(message.key, message.container);
    if (!reading) {
      existing.forEach((h) => h.remove());
      // A verdict that arrived outside a scan (see analyse) changes the count by itself.
      if (existing.length > 0) reportCount();
      return;
    }
    if (entry.explained?.reading !== reading || entry.explained.locale !== locale) requestExplanation(entry, reading);
    // Until the words for the newest reading arrive, the banner keeps showing the previous
    // reading with its own words (never a verdict with another verdict's explanation).
    const explained = entry.explained;
    if (!explained) return;
    // The banner belongs right before the body; one anywhere else (a stale copy the webmail kept
    // while re-rendering, a second injection of this script) is removed, never duplicated.
    let host = existing.find((h) => h.nextElementSibling === message.body && message.container.contains(h));
    existing.filter((h) => h !== host).forEach((h) => h.remove());
    if (!host) {
      host = createHost(doc, message.key);
      message.body.parentNode?.insertBefore(host, message.body);
    }
    placed.add(host);
    const key = message.key;
    const shownReading = explained.reading;
    const offer = message.openSource && (entry.fullNotice === 'read' || namesNoCause(shownReading));
    // Words that fell back to English say so in their lang attribute.
    const cardLocale = explained.explanation.words === englishWords ? 'en' : explained.locale;
    const t = wordsTranslator(explained.explanation.words);
    renderInto(host, {
      verdict: explained.reading.verdict,
      explanation: explained.explanation,
      card: {
        doc,
        t,
        locale: cardLocale,
        source: explained.reading.source,
        fallback: explained.reading.source === 'text' && message.fetchSource !== undefined,
        onDismiss: () => void dismiss(key, t, cardLocale),
        fullNotice: offer ? { state: entry.fullNotice ?? 'offer', onRead: () => void readFullNotice(entry) } : undefined,
      },
    });
    if (refocus === key) {
      refocus = undefined;
      host.shadowRoot?.querySelector<HTMLElement>('.wb-dismiss')?.focus();
    }
  };

  /** The user asked for the full notice: the webmail opens its source view, the verdict is read from it. */
  const readFullNotice = async (entry: Entry) => {
    const message = entry.latest;
    if (!message?.openSource || entry.fullNotice === 'waiting' || entry.fullNotice === 'read') return;
    const viewSignal = views.signal;
    entry.fullNotice = 'waiting';
    schedule(true);
    let answer: string | null = null;
    try {
      answer = await message.openSource(viewSignal);
      if (answer && answer !== 'manual' && !viewSignal.aborted) {
        const verdict = await options.classify(answer, { mode: 'message' }, locale);
        // A source that is not a bounce after all (the wrong dialog) leaves the text's verdict.
        if (verdict.kind === 'bounce') {
          entry.final = { verdict, source: 'message' };
          entry.fullNotice = 'read';
        }
      }
    } catch {
      answer = null;
    }
    if (entry.fullNotice === 'waiting') entry.fullNotice = answer === 'manual' && !viewSignal.aborted ? 'manual' : undefined;
    if (!signal.aborted) schedule(true);
  };

  /** Hides a banner for good, leaving a note with Undo in its place for as long as the page shows it. */
  const dismiss = async (key: string, t: BannerTranslate, cardLocale: Locale) => {
    dismissed.add(key);
    const [first, ...others] = hostsFor(key);
    others.forEach((h) => h.remove());
    if (first) showHidden(first, t, cardLocale, () => void undo(key, first));
    reportCount();
    const saved = store.dismiss(key);
    saving.set(key, saved);
    try {
      await saved;
    } catch {
      // The banner stays hidden for this page even if storage is unavailable.
    }
  };

  const undo = async (key: string, note: HTMLElement) => {
    dismissed.delete(key);
    note.remove();
    refocus = key;
    schedule(true);
    try {
      // After the Hide is stored, or that write would land last and hide it again.
      await saving.get(key)?.catch(() => {});
      await store.restore(key);
    } catch {
      // Shown again on this page; storage still says hidden, as it would without the Undo.
    }
  };

  /** Reads the original source and classifies it; on any failure the text verdict stands. */
  const upgrade = async (message: OpenMessage, entry: Entry, viewSignal: AbortSignal) => {
    entry.fetching = true;
    try {
      await fetchSlots.acquire();
      let raw: string | null = null;
      try {
        if (!viewSignal.aborted) raw = await message.fetchSource!(viewSignal);
      } finally {
        fetchSlots.release();
      }
      if (viewSignal.aborted) return;
      entry.sourceTried = true;
      if (raw) {
        const verdict = await options.classify(raw, { mode: 'message' }, locale);
        entry.final = { verdict, source: 'message' };
      } else {
        entry.final = entry.text;
      }
    } catch {
      if (!viewSignal.aborted) {
        entry.sourceTried = true;
        entry.final = entry.text;
        retrySource(entry);
      }
    } finally {
      entry.fetching = false;
    }
    if (!viewSignal.aborted && !signal.aborted) schedule(true);
  };

  /**
   * A source that could not be had this time (the network, a busy server, the background away)
   * is asked for again later, a few times, later each time; the text's verdict stands meanwhile.
   * A page that offers no source (null) is not asked again.
   */
  const retrySource = (entry: Entry) => {
    const tries = entry.sourceRetries ?? 0;
    if (tries >= maxRetries) return;
    entry.sourceRetries = tries + 1;
    const fallback = entry.final;
    setTimeout(() => {
      // Only if nothing has decided since: a newer reading of the text asks for the source by itself.
      if (signal.aborted || entry.final !== fallback || entry.fetching) return;
      entry.final = undefined;
      entry.sourceTried = false;
      schedule(true);
    }, retryMs * (tries + 1));
  };

  /** What follows a text verdict: the banner, and the original source when it is worth asking for. */
  const proceed = (message: OpenMessage, entry: Entry) => {
    reconcile(message, entry);
    if (!entry.text || entry.final || entry.fetching || entry.reading) return;
    const worthFetching = entry.text.verdict.kind !== 'not-a-bounce' || message.mightBeNotice;
    // The source is asked for once per message: a second text reading does not fetch it again.
    if (message.fetchSource && worthFetching && !entry.sourceTried) void track(upgrade(message, entry, views.signal));
    else entry.final = entry.text;
  };

  /** A text verdict is in: it replaces the last one, and a verdict taken from an earlier text goes. */
  const takeText = (entry: Entry, verdict: Verdict, length: number) => {
    entry.text = { verdict, source: 'text' };
    entry.textLength = length;
    entry.reads++;
    if (entry.final?.source === 'text') entry.final = undefined;
  };

  /**
   * Reading one message: its text is taken from the page now (the part that costs this page's
   * time, sliced by `drain`) and classified, in the extension's background; the banner follows the
   * verdict. One reading per message at a time: a rescan meanwhile keeps what the banner shows.
   */
  const analyse = (message: OpenMessage) => {
    const entry: Entry = entries.get(message.key) ?? { fetching: false, textLength: 0, reads: 0, reading: false, sourceTried: false };
    entries.remember(message.key, entry);
    if (entry.reading || (entry.text && !stale(entry, message))) {
      if (entry.text) proceed(message, entry);
      return;
    }
    const length = bodyLength(message);
    let answer: Promise<Verdict>;
    try {
      answer = Promise.resolve(options.classifyText(message.readText(), locale));
    } catch {
      return;
    }
    entry.reading = true;
    if (entry.text) reconcile(message, entry);
    void track(
      answer.then(
        (verdict) => {
          entry.reading = false;
          if (signal.aborted) return;
          takeText(entry, verdict, length);
          // The webmail may have re-rendered the message meanwhile: the next scan finds the new nodes.
          if (!message.body.isConnected) {
            schedule(true);
            return;
          }
          // A long thread's verdicts arrive together: their banners follow in the sliced queue.
          bannerOnly.delete(message.key);
          if (!queue.some((m) => m.key === message.key)) queue.push(message);
          startDrain();
        },
        () => {
          // No verdict (the background could not be reached): the next scan that finds the message
          // tries again; on a page that does not change, one comes by itself, a few times, later each time.
          entry.reading = false;
          const tries = entry.readRetries ?? 0;
          if (signal.aborted || tries >= maxRetries) return;
          entry.readRetries = tries + 1;
          setTimeout(() => {
            if (!signal.aborted) schedule(true);
          }, retryMs * (tries + 1));
        },
      ),
    );
  };

  /** Works through the queue in slices, unless that is already going on. */
  const startDrain = () => {
    if (draining || queue.length === 0) return;
    draining = track(drain()).finally(() => {
      draining = null;
      if (queue.length > 0) schedule(true);
    });
  };

  const drain = async () => {
    // Not in the task that started it: a scan of a long thread has already spent that task
    // finding the messages, and a reading slice on top of it made the page's longest tasks once
    // the banners' rendering was cheap (12 to 18 ms of CPU in Chromium's trace).
    await yieldToMain();
    let sliceStart = performance.now();
    while (queue.length > 0 && !signal.aborted) {
      if (performance.now() - sliceStart > readSliceMs) {
        await yieldToMain();
        sliceStart = performance.now();
        continue;
      }
      const message = queue.shift()!;
      const entry = bannerOnly.delete(message.key) ? entries.get(message.key) : undefined;
      if (!message.body.isConnected) continue;
      if (entry) reconcile(message, entry);
      else analyse(message);
    }
    reportCount();
  };

  const scan = () => {
    if (signal.aborted) return;
    // Another thread or folder: work for the old view is no longer wanted.
    views.update(adapter.viewKey());
    const messages = adapter.findOpenMessages(doc);
    // Every message goes through the sliced queue, settled ones too (their banner is put back or
    // kept): on a long thread, doing that here made the scan the page's longest task.
    const queued = new Map(queue.map((m, i) => [m.key, i]));
    for (const message of messages) {
      const entry = entries.get(message.key);
      if (entry?.text && (entry.final || entry.fetching) && !stale(entry, message)) bannerOnly.add(message.key);
      else bannerOnly.delete(message.key);
      const at = queued.get(message.key);
      // The newest rendering of a message that is still waiting replaces the one found before.
      if (at !== undefined) queue[at] = message;
      else {
        queued.set(message.key, queue.length);
        queue.push(message);
      }
    }
    // Banners whose message is gone from the page (the webmail re-rendered it elsewhere) go too.
    const live = new Set(messages.map((m) => m.key));
    doc.querySelectorAll<HTMLElement>(`[${hostAttribute}]`).forEach((h) => {
      if (!live.has(h.getAttribute(hostAttribute) ?? '')) h.remove();
    });
    startDrain();
    reportCount();
  };

  const ready = track(
    loadSettings()
      .catch(() => {})
      .then(() => {
        if (signal.aborted) return;
        watchPage(doc, () => schedule(), signal);
        scan();
      }),
  );
  watchNavigation(doc, () => schedule(), signal);

  store.onChange(() => {
    void loadSettings()
      .catch(() => {})
      .then(() => schedule(true));
  }, signal);

  signal.addEventListener(
    'abort',
    () => {
      queue = [];
      bannerOnly.clear();
    },
    { once: true },
  );

  const settled = async () => {
    await ready;
    for (let i = 0; i < 1000; i++) {
      if (!scheduler.pending && !draining && inFlight.size === 0 && queue.length === 0) return;
      if (inFlight.size > 0) await inFlight.settle();
      else await new Promise((resolve) => setTimeout(resolve, debounceMs + 1));
    }
  };

  return {
    settled,
    sourceVerdict(key) {
      const final = entries.get(key)?.final;
      return final?.source === 'message' ? final.verdict : undefined;
    },
    async scanNow() {
      await ready;
      scheduler.cancel();
      scan();
      await settled();
    },
  };
}

// @vitest-environment happy-dom
/**
 * "Explain the bounces on this page" over a Gmail search view built from real notices: which
 * rows are read, the table and lists that come out (checked against the corpus's labels), the
 * CSV, the pace of requests, Cancel, and the stop on Gmail's sign-in page.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvHeader, type Verdict } from '../../src/core/index.js';
import type { SourceResult } from '../../src/content/gmail/source.js';
import { startGmailDigest, digestOpenAttribute } from '../../src/content/gmail/digest.js';
import { englishDigestWords } from '../../src/content/digest/words.js';
import { digestMessages, gmailListPage, permmsgidOf } from './gmail-list-page.js';
import { extensionReader } from './helpers.js';

/** The digest's classifier as the Gmail script has it: the background's, here in this process. */
const reader = extensionReader();

interface Label {
  file: string;
  kind: string;
  recipients: { address: string | null; accept: string[]; hard: boolean }[];
}
const labels: Label[] = JSON.parse(readFileSync('../shared/corpus/sisimai-dev/labels.json', 'utf8'));
const labelOf = (raw: string) => labels.find((l) => raw.endsWith(`/${l.file}`));
const rawById = new Map(digestMessages.map((m) => [permmsgidOf(m.hex), m.raw]));

function loadList() {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('https://mail.google.com/mail/u/0/#search/from%3Amailer-daemon');
  document.documentElement.innerHTML = gmailListPage().replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
}

let controller: AbortController;
beforeEach(() => {
  controller = new AbortController();
  loadList();
});
afterEach(() => controller.abort());

interface Fetched {
  at: number;
  id: string;
}

function start(fetchSource: (url: string, signal: AbortSignal) => Promise<SourceResult>, known?: (id: string) => Verdict | undefined) {
  return startGmailDigest({
    known,
    doc: document,
    signal: controller.signal,
    classify: (raw) => reader.classify(raw),
    words: async () => ({ words: englishDigestWords, locale: 'en' }),
    fetchSource,
    isShown: () => true,
    pace: { inFlight: 2, windows: [{ limit: 5, ms: 100 }, { limit: 12, ms: 400 }] },
    retryMs: 20,
    debounceMs: 5,
  });
}

const serveCorpus = (log: Fetched[], busyOnce = new Set<string>()) => async (url: string): Promise<SourceResult> => {
  const id = new URL(url).searchParams.get('permmsgid') ?? '';
  log.push({ at: performance.now(), id });
  if (busyOnce.delete(id)) return { error: 'busy', status: 503 };
  const raw = rawById.get(id);
  return raw ? { raw: readFileSync(raw, 'latin1') } : { error: 'failed', status: 404 };
};

const control = () => document.querySelector<HTMLElement>(`[${digestOpenAttribute}]`);
const panel = () => document.querySelector<HTMLElement>('[data-whybounce-digest]');
const rows = () =>
  Array.from(panel()?.shadowRoot?.querySelectorAll<HTMLElement>('[data-whybounce-row]') ?? []).map((r) => ({
    address: r.getAttribute('data-address')!,
    category: r.getAttribute('data-category')!,
    severity: r.getAttribute('data-severity')!,
    list: r.getAttribute('data-list')!,
  }));

async function waitFor(check: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('Gmail digest', () => {
  it('offers the digest for the notices on the page, reads only them, and sums them up as the labels say', async () => {
    const log: Fetched[] = [];
    const digest = start(serveCorpus(log, new Set([permmsgidOf(digestMessages[2]!.hex)])));
    await waitFor(() => control() !== null);
    const notices = digestMessages.filter((m) => !m.raw.includes('not-bounce'));
    expect(control()!.getAttribute('data-count')).toBe(String(notices.length));
    control()!.shadowRoot!.querySelector('button')!.click();
    await waitFor(() => panel() !== null);
    await digest.finished();
    expect(panel()!.getAttribute('data-state')).toBe('done');

    // Only notice rows were asked for; the busy one twice (one retry).
    const asked = new Set(log.map((f) => f.id));
    expect(asked).toEqual(new Set(notices.map((m) => permmsgidOf(m.hex))));
    expect(log).toHaveLength(notices.length + 1);

    // One row per failed address, each with a category the corpus accepts for it.
    const expected = new Map<string, Set<string>>();
    for (const m of notices) {
      for (const r of labelOf(m.raw)?.recipients ?? []) {
        if (!r.address) continue;
        const key = r.address.toLowerCase();
        expected.set(key, new Set([...(expected.get(key) ?? []), ...r.accept, ...(labelOf(m.raw)!.kind === 'complaint' ? ['complaint'] : [])]));
      }
    }
    const shown = rows();
    expect(new Set(shown.map((r) => r.address))).toEqual(new Set(expected.keys()));
    for (const r of shown) expect(expected.get(r.address), `${r.address}: ${r.category}`).toContain(r.category);

    // The complaint's address is on the remove list whatever else was said of it.
    const complaint = labelOf(notices.find((m) => m.raw.includes('arf-21'))!.raw)!.recipients[0]!.address!.toLowerCase();
    expect(shown.find((r) => r.address === complaint)?.list).toBe('remove');
    // A delay only keeps an address.
    const hardOnly = shown.filter((r) => r.severity === 'hard');
    for (const r of hardOnly) expect(r.list).toBe('remove');
  });

  it('keeps to the pace: never more than 2 at once, 5 per 100 ms, 12 per 400 ms', async () => {
    const log: Fetched[] = [];
    let active = 0;
    let most = 0;
    const starts: number[] = [];
    const serve = serveCorpus(log);
    const digest = start(async (url) => {
      // When the request starts, as the browser would send it.
      starts.push(performance.now());
      active++;
      most = Math.max(most, active);
      await new Promise((r) => setTimeout(r, 3));
      active--;
      return serve(url);
    });
    await waitFor(() => control() !== null);
    control()!.shadowRoot!.querySelector('button')!.click();
    await waitFor(() => panel() !== null);
    await digest.finished();
    expect(most).toBeLessThanOrEqual(2);
    expect(starts.length).toBe(log.length);
    for (const f of starts) {
      // A little slack for the two clocks' granularity.
      expect(starts.filter((g) => g >= f && g < f + 95).length).toBeLessThanOrEqual(5);
      expect(starts.filter((g) => g >= f && g < f + 390).length).toBeLessThanOrEqual(12);
    }
  });

  it('Cancel stops the requests and says so', async () => {
    const log: Fetched[] = [];
    const serve = serveCorpus(log);
    const digest = start(async (url, signal) => {
      await new Promise((r) => setTimeout(r, 20));
      signal.throwIfAborted();
      return serve(url);
    });
    await waitFor(() => control() !== null);
    control()!.shadowRoot!.querySelector('button')!.click();
    await waitFor(() => log.length >= 2);
    panel()!.shadowRoot!.querySelector<HTMLElement>('[data-whybounce-digest-cancel]')!.click();
    const asked = log.length;
    await digest.finished();
    await new Promise((r) => setTimeout(r, 200));
    expect(panel()!.getAttribute('data-state')).toBe('cancelled');
    expect(log.length).toBeLessThanOrEqual(asked + 1);
  });

  it("stops at Gmail's sign-in page and tells the user", async () => {
    let calls = 0;
    const digest = start(async () => {
      calls++;
      return { error: 'signin', status: 0 };
    });
    await waitFor(() => control() !== null);
    control()!.shadowRoot!.querySelector('button')!.click();
    await waitFor(() => panel() !== null);
    await digest.finished();
    expect(panel()!.getAttribute('data-state')).toBe('stopped');
    expect(panel()!.shadowRoot!.textContent).toContain(englishDigestWords.digestSignin);
    expect(calls).toBeLessThanOrEqual(2);
  });

  it('the CSV has the CLI columns and a row per failed recipient', async () => {
    const log: Fetched[] = [];
    let csv = '';
    const digest = start(serveCorpus(log));
    await waitFor(() => control() !== null);
    control()!.shadowRoot!.querySelector('button')!.click();
    await digest.finished();
    const root = panel()!.shadowRoot!;
    // Download builds a blob: capture it.
    const created: Blob[] = [];
    const url = document.defaultView!.URL;
    const original = url.createObjectURL;
    url.createObjectURL = ((b: Blob) => {
      created.push(b);
      return 'blob:test';
    }) as typeof URL.createObjectURL;
    try {
      Array.from(root.querySelectorAll('button')).find((b) => b.textContent === englishDigestWords.digestDownloadCsv)!.click();
    } finally {
      url.createObjectURL = original;
    }
    csv = await created[0]!.text();
    expect(csv.startsWith(csvHeader)).toBe(true);
    expect(csv).toContain('https://mail.google.com/mail/u/0/#all/');
    expect(csv.split('\r\n').length).toBeGreaterThan(20);
  });

  it('reuses the verdict a banner already read from a source, without asking Gmail again', async () => {
    const log: Fetched[] = [];
    const first = digestMessages[0]!;
    const known = await reader.classify(readFileSync(first.raw, 'latin1'));
    const digest = start(serveCorpus(log), (id) => (id === permmsgidOf(first.hex) ? known : undefined));
    await waitFor(() => control() !== null);
    control()!.shadowRoot!.querySelector('button')!.click();
    await waitFor(() => panel() !== null);
    await digest.finished();
    expect(log.map((f) => f.id)).not.toContain(permmsgidOf(first.hex));
    expect(rows().map((r) => r.address)).toContain(known.recipients[0]!.address.toLowerCase());
  });

  it('shows no control on a page without notices, nor on a hidden list', async () => {
    document.querySelectorAll('tr.zA').forEach((r) => {
      if (!/mailer-daemon|postmaster|mail delivery|abuse report|undeliver|delivery status/i.test(r.textContent ?? '')) return;
      r.remove();
    });
    const d = startGmailDigest({
      doc: document, signal: controller.signal, classify: (raw) => reader.classify(raw),
      words: async () => ({ words: englishDigestWords, locale: 'en' }), isShown: () => false, debounceMs: 5,
    });
    d.scanNow();
    await new Promise((r) => setTimeout(r, 50));
    expect(control()).toBeNull();
  });
});

/**
 * The bounce digest in both browsers: a Gmail search view of 30 rows built from real messages
 * (bounces of many categories, delays, a complaint, ordinary mail), each notice's "Show original"
 * served by the harness. Checks the rows and their categories against the corpus's labels, the
 * remove list, the CSV, the pace of the requests to Gmail, Cancel, that no other origin is
 * contacted, and the popup's digest of an .mbox file.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvHeader } from '../../src/core/csv.js';
import { digestMessages, gmailListPage, permmsgidOf } from '../content/gmail-list-page.js';
import { e2eBrowsers, launch, type E2EBrowser, type E2EPage } from './browser.js';
import { addGmailPage } from './webmail-server.js';

interface Label {
  file: string;
  kind: string;
  recipients: { address: string | null; accept: string[] }[];
}
const labels: Label[] = JSON.parse(readFileSync('../shared/corpus/sisimai-dev/labels.json', 'utf8'));
const labelOf = (raw: string) => labels.find((l) => raw.endsWith(`/${l.file}`));
const notices = digestMessages.filter((m) => !m.raw.includes('not-bounce'));
const search = '#search/from%3Amailer-daemon';

/** Every failed address the labels give for the notices, with the categories accepted for it. */
const expected = new Map<string, Set<string>>();
for (const m of notices) {
  const label = labelOf(m.raw)!;
  for (const r of label.recipients) {
    if (!r.address) continue;
    const key = r.address.toLowerCase();
    expected.set(key, new Set([...(expected.get(key) ?? []), ...r.accept, ...(label.kind === 'complaint' ? ['complaint'] : [])]));
  }
}

addGmailPage('digest-search.html', gmailListPage(), Object.fromEntries(digestMessages.map((m) => [permmsgidOf(m.hex), m.raw])));

interface Row {
  address: string;
  category: string;
  severity: string;
  list: string;
}
const rowsOf = (page: E2EPage): Promise<Row[]> =>
  page.evaluate(() =>
    Array.from(document.querySelector('[data-whybounce-digest]')?.shadowRoot?.querySelectorAll('[data-whybounce-row]') ?? []).map((r) => ({
      address: r.getAttribute('data-address') ?? '',
      category: r.getAttribute('data-category') ?? '',
      severity: r.getAttribute('data-severity') ?? '',
      list: r.getAttribute('data-list') ?? '',
    })),
  );

const stateOf = (page: E2EPage) => page.attr('[data-whybounce-digest]', 'data-state');

afterAll(() => {
  if (process.env['WHYBOUNCE_UPDATE_SCREENSHOTS'] === '1') {
    mkdirSync('test/e2e/screenshots', { recursive: true });
    copyFileSync('test-results/e2e/chromium/gmail-digest.png', 'test/e2e/screenshots/gmail-digest.png');
  }
});

for (const name of e2eBrowsers) {
  describe(`digest (${name})`, () => {
    let b: E2EBrowser;
    beforeAll(async () => {
      b = await launch(name);
    });
    afterAll(() => b?.close());

    it('explains the notices of a Gmail search: rows, categories, remove list, CSV, pace, no other origin', async () => {
      const page = await b.openWebmail('gmail', 'digest-search.html', search);
      const before = b.originals.length;
      await page.waitFor((n) => document.querySelector('[data-whybounce-digest-open]')?.getAttribute('data-count') === String(n), notices.length);
      // Nothing is read before the user asks.
      await page.wait(300);
      expect(b.originals.length).toBe(before);
      await page.click('[data-whybounce-digest-open] >>> button');
      await page.waitFor(() => document.querySelector('[data-whybounce-digest]')?.getAttribute('data-state') === 'done', undefined, { timeout: 60_000 });

      // Each notice's newest message was asked for once; ordinary rows never.
      const asked = b.originals.slice(before).map((u) => new URL(u).searchParams.get('permmsgid'));
      expect(new Set(asked)).toEqual(new Set(notices.map((m) => permmsgidOf(m.hex))));
      expect(asked).toHaveLength(notices.length);
      const times = b.originalTimes.slice(before);
      for (const t of times) {
        expect(times.filter((u) => u >= t && u < t + 1000).length, 'at most 5 a second').toBeLessThanOrEqual(5);
        expect(times.filter((u) => u >= t && u < t + 10_000).length, 'at most 50 in 10 s').toBeLessThanOrEqual(50);
      }

      const rows = await rowsOf(page);
      expect(new Set(rows.map((r) => r.address))).toEqual(new Set(expected.keys()));
      for (const r of rows) expect(expected.get(r.address), `${r.address}: ${r.category}`).toContain(r.category);
      const remove = rows.filter((r) => r.list === 'remove').map((r) => r.address).sort();
      expect(remove.length).toBeGreaterThan(3);
      for (const r of rows) if (r.severity === 'hard' || r.category === 'complaint') expect(r.list).toBe('remove');

      // The CSV: the CLI's columns, a record per failed recipient, links to the notices.
      await page.click('[data-whybounce-digest] >>> button', { name: /csv/i });
      const csv = await page.evaluate(async () => {
        const a = document.querySelector('[data-whybounce-digest]')?.shadowRoot?.querySelector<HTMLAnchorElement>('[data-whybounce-csv]');
        return a ? (await fetch(a.href)).text() : '';
      });
      expect(csv.startsWith(csvHeader)).toBe(true);
      for (const address of remove) expect(csv.toLowerCase()).toContain(address);
      expect(csv).toContain('https://mail.google.com/mail/u/0/#all/');

      // Copy: the clipboard, or (where the browser refuses it) the list shown to copy by hand.
      await page.click('[data-whybounce-digest] >>> button', { name: /copy/i });
      await page.waitFor(() => (document.querySelector('[data-whybounce-digest]')?.shadowRoot?.querySelector('.wb-copied')?.textContent ?? '') !== '');
      const manual = await page.evaluate(() => {
        const t = document.querySelector('[data-whybounce-digest]')?.shadowRoot?.querySelector<HTMLTextAreaElement>('.wb-manual');
        return t && !t.hidden ? t.value : null;
      });
      if (manual !== null) expect(manual.trim().split('\n').sort()).toEqual(remove);
      else expect(await page.text('[data-whybounce-digest] >>> .wb-copied')).toContain(String(remove.length));

      // Filters: only the addresses to remove.
      await page.click('[data-whybounce-digest] >>> #wb-remove-only');
      expect((await rowsOf(page)).every((r) => r.list === 'remove')).toBe(true);
      await page.click('[data-whybounce-digest] >>> #wb-remove-only');

      await page.screenshot(b.shot('gmail-digest.png'));
      expect(b.foreign).toEqual([]);
      expect(b.proxied).toEqual([]);
      await page.close();
    });

    it('Cancel stops the requests', async () => {
      const page = await b.openWebmail('gmail', 'digest-search.html', search);
      const before = b.originals.length;
      await page.click('[data-whybounce-digest-open] >>> button');
      await page.waitFor(() => document.querySelector('[data-whybounce-digest]')?.getAttribute('data-state') === 'running');
      await page.click('[data-whybounce-digest] >>> [data-whybounce-digest-cancel]');
      expect(await stateOf(page)).toBe('cancelled');
      const atCancel = b.originals.length;
      await page.wait(1500);
      // A request already on its way may still be answered; no new one starts.
      expect(b.originals.length - atCancel).toBeLessThanOrEqual(2);
      expect(b.originals.length - before).toBeLessThan(notices.length);
      await page.close();
    });

    it('the digest page reads a 50 MB mbox without freezing, with progress', { timeout: 300_000 }, async () => {
      // The file is made in the page (a driver takes many seconds to hand over 50 MB): the
      // notices' text, repeated.
      const notices50 = notices.map((m) => readFileSync(m.raw, 'latin1'));
      const page = await b.openExtensionPage('src/digest/index.html', { width: 1280, height: 900 });
      await page.waitFor(() => document.querySelector('input[type="file"]') !== null);
      // DIGEST_MB=5 makes a smaller file, for a quick run while working on the digest.
      if (process.env['DIGEST_MB']) await page.evaluate((mb) => ((globalThis as { __mb?: number }).__mb = mb), Number(process.env['DIGEST_MB']));
      const result = await page.evaluate(async (texts: string[]) => {
        const one = texts.map((t) => `From MAILER-DAEMON Tue Nov  3 09:14:02 2026\n${t}\n`).join('');
        const bytes = new TextEncoder().encode(one);
        const copies = Math.ceil(((Number((globalThis as { __mb?: number }).__mb) || 50) * 1024 * 1024) / bytes.length);
        const parts = Array.from({ length: copies }, () => bytes) as BlobPart[];
        const file = new File(parts, 'export.mbox');
        // The page's main thread: the longest gap between two turns of a loop of messages to
        // itself (not timers, which a tab that is not in front gets late on purpose).
        let last = performance.now();
        let longest = 0;
        let turns = 0;
        let ticking = true;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const now = performance.now();
          longest = Math.max(longest, now - last);
          last = now;
          turns++;
          if (ticking) channel.port2.postMessage(null);
        };
        channel.port2.postMessage(null);
        const progress: string[] = [];
        const dt = new DataTransfer();
        dt.items.add(file);
        const started = performance.now();
        window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
        for (;;) {
          await new Promise((r) => setTimeout(r, 250));
          if (performance.now() - started < 250) continue;
          const host = document.querySelector('[data-whybounce-digest]');
          progress.push(host?.shadowRoot?.querySelector('.wb-progress-text')?.textContent ?? '');
          if (host?.getAttribute('data-state') === 'done') break;
          if (performance.now() - started > 280_000) break;
        }
        ticking = false;
        channel.port1.close();
        return { size: file.size, messages: copies * texts.length, seconds: (performance.now() - started) / 1000, longest, turns, progress: [...new Set(progress)].length, state: document.querySelector('[data-whybounce-digest]')?.getAttribute('data-state') };
      }, notices50);
      // The figures, for the record (timing is the benchmarks' business, not this test's).
      // eslint-disable-next-line no-console
      console.log(`digest page, ${name}: ${(result.size / 1048576).toFixed(1)} MB, ${result.messages} messages in ${result.seconds.toFixed(1)} s, ${result.turns} turns of the page's own loop, longest gap ${result.longest.toFixed(0)} ms`);
      expect(result.state).toBe('done');
      expect(result.size).toBeGreaterThanOrEqual((Number(process.env['DIGEST_MB']) || 50) * 1024 * 1024);
      // Progress moved on screen while it read.
      expect(result.progress).toBeGreaterThan(2);
      // It never held the page: the page's own loop kept getting turns between slices of work
      // (one read in a single task would leave it a handful).
      expect(result.turns).toBeGreaterThan(50);
      expect(await rowsOf(page)).not.toHaveLength(0);
      await page.close();
    });

    it('the popup sums up an .mbox export', async () => {
      mkdirSync('test-results/e2e', { recursive: true });
      const mbox = 'test-results/e2e/bounces.mbox';
      writeFileSync(mbox, Buffer.concat(notices.flatMap((m) => [Buffer.from('From MAILER-DAEMON Tue Nov  3 09:14:02 2026\n'), readFileSync(m.raw), Buffer.from('\n')])));
      const popup = await b.openExtensionPage('popup/index.html', { width: 440, height: 760 });
      await popup.setFile('[data-testid="file"]', mbox);
      await popup.waitFor(() => document.querySelector('[data-whybounce-digest]')?.getAttribute('data-state') === 'done', undefined, { timeout: 60_000 });
      const rows = await rowsOf(popup);
      expect(new Set(rows.map((r) => r.address))).toEqual(new Set(expected.keys()));
      await popup.screenshot(b.shot('popup-digest.png'), { fullPage: true });
      await popup.close();
    });
  });
}

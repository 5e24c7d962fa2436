/**
 * The built extension in real Chromium (dist/chrome) and Firefox ESR (dist/firefox), every case
 * in both, on saved Gmail and Outlook pages served at their real origins (see browser.ts): banners
 * of the right category on real corpus bounces, one per message through SPA navigation, none on
 * ordinary mail, no request to any other origin, the popup explaining a pasted bounce and a file,
 * hide and unhide, the options' language, the site access Firefox lets a user withhold, and the
 * runtime budgets (banner latency, long tasks) per browser, written to
 * test-results/e2e-metrics.json with the id of the build they were measured on
 * (dist/ext-build.json), which scripts/budgets-ext.mjs checks. Screenshots go to
 * test-results/e2e/<browser>/.
 *
 * The timing budgets run on a two-core CI machine that is busy with the browser itself, so each is
 * measured so that one unlucky scheduling does not decide it: the banner latency is the median of
 * several first views, and the long-task check on the 200-message thread gets up to two retries.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { e2eBrowsers, launch, type E2EBrowser, type E2EPage } from './browser.js';
import { gmailIndex, gmailOrigin, gmailThreadHash, outlookIndex, outlookMessagePath, outlookOrigins } from './webmail-server.js';

const metrics: Record<string, unknown> = {};

beforeAll(() => {
  // The numbers belong to this build: the budgets script rejects them for any other.
  metrics['build'] = JSON.parse(readFileSync('dist/ext-build.json', 'utf8'));
  metrics['measuredAt'] = new Date().toISOString();
});

afterAll(() => {
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/e2e-metrics.json', `${JSON.stringify(metrics, null, 2)}\n`);
  // The README shows these (Chromium's); refresh them with WHYBOUNCE_UPDATE_SCREENSHOTS=1 npm run test:e2e.
  if (process.env['WHYBOUNCE_UPDATE_SCREENSHOTS'] === '1') {
    mkdirSync('test/e2e/screenshots', { recursive: true });
    for (const name of ['gmail-bounce-under-original.png', 'banner.png', 'popup.png', 'outlook-ndr.png']) {
      copyFileSync(`test-results/e2e/chromium/${name}`, `test/e2e/screenshots/${name}`);
    }
  }
});

interface Banner {
  key: string | null;
  kind: string | null;
  category: string | null;
  severity: string | null;
  source: string | null;
}

const banners = (page: E2EPage): Promise<Banner[]> =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-whybounce-host]')).map((h) => ({
      key: h.getAttribute('data-whybounce-host'),
      kind: h.getAttribute('data-whybounce-kind'),
      category: h.getAttribute('data-whybounce-category'),
      severity: h.getAttribute('data-whybounce-severity'),
      source: h.getAttribute('data-whybounce-source'),
    })),
  );

/** Waits until the page shows `count` banners, all read from `source`. */
async function waitForBanners(page: E2EPage, count: number, source: 'message' | 'text') {
  await page.waitFor(
    ([n, s]) => {
      const hosts = Array.from(document.querySelectorAll('[data-whybounce-host]'));
      return hosts.length === n && hosts.every((h) => h.getAttribute('data-whybounce-source') === s);
    },
    [count, source] as const,
  );
}

const navigate = (page: E2EPage, where: string) => page.evaluate((w) => (window as unknown as { __wbNavigate(h: string): void }).__wbNavigate(w), where);

/** Lets the content script finish whatever a view started (debounce, fetches, classification). */
const quiet = (page: E2EPage, ms = 600) => page.wait(ms);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
}

for (const browserName of e2eBrowsers) {
  describe(browserName, () => {
    let b: E2EBrowser;
    const measured: Record<string, unknown> = {};
    metrics[browserName] = measured;

    beforeAll(async () => {
      b = await launch(browserName);
    });
    afterAll(async () => {
      await b?.close();
    });

    describe('Gmail', () => {
      it('explains every open bounce of a thread from its original source, with the right category', async () => {
        const name = 'thread-several-bounces.html';
        const page = await b.openWebmail('gmail', name);
        const expected = gmailIndex[name]!.messages.filter((m) => m.bounce && !m.collapsed);
        await waitForBanners(page, expected.length, 'message');
        const shown = await banners(page);
        for (const m of expected) {
          const banner = shown.find((x) => x.key === `gmail:${m.permmsgid}`);
          expect(banner, m.raw).toBeDefined();
          expect(banner!.kind).toBe('bounce');
          expect(m.accept, `${m.raw} shown as ${banner!.category}`).toContain(banner!.category);
        }
        // The sources came from Gmail's own "Show original", with the page's ik key.
        for (const m of expected) expect(b.originals).toContain(`${gmailOrigin}/mail/u/0/?ik=9a3ca749ae&view=om&permmsgid=${m.permmsgid}`);
        await page.screenshot(b.shot('gmail-thread-several-bounces.png'));
        await page.close();
      });

      it('shows the banner above a bounce threaded under its original, with expandable technical details', async () => {
        const page = await b.openWebmail('gmail', 'thread-bounce-under-original.html');
        await waitForBanners(page, 1, 'message');
        const [banner] = await banners(page);
        expect(banner!.category).toBe('bad-mailbox');
        expect(banner!.severity).toBe('hard');
        // The host sits right before the body of the bounce, not of the original.
        expect(
          await page.evaluate(() => {
            const h = document.querySelector('[data-whybounce-host]')!;
            return h.nextElementSibling?.classList.contains('a3s') && h.closest('[data-message-id]')?.getAttribute('data-message-id');
          }),
        ).toBe(`#${gmailIndex['thread-bounce-under-original.html']!.messages.find((m) => m.bounce)!.permmsgid}`);
        await page.click('[data-whybounce-host] >>> summary');
        await page.waitFor(() => (document.querySelector('[data-whybounce-host]')!.shadowRoot!.querySelector('details') as HTMLDetailsElement).open);
        expect(await page.text('[data-whybounce-host] >>> .wb-diag')).toContain('550');
        await page.screenshot(b.shot('gmail-bounce-under-original.png'), { fullPage: true });
        await page.screenshot(b.shot('banner.png'), { selector: '[data-whybounce-host]' });
        await page.close();
      });

      it('never duplicates a banner across SPA navigation and re-renders, and shows it within 300 ms (median)', async () => {
        const latencies: number[] = [];
        const pages = ['thread-bounce-under-original.html', 'thread-several-bounces.html', 'hostile-diagnostic.html'];
        // The first pass checks idempotency through three visits of each thread; the second only
        // takes more latency samples (each one a fresh page: nothing cached).
        for (const [pass, rounds] of [[0, 3], [1, 1]] as const) {
          for (const name of pages) {
            const expected = gmailIndex[name]!.messages.filter((m) => m.bounce && !m.collapsed).length;
            const page = await b.openWebmail('gmail', name, '#inbox');
            await quiet(page, 400);
            expect(await banners(page)).toHaveLength(0);
            for (let round = 0; round < rounds; round++) {
              await navigate(page, gmailThreadHash);
              await page.waitFor(() => (window as unknown as { __wb: { bannerAt: number } }).__wb.bannerAt > 0, undefined, { timeout: 10_000 });
              if (round === 0) {
                // First view of this thread: nothing cached, the content script does all the work.
                latencies.push(
                  await page.evaluate(() => {
                    const wb = (window as unknown as { __wb: { bannerAt: number; bodiesAt: number } }).__wb;
                    return wb.bannerAt - wb.bodiesAt;
                  }),
                );
              }
              await waitForBanners(page, expected, 'message');
              await quiet(page, 300);
              expect(await banners(page), `${name}, pass ${pass}`).toHaveLength(expected);
              await navigate(page, '#inbox');
              await quiet(page, 200);
              expect(await banners(page)).toHaveLength(0);
            }
            await page.close();
          }
        }
        measured['bannerLatencySamplesMs'] = latencies;
        measured['bannerLatencyMs'] = median(latencies);
        measured['bannerLatencyMaxMs'] = Math.max(...latencies);
        expect(median(latencies), `samples ${latencies.map((n) => n.toFixed(0)).join(', ')} ms`).toBeLessThanOrEqual(300);
      });

      it('marks no ordinary message, even one from a postmaster', async () => {
        const name = 'ordinary-thread.html';
        const page = await b.openWebmail('gmail', name);
        const postmaster = gmailIndex[name]!.messages[0]!;
        // The postmaster's message looks like it could be a notice: its source is read, and cleared.
        await expect.poll(() => b.originals.some((u) => u.endsWith(postmaster.permmsgid!)), { timeout: 10_000 }).toBe(true);
        await quiet(page);
        expect(await banners(page)).toHaveLength(0);
        await page.screenshot(b.shot('gmail-ordinary.png'));
        await page.close();
      });

      it('shows markup, script and bidi overrides in a diagnostic as inert text', async () => {
        const page = await b.openWebmail('gmail', 'hostile-diagnostic.html');
        await waitForBanners(page, 1, 'message');
        await page.click('[data-whybounce-host] >>> summary');
        const inside = await page.evaluate(() => {
          const h = document.querySelector('[data-whybounce-host]')!;
          return {
            elements: h.shadowRoot!.querySelectorAll('img, script, iframe, object, embed').length,
            diag: h.shadowRoot!.querySelector('.wb-diag')?.textContent ?? '',
            xss: (window as unknown as { __whybounceXss?: number }).__whybounceXss,
          };
        });
        expect(inside.elements).toBe(0);
        expect(inside.xss).toBeUndefined();
        expect(inside.diag).toContain('<img src=x onerror=');
        expect(inside.diag).toContain('⟨U+202E⟩');
        await page.screenshot(b.shot('banner-hostile.png'), { selector: '[data-whybounce-host]' });
        await page.close();
      });

      it('keeps a dismissed banner hidden after a reload, until the options page brings it back', async () => {
        const page = await b.openWebmail('gmail', 'thread-bounce-under-original.html');
        await waitForBanners(page, 1, 'message');
        await page.click('[data-whybounce-host] >>> .wb-dismiss');
        await expect.poll(async () => (await banners(page)).length).toBe(0);
        await page.reload();
        await quiet(page, 1000);
        expect(await banners(page)).toHaveLength(0);
        // The options page brings hidden banners back.
        const options = await b.openExtensionPage('src/options/index.html');
        await options.click('[data-testid="restore"]:not([disabled])');
        // Closing the page before the storage write lands would lose it.
        await options.waitFor(() => document.querySelector('[data-testid="restore"]:not([disabled])') === null);
        await options.close();
        await page.reload();
        await waitForBanners(page, 1, 'message');
        await page.close();
      });

      it('speaks the language chosen in the options', async () => {
        const options = await b.openExtensionPage('src/options/index.html');
        await options.select('[data-testid="language"]', 'it');
        await options.screenshot(b.shot('options.png'));
        const page = await b.openWebmail('gmail', 'thread-bounce-under-original.html');
        await waitForBanners(page, 1, 'message');
        expect(await page.text('[data-whybounce-host] >>> .wb-dismiss')).toBe('Nascondi');
        expect(await page.attr('[data-whybounce-host] >>> .wb-card', 'lang')).toBe('it');
        await page.screenshot(b.shot('banner-it.png'), { selector: '[data-whybounce-host]' });
        await options.select('[data-testid="language"]', 'auto');
        await options.close();
        await page.close();
      });

      it('runs no long task on a 200-message thread', async () => {
        const name = 'thread-200-messages.html';
        const expected = gmailIndex[name]!.messages.filter((m) => m.bounce).length;
        const measure = async () => {
          const page = await b.openWebmail('gmail', name, '#inbox');
          await quiet(page, 400);
          // The driver's own page script (Playwright's is 330 KB: 25 ms of CPU to parse and run in
          // Chromium's trace) goes in with its first wait, which is otherwise the wait for the
          // banners below, inside the measured window: put it in before the thread opens.
          await page.waitFor(() => true);
          // An 80 ms task of our own, before the thread opens: proof that the observer sees long tasks.
          await page.evaluate(() => {
            const start = performance.now();
            while (performance.now() - start < 80) {
              // busy
            }
          });
          await quiet(page, 100);
          await navigate(page, gmailThreadHash);
          await waitForBanners(page, expected, 'message');
          await quiet(page, 800);
          // Ten notice formats (Postfix, Exim, Gmail, qmail, Sendmail, Yahoo, Exchange, Office 365,
          // Orange): each banner of an accepted category.
          const shown = await banners(page);
          for (const m of gmailIndex[name]!.messages.filter((x) => x.bounce)) {
            const banner = shown.find((x) => x.key === `gmail:${m.permmsgid}`);
            expect(m.accept, `${m.raw} shown as ${banner?.category}`).toContain(banner?.category);
          }
          const result = await page.evaluate(() => {
            const w = window as unknown as {
              __wb: { bodiesAt: number; paintedAt: number };
              __wbProbe: boolean;
              __wbLongTasks: { start: number; duration: number }[];
              __wbFrames: { start: number; duration: number; scripts: { url: string; duration: number }[] }[];
            };
            // Long tasks count from the end of the page's own first rendering of the thread
            // (webmail-server.ts's paintedAt): the frame that paints 200 message bodies is the
            // page's work, not the extension's, and takes 20 ms of CPU in Chromium's trace, well
            // over 50 ms of wall time on a loaded machine. The extension's scripts are held to the
            // budget wherever they run (Long Animation Frames, below).
            const from = w.__wb.paintedAt;
            const after = w.__wbLongTasks.filter((t) => t.start >= from);
            const ours = w.__wbFrames.flatMap((f) => f.scripts).filter((s) => /^(chrome|moz)-extension:/.test(s.url));
            return {
              // Before the thread opened: the busy task above, and the page's own rendering.
              pageLongTasks: w.__wbLongTasks.filter((t) => t.start < w.__wb.bodiesAt).map((t) => t.duration),
              // The page's own first rendering of the thread.
              pageRenderLongTasks: w.__wbLongTasks.filter((t) => t.start >= w.__wb.bodiesAt && t.start < from).map((t) => t.duration),
              longTasks: after.map((t) => t.duration),
              longestExtensionScript: Math.max(0, ...ours.map((s) => s.duration)),
            };
          });
          await page.close();
          expect(result.pageLongTasks.length, 'the long-task observer saw nothing at all').toBeGreaterThan(0);
          return result;
        };
        // Held to the budget where the browser measures tasks (Chromium's Long Tasks API). Firefox
        // has no such API: its timer probe's gaps include the browser's own rendering and garbage
        // collection, so they are recorded (and printed by the budgets script), not asserted.
        const probe = b.name === 'firefox';
        const over = (r: { longTasks: number[] }) => (probe ? [] : r.longTasks.filter((d) => d > 50));
        // Up to two retries: the shared two-core CI machine runs at a load of 10 to 15, where a
        // task of 10 ms of CPU (the longest after the page's own rendering, in Chromium's trace)
        // can take over 50 ms to finish; a regression shows in every attempt (before the banners
        // were content-visibility: auto, 10 of 10 measurements were over at that load).
        const attempts = [await measure()];
        while (attempts.length < 3 && over(attempts.at(-1)!).length > 0) attempts.push(await measure());
        const result = attempts.at(-1)!;
        measured['longTaskAttempts'] = attempts.map((a) => ({ longTasksMs: a.longTasks, longestExtensionScriptMs: a.longestExtensionScript }));
        measured['pageOwnLongTasksMs'] = result.pageLongTasks;
        measured['pageRenderLongTasksMs'] = result.pageRenderLongTasks;
        measured['longTasks'] = result.longTasks.length;
        measured['longTaskDurationsMs'] = result.longTasks;
        measured['longestTaskMs'] = Math.max(0, ...result.longTasks);
        measured['longestExtensionScriptMs'] = result.longestExtensionScript;
        expect(result.longestExtensionScript, JSON.stringify(attempts)).toBeLessThanOrEqual(50);
        expect(over(result), JSON.stringify(attempts)).toEqual([]);
      });
    });

    describe('Outlook on the web', () => {
      const openOutlook = (name: string, where?: string) => b.openWebmail('outlook', name, where);

      it('explains an Undeliverable NDR in the reading pane from its rendered text', async () => {
        const page = await openOutlook('ndr-reading-pane.html');
        await waitForBanners(page, 1, 'text');
        const [banner] = await banners(page);
        expect(outlookIndex['ndr-reading-pane.html']!.messages[0]!.accept).toContain(banner!.category);
        expect(await page.evaluate(() => document.querySelector('[data-whybounce-host]')!.nextElementSibling?.getAttribute('role'))).toBe('document');
        await page.screenshot(b.shot('outlook-ndr.png'));
        await page.close();
      });

      it("explains it at Microsoft 365's new address too (outlook.cloud.microsoft)", async () => {
        const page = await openOutlook('ndr-reading-pane.html', `https://outlook.cloud.microsoft${outlookMessagePath}`);
        await waitForBanners(page, 1, 'text');
        const [banner] = await banners(page);
        expect(outlookIndex['ndr-reading-pane.html']!.messages[0]!.accept).toContain(banner!.category);
        expect(await page.evaluate(() => location.origin)).toBe('https://outlook.cloud.microsoft');
        await page.close();
      });

      it('marks the NDRs of a conversation once each through navigation, and not the original', async () => {
        const page = await openOutlook('conversation.html');
        // Every NDR of the saved conversation, however long the background takes on a busy machine
        // (this case is about navigation; the latency budget is measured on Gmail above).
        const ndrs = outlookIndex['conversation.html']!.messages.filter((m) => m.bounce).length;
        expect(ndrs).toBeGreaterThanOrEqual(2);
        await waitForBanners(page, ndrs, 'text');
        await quiet(page, 300);
        const first = await banners(page);
        expect(first).toHaveLength(ndrs);
        for (let round = 0; round < 2; round++) {
          await navigate(page, '/mail/inbox');
          await quiet(page, 200);
          expect(await banners(page)).toHaveLength(0);
          await navigate(page, outlookMessagePath);
          await waitForBanners(page, first.length, 'text');
          await quiet(page, 300);
          expect(await banners(page)).toHaveLength(first.length);
        }
        await page.screenshot(b.shot('outlook-conversation.png'));
        await page.close();
      });

      it('marks no ordinary message', async () => {
        const page = await openOutlook('ordinary.html');
        await quiet(page, 1000);
        expect(await banners(page)).toHaveLength(0);
        await page.close();
      });
    });

    describe('popup', () => {
      it('explains a pasted bounce at once, and an .eml file', async () => {
        const page = await b.openExtensionPage('popup/index.html', { width: 440, height: 760 });
        await page.fill('[data-testid="paste"]', readFileSync('../shared/corpus/sisimai-dev/text/lhost-postfix-13.txt', 'utf8'));
        const card = '[data-testid="explanation"]';
        await expect.poll(() => page.attr(card, 'data-whybounce-kind'), { timeout: 5_000 }).toBe('bounce');
        expect(await page.attr(card, 'data-whybounce-category')).toBe('bad-mailbox');
        expect(await page.texts(`${card} >>> .wb-addr`)).toEqual(['kijitora@example.jp', 'noraneko@example.jp']);
        await page.screenshot(b.shot('popup.png'), { fullPage: true });

        await page.click('button', { name: /clear/i });
        await expect.poll(() => page.count(card)).toBe(0);
        await page.setFile('[data-testid="file"]', '../shared/corpus/sisimai-dev/eml/lhost-gmail-08.eml');
        await expect.poll(() => page.attr(card, 'data-whybounce-category'), { timeout: 5_000 }).toBe('message-expired');
        await page.close();
      });

      it('shows a pasted forged bounce with markup, script, CSS and bidi overrides as inert text', async () => {
        const page = await b.openExtensionPage('popup/index.html');
        const words =
          '550 5.1.1 User unknown <img src=https://evil.example/pixel onerror="window.__whybounceXss=1">' +
          '<script>window.__whybounceXss=2</script></style><style>*{display:none}</style> \u202emoc.elpmaxe@live';
        await page.fill(
          '[data-testid="paste"]',
          `From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\nSubject: Undelivered Mail Returned to Sender\n\n` +
            `This is the mail system at host mx.example.org.\n\nI'm sorry to have to inform you that your message could not be delivered.\n\n` +
            `<user@example.net>: host mx.example.net said: ${words}\n`,
        );
        const card = '[data-testid="explanation"]';
        await expect.poll(() => page.attr(card, 'data-whybounce-kind'), { timeout: 5_000 }).toBe('bounce');
        await page.click(`${card} >>> summary`);
        const inside = await page.evaluate(() => {
          const h = document.querySelector('[data-testid="explanation"]')!;
          return {
            elements: h.shadowRoot!.querySelectorAll('img, script, iframe, object, embed, svg').length,
            styles: h.shadowRoot!.querySelectorAll('style').length,
            text: h.shadowRoot!.textContent ?? '',
            xss: (window as unknown as { __whybounceXss?: number }).__whybounceXss,
          };
        });
        expect(inside.elements).toBe(0);
        expect(inside.styles).toBeLessThanOrEqual(1);
        expect(inside.xss).toBeUndefined();
        expect(inside.text).toContain('<img src=https://evil.example/pixel');
        expect(inside.text).toContain('<script>window.__whybounceXss=2</script>');
        expect(inside.text).toContain('⟨U+202E⟩');
        // The pixel was never requested: the network check below sees every request of the run.
        await page.close();
      });
    });

    describe('site access', () => {
      const gmailMatch = 'https://mail.google.com/*';
      const permissions = (page: E2EPage, op: 'contains' | 'remove', origin: string) =>
        page.evaluate(
          async ([o, which]) => {
            type Api = { permissions: Record<'contains' | 'remove', (p: { origins: string[] }) => Promise<boolean>> };
            const g = globalThis as unknown as { browser?: Api; chrome?: Api };
            const api = (g.browser ?? g.chrome)!;
            try {
              return { ok: await api.permissions[which]({ origins: [o] }) };
            } catch (e) {
              return { error: String(e) };
            }
          },
          [origin, op] as const,
        );

      it('says nothing while the webmails can be read; when access is withheld, says so and asks for it on a click', async () => {
        const popup = await b.openExtensionPage('popup/index.html', { width: 440, height: 760 });
        await popup.waitFor(() => document.querySelector('[data-testid="paste"]') !== null);
        await popup.wait(300);
        expect(await permissions(popup, 'contains', gmailMatch)).toEqual({ ok: true });
        expect(await popup.count('[data-testid="site-access"]')).toBe(0);

        // What a Firefox user does in the add-on's permissions (or the address bar's site menu).
        const removed = await permissions(popup, 'remove', gmailMatch);
        if (browserName === 'chromium') {
          // Chrome keeps a content script's origins as required permissions: only its own
          // extensions page can withhold them, and the popup's check is the same either way.
          expect(removed.error ?? '').toMatch(/required/i);
          await popup.close();
          return;
        }
        expect(removed).toEqual({ ok: true });
        await popup.waitFor(() => document.querySelector('[data-testid="site-access"]') !== null);
        expect(await popup.text('[data-testid="site-access"]')).toMatch(/cannot read your mail on Gmail/);
        expect(await popup.text('[data-testid="site-access"]')).not.toMatch(/Outlook/);
        await popup.screenshot(b.shot('popup-site-access.png'));
        const options = await b.openExtensionPage('src/options/index.html');
        await options.waitFor(() => document.querySelector('[data-testid="site-access"]') !== null);
        await options.close();

        // Without access the content script does not run: no banner on a bounce.
        const page = await b.openWebmail('gmail', 'thread-bounce-under-original.html');
        await quiet(page, 1500);
        expect(await banners(page)).toHaveLength(0);

        // The button asks for it (the test profile answers yes, as the user would).
        await popup.click('[data-testid="grant-access"]');
        await popup.waitFor(() => document.querySelector('[data-testid="site-access"]') === null);
        expect(await permissions(popup, 'contains', gmailMatch)).toEqual({ ok: true });
        await popup.close();
        await page.reload();
        await waitForBanners(page, 1, 'message');
        await page.close();
      });
    });

    describe('network', () => {
      it('made no request to any origin but the webmails and the extension itself', () => {
        expect(b.foreign).toEqual([]);
        // Nothing reached the network at all: not the extension, not the browser itself.
        expect(b.proxied).toEqual([]);
        const allowed = [gmailOrigin, ...outlookOrigins, b.extensionOrigin];
        const others = b.requests.filter((u) => !u.startsWith('data:') && !allowed.some((o) => u.startsWith(`${o}/`)));
        expect(others).toEqual([]);
        expect(b.requests.length, 'the request log saw nothing at all').toBeGreaterThan(0);
      });
    });
  });
}

/**
 * The built extension (dist/chrome) in real Chromium, on saved Gmail and Outlook pages served at
 * their real origins: banners of the right category on real corpus bounces, one per message
 * through SPA navigation, none on ordinary mail, no request to any other origin, the popup
 * explaining a pasted bounce, and the runtime budgets (banner latency, long tasks), written to
 * test-results/e2e-metrics.json with the id of the build they were measured on (dist/ext-build.json),
 * which scripts/budgets-ext.mjs checks. Screenshots go to test-results/e2e/.
 *
 * The timing budgets run on a two-core CI machine that is busy with Chromium itself, so each is
 * measured so that one unlucky scheduling does not decide it: the banner latency is the median of
 * several first views, and the long-task check on the 200-message thread gets one retry.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Browser } from './browser.js';
import { gmailIndex, gmailOrigin, gmailThreadHash, outlookIndex, outlookOrigin, startWebmails, type WebmailServer } from './webmail-server.js';

const shots = 'test-results/e2e';
const metrics: Record<string, unknown> = {};
let browser: Browser;
let server: WebmailServer;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  // The numbers belong to this build: the budgets script rejects them for any other.
  metrics['build'] = JSON.parse(readFileSync('dist/ext-build.json', 'utf8'));
  metrics['measuredAt'] = new Date().toISOString();
  browser = await launch();
  server = await startWebmails(browser.context);
});

afterAll(async () => {
  writeFileSync('test-results/e2e-metrics.json', `${JSON.stringify(metrics, null, 2)}\n`);
  await browser?.close();
  // The README shows these; refresh them with WHYBOUNCE_UPDATE_SCREENSHOTS=1 npm run test:e2e.
  if (process.env['WHYBOUNCE_UPDATE_SCREENSHOTS'] === '1') {
    mkdirSync('test/e2e/screenshots', { recursive: true });
    for (const name of ['gmail-bounce-under-original.png', 'banner.png', 'popup.png', 'outlook-ndr.png']) {
      copyFileSync(`${shots}/${name}`, `test/e2e/screenshots/${name}`);
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

const banners = (page: Page): Promise<Banner[]> =>
  page.locator('[data-whybounce-host]').evaluateAll((hosts) =>
    hosts.map((h) => ({
      key: h.getAttribute('data-whybounce-host'),
      kind: h.getAttribute('data-whybounce-kind'),
      category: h.getAttribute('data-whybounce-category'),
      severity: h.getAttribute('data-whybounce-severity'),
      source: h.getAttribute('data-whybounce-source'),
    })),
  );

/** Waits until the page shows `count` banners, all read from `source`. */
async function waitForBanners(page: Page, count: number, source: 'message' | 'text') {
  await page.waitForFunction(
    ([n, s]) => {
      const hosts = Array.from(document.querySelectorAll('[data-whybounce-host]'));
      return hosts.length === n && hosts.every((h) => h.getAttribute('data-whybounce-source') === s);
    },
    [count, source] as const,
    { timeout: 15_000 },
  );
}

/** Lets the content script finish whatever a view started (debounce, fetches, classification). */
const quiet = (page: Page, ms = 600) => page.waitForTimeout(ms);

async function openGmail(name: string, hash = gmailThreadHash): Promise<Page> {
  server.serve('gmail', name);
  const page = await browser.context.newPage();
  await page.goto(`${gmailOrigin}/mail/u/0/${hash}`);
  return page;
}

describe('Gmail', () => {
  it('explains every open bounce of a thread from its original source, with the right category', async () => {
    const name = 'thread-several-bounces.html';
    const page = await openGmail(name);
    const expected = gmailIndex[name]!.messages.filter((m) => m.bounce && !m.collapsed);
    await waitForBanners(page, expected.length, 'message');
    const shown = await banners(page);
    for (const m of expected) {
      const banner = shown.find((b) => b.key === `gmail:${m.permmsgid}`);
      expect(banner, m.raw).toBeDefined();
      expect(banner!.kind).toBe('bounce');
      expect(m.accept, `${m.raw} shown as ${banner!.category}`).toContain(banner!.category);
    }
    // The sources came from Gmail's own "Show original", with the page's ik key.
    for (const m of expected) expect(server.originals).toContain(`${gmailOrigin}/mail/u/0/?ik=9a3ca749ae&view=om&permmsgid=${m.permmsgid}`);
    await page.screenshot({ path: `${shots}/gmail-thread-several-bounces.png` });
    await page.close();
  });

  it('shows the banner above a bounce threaded under its original, with expandable technical details', async () => {
    const page = await openGmail('thread-bounce-under-original.html');
    await waitForBanners(page, 1, 'message');
    const [banner] = await banners(page);
    expect(banner!.category).toBe('bad-mailbox');
    expect(banner!.severity).toBe('hard');
    const host = page.locator('[data-whybounce-host]');
    // The host sits right before the body of the bounce, not of the original.
    expect(await host.evaluate((h) => h.nextElementSibling?.classList.contains('a3s') && h.closest('[data-message-id]')?.getAttribute('data-message-id'))).toBe(
      `#${gmailIndex['thread-bounce-under-original.html']!.messages.find((m) => m.bounce)!.permmsgid}`,
    );
    await host.locator('summary').click();
    await expect.poll(() => host.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await host.locator('.wb-diag').first().textContent()).toContain('550');
    await page.screenshot({ path: `${shots}/gmail-bounce-under-original.png`, fullPage: true });
    await host.screenshot({ path: `${shots}/banner.png` });
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
        const page = await openGmail(name, '#inbox');
        await quiet(page, 400);
        expect(await banners(page)).toHaveLength(0);
        for (let round = 0; round < rounds; round++) {
          await page.evaluate((hash) => (window as unknown as { __wbNavigate(h: string): void }).__wbNavigate(hash), gmailThreadHash);
          await page.waitForFunction(() => (window as unknown as { __wb: { bannerAt: number } }).__wb.bannerAt > 0, undefined, { timeout: 10_000 });
          if (round === 0) {
            // First view of this thread: nothing cached, the content script does all the work.
            latencies.push(await page.evaluate(() => {
              const wb = (window as unknown as { __wb: { bannerAt: number; bodiesAt: number } }).__wb;
              return wb.bannerAt - wb.bodiesAt;
            }));
          }
          await waitForBanners(page, expected, 'message');
          await quiet(page, 300);
          expect(await banners(page), `${name}, pass ${pass}`).toHaveLength(expected);
          await page.evaluate(() => (window as unknown as { __wbNavigate(h: string): void }).__wbNavigate('#inbox'));
          await quiet(page, 200);
          expect(await banners(page)).toHaveLength(0);
        }
        await page.close();
      }
    }
    const sorted = [...latencies].sort((a, b) => a - b);
    const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
    metrics['bannerLatencySamplesMs'] = latencies;
    metrics['bannerLatencyMs'] = median;
    metrics['bannerLatencyMaxMs'] = sorted.at(-1);
    expect(median, `samples ${latencies.map((n) => n.toFixed(0)).join(', ')} ms`).toBeLessThanOrEqual(300);
  });

  it('marks no ordinary message, even one from a postmaster', async () => {
    const name = 'ordinary-thread.html';
    const page = await openGmail(name);
    const postmaster = gmailIndex[name]!.messages[0]!;
    // The postmaster's message looks like it could be a notice: its source is read, and cleared.
    await expect.poll(() => server.originals.some((u) => u.endsWith(postmaster.permmsgid!)), { timeout: 10_000 }).toBe(true);
    await quiet(page);
    expect(await banners(page)).toHaveLength(0);
    await page.screenshot({ path: `${shots}/gmail-ordinary.png` });
    await page.close();
  });

  it('shows markup, script and bidi overrides in a diagnostic as inert text', async () => {
    const page = await openGmail('hostile-diagnostic.html');
    await waitForBanners(page, 1, 'message');
    const host = page.locator('[data-whybounce-host]');
    await host.locator('summary').click();
    const inside = await host.evaluate((h) => ({
      elements: h.shadowRoot!.querySelectorAll('img, script, iframe, object, embed').length,
      diag: h.shadowRoot!.querySelector('.wb-diag')?.textContent ?? '',
      xss: (window as unknown as { __whybounceXss?: number }).__whybounceXss,
    }));
    expect(inside.elements).toBe(0);
    expect(inside.xss).toBeUndefined();
    expect(inside.diag).toContain('<img src=x onerror=');
    expect(inside.diag).toContain('⟨U+202E⟩');
    await host.screenshot({ path: `${shots}/banner-hostile.png` });
    await page.close();
  });

  it('keeps a dismissed banner hidden after a reload', async () => {
    const page = await openGmail('thread-bounce-under-original.html');
    await waitForBanners(page, 1, 'message');
    await page.locator('[data-whybounce-host] .wb-dismiss').click();
    await expect.poll(async () => (await banners(page)).length).toBe(0);
    await page.reload();
    await quiet(page, 1000);
    expect(await banners(page)).toHaveLength(0);
    // The options page brings hidden banners back.
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await options.getByRole('button').click();
    await options.close();
    await page.reload();
    await waitForBanners(page, 1, 'message');
    await page.close();
  });

  it('speaks the language chosen in the options', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await options.locator('[data-testid="language"]').selectOption('it');
    await options.screenshot({ path: `${shots}/options.png` });
    const page = await openGmail('thread-bounce-under-original.html');
    await waitForBanners(page, 1, 'message');
    const host = page.locator('[data-whybounce-host]');
    expect(await host.locator('.wb-dismiss').textContent()).toBe('Nascondi');
    expect(await host.locator('.wb-card').getAttribute('lang')).toBe('it');
    await host.screenshot({ path: `${shots}/banner-it.png` });
    await options.locator('[data-testid="language"]').selectOption('auto');
    await options.close();
    await page.close();
  });

  it('runs no long task on a 200-message thread', async () => {
    const name = 'thread-200-messages.html';
    const expected = gmailIndex[name]!.messages.filter((m) => m.bounce).length;
    const measure = async () => {
      const page = await openGmail(name, '#inbox');
      await quiet(page, 400);
      // An 80 ms task of our own, before the thread opens: proof that the observer sees long tasks.
      await page.evaluate(() => {
        const start = performance.now();
        while (performance.now() - start < 80) {
          // busy
        }
      });
      await page.evaluate((hash) => (window as unknown as { __wbNavigate(h: string): void }).__wbNavigate(hash), gmailThreadHash);
      await waitForBanners(page, expected, 'message');
      await quiet(page, 800);
      // Ten notice formats (Postfix, Exim, Gmail, qmail, Sendmail, Yahoo, Exchange, Office 365,
      // Orange): each banner of an accepted category.
      const shown = await banners(page);
      for (const m of gmailIndex[name]!.messages.filter((x) => x.bounce)) {
        const banner = shown.find((b) => b.key === `gmail:${m.permmsgid}`);
        expect(m.accept, `${m.raw} shown as ${banner?.category}`).toContain(banner?.category);
      }
      const result = await page.evaluate(() => {
        const w = window as unknown as {
          __wb: { bodiesAt: number };
          __wbLongTasks: { start: number; duration: number }[];
          __wbFrames: { start: number; duration: number; scripts: { url: string; duration: number }[] }[];
        };
        const after = w.__wbLongTasks.filter((t) => t.start >= w.__wb.bodiesAt);
        const ours = w.__wbFrames.flatMap((f) => f.scripts).filter((s) => s.url.startsWith('chrome-extension://'));
        return {
          // Before the thread opened: the busy task above, and the page's own rendering.
          pageLongTasks: w.__wbLongTasks.filter((t) => t.start < w.__wb.bodiesAt).map((t) => t.duration),
          longTasks: after.map((t) => t.duration),
          longestExtensionScript: Math.max(0, ...ours.map((s) => s.duration)),
        };
      });
      await page.close();
      expect(result.pageLongTasks.length, 'the long-task observer saw nothing at all').toBeGreaterThan(0);
      return result;
    };
    const over = (r: { longTasks: number[] }) => r.longTasks.filter((d) => d > 50);
    // One retry: a single task over budget on a loaded machine is as often the machine as the code.
    const attempts = [await measure()];
    if (over(attempts[0]!).length > 0) attempts.push(await measure());
    const result = attempts.at(-1)!;
    metrics['longTaskAttempts'] = attempts.map((a) => ({ longTasksMs: a.longTasks, longestExtensionScriptMs: a.longestExtensionScript }));
    metrics['pageOwnLongTasksMs'] = result.pageLongTasks;
    metrics['longTasks'] = result.longTasks.length;
    metrics['longTaskDurationsMs'] = result.longTasks;
    metrics['longestTaskMs'] = Math.max(0, ...result.longTasks);
    metrics['longestExtensionScriptMs'] = result.longestExtensionScript;
    expect(over(result), JSON.stringify(attempts)).toEqual([]);
  });
});

describe('Outlook on the web', () => {
  async function openOutlook(name: string): Promise<Page> {
    server.serve('outlook', name);
    const page = await browser.context.newPage();
    await page.goto(`${outlookOrigin}/mail/inbox/id/AAQkADAwATM0MDAAMi1hZDdlLTgxAAoAEABhxZ`);
    return page;
  }

  it('explains an Undeliverable NDR in the reading pane from its rendered text', async () => {
    const page = await openOutlook('ndr-reading-pane.html');
    await waitForBanners(page, 1, 'text');
    const [banner] = await banners(page);
    expect(outlookIndex['ndr-reading-pane.html']!.messages[0]!.accept).toContain(banner!.category);
    expect(await page.locator('[data-whybounce-host]').evaluate((h) => h.nextElementSibling?.getAttribute('role'))).toBe('document');
    await page.screenshot({ path: `${shots}/outlook-ndr.png` });
    await page.close();
  });

  it('marks the NDRs of a conversation once each through navigation, and not the original', async () => {
    const page = await openOutlook('conversation.html');
    await quiet(page, 1000);
    const first = await banners(page);
    expect(first.length).toBeGreaterThanOrEqual(2);
    for (let round = 0; round < 2; round++) {
      await page.evaluate(() => (window as unknown as { __wbNavigate(h: string): void }).__wbNavigate('/mail/inbox'));
      await quiet(page, 200);
      expect(await banners(page)).toHaveLength(0);
      await page.evaluate(() => (window as unknown as { __wbNavigate(h: string): void }).__wbNavigate('/mail/inbox/id/AAQkADAwATM0MDAAMi1hZDdlLTgxAAoAEABhxZ'));
      await waitForBanners(page, first.length, 'text');
      await quiet(page, 300);
      expect(await banners(page)).toHaveLength(first.length);
    }
    await page.screenshot({ path: `${shots}/outlook-conversation.png` });
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
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 440, height: 760 });
    await page.goto(`chrome-extension://${browser.extensionId}/popup/index.html`);
    await page.locator('[data-testid="paste"]').fill(readFileSync('../shared/corpus/sisimai-dev/text/lhost-postfix-13.txt', 'utf8'));
    const card = page.locator('[data-testid="explanation"]');
    await expect.poll(() => card.getAttribute('data-whybounce-kind'), { timeout: 5_000 }).toBe('bounce');
    expect(await card.getAttribute('data-whybounce-category')).toBe('bad-mailbox');
    expect(await card.locator('.wb-addr').allTextContents()).toEqual(['kijitora@example.jp', 'noraneko@example.jp']);
    await page.screenshot({ path: `${shots}/popup.png`, fullPage: true });

    await page.getByRole('button', { name: /clear/i }).click();
    await page.locator('[data-testid="file"]').setInputFiles('../shared/corpus/sisimai-dev/eml/lhost-gmail-08.eml');
    await expect.poll(() => card.getAttribute('data-whybounce-category'), { timeout: 5_000 }).toBe('message-expired');
    await page.close();
  });

  it('shows a pasted forged bounce with markup, script, CSS and bidi overrides as inert text', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup/index.html`);
    const words =
      '550 5.1.1 User unknown <img src=https://evil.example/pixel onerror="window.__whybounceXss=1">' +
      '<script>window.__whybounceXss=2</script></style><style>*{display:none}</style> \u202emoc.elpmaxe@live';
    await page.locator('[data-testid="paste"]').fill(
      `From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\nSubject: Undelivered Mail Returned to Sender\n\n` +
        `This is the mail system at host mx.example.org.\n\nI'm sorry to have to inform you that your message could not be delivered.\n\n` +
        `<user@example.net>: host mx.example.net said: ${words}\n`,
    );
    const card = page.locator('[data-testid="explanation"]');
    await expect.poll(() => card.getAttribute('data-whybounce-kind'), { timeout: 5_000 }).toBe('bounce');
    await card.locator('summary').first().click();
    const inside = await card.evaluate((h) => ({
      elements: h.shadowRoot!.querySelectorAll('img, script, iframe, object, embed, svg').length,
      styles: h.shadowRoot!.querySelectorAll('style').length,
      text: h.shadowRoot!.textContent ?? '',
      xss: (window as unknown as { __whybounceXss?: number }).__whybounceXss,
    }));
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

describe('network', () => {
  it('made no request to any origin but the webmails and the extension itself', () => {
    expect(server.foreign).toEqual([]);
    const allowed = [gmailOrigin, outlookOrigin, `chrome-extension://${browser.extensionId}`];
    const others = server.requests.filter((u) => !u.startsWith('data:') && !allowed.some((o) => u.startsWith(`${o}/`)));
    expect(others).toEqual([]);
  });
});

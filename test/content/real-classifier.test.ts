// @vitest-environment happy-dom
/**
 * The whole content-script pipeline with the real classifier and explanations, on the saved
 * pages: every bounce gets a banner of an accepted category, ordinary mail gets none. In Gmail the
 * original source is "fetched" from the raw message behind each saved message (what "Show
 * original" returns); in Outlook only the rendered text is read (the full notice, read from
 * Outlook's View message source on the user's click, is outlook-source.test.ts's). Notices the core
 * does not yet read right from their Outlook rendering are listed, exactly, as known gaps.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { classify } from '../../src/core/index.js';
import { hostAttribute } from '../../src/content/banner.js';
import { gmailAdapter } from '../../src/content/gmail/adapter.js';
import { outlookAdapter } from '../../src/content/outlook/adapter.js';
import { extensionReader, fixtureIndex, hosts, loadPage, run, type Harness } from './helpers.js';

let harness: Harness | undefined;
afterEach(() => {
  harness?.controller.abort();
  harness = undefined;
});

const gmail = fixtureIndex('gmail');
const outlook = fixtureIndex('outlook');

/** Serves each message's raw source the way the "Show original" page wraps it. */
function showOriginal(page: string) {
  const byId = new Map(gmail[page]!.messages.map((m) => [m.permmsgid!, m.raw]));
  return async (url: string) => {
    const id = new URL(url).searchParams.get('permmsgid')!;
    const raw = readFileSync(byId.get(id)!, 'latin1');
    const escaped = raw.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return (await import('../../src/content/gmail/source.js')).rawFromOriginalPage(`<pre id="raw_message_text">${escaped}</pre>`);
  };
}

describe('Gmail pages with the real classifier', () => {
  for (const page of ['thread-bounce-under-original.html', 'thread-several-bounces.html', 'ordinary-thread.html', 'hostile-diagnostic.html', 'fallbacks.html']) {
    it(`${page}: a banner of an accepted category on each open bounce, none elsewhere`, async () => {
      loadPage('gmail', page);
      harness = run(gmailAdapter({ fetchSource: showOriginal(page) }), extensionReader());
      await harness.runner.settled();
      const expected = gmail[page]!.messages.filter((m) => m.bounce && !m.collapsed);
      const shown = new Map(hosts().map((h) => [h.getAttribute(hostAttribute), h]));
      expect([...shown.keys()].sort()).toEqual(expected.map((m) => `gmail:${m.permmsgid}`).sort());
      for (const m of expected) {
        const host = shown.get(`gmail:${m.permmsgid}`)!;
        expect(host.getAttribute('data-whybounce-source'), m.raw).toBe('message');
        expect(m.accept, `${m.raw}: ${host.getAttribute('data-whybounce-category')}`).toContain(host.getAttribute('data-whybounce-category'));
        // Each failed recipient the notice names is listed with its own line.
        const listed = Array.from(host.shadowRoot!.querySelectorAll('.wb-addr')).map((e) => e.textContent);
        for (const address of m.recipients) if (address) expect(listed, m.raw).toContain(address);
      }
    });
  }

  it('falls back to the rendered text when the source cannot be fetched', async () => {
    loadPage('gmail', 'thread-bounce-under-original.html');
    harness = run(gmailAdapter({ fetchSource: async () => null }), extensionReader());
    await harness.runner.settled();
    const [host, ...rest] = hosts();
    expect(rest).toHaveLength(0);
    expect(host!.getAttribute('data-whybounce-source')).toBe('text');
    expect(host!.getAttribute('data-whybounce-category')).toBe('bad-mailbox');
  });

  it('marks none of the ordinary messages in the long thread, and all of its bounces', async () => {
    loadPage('gmail', 'thread-200-messages.html');
    harness = run(gmailAdapter({ fetchSource: showOriginal('thread-200-messages.html') }), extensionReader());
    await harness.runner.settled();
    const expected = gmail['thread-200-messages.html']!.messages.filter((m) => m.bounce);
    expect(hosts().map((h) => h.getAttribute(hostAttribute)).sort()).toEqual(expected.map((m) => `gmail:${m.permmsgid}`).sort());
  });
});

/**
 * Notices the core does not yet read right from their Outlook rendering, each with what the
 * banner shows instead and why. The list is exact: a gap that closes (the banner becomes right)
 * fails the test until its line is removed, so the list never claims more than is true.
 * `shows`: the category the banner shows from the text, or `none` for no banner.
 */
const knownGaps: readonly { page: string; raw: string; shows: string; why: string }[] = [
  // AOL's notice says only "Undeliverable" on screen; the cause (mailbox full) is in the attached
  // delivery-status report. The banner offers the full notice, which reads it right
  // (outlook-source.test.ts); from the text alone the core can only say `other`.
  { page: 'ndr-no-cause.en.html', raw: '../shared/corpus/sisimai-dev/eml/lhost-aol-02.eml', shows: 'other', why: 'cause only in the attached report' },
];

describe('Outlook pages with the real classifier (rendered text only)', () => {
  const pages = Object.keys(outlook).filter((p) => !p.startsWith('ndr-no-cause.') || p === 'ndr-no-cause.en.html');
  for (const page of pages) {
    it(`${page}: a banner of an accepted category on each open NDR (known gaps excepted, exactly), none elsewhere`, async () => {
      loadPage('outlook', page);
      harness = run(outlookAdapter(), extensionReader());
      await harness.runner.settled();
      const messages = outlookAdapter().findOpenMessages(document);
      const entries = outlook[page]!.messages.filter((m) => !m.collapsed);
      expect(messages).toHaveLength(entries.length);
      for (const [i, m] of entries.entries()) {
        const host = hosts().find((h) => h.getAttribute(hostAttribute) === messages[i]!.key);
        const shows = host?.getAttribute('data-whybounce-category') ?? 'none';
        if (!m.bounce) {
          expect(shows, m.raw).toBe('none');
          continue;
        }
        expect(host?.getAttribute('data-whybounce-source') ?? 'text', m.raw).toBe('text');
        const gap = knownGaps.find((g) => g.page === page && g.raw === m.raw);
        if (gap) expect(shows, `${m.raw} is listed as a known gap: remove it from the list if the banner is right now`).toBe(gap.shows);
        else expect(m.accept, `${page} ${m.raw}: ${shows}`).toContain(shows);
      }
    });
  }

  it('lists only gaps that exist in the saved pages', () => {
    for (const g of knownGaps) expect(outlook[g.page]?.messages.some((m) => m.raw === g.raw && m.bounce), `${g.page} ${g.raw}`).toBe(true);
  });
});

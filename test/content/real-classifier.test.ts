// @vitest-environment happy-dom
/**
 * The whole content-script pipeline with the real classifier and explanations, on the saved
 * pages: every bounce gets a banner of an accepted category, ordinary mail gets none. In Gmail the
 * original source is "fetched" from the raw message behind each saved message (what "Show
 * original" returns); in Outlook only the rendered text is read.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { classify, classifyText } from '../../src/core/index.js';
import { hostAttribute } from '../../src/content/banner.js';
import { gmailAdapter } from '../../src/content/gmail/adapter.js';
import { outlookAdapter } from '../../src/content/outlook/adapter.js';
import { fixtureIndex, hosts, loadPage, run, type Harness } from './helpers.js';

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
  for (const page of ['thread-bounce-under-original.html', 'thread-several-bounces.html', 'ordinary-thread.html', 'hostile-diagnostic.html']) {
    it(`${page}: a banner of an accepted category on each open bounce, none elsewhere`, async () => {
      loadPage('gmail', page);
      harness = run(gmailAdapter({ fetchSource: showOriginal(page) }), { classify, classifyText });
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
    harness = run(gmailAdapter({ fetchSource: async () => null }), { classify, classifyText });
    await harness.runner.settled();
    const [host, ...rest] = hosts();
    expect(rest).toHaveLength(0);
    expect(host!.getAttribute('data-whybounce-source')).toBe('text');
    expect(host!.getAttribute('data-whybounce-category')).toBe('bad-mailbox');
  });

  it('marks none of the ordinary messages in the long thread, and all of its bounces', async () => {
    loadPage('gmail', 'thread-200-messages.html');
    harness = run(gmailAdapter({ fetchSource: showOriginal('thread-200-messages.html') }), { classify, classifyText });
    await harness.runner.settled();
    const expected = gmail['thread-200-messages.html']!.messages.filter((m) => m.bounce);
    expect(hosts().map((h) => h.getAttribute(hostAttribute)).sort()).toEqual(expected.map((m) => `gmail:${m.permmsgid}`).sort());
  });
});

/**
 * Whether the core reads this notice from its webmail rendering (shared/corpus text/) under the
 * subject the page shows. In a conversation Outlook shows the conversation's subject (the
 * original's), not the NDR's own, and offers only the rendered text; a notice the core cannot read
 * that way cannot get a banner there. Such gaps are the core's to close, and are listed, not
 * failed, here.
 */
function coreReadsRendering(raw: string, subject: string): boolean {
  const file = raw.split('/').pop()!;
  try {
    const text = readFileSync(`../shared/corpus/sisimai-dev/text/${file.replace(/\.eml$/, '.txt')}`, 'utf8');
    return classifyText(text.replace(/^Subject: .*$/m, `Subject: ${subject}`)).kind === 'bounce';
  } catch {
    return true;
  }
}

describe('Outlook pages with the real classifier (rendered text only)', () => {
  for (const page of ['ndr-reading-pane.html', 'conversation.html', 'ordinary.html']) {
    it(`${page}: a banner of an accepted category on each NDR, none elsewhere`, async () => {
      loadPage('outlook', page);
      harness = run(outlookAdapter(), { classify, classifyText });
      await harness.runner.settled();
      const messages = outlookAdapter().findOpenMessages(document);
      const entries = outlook[page]!.messages;
      for (const [i, m] of entries.entries()) {
        const key = messages[i]!.key;
        const host = hosts().find((h) => h.getAttribute(hostAttribute) === key);
        if (!m.bounce) {
          expect(host, m.raw).toBeUndefined();
        } else if (!coreReadsRendering(m.raw, outlook[page]!.subject)) {
          console.warn(`core gap: ${m.raw} is not recognised from its rendered text`);
        } else {
          expect(host, m.raw).toBeDefined();
          expect(host!.getAttribute('data-whybounce-source')).toBe('text');
          expect(m.accept, `${m.raw}: ${host!.getAttribute('data-whybounce-category')}`).toContain(host!.getAttribute('data-whybounce-category'));
        }
      }
    });
  }
});

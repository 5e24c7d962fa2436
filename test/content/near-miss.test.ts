// @vitest-environment happy-dom
/**
 * Ordinary mail that looks like a notice at a glance, on the saved ordinary pages, with the real
 * classifier: an invoice "error", a rejected payment, a failed backup, a newsletter from a
 * `bounce@` address, a developer quoting an SES bounce notification, an absence request. None may
 * get a banner: read from the text on screen (under its own subject, as a thread of its own, and
 * under the page's), nor from its original source.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { classify, classifyText } from '../../src/core/index.js';
import { gmailAdapter } from '../../src/content/gmail/adapter.js';
import { rawFromOriginalPage } from '../../src/content/gmail/source.js';
import { outlookAdapter } from '../../src/content/outlook/adapter.js';
import { extensionReader, fixtureIndex, hosts, loadPage, run, type FixtureMessage, type Harness } from './helpers.js';

let harness: Harness | undefined;
afterEach(() => {
  harness?.controller.abort();
  harness = undefined;
});

type NearMiss = FixtureMessage & { readonly nearMiss?: boolean; readonly subject?: string };

const gmailPage = 'ordinary-thread.html';
const outlookPage = 'ordinary.html';
const gmailMisses = (fixtureIndex('gmail')[gmailPage]!.messages as NearMiss[]).filter((m) => m.nearMiss);
const outlookMisses = (fixtureIndex('outlook')[outlookPage]!.messages as NearMiss[]).filter((m) => m.nearMiss);
const name = (m: NearMiss) => `${m.subject} (${m.raw.split('/').pop()})`;

/** Shows the thread under this message's own subject, as Gmail does for a thread of one. */
function gmailSubject(subject: string) {
  document.querySelector('h2.hP')!.textContent = subject;
}
function outlookSubject(subject: string) {
  const heading = document.querySelector('[role="heading"][aria-level="2"] span')!;
  heading.setAttribute('title', subject);
  heading.textContent = subject;
}

/** Each message's raw source, wrapped the way "Show original" wraps it. */
async function showOriginal(url: string): Promise<string | null> {
  const id = new URL(url).searchParams.get('permmsgid')!;
  const m = fixtureIndex('gmail')[gmailPage]!.messages.find((x) => x.permmsgid === id)!;
  const escaped = readFileSync(m.raw, 'utf8').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return rawFromOriginalPage(`<pre id="raw_message_text">${escaped}</pre>`);
}

describe('near misses on the saved Gmail page', () => {
  it('holds the six near misses', () => expect(gmailMisses).toHaveLength(6));

  for (const m of gmailMisses) {
    it(`${name(m)}: not a bounce from its text or its source, and no banner`, async () => {
      loadPage('gmail', gmailPage);
      gmailSubject(m.subject!);
      const message = gmailAdapter().findOpenMessages(document).find((x) => x.key === `gmail:${m.permmsgid}`)!;
      expect(classifyText(message.readText()).kind, `${name(m)} from the text on screen`).toBe('not-a-bounce');
      expect((await classify(readFileSync(m.raw), { mode: 'message' })).kind, `${name(m)} from its source`).toBe('not-a-bounce');
      harness = run(gmailAdapter({ fetchSource: showOriginal }), extensionReader());
      await harness.runner.settled();
      expect(hosts(), name(m)).toHaveLength(0);
    });
  }

  it('no banner on the whole page under its own subject', async () => {
    loadPage('gmail', gmailPage);
    harness = run(gmailAdapter({ fetchSource: showOriginal }), extensionReader());
    await harness.runner.settled();
    expect(hosts()).toHaveLength(0);
  });
});

describe('near misses on the saved Outlook page', () => {
  it('holds the six near misses', () => expect(outlookMisses).toHaveLength(6));

  for (const m of outlookMisses) {
    it(`${name(m)}: not a bounce from its text, and no banner`, async () => {
      loadPage('outlook', outlookPage);
      outlookSubject(m.subject!);
      const index = fixtureIndex('outlook')[outlookPage]!.messages.findIndex((x) => x.raw === m.raw);
      const message = outlookAdapter().findOpenMessages(document)[index]!;
      expect(message.readText()).toContain(`Subject: ${m.subject}`);
      expect(classifyText(message.readText()).kind, `${name(m)} from the text on screen`).toBe('not-a-bounce');
      harness = run(outlookAdapter(), extensionReader());
      await harness.runner.settled();
      expect(hosts(), name(m)).toHaveLength(0);
    });
  }
});

// @vitest-environment happy-dom
/**
 * "Read the full notice": when the text on screen names no cause, the banner offers the
 * webmail's own source view on one click, and reads the verdict from it; when the way there
 * cannot be found, it says which clicks to make. The adapter's part (Outlook's menu and dialog)
 * is tested in outlook-source.test.ts; here a stand-in opens the source.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/core/index.js';
import { renderCard } from '../../src/content/card.js';
import { explainLocally } from '../../src/content/explain-local.js';
import { locales, translator } from '../../src/content/i18n.js';
import { outlookAdapter } from '../../src/content/outlook/adapter.js';
import type { OpenMessage, WebmailAdapter } from '../../src/content/webmail.js';
import { hosts, loadPage, run, verdict, type Harness } from './helpers.js';

let harness: Harness | undefined;
afterEach(() => {
  harness?.controller.abort();
  harness = undefined;
});

const noCause: Verdict = { ...verdict('bounce', 'other', 'hard', ['kijitora@example.jp'], 'text'), reason: 'undefined' };
const withCause = verdict('bounce', 'bad-mailbox', 'hard', ['kijitora@example.jp'], 'message');

/** Outlook's adapter, with the source view replaced by `open`. */
function withSource(open: OpenMessage['openSource']): WebmailAdapter {
  const inner = outlookAdapter();
  return { ...inner, findOpenMessages: (doc) => inner.findOpenMessages(doc).map((m) => ({ ...m, openSource: open })) };
}

const card = () => hosts()[0]!.shadowRoot!;
const click = (selector: string) => (card().querySelector(selector) as HTMLButtonElement).click();

async function waitFor(test: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !test(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(test()).toBe(true);
}

describe('the full notice, one click away', () => {
  it('offers it only when the text names no cause, and reads the verdict from the source', async () => {
    loadPage('outlook', 'ndr-reading-pane.html');
    const asked: string[] = [];
    harness = run(withSource(async () => (asked.push('open'), 'From: postmaster@outlook.com\n\nthe full notice')), {
      classifyText: () => noCause,
      classify: async (raw) => (String(raw).includes('the full notice') ? withCause : noCause),
    });
    await harness.runner.settled();
    expect(card().querySelector('.wb-full')!.textContent).toContain('attached to this notice');
    expect(asked).toEqual([]);
    click('.wb-read');
    await waitFor(() => hosts()[0]?.getAttribute('data-whybounce-source') === 'message');
    await harness.runner.settled();
    expect(asked).toEqual(['open']);
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]!.getAttribute('data-whybounce-category')).toBe('bad-mailbox');
    expect(card().querySelector('.wb-full')).toBeNull();
    expect(card().querySelector('.wb-source')!.textContent).toBe('Read from the message source. · whybounce');
    // Rescans keep the verdict from the source.
    await harness.runner.scanNow();
    expect(hosts()[0]!.getAttribute('data-whybounce-category')).toBe('bad-mailbox');
  });

  it('does not offer it when the text already names the cause, nor where the webmail has no source view', async () => {
    loadPage('outlook', 'ndr-reading-pane.html');
    harness = run(withSource(async () => null), { classifyText: () => ({ ...withCause, input: 'text' }), classify: async () => withCause });
    await harness.runner.settled();
    expect(card().querySelector('.wb-full')).toBeNull();
    harness.controller.abort();
    loadPage('outlook', 'ndr-reading-pane.html');
    harness = run(withSource(undefined), { classifyText: () => noCause, classify: async () => withCause });
    await harness.runner.settled();
    expect(hosts()).toHaveLength(1);
    expect(card().querySelector('.wb-full')).toBeNull();
  });

  it('says which clicks to make when the menu cannot be found, and offers again when no source appeared', async () => {
    loadPage('outlook', 'ndr-reading-pane.html');
    let answer: 'manual' | null = null;
    harness = run(withSource(async () => answer), { classifyText: () => noCause, classify: async () => withCause });
    await harness.runner.settled();
    click('.wb-read');
    await harness.runner.settled();
    await waitFor(() => card().querySelector(".wb-full")?.getAttribute("data-state") === "offer");
    expect(card().querySelector('.wb-full')!.getAttribute('data-state')).toBe('offer');
    answer = 'manual';
    click('.wb-read');
    await waitFor(() => card().querySelector('.wb-full')?.getAttribute('data-state') === 'manual');
    expect(card().querySelector('.wb-read')).toBeNull();
    expect(card().querySelector('.wb-full')!.textContent).toContain('View > View message source');
    expect(hosts()[0]!.getAttribute('data-whybounce-source')).toBe('text');
  });

  it('shows that the source is opening, with the button disabled', async () => {
    loadPage('outlook', 'ndr-reading-pane.html');
    let release: (raw: string) => void = () => {};
    harness = run(withSource(() => new Promise((resolve) => (release = resolve))), { classifyText: () => noCause, classify: async () => withCause });
    await harness.runner.settled();
    click('.wb-read');
    await waitFor(() => card().querySelector('.wb-full')?.getAttribute('data-state') === 'waiting');
    const button = card().querySelector<HTMLButtonElement>('.wb-read')!;
    expect(button.disabled).toBe(true);
    expect(button.textContent).toBe('Opening the message source…');
    release('From: postmaster@outlook.com\n\nsource');
    await waitFor(() => hosts()[0]?.getAttribute('data-whybounce-source') === 'message');
  });

  it('has its words in every language', () => {
    const v = noCause;
    const seen = new Set<string>();
    for (const locale of locales) {
      const t = translator(locale);
      for (const state of ['offer', 'manual'] as const) {
        const c = renderCard(explainLocally(v, locale), v, { doc: document, t, locale, source: 'text', fullNotice: { state, onRead: () => {} } });
        const text = c.querySelector('.wb-full')!.textContent!;
        expect(text.trim(), `${locale} ${state}`).not.toBe('');
        seen.add(text);
      }
    }
    expect(seen.size).toBe(locales.length * 2);
  });
});

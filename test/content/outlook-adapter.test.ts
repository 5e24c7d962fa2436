// @vitest-environment happy-dom
/** The Outlook selectors and adapter against saved reading panes. */
import { describe, expect, it } from 'vitest';
import { outlookAdapter } from '../../src/content/outlook/adapter.js';
import { fixtureIndex, loadPage } from './helpers.js';

const index = fixtureIndex('outlook');

describe('outlook adapter on saved pages', () => {
  it('finds the NDR in the reading pane, with its sender and subject', () => {
    loadPage('outlook', 'ndr-reading-pane.html');
    const [message, ...rest] = outlookAdapter().findOpenMessages(document);
    expect(rest).toHaveLength(0);
    expect(message!.body.getAttribute('role')).toBe('document');
    expect(message!.fetchSource).toBeUndefined();
    const text = message!.readText();
    expect(text.startsWith('From: Microsoft Outlook <postmaster@outlook.com>\nSubject: Undeliverable: Nyaan\n\n')).toBe(true);
    expect(text).toContain('otsu-sakaba-hunter-neko-nyaaaaaaan@ezweb.ne.jp');
    expect(text).toContain('wasn\'t found at the destination domain');
    expect(message!.mightBeNotice).toBe(true);
  });

  it('finds each message of a conversation once, with its own sender', () => {
    loadPage('outlook', 'conversation.html');
    const messages = outlookAdapter().findOpenMessages(document);
    expect(messages).toHaveLength(index['conversation.html']!.messages.length);
    expect(messages[0]!.readText()).toMatch(/^From: Shironeko <shironeko@example\.org>\n/);
    expect(messages[0]!.mightBeNotice).toBe(false);
    expect(new Set(messages.map((m) => m.key)).size).toBe(messages.length);
    for (const m of messages) expect(m.container.getAttribute('role')).toBe('listitem');
  });

  it('gives a message the same key after Outlook re-renders it', () => {
    loadPage('outlook', 'conversation.html');
    const before = outlookAdapter().findOpenMessages(document).map((m) => m.key);
    const list = document.querySelector('[role="list"]')!;
    list.replaceWith(list.cloneNode(true));
    const after = outlookAdapter().findOpenMessages(document).map((m) => m.key);
    expect(after).toEqual(before);
  });

  it('falls back to ARIA documents in the main region when bodies lose their ids', () => {
    loadPage('outlook', 'ndr-reading-pane.html');
    document.querySelector('[id^="UniqueMessageBody"]')!.removeAttribute('id');
    expect(outlookAdapter().findOpenMessages(document)).toHaveLength(1);
  });
});

// @vitest-environment happy-dom
/** The Outlook selectors and adapter against saved reading panes. */
import { describe, expect, it } from 'vitest';
import { outlookAdapter } from '../../src/content/outlook/adapter.js';
import { senderLooksLikeNotice } from '../../src/content/webmail.js';
import { fixtureIndex, loadPage, outlookUrl } from './helpers.js';

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

  it('keeps a message\'s key while Outlook fills its body in lazily', () => {
    loadPage('outlook', 'ndr-reading-pane.html');
    const body = document.querySelector('[id^="UniqueMessageBody"]')!;
    const full = Array.from(body.childNodes);
    body.replaceChildren();
    const [empty] = outlookAdapter().findOpenMessages(document);
    expect(empty!.readText()).toMatch(/\n\n$/);
    body.append(...full.slice(0, 1));
    const [half] = outlookAdapter().findOpenMessages(document);
    body.append(...full.slice(1));
    const [filled] = outlookAdapter().findOpenMessages(document);
    expect(filled!.readText()).toContain('otsu-sakaba-hunter-neko-nyaaaaaaan@ezweb.ne.jp');
    expect(half!.key).toBe(empty!.key);
    expect(filled!.key).toBe(empty!.key);
    // Nor does the subject heading's text change it while the route names the conversation.
    document.querySelector('[role="heading"][aria-level="2"] span')!.setAttribute('title', 'Undeliverable: Nyaan (2)');
    expect(outlookAdapter().findOpenMessages(document)[0]!.key).toBe(empty!.key);
  });

  it('tells two identical NDRs of a conversation apart', () => {
    loadPage('outlook', 'ndr-reading-pane.html');
    const item = document.querySelector('[role="listitem"]')!;
    const twin = item.cloneNode(true) as Element;
    twin.setAttribute('aria-posinset', '2');
    item.after(twin);
    const messages = outlookAdapter().findOpenMessages(document);
    expect(messages).toHaveLength(2);
    expect(messages[0]!.readText()).toBe(messages[1]!.readText());
    expect(messages[0]!.key).not.toBe(messages[1]!.key);
  });

  it('keys on the conversation in the route, else on the subject, with the place in the conversation', () => {
    loadPage('outlook', 'conversation.html');
    const inRoute = outlookAdapter().findOpenMessages(document).map((m) => m.key);
    loadPage('outlook', 'conversation.html', outlookUrl.replace('AAQkADAwATM0MDAAMi1hZDdlLTgxAAoAEABhxZ', 'AAQkADAwATM0MDAAMi1hZDdlLTgxAAoAEABhxY'));
    const other = outlookAdapter().findOpenMessages(document).map((m) => m.key);
    expect(other.filter((k) => inRoute.includes(k))).toEqual([]);
    loadPage('outlook', 'conversation.html', 'https://outlook.office.com/mail/inbox');
    const bySubject = outlookAdapter().findOpenMessages(document).map((m) => m.key);
    expect(new Set(bySubject).size).toBe(bySubject.length);
    expect(outlookAdapter().findOpenMessages(document).map((m) => m.key)).toEqual(bySubject);
    for (const k of [...inRoute, ...bySubject]) expect(k).toMatch(/^outlook:[0-9a-z]{1,7}$/);
  });

  it("knows the core's notice senders, Exchange's included, and not a newsletter's bounce address", () => {
    expect(senderLooksLikeNotice('Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>')).toBe(true);
    expect(senderLooksLikeNotice('Mail Delivery Subsystem <mailer-daemon@googlemail.com>')).toBe(true);
    expect(senderLooksLikeNotice('postmaster@outlook.com')).toBe(true);
    expect(senderLooksLikeNotice('Example News <bounce@news.example.com>')).toBe(false);
    expect(senderLooksLikeNotice('Shironeko <shironeko@example.org>')).toBe(false);
  });
});

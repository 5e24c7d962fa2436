// @vitest-environment happy-dom
/**
 * The Outlook selectors and adapter against saved reading panes: the markup live pages show
 * (scripts/build-ext-fixtures.mjs says where it comes from), in five UI languages, and the older
 * and id-less pages that only the fallback selectors can read.
 */
import { describe, expect, it } from 'vitest';
import { outlookAdapter } from '../../src/content/outlook/adapter.js';
import { senderLooksLikeNotice } from '../../src/content/webmail.js';
import { fixtureIndex, loadPage, outlookUrl } from './helpers.js';

const index = fixtureIndex('outlook');
const from = (text: string) => /^From: (.*)$/m.exec(text)?.[1];
const cloudUrl = outlookUrl.replace('https://outlook.office.com/', 'https://outlook.cloud.microsoft/');

describe('outlook adapter on saved pages', () => {
  it('finds the NDR in the reading pane, with its sender from the From label, and its subject', () => {
    loadPage('outlook', 'ndr-reading-pane.html');
    const [message, ...rest] = outlookAdapter().findOpenMessages(document);
    expect(rest).toHaveLength(0);
    expect(message!.body.getAttribute('role')).toBe('document');
    expect(message!.container.getAttribute('aria-expanded')).toBe('true');
    expect(message!.fetchSource).toBeUndefined();
    const text = message!.readText();
    expect(text.startsWith('From: Microsoft Outlook <postmaster@outlook.com>\nSubject: Undeliverable: Nyaan\n\n')).toBe(true);
    expect(text).toContain('otsu-sakaba-hunter-neko-nyaaaaaaan@ezweb.ne.jp');
    expect(text).toContain('wasn\'t found at the destination domain');
    expect(message!.mightBeNotice).toBe(true);
  });

  it('reads the same on outlook.cloud.microsoft, with the same keys', () => {
    loadPage('outlook', 'conversation.html');
    const office = outlookAdapter().findOpenMessages(document).map((m) => [m.key, m.readText()]);
    loadPage('outlook', 'conversation.html', cloudUrl);
    expect(location.origin).toBe('https://outlook.cloud.microsoft');
    expect(outlookAdapter().findOpenMessages(document).map((m) => [m.key, m.readText()])).toEqual(office);
  });

  it('finds each open message of a conversation once, in all three body shapes, and skips the collapsed one', () => {
    loadPage('outlook', 'conversation.html');
    const messages = outlookAdapter().findOpenMessages(document);
    expect(messages).toHaveLength(index['conversation.html']!.messages.filter((m) => !m.collapsed).length);
    expect(messages.map((m) => from(m.readText()))).toEqual([
      'Shironeko <shironeko@example.org>',
      'postmaster@example.edu',
      'postmaster@ville-saumur.fr',
      'MAILER-DAEMON@mv-osn-hcb007.ocn.ad.jp',
    ]);
    expect(messages.map((m) => m.mightBeNotice)).toEqual([false, true, true, true]);
    expect(new Set(messages.map((m) => m.key)).size).toBe(messages.length);
    for (const m of messages) expect(m.container.getAttribute('aria-expanded')).toBe('true');
    // role="document" on the body itself; on a wrapper; nowhere (the banner goes before the body).
    const [self, wrapper, none] = [messages[0]!, messages[1]!, messages[2]!];
    expect(self.body.id).toMatch(/^UniqueMessageBody_/);
    expect(self.body.getAttribute('role')).toBe('document');
    expect(wrapper.body.id).toBe('');
    expect(wrapper.body.getAttribute('role')).toBe('document');
    expect(wrapper.body.firstElementChild!.id).toMatch(/^UniqueMessageBody_/);
    expect(none.body.id).toMatch(/^UniqueMessageBody_/);
    expect(none.body.hasAttribute('role')).toBe(false);
    expect(none.readText()).toContain('transports@agglo-saumur.fr');
  });

  it('never takes the recipient (To: label) or an address in the body for the sender', () => {
    loadPage('outlook', 'conversation.html');
    // A sender of the same organisation: the label names only the person.
    const label = document.querySelectorAll('[aria-expanded="true"] span[aria-label]')[0]!;
    label.setAttribute('aria-label', 'From: Shironeko');
    const [first] = outlookAdapter().findOpenMessages(document);
    expect(from(first!.readText())).toBe('Shironeko');
    expect(first!.readText()).not.toMatch(/^From: .*me@example\.org/m);
  });

  it('reads the address from the From label in every UI language', () => {
    const labels = { en: 'From: Postmaster@AOL.com', it: 'Da: Postmaster@AOL.com', fr: 'De\u202f: Postmaster <Postmaster@AOL.com>', de: 'Von: Postmaster@AOL.com', es: 'De: Postmaster@AOL.com' };
    for (const [lang, label] of Object.entries(labels)) {
      loadPage('outlook', `ndr-no-cause.${lang}.html`);
      expect(document.querySelector('span[aria-label]')!.getAttribute('aria-label'), lang).toBe(label);
      const [message, ...rest] = outlookAdapter().findOpenMessages(document);
      expect(rest, lang).toHaveLength(0);
      expect(from(message!.readText()), lang).toBe('Postmaster <Postmaster@AOL.com>');
      expect(message!.mightBeNotice, lang).toBe(true);
    }
  });

  it('gives a message the same key after Outlook re-renders it, and when a collapsed one is expanded', () => {
    loadPage('outlook', 'conversation.html');
    const before = outlookAdapter().findOpenMessages(document).map((m) => m.key);
    const list = document.querySelector('[data-app-section="ConversationContainer"]')!;
    list.replaceWith(list.cloneNode(true));
    expect(outlookAdapter().findOpenMessages(document).map((m) => m.key)).toEqual(before);
    // Expanding the first (collapsed) message gives it a body: the others keep their keys.
    const collapsed = document.querySelector('[aria-expanded="false"]')!;
    const open = document.querySelectorAll('[aria-expanded="true"]')[0]!.cloneNode(true) as Element;
    collapsed.replaceWith(open);
    const after = outlookAdapter().findOpenMessages(document).map((m) => m.key);
    expect(after).toHaveLength(before.length + 1);
    expect(after.slice(1)).toEqual(before);
  });

  it('reads the older reading pane: list items, the address in a title, the place from aria-posinset', () => {
    loadPage('outlook', 'legacy-reading-pane.html');
    expect(document.querySelector('#ConversationReadingPaneContainer, [aria-expanded], span[aria-label]')).toBeNull();
    const messages = outlookAdapter().findOpenMessages(document);
    expect(messages).toHaveLength(2);
    for (const m of messages) expect(m.container.getAttribute('role')).toBe('listitem');
    expect(messages.map((m) => from(m.readText()))).toEqual(['Shironeko <shironeko@example.org>', 'MAILER-DAEMON@mv-osn-hcb007.ocn.ad.jp']);
    expect(messages[1]!.readText()).toMatch(/^From: .*\nSubject: Nyaan\n\n/);
    const twin = messages[1]!.container.cloneNode(true) as Element;
    twin.setAttribute('aria-posinset', '3');
    messages[1]!.container.after(twin);
    const keys = outlookAdapter().findOpenMessages(document).map((m) => m.key);
    expect(new Set(keys).size).toBe(3);
  });

  it('falls back to the ARIA documents of a <main> region, and to its heading, without the ids', () => {
    loadPage('outlook', 'no-ids.html');
    expect(document.querySelector('[id^="UniqueMessageBody"], [role="main"], [role="heading"]')).toBeNull();
    const [message, ...rest] = outlookAdapter().findOpenMessages(document);
    expect(rest).toHaveLength(0);
    expect(message!.body.getAttribute('role')).toBe('document');
    expect(message!.readText()).toMatch(/^From: Microsoft Outlook <postmaster@outlook\.com>\nSubject: Undeliverable: Nyaan\n\n/);
    expect(message!.readText()).toContain('wasn\'t found at the destination domain');
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
    document.querySelector('[id$="_SUBJECT"]')!.setAttribute('title', 'Undeliverable: Nyaan (2)');
    expect(outlookAdapter().findOpenMessages(document)[0]!.key).toBe(empty!.key);
  });

  it('tells two identical NDRs of a conversation apart', () => {
    loadPage('outlook', 'ndr-reading-pane.html');
    const item = document.querySelector('[aria-expanded="true"]')!;
    item.after(item.cloneNode(true));
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
    // The core's reading (noticeSender), not a looser substring match: a person's address that
    // merely contains a daemon's name is a person's, and a page showing no sender shows none.
    expect(senderLooksLikeNotice('Postmaster Team <postmaster-noreply@example.com>')).toBe(false);
    expect(senderLooksLikeNotice('')).toBe(false);
    expect(senderLooksLikeNotice('Mail Delivery Subsystem <>')).toBe(true);
  });
});

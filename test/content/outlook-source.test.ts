// @vitest-environment happy-dom
/**
 * Outlook's View message source, followed the way a person does, on saved pages: a notice whose
 * text names no cause, in five UI languages, with the menus and the source dialog Outlook adds to
 * the page (test/fixtures/outlook/source-view, saved as fragments). A stand-in plays Outlook: it
 * adds each fragment when its item is clicked, as Outlook does.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { classify } from '../../src/core/index.js';
import { supportedLocales } from '../../src/core/locales.js';
import { outlookAdapter } from '../../src/content/outlook/adapter.js';
import { openSourceView, sourceIn } from '../../src/content/outlook/source-view.js';
import { extensionReader, fixtureIndex, hosts, loadPage, run, type Harness } from './helpers.js';
import { sourceViewFragment } from './source-view-fragments.js';

// Every language the extension speaks: a new one needs its saved page, menus and dialog.
const langs = supportedLocales;
const index = fixtureIndex('outlook');
const aol = index['ndr-no-cause.en.html']!.messages[0]!;
const raw = readFileSync(aol.raw, 'latin1');
const fragment = sourceViewFragment;

let harness: Harness | undefined;
/** The stand-in Outlook's listeners, taken away after each test. */
let playing = new AbortController();
afterEach(() => {
  harness?.controller.abort();
  harness = undefined;
  playing.abort();
  playing = new AbortController();
});

/** Adds HTML from a saved fragment to Outlook's layer host, without running anything in it. */
function show(html: string): Element[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  const added = Array.from(template.content.children);
  document.querySelector('#fluent-default-layer-host')!.append(...added);
  return added;
}

interface Outlook {
  readonly clicks: string[];
}

/**
 * Plays Outlook's part: More actions opens its menu, View its submenu, View message source closes
 * the menus and opens the dialog. `menu` and `view` replace a fragment (to leave an item out).
 */
function playOutlook(lang: string, options: { menu?: string; dialog?: boolean } = {}): Outlook {
  const clicks: string[] = [];
  const closeMenus = () => document.querySelectorAll('[role="menu"]').forEach((m) => m.closest('#fluent-default-layer-host > *')!.remove());
  const { signal } = playing;
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      clicks.push('Escape');
      closeMenus();
    }
  }, { signal });
  document.addEventListener('click', (e) => {
    const target = (e.target as Element).closest('button, [role="menuitem"]');
    if (!target) return;
    const name = (target.getAttribute('aria-label') ?? target.textContent ?? '').trim();
    clicks.push(name);
    if (target.matches('[role="toolbar"] button[aria-haspopup]')) {
      const open = target.getAttribute('aria-expanded') === 'true';
      target.setAttribute('aria-expanded', String(!open));
      if (open) closeMenus();
      else show(options.menu ?? fragment(`more-actions.${lang}.html`));
    } else if (target.matches('[role="menuitem"][aria-haspopup]')) {
      show(fragment(`view.${lang}.html`));
    } else if (target.matches('[role="menuitem"]') && /source|origine|quelle|origen/i.test(name)) {
      closeMenus();
      document.querySelector('[role="toolbar"] button[aria-expanded="true"]')?.setAttribute('aria-expanded', 'false');
      if (options.dialog !== false) setTimeout(() => signal.aborted || show(fragment(`source-dialog.${lang}.html`)), 30);
    }
  }, { signal });
  return { clicks };
}

describe("Outlook's View message source", () => {
  for (const lang of langs) {
    it(`${lang}: follows More actions > View > View message source and reads the source the dialog shows`, async () => {
      loadPage('outlook', `ndr-no-cause.${lang}.html`);
      const outlook = playOutlook(lang);
      const [message] = outlookAdapter().findOpenMessages(document);
      const source = await message!.openSource!(new AbortController().signal);
      expect(typeof source).toBe('string');
      expect(source!.replace(/\r\n/g, '\n')).toBe(raw.replace(/\r\n/g, '\n'));
      expect(outlook.clicks).toHaveLength(3);
      // The dialog stays open (the user asked to see the notice); no menu is left open.
      expect(document.querySelectorAll('[role="dialog"]')).toHaveLength(1);
      expect(document.querySelector('[role="menu"]')).toBeNull();
      const verdict = await classify(source!, { mode: 'message' });
      expect(aol.accept).toContain(verdict.category);
    });
  }

  it('with the real classifier: the banner offers the full notice, then reads the verdict from the source', async () => {
    loadPage('outlook', 'ndr-no-cause.en.html');
    playOutlook('en');
    harness = run(outlookAdapter(), extensionReader());
    await harness.runner.settled();
    const [host] = hosts();
    expect(host!.getAttribute('data-whybounce-category')).toBe('other');
    expect(host!.shadowRoot!.querySelector('.wb-full')!.textContent).toContain('Read the full notice');
    host!.shadowRoot!.querySelector<HTMLButtonElement>('.wb-read')!.click();
    for (let i = 0; i < 100 && host!.getAttribute('data-whybounce-source') !== 'message'; i++) await new Promise((r) => setTimeout(r, 20));
    await harness.runner.settled();
    expect(hosts()).toEqual([host]);
    expect(host!.getAttribute('data-whybounce-source')).toBe('message');
    expect(aol.accept).toContain(host!.getAttribute('data-whybounce-category'));
    expect(host!.shadowRoot!.querySelector('.wb-source')!.textContent).toBe('Read from the message source. · whybounce');
    expect(host!.shadowRoot!.querySelector('.wb-full')).toBeNull();
  });

  it('says "manual" when the message has no menu button, and opens nothing', async () => {
    loadPage('outlook', 'ndr-no-cause.en.html');
    const outlook = playOutlook('en');
    document.querySelector('[role="toolbar"]')!.remove();
    const [message] = outlookAdapter().findOpenMessages(document);
    expect(await message!.openSource!(new AbortController().signal)).toBe('manual');
    expect(outlook.clicks).toEqual([]);
  });

  it('says "manual" when the menu has no way to the source, and closes the menu it opened', async () => {
    loadPage('outlook', 'ndr-no-cause.de.html');
    const menu = fragment('more-actions.de.html').replace(/<div role="menuitem"[^]*?Ansicht[^]*?<\/div>/, '');
    expect(menu).not.toContain('Ansicht');
    const outlook = playOutlook('de', { menu });
    const [message] = outlookAdapter().findOpenMessages(document);
    expect(await message!.openSource!(new AbortController().signal)).toBe('manual');
    expect(outlook.clicks).toEqual(['Weitere Aktionen', 'Escape']);
    expect(document.querySelector('[role="menu"]')).toBeNull();
  });

  it('leaves alone a menu the user has open, and a dialog the user opened before', async () => {
    loadPage('outlook', 'ndr-no-cause.fr.html');
    const outlook = playOutlook('fr');
    const users = show(fragment('more-actions.fr.html'))[0]!;
    const [message] = outlookAdapter().findOpenMessages(document);
    expect(await message!.openSource!(new AbortController().signal)).toBe('manual');
    expect(users.isConnected).toBe(true);
    expect(outlook.clicks).toEqual([]);
    users.remove();
    // A source dialog already open (another message's, say) is not this message's source.
    const before = show(fragment('source-dialog.fr.html').replace(/Nyaaaaan/g, 'Another one'));
    const source = await message!.openSource!(new AbortController().signal);
    expect(source).toContain('Nyaaaaan');
    expect(before.every((e) => e.isConnected)).toBe(true);
  });

  it('gives up with null when no source appears and the view changes', async () => {
    loadPage('outlook', 'ndr-no-cause.en.html');
    playOutlook('en', { dialog: false });
    const [message] = outlookAdapter().findOpenMessages(document);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    expect(await openSourceView(message!.container, controller.signal)).toBeNull();
  });

  it('reads the source from a <pre>, a textarea, or the dialog text after its title; nothing from a dialog that is not a message', () => {
    document.body.innerHTML = '<div id="fluent-default-layer-host"></div>';
    const [, pre] = show(fragment('source-dialog.en.html'));
    expect(pre!.querySelector('pre')).not.toBeNull();
    expect(sourceIn(pre!)).toMatch(/^Return-Path: |^Received: |^[A-Z][\w-]*: /);
    const [, textarea] = show(fragment('source-dialog.es.html'));
    expect(textarea!.querySelector('textarea')).not.toBeNull();
    expect(sourceIn(textarea!)).toBe(sourceIn(pre!));
    const plain = document.createElement('div');
    plain.setAttribute('role', 'dialog');
    plain.append('Message source\n', raw.split(/\r?\n\r?\n/)[0]!, '\n\nbody');
    expect(sourceIn(plain)).toMatch(/^[A-Z][\w-]*: /);
    const details = document.createElement('div');
    details.setAttribute('role', 'dialog');
    details.textContent = 'Message details\nFrom: Postmaster\nTo: me\n\nNothing else';
    expect(sourceIn(details)).toBeNull();
  });
});

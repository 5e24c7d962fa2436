/**
 * "Read the full notice" in the built extension, in Chromium and Firefox: an Outlook notice whose
 * text names no cause gets a banner that offers it; one real click on it follows Outlook's own
 * More actions > View > View message source (played in the page from the saved fragments of
 * test/fixtures/outlook/source-view, as Outlook adds them), and the banner is read again from the
 * source the dialog shows. No request leaves the webmail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { e2eBrowsers, launch, type E2EBrowser, type E2EPage } from './browser.js';
import { outlookIndex } from './webmail-server.js';
import { sourceViewFragment } from '../content/source-view-fragments.js';

const fragment = sourceViewFragment;
const page = 'ndr-no-cause.en.html';
const accept = outlookIndex[page]!.messages[0]!.accept;

/** Plays Outlook in the page: each click adds what Outlook would add (no network, no script of its own). */
async function playOutlook(tab: E2EPage, options: { withMenu: boolean }): Promise<void> {
  await tab.evaluate(
    (f: { more: string; view: string; dialog: string; withMenu: boolean }) => {
      const host = document.querySelector('#fluent-default-layer-host')!;
      const show = (html: string) => {
        const t = document.createElement('template');
        t.innerHTML = html;
        host.append(...Array.from(t.content.children));
      };
      const closeMenus = () => document.querySelectorAll('[role="menu"]').forEach((m) => m.closest('#fluent-default-layer-host > *')?.remove());
      if (!f.withMenu) document.querySelectorAll('[role="toolbar"]').forEach((t) => t.remove());
      document.addEventListener('keydown', (e) => e.key === 'Escape' && closeMenus());
      document.addEventListener('click', (e) => {
        const target = (e.target as Element).closest('button, [role="menuitem"]');
        if (!target || target.closest('[data-whybounce-host]')) return;
        if (target.matches('[role="toolbar"] button[aria-haspopup]')) {
          target.setAttribute('aria-expanded', 'true');
          show(f.more);
        } else if (target.matches('[role="menuitem"][aria-haspopup]')) {
          show(f.view);
        } else if (target.matches('[role="menuitem"]') && /source/i.test(target.textContent ?? '')) {
          closeMenus();
          setTimeout(() => show(f.dialog), 100);
        }
      });
    },
    { more: fragment('more-actions.en.html'), view: fragment('view.en.html'), dialog: fragment('source-dialog.en.html'), withMenu: options.withMenu },
  );
}

const host = '[data-whybounce-host]';

for (const name of e2eBrowsers) {
  describe(`${name}: Outlook's full notice`, () => {
    let b: E2EBrowser;
    beforeAll(async () => {
      b = await launch(name);
    }, 120_000);
    afterAll(() => b?.close());

    it('offers the full notice, reads the verdict from View message source on one click, and says so', async () => {
      const tab = await b.openWebmail('outlook', page);
      await tab.waitFor(() => document.querySelector('[data-whybounce-host]')?.getAttribute('data-whybounce-source') === 'text');
      expect(await tab.attr(host, 'data-whybounce-category')).toBe('other');
      expect(await tab.text(`${host} >>> .wb-read`)).toBe('Read the full notice');
      await playOutlook(tab, { withMenu: true });
      await tab.click(`${host} >>> .wb-read`);
      await tab.waitFor(() => document.querySelector('[data-whybounce-host]')?.getAttribute('data-whybounce-source') === 'message', undefined, { timeout: 20_000 });
      expect(await tab.count(host)).toBe(1);
      expect(accept).toContain(await tab.attr(host, 'data-whybounce-category'));
      expect(await tab.text(`${host} >>> .wb-source`)).toBe('Read from the message source. · whybounce');
      expect(await tab.count(`${host} >>> .wb-full`)).toBe(0);
      // The source dialog stays open; no menu is left open.
      expect(await tab.count('[role="dialog"]')).toBe(1);
      expect(await tab.count('[role="menu"]')).toBe(0);
      await tab.screenshot(b.shot('outlook-full-notice.png'), { selector: host });
      expect(b.foreign).toEqual([]);
      await tab.close();
    }, 60_000);

    it('says which two clicks to make when the menu cannot be found', async () => {
      const tab = await b.openWebmail('outlook', page);
      await tab.waitFor(() => document.querySelector('[data-whybounce-host]') !== null);
      await playOutlook(tab, { withMenu: false });
      await tab.click(`${host} >>> .wb-read`);
      await tab.waitFor(() => document.querySelector('[data-whybounce-host]')?.shadowRoot?.querySelector('.wb-full[data-state="manual"]') !== null);
      expect(await tab.text(`${host} >>> .wb-full`)).toContain('View > View message source');
      expect(await tab.attr(host, 'data-whybounce-source')).toBe('text');
      expect(b.foreign).toEqual([]);
      await tab.close();
    }, 60_000);
  });
}

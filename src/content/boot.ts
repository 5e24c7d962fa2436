/**
 * Wires a webmail adapter to the extension: storage for settings, the core classifier, and the
 * toolbar badge. Everything else is in the runner, which the tests drive without these APIs.
 */
import browser from 'webextension-polyfill';
import { classify, classifyText } from '../core/index.js';
import { startRunner } from './runner.js';
import { extensionStore } from './settings-storage.js';
import type { WebmailAdapter } from './webmail.js';

export function boot(adapter: WebmailAdapter): void {
  const controller = new AbortController();
  startRunner({
    adapter,
    doc: document,
    store: extensionStore(),
    uiLanguage: browser.i18n.getUILanguage(),
    classify,
    classifyText,
    signal: controller.signal,
    onCount: (count) => {
      // Only a number leaves the page: the background shows it on the toolbar button.
      browser.runtime.sendMessage({ type: 'whybounce:count', count }).catch(() => {
        // The extension was reloaded or updated under this page: this copy of the script is orphaned.
        controller.abort();
      });
    },
  });
}

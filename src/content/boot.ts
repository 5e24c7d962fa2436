/**
 * Wires a webmail adapter to the extension: storage for settings, the background for verdicts,
 * their words and the toolbar badge. Everything else is in the runner, which the tests drive
 * without these APIs.
 */
import { backgroundReader, type BackgroundReader } from './background-read.js';
import { ext as browser } from './ext.js';
import type { CountMessage } from './messages.js';
import { startRunner, type Runner } from './runner.js';
import { extensionStore } from './settings-storage.js';
import type { WebmailAdapter } from './webmail.js';

/**
 * The page reads, the background classifies and explains (background-read.ts): this script
 * carries neither the classifier nor the advice catalogs. `reader` is shared with the Gmail digest.
 */
export function boot(adapter: WebmailAdapter, reader: BackgroundReader = backgroundReader()): Runner {
  const controller = new AbortController();
  const orphaned = () => controller.abort();
  return startRunner({
    adapter,
    doc: document,
    store: extensionStore(),
    uiLanguage: browser.i18n.getUILanguage(),
    classify: reader.classify,
    classifyText: reader.classifyText,
    explain: reader.explain,
    signal: controller.signal,
    onCount: (count) => {
      // Only a number: the background shows it on the toolbar button.
      const message: CountMessage = { type: 'whybounce:count', count };
      // A failure means the extension was reloaded or updated under this page: this copy of the
      // script is orphaned and stops.
      browser.runtime.sendMessage(message).catch(orphaned);
    },
  });
}

/**
 * Wires a webmail adapter to the extension: storage for settings, the core classifier, the
 * background for explanations and the toolbar badge. Everything else is in the runner, which the
 * tests drive without these APIs.
 */
import { classifyText, type ClassifyInput, type ClassifyOptions, type Verdict } from '../core/index.js';
import { ext as browser } from './ext.js';
import { fallbackExplanation, isExplanation, type Explanation } from './explanation.js';
import { englishWords } from './words.js';
import type { CountMessage, ExplainMessage } from './messages.js';
import { startRunner, type Runner } from './runner.js';
import { extensionStore } from './settings-storage.js';
import type { WebmailAdapter } from './webmail.js';

/**
 * `classify` reads a message's original source (MIME, through postal-mime); only a webmail that
 * offers the source (Gmail) passes it, so the others' scripts do not carry the MIME parser.
 */
export function boot(adapter: WebmailAdapter, classify?: (input: ClassifyInput, options?: ClassifyOptions) => Promise<Verdict>): Runner {
  const controller = new AbortController();
  const orphaned = () => controller.abort();
  return startRunner({
    adapter,
    doc: document,
    store: extensionStore(),
    uiLanguage: browser.i18n.getUILanguage(),
    classify: classify ?? (async (input) => classifyText(typeof input === 'string' ? input : new TextDecoder().decode(input))),
    // What a webmail renders is read strictly: a server's answer quoted in ordinary mail gets no banner.
    classifyText: (text) => classifyText(text, { origin: 'rendered' }),
    // The classifier runs here; its verdict is put into words by the background, which carries
    // the advice catalogs that would not fit this script's size budget.
    explain: async (verdict, locale): Promise<Explanation> => {
      const message: ExplainMessage = { type: 'whybounce:explain', verdict, locale };
      const answer: unknown = await browser.runtime.sendMessage(message);
      return isExplanation(answer, verdict) ? answer : fallbackExplanation(verdict, englishWords);
    },
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

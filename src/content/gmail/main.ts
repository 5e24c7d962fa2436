/** Content script for mail.google.com. */
import { backgroundReader } from '../background-read.js';
import { boot } from '../boot.js';
import { englishDigestWords, isDigestWords } from '../digest/words.js';
import { ext } from '../ext.js';
import { pickLocale } from '../locale.js';
import type { DigestWordsMessage } from '../messages.js';
import { extensionStore } from '../settings-storage.js';
import { gmailAdapter } from './adapter.js';
import { startGmailDigest } from './digest.js';

// Gmail offers each message's original source: the page fetches it, the background classifies it
// (background-read.ts), as it does the text on screen.
const reader = backgroundReader();
const runner = boot(gmailAdapter(), reader);

// The bounce digest on list and search views.
const store = extensionStore();
startGmailDigest({
  doc: document,
  signal: new AbortController().signal,
  classify: (raw) => reader.classify(raw),
  // A notice whose banner already read its source is not fetched again (the adapter's keys).
  known: (permmsgid) => runner.sourceVerdict(`gmail:${permmsgid}`),
  words: async () => {
    const locale = pickLocale(await store.getLocale(), ext.i18n.getUILanguage());
    const message: DigestWordsMessage = { type: 'whybounce:digest-words', locale };
    const words: unknown = await ext.runtime.sendMessage(message).catch(() => null);
    return isDigestWords(words) ? { words, locale } : { words: englishDigestWords, locale: 'en' };
  },
});

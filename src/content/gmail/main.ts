/** Content script for mail.google.com. */
import { createClassify } from '../../core/classify.js';
import { boot } from '../boot.js';
import { englishDigestWords, isDigestWords } from '../digest/words.js';
import { ext } from '../ext.js';
import { pickLocale } from '../locale.js';
import { isMessageParts, type DigestWordsMessage, type MimeMessage } from '../messages.js';
import { extensionStore } from '../settings-storage.js';
import { gmailAdapter } from './adapter.js';
import { startGmailDigest } from './digest.js';

// Gmail offers each message's original source: the classifier reads it here. Most notices are
// 7-bit and read in place; for the few that need MIME decoding (base64, quoted-printable,
// charsets) the background runs postal-mime, which this script does not carry (size budget).
const classify = createClassify(async (raw) => {
  const message: MimeMessage = { type: 'whybounce:mime', raw: typeof raw === 'string' ? raw : new TextDecoder().decode(raw) };
  const parts: unknown = await ext.runtime.sendMessage(message);
  if (!isMessageParts(parts)) throw new Error('no MIME reading from the background');
  return parts;
});
const runner = boot(gmailAdapter(), classify);

// The bounce digest on list and search views.
const store = extensionStore();
startGmailDigest({
  doc: document,
  signal: new AbortController().signal,
  classify: (raw) => classify(raw),
  // A notice whose banner already read its source is not fetched again (the adapter's keys).
  known: (permmsgid) => runner.sourceVerdict(`gmail:${permmsgid}`),
  words: async () => {
    const locale = pickLocale(await store.getLocale(), ext.i18n.getUILanguage());
    const message: DigestWordsMessage = { type: 'whybounce:digest-words', locale };
    const words: unknown = await ext.runtime.sendMessage(message).catch(() => null);
    return isDigestWords(words) ? { words, locale } : { words: englishDigestWords, locale: 'en' };
  },
});

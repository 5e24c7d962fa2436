/**
 * The background script puts verdicts into words for the content scripts (the advice catalogs
 * are too large to ship in every webmail page, see src/content/explain-local.ts), decodes MIME
 * for the Gmail script when a message source needs it (postal-mime), and keeps the
 * toolbar badge in step with the number of bounce banners a tab shows. It needs no permission:
 * messages from the extension's own content scripts carry their tab id.
 */
import browser from 'webextension-polyfill';
import { explainLocally } from '../content/explain-local.js';
import { readWithPostalMime } from '../core/parse/postal.js';
import { digestWords } from '../content/i18n.js';
import { isCountMessage, isDigestWordsMessage, isExplainMessage, isMimeMessage } from '../content/messages.js';

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  // Only this extension's own pages and content scripts can reach this listener (no
  // externally_connectable), but the shape is still checked before use.
  if (sender.id !== browser.runtime.id) return undefined;
  if (isExplainMessage(message)) return Promise.resolve(explainLocally(message.verdict, message.locale));
  if (isDigestWordsMessage(message)) return Promise.resolve(digestWords(message.locale));
  // MIME decoding for the Gmail script (postal-mime lives here, not in every Gmail page).
  if (isMimeMessage(message)) return readWithPostalMime(message.raw);
  const tabId = sender.tab?.id;
  if (!isCountMessage(message) || tabId === undefined) return undefined;
  const count = Math.max(0, Math.min(999, Math.floor(message.count)));
  const text = count > 0 ? String(count) : '';
  const title = count > 0 ? browser.i18n.getMessage('badgeTitle', [String(count)]) : browser.i18n.getMessage('actionTitle');
  return Promise.all([
    browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' }),
    browser.action.setBadgeText({ tabId, text }),
    browser.action.setTitle({ tabId, title }),
  ]).then(() => undefined);
});

/**
 * The background script classifies what the content scripts read and puts bounces into words
 * (the classifier and the advice catalogs are too large to ship in every webmail page, see
 * src/content/background-read.ts), sends the digest's words, and keeps the
 * toolbar badge in step with the number of bounce banners a tab shows. It needs no permission:
 * messages from the extension's own content scripts carry their tab id.
 */
import browser from 'webextension-polyfill';
import { isCountMessage } from '../content/messages.js';
import { answerContent } from './answers.js';

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  // Only this extension's own pages and content scripts can reach this listener (no
  // externally_connectable), but the shape is still checked before use.
  if (sender.id !== browser.runtime.id) return undefined;
  const answer = answerContent(message);
  if (answer) return answer;
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

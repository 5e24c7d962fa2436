/**
 * The background script only keeps the toolbar badge in step with the number of bounce banners
 * a tab shows. It needs no permission: the content script's message carries its own tab id.
 */
import browser from 'webextension-polyfill';

interface CountMessage {
  readonly type: 'whybounce:count';
  readonly count: number;
}

function isCountMessage(value: unknown): value is CountMessage {
  const m = value as Partial<CountMessage> | null;
  return m?.type === 'whybounce:count' && typeof m.count === 'number' && Number.isFinite(m.count);
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
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

/**
 * The SettingsStore backed by the extension's storage. The language follows the user across
 * browsers (`storage.sync`); dismissed ids stay on this machine (`storage.local`).
 */
import browser from 'webextension-polyfill';
import { isLocale, type LocalePreference } from './locale.js';
import { appendBounded, type SettingsStore } from './settings.js';

const localeKey = 'locale';
const dismissedKey = 'dismissed';

async function readDismissed(): Promise<string[]> {
  const stored = (await browser.storage.local.get(dismissedKey))[dismissedKey];
  return Array.isArray(stored) ? stored.filter((k): k is string => typeof k === 'string') : [];
}

export function extensionStore(): SettingsStore {
  return {
    async getLocale() {
      const value = (await browser.storage.sync.get(localeKey))[localeKey];
      return isLocale(value) ? value : 'auto';
    },
    async setLocale(value: LocalePreference) {
      await browser.storage.sync.set({ [localeKey]: value });
    },
    async getDismissed() {
      return new Set(await readDismissed());
    },
    async dismiss(key) {
      await browser.storage.local.set({ [dismissedKey]: appendBounded(await readDismissed(), key) });
    },
    async clearDismissed() {
      await browser.storage.local.remove(dismissedKey);
    },
    onChange(callback, signal) {
      const listener = (changes: Record<string, unknown>) => {
        if (localeKey in changes || dismissedKey in changes) callback();
      };
      browser.storage.onChanged.addListener(listener);
      signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
    },
  };
}

/**
 * The SettingsStore backed by the extension's storage. The language follows the user across
 * browsers (`storage.sync`); dismissed ids stay on this machine (`storage.local`).
 *
 * Each dismissed id is a key of its own (`dismissed:<id>` → when it was hidden), so that hiding
 * two banners at once (two quick clicks, two tabs) never loses one: a single list would be read,
 * changed and written back by both, and the second write would drop the first one's id.
 */
import { ext as browser } from './ext.js';
import { isLocale, type LocalePreference } from './locale.js';
import { maxDismissed, type SettingsStore } from './settings.js';

const localeKey = 'locale';
const dismissedPrefix = 'dismissed:';
/** Before one key per id, all ids were one list under this key; it is read, then folded in. */
const legacyKey = 'dismissed';

type Stored = Record<string, unknown>;

const isDismissedKey = (key: string) => key.startsWith(dismissedPrefix) || key === legacyKey;

function legacyIds(all: Stored): string[] {
  const stored = all[legacyKey];
  return Array.isArray(stored) ? stored.filter((k): k is string => typeof k === 'string') : [];
}

/** Each dismissed id with when it was hidden, oldest first. */
function dismissedEntries(all: Stored): [string, number][] {
  const entries: [string, number][] = legacyIds(all).map((id, i) => [id, i - 1e15]);
  for (const [key, value] of Object.entries(all)) {
    if (key.startsWith(dismissedPrefix)) entries.push([key.slice(dismissedPrefix.length), typeof value === 'number' ? value : 0]);
  }
  return entries.sort((a, b) => a[1] - b[1]);
}

/** Folds the legacy list into keys of their own and drops the oldest ids past the limit. */
async function tidy(): Promise<void> {
  const all = (await browser.storage.local.get(null)) as Stored;
  const legacy = legacyIds(all);
  if (legacy.length > 0 || legacyKey in all) {
    // Older than anything hidden since, in the list's own order.
    await browser.storage.local.set(Object.fromEntries(legacy.filter((id) => !(`${dismissedPrefix}${id}` in all)).map((id, i) => [`${dismissedPrefix}${id}`, i])));
    await browser.storage.local.remove(legacyKey);
  }
  const entries = dismissedEntries((await browser.storage.local.get(null)) as Stored);
  if (entries.length > maxDismissed) {
    await browser.storage.local.remove(entries.slice(0, entries.length - maxDismissed).map(([id]) => `${dismissedPrefix}${id}`));
  }
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
      return new Set(dismissedEntries((await browser.storage.local.get(null)) as Stored).map(([id]) => id));
    },
    async dismiss(key) {
      // One key written on its own: nothing else is read or rewritten, so nothing can be lost.
      await browser.storage.local.set({ [`${dismissedPrefix}${key}`]: Date.now() });
      await tidy();
    },
    async restore(key) {
      await browser.storage.local.remove(`${dismissedPrefix}${key}`);
    },
    async clearDismissed() {
      const all = (await browser.storage.local.get(null)) as Stored;
      await browser.storage.local.remove(Object.keys(all).filter(isDismissedKey));
    },
    onChange(callback, signal) {
      const listener = (changes: Record<string, unknown>) => {
        if (localeKey in changes || Object.keys(changes).some(isDismissedKey)) callback();
      };
      browser.storage.onChanged.addListener(listener);
      signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
    },
  };
}

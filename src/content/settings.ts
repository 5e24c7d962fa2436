/**
 * What the extension remembers: the language choice and the ids of dismissed banners. Never any
 * message text (the hardening issue forbids storing message content). The interface lets the
 * content scripts and their tests run without the extension APIs.
 */
import type { LocalePreference } from './locale.js';

/** Enough dismissed ids for years of bounces; the oldest fall off first. */
export const maxDismissed = 1000;

export interface SettingsStore {
  getLocale(): Promise<LocalePreference>;
  setLocale(value: LocalePreference): Promise<void>;
  getDismissed(): Promise<Set<string>>;
  dismiss(messageKey: string): Promise<void>;
  /** Takes one id back off the list (the banner's Undo). */
  restore(messageKey: string): Promise<void>;
  clearDismissed(): Promise<void>;
  /** Calls back when another page (options, another tab) changed a setting. */
  onChange(callback: () => void, signal: AbortSignal): void;
}

/** For tests and for pages where storage is unavailable. */
export function memoryStore(initial: { locale?: LocalePreference; dismissed?: string[] } = {}): SettingsStore {
  let locale: LocalePreference = initial.locale ?? 'auto';
  let dismissed = [...(initial.dismissed ?? [])];
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());
  return {
    getLocale: async () => locale,
    setLocale: async (value) => {
      locale = value;
      changed();
    },
    getDismissed: async () => new Set(dismissed),
    dismiss: async (key) => {
      dismissed = appendBounded(dismissed, key);
      changed();
    },
    restore: async (key) => {
      dismissed = dismissed.filter((k) => k !== key);
      changed();
    },
    clearDismissed: async () => {
      dismissed = [];
      changed();
    },
    onChange: (callback, signal) => {
      listeners.add(callback);
      signal.addEventListener('abort', () => listeners.delete(callback), { once: true });
    },
  };
}

export function appendBounded(list: readonly string[], key: string): string[] {
  const next = list.filter((k) => k !== key);
  next.push(key);
  return next.length > maxDismissed ? next.slice(next.length - maxDismissed) : next;
}

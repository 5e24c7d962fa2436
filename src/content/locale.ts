/**
 * Which language to speak. Kept apart from the word catalogs (i18n.ts) so that the content
 * scripts can pick a language without carrying five catalogs (they get their words from the
 * background, see words.ts).
 */
import { type Locale, supportedLocales } from '../core/locales.js';

/** The core's one list of languages (src/core/locales.ts). */
export const locales = supportedLocales;
export type { Locale };
export type LocalePreference = Locale | 'auto';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * The language to show: the user's explicit choice, else the browser's UI language
 * (`it-IT` -> `it`), else English.
 */
export function pickLocale(preference: LocalePreference | undefined, uiLanguage: string): Locale {
  if (preference && preference !== 'auto' && isLocale(preference)) return preference;
  const base = uiLanguage.toLowerCase().split(/[-_]/)[0];
  return isLocale(base) ? base : 'en';
}

/** `$1`..`$9` are replaced as Chrome's getMessage does; `$$` is a literal dollar sign. */
export function substitute(message: string, subs: readonly (string | number)[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : String(subs[Number(d) - 1] ?? '')));
}

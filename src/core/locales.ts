/**
 * The languages whybounce speaks: the one list every part derives from (the advice catalogs, the
 * extension's words and settings page, the CLI's --lang). English first: it is the fallback.
 * Kept apart from the catalogs so a content script can read the list without carrying them.
 */
export const supportedLocales = ['en', 'it', 'fr', 'de', 'es'] as const;
export type Locale = (typeof supportedLocales)[number];

/** Each language's name in itself, for a language picker. */
export const localeNames = { en: 'English', it: 'Italiano', fr: 'Français', de: 'Deutsch', es: 'Español' } as const satisfies Record<Locale, string>;

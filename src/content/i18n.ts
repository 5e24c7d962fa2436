/**
 * The extension's own words (banner chrome, popup, options), one catalog per language in
 * public/_locales so that Chrome and Firefox can also use them for the manifest. The catalogs are
 * bundled rather than read through `i18n.getMessage` because that API only ever answers in the
 * browser's UI language, and the options page lets a user pick another one.
 */
import en from '../../public/_locales/en/messages.json';
import it from '../../public/_locales/it/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import de from '../../public/_locales/de/messages.json';
import es from '../../public/_locales/es/messages.json';

export const locales = ['en', 'it', 'fr', 'de', 'es'] as const;
export type Locale = (typeof locales)[number];
export type LocalePreference = Locale | 'auto';

export type MessageKey = keyof typeof en;
type Catalog = Record<MessageKey, { readonly message: string }>;

// `satisfies` makes a key missing from any language a compile error, not a blank in the UI.
const catalogs = { en, it, fr, de, es } satisfies Record<Locale, Catalog>;

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

export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

/** `$1`..`$9` are replaced as Chrome's getMessage does; `$$` is a literal dollar sign. */
export function translator(locale: Locale): Translate {
  const catalog: Catalog = catalogs[locale];
  return (key, ...subs) =>
    (catalog[key] ?? en[key]).message.replace(/\$(\$|[1-9])/g, (_, d: string) =>
      d === '$' ? '$' : String(subs[Number(d) - 1] ?? ''),
    );
}

/**
 * The extension's own words (banner chrome, popup, options), one catalog per language in
 * public/_locales so that Chrome and Firefox can also use them for the manifest. The catalogs are
 * bundled rather than read through `i18n.getMessage` because that API only ever answers in the
 * browser's UI language, and the options page lets a user pick another one. Content scripts do not
 * import this file (see words.ts).
 */
import en from '../../public/_locales/en/messages.json';
import it from '../../public/_locales/it/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import de from '../../public/_locales/de/messages.json';
import es from '../../public/_locales/es/messages.json';
import { substitute, type Locale } from './locale.js';
import { bannerKeys, type BannerKey, type BannerWords } from './words.js';
import { digestKeys, type DigestKey, type DigestWords } from './digest/words.js';

export { isLocale, locales, pickLocale, type Locale, type LocalePreference } from './locale.js';

export type MessageKey = keyof typeof en;
type Catalog = Record<MessageKey, { readonly message: string }>;

// `satisfies` makes a key missing from any language a compile error, not a blank in the UI.
const catalogs = { en, it, fr, de, es } satisfies Record<Locale, Catalog>;

export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

export function translator(locale: Locale): Translate {
  const catalog: Catalog = catalogs[locale];
  return (key, ...subs) => substitute((catalog[key] ?? en[key]).message, subs);
}

/** Some of one language's words, to send to a content script. */
function wordsOf<K extends MessageKey>(locale: Locale, keys: readonly K[]): Record<K, string> {
  const catalog: Catalog = catalogs[locale];
  return Object.fromEntries(keys.map((k) => [k, catalog[k].message])) as Record<K, string>;
}

/** The banner's words in one language, to send to a content script. */
export function bannerWords(locale: Locale): BannerWords {
  return wordsOf<BannerKey>(locale, bannerKeys);
}

/** The bounce digest's words in one language (Gmail's panel, the digest page). */
export function digestWords(locale: Locale): DigestWords {
  return wordsOf<DigestKey>(locale, digestKeys);
}

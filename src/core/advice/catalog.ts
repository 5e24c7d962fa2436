/**
 * The catalogs, their type, locale resolution and the template filler.
 *
 * English is the source catalog: its keys are the `Catalog` type, so a key missing from (or
 * misspelt in) any other language fails the type check. Each translation must also keep every
 * `{placeholder}` its English string has; the type says so, per key (see `WithSlots`).
 */
import { en } from './catalogs/en.js';
import { it } from './catalogs/it.js';
import { fr } from './catalogs/fr.js';
import { de } from './catalogs/de.js';
import { es } from './catalogs/es.js';
import { type Locale, supportedLocales } from '../locales.js';

type En = typeof en;

/** The placeholder names in a string type: `Slots<'a {x} b {y}'>` is `'x' | 'y'`. */
type Slots<S extends string> = S extends `${string}{${infer P}}${infer R}` ? P | Slots<R> : never;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
/**
 * A string holding each of the placeholders, in any order: word order differs between languages,
 * so each placeholder is checked on its own rather than as one pattern.
 */
type WithSlots<S extends string> = [Slots<S>] extends [never]
  ? string
  : UnionToIntersection<Slots<S> extends infer P extends string ? `${string}{${P}}${string}` : never>;

/** What every language must provide: the English keys, each with the English placeholders. */
export type Catalog = { readonly [K in keyof En]: WithSlots<En[K]> };
export type MessageKey = keyof Catalog;

export { supportedLocales, type Locale };

export const catalogs = { en, it, fr, de, es } as const satisfies Record<Locale, Catalog>;

const isLocale = (tag: string): tag is Locale => (supportedLocales as readonly string[]).includes(tag);

/**
 * The supported locale for a BCP 47 tag (or a preference list such as `navigator.languages`):
 * drop subtags from the right until one is supported, then try the next tag, then English.
 * @example resolveLocale('it-CH') // 'it'
 * @example resolveLocale(['pt-BR', 'de-AT']) // 'de'
 * @example resolveLocale('pt') // 'en'
 */
export function resolveLocale(tags?: string | readonly string[]): Locale {
  const list = typeof tags === 'string' ? [tags] : (tags ?? []);
  for (const raw of list) {
    // POSIX locales (it_CH.UTF-8, from LANG) reach the CLI as often as BCP 47 tags.
    const dot = raw.indexOf('.');
    let tag = (dot >= 0 ? raw.slice(0, dot) : raw).trim().replace(/_/g, '-').toLowerCase();
    while (tag) {
      if (isLocale(tag)) return tag;
      const cut = tag.lastIndexOf('-');
      tag = cut > 0 ? tag.slice(0, cut) : '';
    }
  }
  return 'en';
}

/** Values for placeholders; an empty or missing value means "not known". */
export type Params = Readonly<Record<string, string | undefined>>;

const slotPattern = /\{([a-zA-Z]+)\}/g;

/** The placeholder names a template uses. */
export function slotsOf(template: string): string[] {
  return [...template.matchAll(slotPattern)].map((m) => m[1] ?? '');
}

/**
 * Fill the placeholders in one pass. One pass matters: a value is text from the bounce (an
 * address, a host name) and may itself contain `{server}`; it must come out verbatim, not be
 * filled again.
 */
export function fill(template: string, params: Params): string {
  return template.replace(slotPattern, (whole, name: string) => params[name] || whole);
}

/**
 * The first variant whose placeholders are all known, filled. Variants run from the most to the
 * least specific ("…({server}) says {recipient}…", then "…says {recipient}…", then neither), so a
 * verdict without a host or address reads naturally instead of printing "unknown".
 */
export function pick(catalog: Catalog, keys: readonly MessageKey[], params: Params): string {
  for (const key of keys) {
    const template: string = catalog[key];
    if (slotsOf(template).every((name) => params[name])) return fill(template, params);
  }
  const last = keys[keys.length - 1];
  return last === undefined ? '' : fill(catalog[last], params);
}

/**
 * Each language's plural rules and digits, made on first use and kept: constant objects, the same
 * whatever asks, so nothing carries from one message to the next. Not at import: the first Intl
 * object of a thread loads ICU's locale data (~25 ms), which a run that writes no advice (the
 * CLI's --json, --csv and --summary, in each of its threads) never needs.
 */
const byLocale = <T>(make: (locale: Locale) => T): ((locale: Locale) => T) => {
  const made: Partial<Record<Locale, T>> = {};
  return (locale) => (made[locale] ??= make(locale));
};
const pluralRules = byLocale((locale) => new Intl.PluralRules(locale));
const numberFormats = byLocale((locale) => new Intl.NumberFormat(locale));

/**
 * A counted phrase: the catalog keeps its forms as `base.one`, `base.other` and, where the
 * language has a word for a pair ("both", "entrambi", "les deux", "beide", "las dos"),
 * `base.both`. The language's own plural rules (CLDR, through Intl.PluralRules) pick the form,
 * so French reads 0 and 1 as singular and English only 1; a form the catalog lacks ("many" for
 * a million in Italian or Spanish) falls back to `other`. `{count}` is the number in the
 * locale's digits.
 * @example counted(catalogs.en, 'en', 'outcome.mailbox-full', 2) // '2 mailboxes are full'
 */
export function counted(catalog: Catalog, locale: Locale, base: string, n: number, params: Params = {}): string {
  const forms = catalog as unknown as Readonly<Record<string, string | undefined>>;
  const template = (n === 2 ? forms[`${base}.both`] : undefined) ?? forms[`${base}.${pluralRules(locale).select(n)}`] ?? forms[`${base}.other`] ?? '';
  return fill(template, { ...params, count: numberFormats(locale).format(n) });
}

// Each language's catalog for several addresses, made on first use (byLocale).
const severalCatalogs = byLocale((locale): Catalog => {
  const forms = catalogs[locale] as unknown as Readonly<Record<string, string>>;
  return Object.fromEntries(Object.entries(forms).map(([key, text]) => [key, forms[`${key}.many`] ?? text])) as unknown as Catalog;
});

/**
 * The catalog a finding shared by several addresses reads: each key that has a `.many` form
 * ("These addresses do not exist") reads that form instead of the one about a single address.
 */
export function severalOf(locale: Locale): Catalog {
  return severalCatalogs(locale);
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales, pickLocale, translator } from '../../src/content/i18n.js';

const catalog = (l: string) => JSON.parse(readFileSync(`public/_locales/${l}/messages.json`, 'utf8')) as Record<string, { message: string }>;

describe('extension UI words', () => {
  it('follows the options, then the browser UI language, then English', () => {
    expect(pickLocale('auto', 'it-IT')).toBe('it');
    expect(pickLocale('auto', 'de')).toBe('de');
    expect(pickLocale('auto', 'pt-BR')).toBe('en');
    expect(pickLocale('es', 'it-IT')).toBe('es');
    expect(pickLocale(undefined, 'fr_CA')).toBe('fr');
  });

  it('substitutes $1 as Chrome does', () => {
    expect(translator('it')('optionsDismissed', 3)).toBe('Banner nascosti: 3');
    expect(translator('en')('badgeTitle', 2)).toBe('Returned emails on this page: 2');
  });

  it('has every key in every language, none empty, and the manifest strings', () => {
    const keys = Object.keys(catalog('en')).sort();
    for (const l of locales) {
      const c = catalog(l);
      expect(Object.keys(c).sort(), l).toEqual(keys);
      for (const k of keys) expect(c[k]!.message.trim(), `${l}.${k}`).not.toBe('');
      // The placeholders survive translation.
      for (const k of keys) expect((c[k]!.message.match(/\$\d/g) ?? []).sort(), `${l}.${k}`).toEqual((catalog('en')[k]!.message.match(/\$\d/g) ?? []).sort());
    }
    const manifest = readFileSync('manifest.json', 'utf8');
    for (const m of manifest.matchAll(/__MSG_(\w+)__/g)) expect(keys).toContain(m[1]);
  });
});

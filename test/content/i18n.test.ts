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

  it('counts that can be 1 stand where no plural noun follows them, in every language', () => {
    // chrome.i18n has no plural forms: a number that can be 1 goes after a label ("To remove: 1"),
    // never before a plural noun ("1 addresses").
    const one = {
      en: ['Messages read: 1. To remove: 1, to keep: 0.', 'Copy the addresses to remove (1)', 'Copied: 1', 'Addresses shown: 1 of 1', 'Explain the bounces on this page (1)'],
      it: ['Messaggi letti: 1. Da rimuovere: 1, da tenere: 0.', 'Copia gli indirizzi da rimuovere (1)', 'Copiati: 1', 'Indirizzi mostrati: 1 di 1', 'Spiega i messaggi di mancato recapito di questa pagina (1)'],
      fr: ['Messages lus\u00a0: 1. À retirer\u00a0: 1, à garder\u00a0: 0.', 'Copier les adresses à retirer (1)', 'Copiées\u00a0: 1', 'Adresses affichées\u00a0: 1 sur 1', 'Expliquer les retours de cette page (1)'],
      de: ['Gelesene Nachrichten: 1. Zu entfernen: 1, zu behalten: 0.', 'Zu entfernende Adressen kopieren (1)', 'Kopiert: 1', 'Angezeigte Adressen: 1 von 1', 'Unzustellbarkeitsnachrichten dieser Seite erklären (1)'],
      es: ['Mensajes leídos: 1. Para quitar: 1, para mantener: 0.', 'Copiar las direcciones para quitar (1)', 'Copiadas: 1', 'Direcciones mostradas: 1 de 1', 'Explicar los rebotes de esta página (1)'],
    } as const;
    for (const l of locales) {
      const t = translator(l);
      expect([t('digestDone', 1, 1, 0), t('digestCopyRemove', 1), t('digestCopiedRemove', 1), t('digestShown', 1, 1), t('digestOpen', 1)], l).toEqual(one[l]);
    }
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

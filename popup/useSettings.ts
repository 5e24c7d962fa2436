/** The popup's language, from the options' choice or the browser's UI language. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { pickLocale, translator, type Locale, type Translate } from '../src/content/i18n.js';
import { extensionStore } from '../src/content/settings-storage.js';

export function useLocale(): { locale: Locale; t: Translate } {
  const [locale, setLocale] = useState<Locale>(() => pickLocale('auto', browser.i18n.getUILanguage()));
  useEffect(() => {
    const store = extensionStore();
    const controller = new AbortController();
    const load = () =>
      void store
        .getLocale()
        .then((preference) => setLocale(pickLocale(preference, browser.i18n.getUILanguage())))
        .catch(() => {});
    load();
    store.onChange(load, controller.signal);
    return () => controller.abort();
  }, []);
  // The page's language, not only the card's: screen readers pick their voice from it.
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return { locale, t: translator(locale) };
}

/**
 * Options: the language of banners and popup (the browser's by default), and a way to bring back
 * banners the user hid. Both live in extension storage; nothing else is stored.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { locales, pickLocale, translator, type Locale, type LocalePreference } from '../content/i18n.js';
import { extensionStore } from '../content/settings-storage.js';
import { localeNames } from '../core/locales.js';
import { SiteAccess } from '../access/SiteAccess.js';
import './options.css';

// Each language is offered in its own name, so that a user who cannot read the current UI can
// still find theirs.
const languageNames: Record<Locale, string> = localeNames;

function Options() {
  const store = extensionStore();
  const [preference, setPreference] = useState<LocalePreference>('auto');
  const [dismissed, setDismissed] = useState(0);
  const [saved, setSaved] = useState(false);
  const locale = pickLocale(preference, browser.i18n.getUILanguage());
  const t = translator(locale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  useEffect(() => {
    const controller = new AbortController();
    const load = () =>
      void Promise.all([store.getLocale(), store.getDismissed()])
        .then(([p, d]) => {
          setPreference(p);
          setDismissed(d.size);
        })
        .catch(() => {});
    load();
    store.onChange(load, controller.signal);
    return () => controller.abort();
  }, []);

  const choose = async (value: string) => {
    const next: LocalePreference = (locales as readonly string[]).includes(value) ? (value as Locale) : 'auto';
    setPreference(next);
    await store.setLocale(next);
    setSaved(true);
  };

  return (
    <main lang={locale}>
      <h1>{t('optionsHeading')}</h1>
      <SiteAccess t={t} />
      <p>
        <label for="language">{t('optionsLanguage')}</label>{' '}
        <select id="language" data-testid="language" value={preference} onChange={(e) => void choose(e.currentTarget.value)}>
          <option value="auto">{t('optionsLanguageAuto')}</option>
          {locales.map((l) => (
            <option value={l} lang={l}>
              {languageNames[l]}
            </option>
          ))}
        </select>{' '}
        {saved && <span role="status">{t('optionsSaved')}</span>}
      </p>
      <p>
        {t('optionsDismissed', dismissed)}{' '}
        <button type="button" data-testid="restore" disabled={dismissed === 0} onClick={() => void store.clearDismissed()}>
          {t('optionsRestore')}
        </button>
      </p>
      <p class="privacy">{t('optionsPrivacy')}</p>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);

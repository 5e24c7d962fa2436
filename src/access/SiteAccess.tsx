/**
 * Site access for the popup and the options page. Firefox treats an MV3 extension's content
 * script matches as site access the user grants, withholds or revokes (and Chrome lets a user
 * restrict it to "on click"): without it the content script never runs and the extension would
 * silently do nothing. This notices which webmails of the registry (src/content/webmails.ts) the
 * extension cannot read, says so, and offers one button that asks for them. The request is made
 * in the click itself, with no await before it: browsers grant permission requests only during a
 * user action.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Translate } from '../content/i18n.js';
import { webmails } from '../content/webmails.js';

type Row = (typeof webmails)[number];

/** The webmails whose every origin this extension may not read now. */
async function missingAccess(): Promise<Row[]> {
  const missing: Row[] = [];
  // The API needs no permission and is always there in an extension page; not in a unit test's fake.
  if (!browser.permissions) return missing;
  for (const w of webmails) {
    const granted = await browser.permissions.contains({ origins: [...w.matches] }).catch(() => true);
    if (!granted) missing.push(w);
  }
  return missing;
}

/** `["Gmail", "Outlook"]` -> "Gmail, Outlook": names are product names, the same in every language. */
const names = (rows: readonly Row[]) => rows.map((w) => w.name).join(', ');

export function SiteAccess({ t }: { t: Translate }) {
  const [missing, setMissing] = useState<Row[]>([]);
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    let live = true;
    const check = () => void missingAccess().then((rows) => live && setMissing(rows));
    check();
    const events = browser.permissions ? [browser.permissions.onAdded, browser.permissions.onRemoved] : [];
    events.forEach((e) => e.addListener(check));
    return () => {
      live = false;
      events.forEach((e) => e.removeListener(check));
    };
  }, []);

  if (missing.length === 0) return null;
  const ask = () => {
    // First thing in the click: a request made after an await is no longer the user's action.
    const request = browser.permissions.request({ origins: missing.flatMap((w) => [...w.matches]) });
    void request
      .then((granted) => {
        setRefused(!granted);
        return missingAccess();
      })
      .then(setMissing)
      .catch(() => setRefused(true));
  };
  return (
    <p class="site-access" role="status" data-testid="site-access">
      {t('accessMissing', names(missing))}{' '}
      <button type="button" data-testid="grant-access" onClick={ask}>
        {t('accessGrant')}
      </button>
      {refused && <span> {t('accessRefused')}</span>}
    </p>
  );
}

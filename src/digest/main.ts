/**
 * The digest page: the popup opens it when several files are too much for its small window.
 * Choose or drop .eml files or an .mbox export; the digest table appears as they are read.
 */
import { el } from '../content/dom.js';
import { translator } from '../content/i18n.js';
import { pickLocale } from '../content/locale.js';
import { extensionStore } from '../content/settings-storage.js';
import { ext } from '../content/ext.js';
import { runFileDigest, type FileDigest } from './files.js';
import './digest.css';

async function start() {
  const locale = pickLocale(await extensionStore().getLocale(), ext.i18n.getUILanguage());
  const t = translator(locale);
  document.documentElement.lang = locale;
  document.title = `whybounce · ${t('digestFilesTitle')}`;
  const app = document.getElementById('app')!;
  const input = el(document, 'input', { type: 'file', id: 'files', multiple: '', accept: '.eml,.mbox,.txt,message/rfc822,application/mbox,text/plain', class: 'visually-hidden', 'data-testid': 'digest-files' });
  const pick = el(document, 'label', { for: 'files', class: 'pick' }, t('digestFilesPick'));
  const results = el(document, 'div', { class: 'results' });
  app.append(el(document, 'h1', {}, t('digestFilesTitle')), el(document, 'p', {}, t('digestFilesHint')), el(document, 'div', { class: 'drop' }, input, pick), results);

  let current: FileDigest | null = null;
  const open = (list: FileList | null | undefined) => {
    const files = Array.from(list ?? []);
    if (files.length === 0) return;
    current?.cancel();
    results.replaceChildren();
    current = runFileDigest({ doc: document, files, container: results, t, locale });
    // Choosing the same files again must read them again.
    input.value = '';
  };
  input.addEventListener('change', () => open(input.files));
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    open(e.dataTransfer?.files);
  });
}

void start();

/**
 * The digest panel: many notices summed up in one table (date, address, why, hard or soft, the
 * server's words, the notice), counts by reason, filters, "copy the addresses to remove" and a
 * CSV download. Gmail's list pages show it (a floating panel in a shadow root, like the banner)
 * and so does the extension's digest page for files; both feed it the core's bounce summary, so
 * the lists are the CLI's `--summary` lists.
 *
 * Hooks for tests: the host carries `data-whybounce-digest` and `data-state` (running, done,
 * cancelled, stopped); inside, the Cancel button `data-whybounce-digest-cancel` and one row per
 * address `data-whybounce-row` with `data-address`, `data-category`, `data-severity`.
 */
import type { AddressEntry, Category } from '../../core/index.js';
import { el } from '../dom.js';
import { safeText } from '../safe-text.js';
import { categoryKeys } from '../words.js';
import { digestCss } from './styles.js';
import type { DigestTranslate } from './words.js';

/** One address of the table: the summary's entry (its latest notice's words and where it is). */
export type DigestRow = AddressEntry;

export type DigestPhase = 'running' | 'done' | 'cancelled' | 'stopped';

export interface DigestState {
  readonly phase: DigestPhase;
  /** Progress in words (x of y read …). */
  readonly progress: string;
  /** 0..1, or undefined when the total is not known. */
  readonly fraction?: number;
  /** Messages summed up so far. */
  readonly messages: number;
  /** Notices that could not be read. */
  readonly unread: number;
  /** Why the run stopped early (phase `stopped`), in words. */
  readonly stoppedWhy?: string;
  readonly rows: readonly DigestRow[];
  /** Failed recipients by category (the summary's counts). */
  readonly categories: Readonly<Partial<Record<Category, number>>>;
}

export interface DigestPanelOptions {
  readonly doc: Document;
  readonly t: DigestTranslate;
  readonly locale: string;
  readonly title: string;
  /** A floating panel over a webmail page, or a block inside an extension page. */
  readonly floating: boolean;
  /** Rows' `ref` is a link to open (webmail) rather than a file name. */
  readonly refIsLink: boolean;
  readonly onCancel: () => void;
  readonly onClose?: () => void;
  /** The CSV text of everything read so far (the CLI's `--csv` columns). */
  readonly csv: () => string;
  readonly csvName: string;
}

export interface DigestPanel {
  readonly host: HTMLElement;
  update(state: DigestState): void;
  /** Only the progress (words and bar) of a running digest: cheap, for between two updates of the table. */
  progress(words: string, fraction?: number): void;
  remove(): void;
}

export const digestHostAttribute = 'data-whybounce-digest';

const severityWords = (t: DigestTranslate, row: DigestRow): string =>
  row.complained ? t('digestComplaint') : row.severity === 'hard' ? t('severityHard') : row.severity === 'soft' ? t('severitySoft') : '';

function categoryWords(t: DigestTranslate, category: Category): string {
  return t(categoryKeys[category] ?? 'categoryOther');
}

/**
 * Dates in the reader's language ('' when the notice had none). One formatter per panel: making
 * one per row cost more than the rest of the row (about 0.3 ms each in Firefox).
 */
function dateFormatter(locale: string): (iso: string) => string {
  let format: Intl.DateTimeFormat | null = null;
  try {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  } catch {
    // an unknown locale: the ISO date as it is
  }
  return (iso) => {
    const time = Date.parse(iso);
    if (!iso || Number.isNaN(time)) return '';
    return format ? format.format(time) : iso;
  };
}

/**
 * How many rows the table shows at first, and how many more each "Show more" adds. A digest of a
 * big export has thousands of addresses: building all their rows on every update held the page
 * for hundreds of milliseconds (and grew with the table); the lists to copy and the CSV always
 * have them all.
 */
export const digestPageRows = 100;

export function createDigestPanel(options: DigestPanelOptions): DigestPanel {
  const { doc, t } = options;
  const host = doc.createElement('div');
  host.setAttribute(digestHostAttribute, '');
  host.setAttribute('data-state', 'running');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = digestCss;
  root.appendChild(style);

  let state: DigestState | undefined;
  const filter = { removeOnly: false, category: '', domain: '' };

  const titleId = 'wb-digest-title';
  const progress = el(doc, 'progress', { max: '1' });
  const progressText = el(doc, 'span', { class: 'wb-progress-text', role: 'status', 'aria-live': 'polite' });
  const cancel = el(doc, 'button', { type: 'button', class: 'wb-button', 'data-whybounce-digest-cancel': '' }, t('digestCancel'));
  cancel.addEventListener('click', () => options.onCancel());
  const close = options.onClose
    ? el(doc, 'button', { type: 'button', class: 'wb-close', 'aria-label': t('digestClose'), title: t('digestClose') }, '×')
    : null;
  close?.addEventListener('click', () => options.onClose?.());

  const counts = el(doc, 'ul', { class: 'wb-counts' });
  const removeOnly = el(doc, 'input', { type: 'checkbox', id: 'wb-remove-only' });
  const category = el(doc, 'select', { id: 'wb-category' });
  const domain = el(doc, 'select', { id: 'wb-domain' });
  const shown = el(doc, 'p', { class: 'wb-shown', tabindex: '-1' });
  const copy = el(doc, 'button', { type: 'button', class: 'wb-button wb-primary' });
  const copied = el(doc, 'span', { class: 'wb-copied', role: 'status', 'aria-live': 'polite' });
  const manual = el(doc, 'textarea', { class: 'wb-manual', readonly: '', rows: '4', hidden: '', 'aria-label': t('digestCopyFailed') });
  const download = el(doc, 'button', { type: 'button', class: 'wb-button' }, t('digestDownloadCsv'));
  const tbody = el(doc, 'tbody', {});
  const more = el(doc, 'button', { type: 'button', class: 'wb-button wb-more', hidden: '', 'data-whybounce-digest-more': '' });
  const empty = el(doc, 'p', { class: 'wb-empty', hidden: '' }, t('digestEmpty'));

  const panel = el(
    doc,
    'section',
    { class: options.floating ? 'wb-digest wb-floating' : 'wb-digest', role: options.floating ? 'dialog' : 'region', 'aria-labelledby': titleId, lang: options.locale },
    el(doc, 'div', { class: 'wb-top' }, el(doc, 'h2', { id: titleId }, options.title), close),
    el(doc, 'div', { class: 'wb-progress' }, progress, progressText, cancel),
    el(doc, 'h3', {}, t('digestCounts')),
    counts,
    el(
      doc,
      'div',
      { class: 'wb-filters' },
      el(doc, 'label', { class: 'wb-check' }, removeOnly, t('digestFilterHard')),
      el(doc, 'label', {}, `${t('digestFilterCategory')} `, category),
      el(doc, 'label', {}, `${t('digestFilterDomain')} `, domain),
    ),
    el(doc, 'div', { class: 'wb-actions' }, copy, download, copied),
    manual,
    shown,
    el(
      doc,
      'div',
      { class: 'wb-table' },
      el(
        doc,
        'table',
        {},
        el(
          doc,
          'thead',
          {},
          el(
            doc,
            'tr',
            {},
            ['digestColDate', 'digestColAddress', 'digestColCategory', 'digestColSeverity', 'digestColWords', 'digestColMessage'].map((k) =>
              el(doc, 'th', { scope: 'col' }, t(k as 'digestColDate')),
            ),
          ),
        ),
        tbody,
      ),
    ),
    more,
    empty,
    el(doc, 'p', { class: 'wb-privacy' }, t('digestPrivacy')),
  );
  root.appendChild(panel);

  const visibleRows = (): DigestRow[] =>
    (state?.rows ?? []).filter(
      (r) =>
        (!filter.removeOnly || r.list === 'remove') &&
        (!filter.category || r.category === filter.category) &&
        (!filter.domain || r.domain === filter.domain),
    );
  const removeList = (): string[] => (state?.rows ?? []).filter((r) => r.list === 'remove').map((r) => r.address);

  /** Replaces a select's options, keeping the choice when it is still there. */
  const fillSelect = (select: HTMLSelectElement, values: readonly string[], label: (v: string) => string, current: string) => {
    const wanted = ['', ...values].join('\n');
    if (select.getAttribute('data-values') === wanted) return;
    select.setAttribute('data-values', wanted);
    select.replaceChildren(el(doc, 'option', { value: '' }, t('digestAll')), ...values.map((v) => el(doc, 'option', { value: v }, label(v))));
    select.value = values.includes(current) ? current : '';
  };

  const shortDate = dateFormatter(options.locale);
  /** How many of the visible rows the table shows. */
  let limit = digestPageRows;

  const rowOf = (r: DigestRow) =>
    el(
      doc,
      'tr',
      { 'data-whybounce-row': '', 'data-address': r.address, 'data-category': r.category, 'data-severity': r.severity, 'data-list': r.list },
      el(doc, 'td', { class: 'wb-date' }, shortDate(r.date)),
      el(doc, 'td', {}, el(doc, 'bdi', { class: 'wb-addr' }, safeText(r.address)), r.notices > 1 ? el(doc, 'span', { class: 'wb-n' }, ` · ${t('digestNotices', r.notices)}`) : null),
      el(doc, 'td', {}, categoryWords(t, r.category)),
      el(doc, 'td', {}, severityWords(t, r) ? el(doc, 'span', { class: 'wb-badge', 'data-severity': r.complained ? 'hard' : r.severity }, severityWords(t, r)) : null),
      el(doc, 'td', { class: 'wb-words' }, el(doc, 'span', { dir: 'ltr' }, safeText(r.diagnostic, 300))),
      el(
        doc,
        'td',
        {},
        options.refIsLink && /^https:\/\//.test(r.ref)
          ? el(doc, 'a', { href: r.ref, target: '_top', rel: 'noopener' }, t('digestOpenMessage'))
          : el(doc, 'bdi', {}, safeText(r.ref, 120)),
      ),
    );

  const renderRows = () => {
    const rows = visibleRows();
    const showing = Math.min(rows.length, limit);
    tbody.replaceChildren(...rows.slice(0, showing).map(rowOf));
    const rest = rows.length - showing;
    more.hidden = rest <= 0;
    more.textContent = rest > 0 ? t('digestShowMore', Math.min(rest, digestPageRows)) : '';
    const all = state?.rows.length ?? 0;
    shown.textContent = all > 0 ? t('digestShown', showing, all) : '';
    empty.hidden = all > 0 || state?.phase === 'running';
    const n = removeList().length;
    copy.textContent = t('digestCopyRemove', n);
    copy.disabled = n === 0;
    download.disabled = (state?.messages ?? 0) === 0;
  };

  removeOnly.addEventListener('change', () => {
    filter.removeOnly = removeOnly.checked;
    limit = digestPageRows;
    renderRows();
  });
  category.addEventListener('change', () => {
    filter.category = category.value;
    limit = digestPageRows;
    renderRows();
  });
  domain.addEventListener('change', () => {
    filter.domain = domain.value;
    limit = digestPageRows;
    renderRows();
  });
  more.addEventListener('click', () => {
    limit += digestPageRows;
    renderRows();
    // The last rows are shown and the button is gone: the focus goes to the count, which says so.
    if (more.hidden) shown.focus();
  });

  copy.addEventListener('click', () => {
    const list = removeList();
    const text = `${list.join('\n')}\n`;
    const done = () => {
      manual.hidden = true;
      copied.textContent = t('digestCopiedRemove', list.length);
      setTimeout(() => (copied.textContent = ''), 4000);
    };
    const refused = () => {
      // The clipboard can be refused (no permission, an unfocused page): the list is shown,
      // selected, for the person to copy.
      manual.value = text;
      manual.hidden = false;
      manual.focus();
      manual.select();
      copied.textContent = t('digestCopyFailed');
    };
    const clipboard = doc.defaultView?.navigator.clipboard;
    if (!clipboard) return refused();
    clipboard.writeText(text).then(done, refused);
  });

  /** The last CSV offered, kept until the next (its object URL stays valid while the link is there). */
  let csvLink: HTMLAnchorElement | null = null;
  download.addEventListener('click', () => {
    const view = doc.defaultView;
    if (!view) return;
    if (csvLink) {
      view.URL.revokeObjectURL(csvLink.href);
      csvLink.remove();
    }
    const blob = new view.Blob([options.csv()], { type: 'text/csv;charset=utf-8' });
    csvLink = el(doc, 'a', { href: view.URL.createObjectURL(blob), download: options.csvName, hidden: '', 'data-whybounce-csv': '' });
    root.appendChild(csvLink);
    csvLink.click();
  });

  return {
    host,
    update(next) {
      state = next;
      host.setAttribute('data-state', next.phase);
      progress.value = next.fraction ?? 0;
      if (next.fraction === undefined) progress.removeAttribute('value');
      progress.hidden = next.phase !== 'running';
      cancel.hidden = next.phase !== 'running';
      progressText.textContent = next.phase === 'stopped' && next.stoppedWhy ? next.stoppedWhy : next.progress;
      const entries = (Object.entries(next.categories) as [Category, number][]).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      counts.replaceChildren(
        ...entries.map(([c, n]) => el(doc, 'li', { 'data-category': c }, el(doc, 'span', {}, categoryWords(t, c)), el(doc, 'strong', {}, String(n)))),
      );
      const categories = [...new Set(next.rows.map((r) => r.category))].sort();
      fillSelect(category, categories, (c) => categoryWords(t, c as Category), filter.category);
      filter.category = category.value;
      const domains = [...new Set(next.rows.map((r) => r.domain))].sort();
      fillSelect(domain, domains, (d) => d, filter.domain);
      filter.domain = domain.value;
      renderRows();
    },
    progress(words, fraction) {
      if (state?.phase !== 'running') return;
      progressText.textContent = words;
      if (fraction === undefined) progress.removeAttribute('value');
      else progress.value = fraction;
    },
    remove() {
      if (csvLink) doc.defaultView?.URL.revokeObjectURL(csvLink.href);
      host.remove();
    },
  };
}

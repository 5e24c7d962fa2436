// @vitest-environment happy-dom
/**
 * The digest panel with a big table: thousands of addresses (a big export's) are not all built
 * as rows on every update; the table shows a page of them and "Show more" adds the next, while
 * the count, the filters, the remove list and the CSV cover every address.
 */
import { describe, expect, it } from 'vitest';
import { createDigestPanel, digestPageRows, type DigestRow } from '../../src/content/digest/panel.js';
import { digestTranslator, englishDigestWords } from '../../src/content/digest/words.js';

const t = digestTranslator(englishDigestWords);

function rows(n: number): DigestRow[] {
  return Array.from({ length: n }, (_, i) => ({
    address: `user${String(i).padStart(5, '0')}@${i % 3 === 0 ? 'example.org' : 'example.com'}`,
    domain: i % 3 === 0 ? 'example.org' : 'example.com',
    list: i % 2 === 0 ? 'remove' : 'keep',
    category: i % 2 === 0 ? 'bad-mailbox' : 'quota-issues',
    reason: i % 2 === 0 ? 'userunknown' : 'mailboxfull',
    severity: i % 2 === 0 ? 'hard' : 'soft',
    notices: 1,
    complained: false,
    date: '2026-11-03T09:14:02.000Z',
    diagnostic: '550 5.1.1 no such user',
    ref: 'export.mbox',
  }) as DigestRow);
}

function panelWith(all: DigestRow[]) {
  let copied = '';
  const panel = createDigestPanel({ doc: document, t, locale: 'en', title: 'Digest', floating: false, refIsLink: false, onCancel: () => {}, csv: () => '', csvName: 'x.csv' });
  document.body.appendChild(panel.host);
  panel.update({ phase: 'done', progress: 'done', fraction: 1, messages: all.length, unread: 0, rows: all, categories: { 'bad-mailbox': all.length } });
  const root = panel.host.shadowRoot!;
  Object.defineProperty(document.defaultView!.navigator, 'clipboard', { configurable: true, value: { writeText: (s: string) => ((copied = s), Promise.resolve()) } });
  return {
    root,
    shownRows: () => root.querySelectorAll('[data-whybounce-row]').length,
    more: () => root.querySelector<HTMLButtonElement>('[data-whybounce-digest-more]')!,
    shownText: () => root.querySelector('.wb-shown')!.textContent,
    copied: () => copied,
  };
}

describe('digest panel, big table', () => {
  it('shows a page of rows, and "Show more" adds the next until all are there', () => {
    const all = rows(2 * digestPageRows + 37);
    const p = panelWith(all);
    expect(p.shownRows()).toBe(digestPageRows);
    expect(p.shownText()).toBe(`Addresses shown: ${digestPageRows} of ${all.length}`);
    expect(p.more().hidden).toBe(false);
    expect(p.more().textContent).toBe(`Show ${digestPageRows} more`);
    p.more().click();
    expect(p.shownRows()).toBe(2 * digestPageRows);
    expect(p.more().textContent).toBe('Show 37 more');
    p.more().focus();
    p.more().click();
    expect(p.shownRows()).toBe(all.length);
    expect(p.more().hidden).toBe(true);
    expect(p.shownText()).toBe(`Addresses shown: ${all.length} of ${all.length}`);
    // The button is gone: the focus is on the count, not lost.
    expect(p.root.activeElement?.className).toBe('wb-shown');
  });

  it('a filter starts again from the first page of what it keeps; copy takes every address to remove', async () => {
    const all = rows(5 * digestPageRows);
    const p = panelWith(all);
    p.more().click();
    p.more().click();
    expect(p.shownRows()).toBe(3 * digestPageRows);
    const removeOnly = p.root.querySelector<HTMLInputElement>('#wb-remove-only')!;
    removeOnly.click();
    expect(p.shownRows()).toBe(digestPageRows);
    expect(Array.from(p.root.querySelectorAll('[data-whybounce-row]')).every((r) => r.getAttribute('data-list') === 'remove')).toBe(true);
    expect(p.more().textContent).toBe(`Show ${digestPageRows} more`);
    p.root.querySelector<HTMLButtonElement>('.wb-primary')!.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(p.copied().trim().split('\n')).toHaveLength(all.filter((r) => r.list === 'remove').length);
  });

  it('between two updates of the table, only the progress moves, and only while it runs', () => {
    const panel = createDigestPanel({ doc: document, t, locale: 'en', title: 'Digest', floating: false, refIsLink: false, onCancel: () => {}, csv: () => '', csvName: 'x.csv' });
    const root = panel.host.shadowRoot!;
    panel.update({ phase: 'running', progress: 'Read 1.0 of 50.0 MB', fraction: 0.02, messages: 250, unread: 0, rows: rows(3), categories: {} });
    panel.progress('Read 2.0 of 50.0 MB', 0.04);
    expect(root.querySelector('.wb-progress-text')!.textContent).toBe('Read 2.0 of 50.0 MB');
    expect(root.querySelector('progress')!.value).toBeCloseTo(0.04);
    expect(root.querySelectorAll('[data-whybounce-row]')).toHaveLength(3);
    panel.update({ phase: 'done', progress: 'Messages read: 500.', fraction: 1, messages: 500, unread: 0, rows: rows(3), categories: {} });
    panel.progress('Read 3.0 of 50.0 MB', 0.06);
    expect(root.querySelector('.wb-progress-text')!.textContent).toBe('Messages read: 500.');
  });

  it('a small table has every row and no button', () => {
    const p = panelWith(rows(12));
    expect(p.shownRows()).toBe(12);
    expect(p.more().hidden).toBe(true);
  });
});

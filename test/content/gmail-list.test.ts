// @vitest-environment happy-dom
/**
 * The digest's reading of a Gmail list view (gmail/list.ts) through its primary selectors and
 * through each fallback: the rows without their `tr.zA` class, the senders without their `td.yX`
 * / `div.yW` cell. Each fallback must find the same notice rows the primary selectors find.
 */
import { describe, expect, it } from 'vitest';
import { findNoticeRows } from '../../src/content/gmail/list.js';
import * as selectors from '../../src/content/gmail/selectors.js';
import { digestMessages, gmailListPage } from './gmail-list-page.js';

const base = 'https://mail.google.com/mail/u/0/';
const shown = () => true;

function load(page: string) {
  document.documentElement.innerHTML = page.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
}

// The notices among the page's rows: the corpus's bounce and complaint files (sisimai-dev), not
// the ordinary mail (not-bounce).
const notices = digestMessages.filter((m) => m.raw.includes('/sisimai-dev/')).map((m) => m.hex);

describe('Gmail list view', () => {
  it('finds every notice row through the primary selectors, and no ordinary mail', () => {
    load(gmailListPage());
    expect(document.querySelectorAll(selectors.listRow).length).toBe(digestMessages.length);
    expect(findNoticeRows(document, base, shown).map((r) => r.hex)).toEqual(notices);
  });

  it('finds the same rows through the row fallback when the rows lose their class', () => {
    load(gmailListPage().replace(/<tr class="zA yO"/g, '<tr'));
    expect(document.querySelector(selectors.listRow)).toBeNull();
    expect(document.querySelectorAll(selectors.listRowFallback).length).toBe(digestMessages.length);
    expect(findNoticeRows(document, base, shown).map((r) => r.hex)).toEqual(notices);
  });

  it('finds the same rows through the sender fallback when the sender cell loses its classes', () => {
    load(gmailListPage().replace(/<td class="yX xY"><div class="yW">/g, '<td class="xY"><div>'));
    expect(document.querySelector(selectors.listRowSenders)).toBeNull();
    const rows = findNoticeRows(document, base, shown);
    expect(rows.map((r) => r.hex)).toEqual(notices);
    expect(rows.every((r) => r.link.startsWith(`${base}#all/`) && r.shownDate)).toBe(true);
  });
});

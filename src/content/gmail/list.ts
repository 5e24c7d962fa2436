/**
 * Reads a Gmail list view (inbox, label, search results) for the bounce digest: the rows whose
 * sender is a mail system, with the id of each conversation's newest message.
 */
import { senderLooksLikeNotice, subjectLooksLikeNotice } from '../webmail.js';
import { permMsgIdFromHex } from './source.js';
import * as selectors from './selectors.js';

export interface NoticeRow {
  /** `msg-f:…` (decimal) of the conversation's newest message: what "Show original" takes. */
  readonly permmsgid: string;
  /** The message's hex id, as the row and the banners' keys know it. */
  readonly hex: string;
  /** A link that opens the conversation. */
  readonly link: string;
  /** The row's date as Gmail shows it in its tooltip ('' when none). */
  readonly shownDate: string;
}

/** Rows a person can see: Gmail keeps a list's rows in the page, hidden, while a thread is open. */
export type IsShown = (element: Element) => boolean;

export const isShownOnScreen: IsShown = (element) => element.getClientRects().length > 0;

function rowsOf(doc: Document): Element[] {
  const rows = Array.from(doc.querySelectorAll(selectors.listRow));
  return rows.length > 0 ? rows : Array.from(doc.querySelectorAll(selectors.listRowFallback));
}

function sendersOf(row: Element): string[] {
  let found = Array.from(row.querySelectorAll(selectors.listRowSenders));
  if (found.length === 0) found = Array.from(row.querySelectorAll(selectors.listRowSendersFallback));
  return found.map((s) => {
    const address = s.getAttribute('email') ?? '';
    const name = s.getAttribute('name') ?? s.textContent?.trim() ?? '';
    return name && name !== address ? `${name} <${address}>` : address;
  });
}

/**
 * Every shown row sent by a mail system (MAILER-DAEMON, postmaster, "Mail Delivery Subsystem" …)
 * or titled as a notice ("Undeliverable: …", "Abuse Report"): the core's lists, once per message,
 * in page order. Ordinary mail is not read.
 */
export function findNoticeRows(doc: Document, base: string, isShown: IsShown = isShownOnScreen): NoticeRow[] {
  const out: NoticeRow[] = [];
  const seen = new Set<string>();
  for (const row of rowsOf(doc)) {
    if (!isShown(row)) continue;
    const subject = row.querySelector(selectors.listRowSubject)?.textContent ?? '';
    if (!sendersOf(row).some(senderLooksLikeNotice) && !subjectLooksLikeNotice(subject)) continue;
    const ids = row.querySelector(selectors.listRowIds);
    const hex = (ids?.getAttribute('data-legacy-last-message-id') ?? '').trim();
    const permmsgid = permMsgIdFromHex(hex);
    if (!permmsgid || seen.has(hex)) continue;
    seen.add(hex);
    const thread = (ids?.getAttribute('data-legacy-thread-id') ?? '').trim();
    out.push({
      permmsgid,
      hex,
      link: `${base}#all/${/^[0-9a-f]{1,20}$/i.test(thread) ? thread : hex}`,
      shownDate: row.querySelector(selectors.listRowDate)?.getAttribute('title') ?? '',
    });
  }
  return out;
}

/**
 * What a webmail adapter tells the runner. An adapter only reads the page (selectors, message
 * ids, the original source); it never classifies and never renders.
 */
import { bounceSubjects, complaintSubjectRe, complaintSubjects, noticeSender } from '../core/rules/kinds.js';

export interface OpenMessage {
  /** Stable across re-renders and navigation, e.g. `gmail:msg-f:1790…`; also the dismissal id. */
  readonly key: string;
  /** The message's own element; its banner lives inside it, right before `body`. */
  readonly container: Element;
  /** The rendered message body. */
  readonly body: Element;
  /** `From:` and `Subject:` lines, a blank line, then the body as a person sees it. */
  readText(): string;
  /**
   * The original message source, fetched same-origin; null when the page does not offer it;
   * rejects when it could not be had this time (the network, a busy server), to be asked again later.
   */
  readonly fetchSource?: (signal: AbortSignal) => Promise<string | null>;
  /**
   * Opens the webmail's own view of the message source (Outlook's View message source), only ever
   * on the user's click, and resolves with the source it shows; `manual` when the way there could
   * not be found (the banner then says which clicks to make), null when no source appeared.
   */
  readonly openSource?: (signal: AbortSignal) => Promise<string | 'manual' | null>;
  /**
   * The sender or subject look like a delivery notice: worth fetching the source even when the
   * rendered text alone did not look like a bounce (the full DSN carries more than the screen).
   */
  readonly mightBeNotice: boolean;
}

export interface WebmailAdapter {
  readonly name: string;
  /** Every message whose body is rendered now; collapsed messages have none and are skipped. */
  findOpenMessages(doc: Document): OpenMessage[];
  /** Changes when the user navigates to another view (another thread, another folder). */
  viewKey(): string;
}

/**
 * The sender as the page shows it (`Mail Delivery System <MAILER-DAEMON@…>` or a bare address)
 * names a notice sender: the core's own `noticeSender` (rules/kinds.ts), so that the page and
 * the classifier agree on who sends notices. Of the core's tables only these lists ride along in
 * the content script (the classifier runs in the background, see background-read.ts).
 */
export function senderLooksLikeNotice(sender: string): boolean {
  // An empty sender is the page showing none, not a notice's null sender "<>".
  return sender.trim() !== '' && noticeSender(sender) !== '';
}

/**
 * A subject mail systems give their failure notices and feedback reports ("Undeliverable: …",
 * "Delivery Status Notification (Failure)", "Abuse Report"): the core's own lists. For rows
 * whose sender alone does not tell (an ESP's feedback loop, a relay's own address); the
 * classifier still decides what the message is.
 */
export function subjectLooksLikeNotice(subject: string): boolean {
  const s = subject.trim().toLowerCase();
  return bounceSubjects.some((p) => s.includes(p)) || complaintSubjects.some((p) => s.includes(p)) || complaintSubjectRe.test(s);
}

/** A short, stable, non-reversible id for content that has no id of its own (FNV-1a, 32 bits). */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/**
 * What a message is: bounce, auto-reply, complaint, delivered, or ordinary mail.
 *
 * Ordinary mail must never be called a bounce (the extension would put a banner on it), and
 * people write "rejected", "failed", "could not be delivered" too. So words alone never decide:
 * a bounce needs a structural sign — delivery-status fields, an X-Failed-Recipients header, a
 * notice template only mail systems write, or a mail-system sender or SMTP failure line together
 * with failure words.
 */
import { header, type MessageParts } from './parse/message.js';
import type { NoticeContext } from './reporters/types.js';
import { fold } from './rules/decide.js';
import {
  autoReplyPhrases, autoReplySubjectPrefixes, autoReplySubjects, bounceSubjects, complaintPhrases, complaintSubjects,
  daemonSenders, deliveredPhrases, deliveredSubjects, failurePhrases, strongFailurePhrases, weakBounceSubjects,
} from './rules/kinds.js';
import type { Evidence, Kind } from './types.js';

export interface KindResult {
  readonly kind: Kind;
  readonly evidence: Evidence[];
  readonly note: string;
}

export function ev(text: string, source: Evidence['source'], decides: string, rule: string): Evidence {
  return { text: text.replace(/\s+/g, ' ').trim().slice(0, 500), source, decides, rule };
}

function firstIncluded(haystack: string, needles: readonly string[]): string {
  for (const n of needles) if (haystack.includes(n)) return n;
  return '';
}

// An SMTP failure line: a 4xx/5xx reply with an enhanced status ("550 5.1.1", "550-5.7.26",
// "550 #5.1.0"), or a reply naming an address ("550 <a@b>", "<a@b>... 550"). Bounded repeats only.
const smtpFailureRe = /(?<![\w.])[45]\d\d[ -]#?[45]\.\d{1,3}\.\d{1,3}(?![\d.])|(?<![\w.])[45]\d\d[ -]<[^\s<>]{1,128}@|@[^\s<>]{1,128}>(?:\.{3}|:)? [45]\d\d(?![\d.])/;

// Amazon SES notifications sent through SNS: the body is the JSON document (the notification,
// or SNS's envelope holding it as an escaped string), from AWS or starting with "{" — not a
// message that quotes one.
const sesJsonRe = /\\?"notificationType\\?"\s?:\s?\\?"(Bounce|Complaint|Delivery)\\?"/;

export function detectKind(ctx: NoticeContext, parts: MessageParts, input: 'message' | 'text'): KindResult {
  const subject = fold(ctx.subject);
  const from = fold(ctx.from);
  const head = ctx.noticeLower.slice(0, 20000);
  const h = (k: string) => fold(header(parts, k));

  // RFC 5965: a feedback report.
  if (parts.feedbackReport || parts.contentType.includes('feedback-report') || /^feedback-type\s*:/im.test(ctx.body.slice(0, 20000))) {
    return { kind: 'complaint', evidence: [ev(parts.feedbackReport ? 'message/feedback-report' : 'Feedback-Type', parts.feedbackReport ? 'delivery-status' : 'body', 'kind:complaint', 'arf')], note: '' };
  }
  const ses = from.includes('amazonaws.com') || from.includes('amazonses') || ctx.body.trimStart().startsWith('{') ? sesJsonRe.exec(ctx.body.slice(0, 65536)) : null;
  if (ses) {
    const k: Kind = ses[1] === 'Bounce' ? 'bounce' : ses[1] === 'Complaint' ? 'complaint' : 'delivered';
    return { kind: k, evidence: [ev(`notificationType: ${ses[1]}`, 'body', `kind:${k}`, 'amazon-ses-json')], note: '' };
  }
  const complaintWords = firstIncluded(subject, complaintSubjects) || firstIncluded(ctx.noticeLower.slice(0, 2000), complaintPhrases);
  if (complaintWords) return { kind: 'complaint', evidence: [ev(complaintWords, 'body', 'kind:complaint', 'phrase')], note: '' };

  // RFC 3464 fields decide.
  const dsnRecipients = ctx.dsn?.recipients ?? [];
  const actions = dsnRecipients.map((r) => r.action);
  if (dsnRecipients.length && actions.every((a) => a === 'delivered' || a === 'relayed' || a === 'expanded')) {
    return { kind: 'delivered', evidence: [ev(`Action: ${actions[0]}`, 'delivery-status', 'kind:delivered', 'dsn')], note: '' };
  }
  if (dsnRecipients.some((r) => r.action === 'failed' || r.action === 'delayed' || /^[45]/.test(r.status))) {
    return { kind: 'bounce', evidence: [ev(`Action: ${actions.find((a) => a) ?? 'failed'}`, 'delivery-status', 'kind:bounce', 'dsn')], note: '' };
  }
  const xFailed = header(parts, 'x-failed-recipients');
  if (xFailed) return { kind: 'bounce', evidence: [ev(`X-Failed-Recipients: ${xFailed}`, 'header', 'kind:bounce', 'header')], note: '' };

  // Out-of-office answers (RFC 3834): their header or subject prefix, or their words confirmed.
  const autoSubmitted = h('auto-submitted');
  const autoHeader = header(parts, 'x-autoreply') || header(parts, 'x-autorespond') || (h('precedence') === 'auto_reply' ? 'Precedence: auto_reply' : '') || (autoSubmitted.startsWith('auto-replied') ? `Auto-Submitted: ${autoSubmitted}` : '');
  // An empty From ("<>") is a notice's (RFC 5321 4.5.5). Return-Path: <> is not enough: RFC 3834
  // asks autoresponders to use it too.
  const daemon = firstIncluded(from, daemonSenders) || (/^<>?$/.test(ctx.from.replace(/\s+/g, '')) ? '<>' : '');
  const strong = firstIncluded(head, strongFailurePhrases);
  const bounceSubject = firstIncluded(subject, bounceSubjects);
  const weakSubject = bounceSubject || firstIncluded(subject, weakBounceSubjects);
  const failure = firstIncluded(head, failurePhrases);
  const smtpFailure = smtpFailureRe.exec(ctx.notice.slice(0, 20000))?.[0] ?? '';
  const noticeLike = Boolean(daemon || strong || (bounceSubject && failure));
  if (!noticeLike) {
    const prefix = autoReplySubjectPrefixes.find((p) => subject.startsWith(p) || subject.startsWith(`re: ${p}`)) ?? '';
    if (prefix) return { kind: 'auto-reply', evidence: [ev(ctx.subject, 'header', 'kind:auto-reply', 'subject')], note: '' };
    const words = firstIncluded(ctx.noticeLower.slice(0, 4000), autoReplyPhrases);
    if (autoHeader && !smtpFailure) return { kind: 'auto-reply', evidence: [ev(autoHeader, 'header', 'kind:auto-reply', 'header')], note: '' };
    if (words && (firstIncluded(subject, autoReplySubjects) || autoSubmitted)) {
      return { kind: 'auto-reply', evidence: [ev(words, 'body', 'kind:auto-reply', 'phrase')], note: '' };
    }
  }

  const delivered = firstIncluded(subject, deliveredSubjects) || firstIncluded(ctx.noticeLower.slice(0, 4000), deliveredPhrases);
  if (delivered && !strong && !smtpFailure && (daemon || ctx.dsn)) {
    return { kind: 'delivered', evidence: [ev(delivered, 'header', 'kind:delivered', 'subject')], note: '' };
  }

  // The bounce decision: a template sentence alone; a notice sender or an SMTP failure line with
  // failure words or a failure subject; a mail-notice subject with failure words; pasted text
  // (no headers to judge) on an SMTP failure line.
  let why = '';
  if (strong) why = strong;
  else if (daemon && (weakSubject || failure || smtpFailure)) why = failure || weakSubject || smtpFailure;
  else if (smtpFailure && (weakSubject || failure)) why = smtpFailure;
  else if (bounceSubject && failure) why = failure;
  else if (smtpFailure && input === 'text' && !ctx.from && !ctx.subject) why = smtpFailure;
  if (why) return { kind: 'bounce', evidence: [ev(why, 'body', 'kind:bounce', daemon ? `sender:${daemon}` : 'notice')], note: '' };
  return { kind: 'not-a-bounce', evidence: [], note: 'no sign of a delivery failure, auto-reply or complaint' };
}

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
  arfRequiredFieldRes, autoReplyPhrases, autoReplySubjectPrefixes, autoReplySubjects, bounceSubjects, complaintPhrases, complaintSubjectRe, complaintSubjects,
  deliveredPhrases, deliveredSubjects, failurePhrases, noticeSender, noticeSentences, replyPrefixRe, sesJsonRe, sesSenders, smtpFailureRe, snsEnvelopeFields,
  strongFailurePhrases, weakBounceSubjects,
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

/**
 * Whether a message may carry a notice in its body (DSN fields without a MIME part): sent by a
 * mail system, titled as a notice, a multipart/report, or holding a notice template — and not a
 * reply or a mailing-list post.
 */
export function mayCarryNotice(parts: MessageParts, body: string): boolean {
  const subject = fold(parts.subject);
  if (replyPrefixRe.test(subject) || header(parts, 'list-id')) return false;
  if (noticeSender(parts.from) || parts.contentType.includes('multipart/report')) return true;
  if (firstIncluded(subject, bounceSubjects) || firstIncluded(subject, weakBounceSubjects)) return true;
  return Boolean(firstIncluded(fold(body.slice(0, 20000)), strongFailurePhrases));
}

export function detectKind(ctx: NoticeContext, parts: MessageParts, input: 'message' | 'text'): KindResult {
  const subject = fold(ctx.subject);
  const from = fold(ctx.from);
  const head = ctx.noticeLower.slice(0, 20000);
  const h = (k: string) => fold(header(parts, k));
  const daemon = noticeSender(ctx.from);

  // Structural signs first: they cannot be written by accident.
  // RFC 5965: a feedback report part.
  if (parts.feedbackReport || parts.contentType.includes('feedback-report')) {
    return { kind: 'complaint', evidence: [ev('message/feedback-report', 'delivery-status', 'kind:complaint', 'arf')], note: '' };
  }
  // Amazon SES notifications sent by AWS (possibly inside SNS's envelope).
  const fromAws = sesSenders.some((w) => from.includes(w));
  const snsEnvelope = snsEnvelopeFields.every((w) => ctx.body.includes(w));
  const ses = fromAws || snsEnvelope ? sesJsonRe.exec(ctx.body.slice(0, 65536)) : null;
  if (ses) {
    const k: Kind = ses[1] === 'Bounce' ? 'bounce' : ses[1] === 'Complaint' ? 'complaint' : 'delivered';
    return { kind: k, evidence: [ev(`notificationType: ${ses[1]}`, 'body', `kind:${k}`, 'amazon-ses-json')], note: '' };
  }
  // RFC 3464 fields.
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
  // An RFC 5965 report written into the body: its three required fields.
  const bodyHead = ctx.body.slice(0, 20000);
  if (arfRequiredFieldRes.every((re) => re.test(bodyHead))) {
    return { kind: 'complaint', evidence: [ev('Feedback-Type', 'body', 'kind:complaint', 'arf')], note: '' };
  }

  // A reply ("Re: Undeliverable: ...") or a mailing-list post is people talking: words about a
  // failure decide nothing there, only a mail-system sender does.
  const reply = replyPrefixRe.test(subject);
  const listPost = Boolean(header(parts, 'list-id'));
  const talk = reply || listPost;

  // Complaints that do not use RFC 5965's type: their own sentences, or a complaint subject on a
  // message that returns the original (Hotmail's JMRP).
  const complaintWords = firstIncluded(ctx.noticeLower.slice(0, 2000), complaintPhrases) || (parts.original && firstIncluded(subject, complaintSubjects)) || complaintSubjectRe.exec(subject)?.[0];
  if (complaintWords && !talk) return { kind: 'complaint', evidence: [ev(complaintWords, 'body', 'kind:complaint', 'phrase')], note: '' };

  const strong = firstIncluded(head, strongFailurePhrases);
  const sentence = firstIncluded(head, noticeSentences);
  const bounceSubject = firstIncluded(subject, bounceSubjects);
  const weakSubject = bounceSubject || firstIncluded(subject, weakBounceSubjects);
  const failure = firstIncluded(head, failurePhrases);
  const smtpFailure = smtpFailureRe.exec(ctx.notice.slice(0, 20000))?.[0] ?? '';
  // Pasted text with no header at all: the person pasted it to have it explained.
  const bare = input === 'text' && !ctx.from && !ctx.subject;

  // Out-of-office answers (RFC 3834): their header or subject prefix, or their words confirmed.
  const noticeLike = Boolean(daemon || strong || (bounceSubject && (failure || sentence)));
  if (!noticeLike) {
    const autoSubmitted = h('auto-submitted');
    const autoHeader = header(parts, 'x-autoreply') || header(parts, 'x-autorespond') || (h('precedence') === 'auto_reply' ? 'Precedence: auto_reply' : '') || (autoSubmitted.startsWith('auto-replied') ? `Auto-Submitted: ${autoSubmitted}` : '');
    const prefix = autoReplySubjectPrefixes.find((p) => subject.startsWith(p)) ?? '';
    if (prefix) return { kind: 'auto-reply', evidence: [ev(ctx.subject, 'header', 'kind:auto-reply', 'subject')], note: '' };
    if (autoHeader && !smtpFailure) return { kind: 'auto-reply', evidence: [ev(autoHeader, 'header', 'kind:auto-reply', 'header')], note: '' };
    const words = firstIncluded(ctx.noticeLower.slice(0, 4000), autoReplyPhrases);
    if (words && !reply && (autoReplySubjects.some((p) => subject.startsWith(p) || (p.length > 5 && subject.includes(p))) || autoSubmitted)) {
      return { kind: 'auto-reply', evidence: [ev(words, 'body', 'kind:auto-reply', 'phrase')], note: '' };
    }
  }

  const delivered = firstIncluded(subject, deliveredSubjects) || firstIncluded(ctx.noticeLower.slice(0, 4000), deliveredPhrases);
  if (delivered && !strong && !smtpFailure && (daemon || ctx.dsn)) {
    return { kind: 'delivered', evidence: [ev(delivered, 'header', 'kind:delivered', 'subject')], note: '' };
  }

  // The bounce decision. A mail-system sender with failure words, a failure subject or an SMTP
  // failure line; otherwise (not in a reply or list post) a template sentence only mail systems
  // write; a notice sentence with a notice subject; a mail-notice subject with failure words and
  // a failure line; in headerless pasted text, a notice sentence or an SMTP failure line alone.
  let why = '';
  if (daemon && (weakSubject || failure || sentence || strong || smtpFailure)) why = strong || sentence || failure || weakSubject || smtpFailure;
  else if (!talk) {
    if (strong) why = strong;
    else if (sentence && (bounceSubject || bare)) why = sentence;
    else if (bounceSubject && failure) why = failure;
    else if (bare && smtpFailure) why = smtpFailure;
  }
  if (why) return { kind: 'bounce', evidence: [ev(why, 'body', 'kind:bounce', daemon ? `sender:${daemon}` : 'notice')], note: '' };
  return { kind: 'not-a-bounce', evidence: [], note: 'no sign of a delivery failure, auto-reply or complaint' };
}

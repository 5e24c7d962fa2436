/**
 * What a message is: bounce, auto-reply, complaint, delivered, or ordinary mail.
 *
 * Ordinary mail must never be called a bounce (the extension would put a banner on it), and
 * people write "rejected", "failed", "could not be delivered" too. So words alone never decide:
 * a bounce needs a structural sign — delivery-status fields, an X-Failed-Recipients header, a
 * notice template only mail systems write, or a mail-system sender or SMTP failure line together
 * with failure words.
 */
import { addressMatches, firstAddressMatch } from './parse/address.js';
import { findStatus } from './parse/codes.js';
import { header, type MessageParts } from './parse/message.js';
import { replyLine, type ReplyLine } from './parse/text.js';
import type { NoticeContext } from './reporters/types.js';
import { fold, matchPhrase, matchWords, noAnswerOnly } from './rules/decide.js';
import { squash } from './rules/fold.js';
import {
  holdsArfFields, blocklistNames, blocklistRefusalRe, conversationLineRe, notReplyFirstWords, serverReplyWords, autoReplyPhrases, autoReplySubjectPrefixes, autoReplySubjects, awaySubjectDateWords, bounceSubjects, complaintPhrases, complaintSubjectRe, complaintSubjects,
  deliveredPhrases, deliveredSubjects, failurePhrases, feedbackPartRe, feedbackTypeOf, noticeSender, unsubscribePhrases, noticeSentences, replyPrefixRe, sesFeedbackTypeRe, sesJsonRe, sesSenders, smtpFailureRe, snsEnvelopeFields,
  strongFailurePhrases, weakBounceSubjects, autoReplyHeaders, challengePhrases, challengeServices, challengeSubjects, sharedWordingReasons, mailThingRe,
} from './rules/kinds.js';
import { heldIn, noticePhrases, PhraseTable } from './notice-phrases.js';
import type { Evidence, FeedbackType, Kind } from './types.js';

export interface KindResult {
  readonly kind: Kind;
  readonly evidence: Evidence[];
  readonly note: string;
  /** A complaint's Feedback-Type (RFC 5965), read from its report. */
  readonly feedbackType?: FeedbackType;
  /** A complaint whose report came attached to another message (an abuse desk's forward). */
  readonly forwarded?: boolean;
  /** Pasted text that is a server's answer on its own: its reply lines, for the verdict's words. */
  readonly pasted?: PastedReply;
}

/** How text came in: a raw message, text a webmail renders (banners), or text a person pasted. */
export type InputOrigin = 'message' | 'rendered' | 'pasted';

/** Pasted text read as a server's answer. */
export interface PastedReply {
  /** The lines that are the server's answer (with their continuations), joined by newlines. */
  readonly text: string;
  readonly lines: readonly ReplyLine[];
}

// A pasted answer is short: a reply, a few continuation lines, maybe the DSN fields around it.
const maxPastedLines = 30;
const maxPastedChars = 6000;
// Lines that neither help nor hurt: the other RFC 3464 fields, an address or a rule alone.
const neutralLineRe = /^(?:final-recipient|original-recipient|action|remote-mta|reporting-mta|arrival-date|last-attempt-date|received-from-mta|x-[\w-]{1,40}|to|from|subject|date)[ \t]{0,4}:|^<?[^\s<>@]{1,64}@[^\s<>]{1,255}>?:?$|^[-=_*~]{3,}/i;

/** A line a person writes (a greeting, thanks, a question), never a server; a URL ending in "?" is not a question. */
function isTalk(line: string): boolean {
  return conversationLineRe.test(line) && !/^https?:\/\/\S*\?$/i.test(line);
}

/** True when someone is talking in the text: then codes and notice sentences in it are quoted. */
function talking(text: string): boolean {
  return text.split('\n', 200).some((l) => isTalk(l.trim()));
}

/** Text that holds mail's own matter, with nobody talking in it. */
function mailMatter(notice: string): boolean {
  const head = notice.slice(0, 8000);
  if (talking(head)) return false;
  if (firstAddressMatch(head) || findStatus(head)) return true;
  // A server's phrase alone counts where it is most of the words or sits among mail's own matter.
  const folded = fold(head.slice(0, 4000));
  return Boolean(matchPhrase(folded)) && (mailTokenRe.test(head) || mostlyPhrases(folded));
}

// An address, a host name (mx.example.org), an IP literal, a mailbox path or an SMTP command: the matter of mail
// systems, which a person rarely writes in a one-line remark. Bounded repeats only.
const mailTokenRe = /[^\s@]@[a-z0-9-]|\b[a-z0-9-]{1,63}\.[a-z0-9-]{1,63}\.[a-z]{2,24}\b|\b[a-z0-9-]{2,63}\.(?:example|com|net|org|[a-z]{2})\b|\b\d{1,3}(?:\.\d{1,3}){3}\b|(?:^|\s)\/[\w.-]{1,64}\/|\bname=|\b(?:rcpt to|mail from|ehlo|helo)\b/i;

/** True when the server's phrases are most of `folded`'s words (at least half). */
function mostlyPhrases(folded: string): boolean {
  // Words with a letter: codes and numbers are neither the phrase nor a person's.
  const words = (t: string) => t.split(/[^\p{L}\p{N}']+/u).filter((w) => /\p{L}/u.test(w)).length;
  const all = words(folded);
  let rest = folded;
  for (let i = 0; i < 4; i++) {
    const m = matchPhrase(rest);
    if (!m || !rest.includes(m.phrase)) break;
    rest = rest.split(m.phrase).join(' ');
  }
  return words(rest) * 2 <= all;
}

/** True when the words after a code are a server's: a code, an address, a known phrase or word. */
function serverWords(r: ReplyLine): boolean {
  if (r.shape === 'qmail' || (r.shape === 'status' && /^status/i.test(r.line))) return true;
  const words = fold(r.words);
  if (!words) return false;
  const first = words.split(' ', 1)[0]!;
  if (notReplyFirstWords.has(first)) return false;
  // A code opening a line alone ("5.1.1: fixed the mailbox sync") is as often a version number:
  // its words must be a server's own phrase.
  if (r.shape === 'status') return Boolean(matchPhrase(words));
  // An enhanced code right after the reply ("550 5.1.1 ..."), not a figure later in the line ("550 new users, 4.2.1% churn").
  if (/^#?[45]\.\d{1,3}\.\d{1,3}(?![\d.%])/.test(words) || /<[^\s<>@]{1,64}@/.test(words)) return true;
  if (blocklistNames.some((b) => words.includes(b))) return true;
  // After a label ("Q3 results: 550 new users"), only a server's own phrase makes it a reply; a
  // mail system's lead-in is no label: Postfix's "host mx.example.org[192.0.2.7] said:", qmail's
  // "Remote host said:", a recipient ("<bob@example.org>:") or a host before the code.
  // The lead-in is the parser's (parse/text.ts leadIn): a quote or bracket alone before the code has none.
  if (r.lead && !mailLead(r.leadIn ?? '')) return Boolean(matchPhrase(words));
  return Boolean(matchWords(words)) || serverReplyWords.some((w) => words.includes(w));
}

/**
 * Whether the words before a reply's code are a mail system's: qmail's "Remote host said" (or a
 * server's), or words holding an address, a host or an IP literal (Postfix's "host
 * mx.example.org[192.0.2.7] said"). A person's "He said:" is no mail system.
 */
function mailLead(lead: string): boolean {
  return /\b(?:host|server) said:?$/i.test(lead.trimEnd()) || mailTokenRe.test(lead);
}

/**
 * Pasted text that is essentially a server's answer (theme of issue 8): a reply with a 4xx/5xx or
 * an RFC 3463 code, a Status or Diagnostic-Code field, qmail's "(#5.1.1)", a blocklist refusal, or
 * (two lines at most) a server's own phrase ("Mailbox full"). Those lines must be most of the
 * text, and nobody may be talking in it (a greeting, thanks, a question): a person writing about
 * a 550 is not the 550. Only for text a person pasted to have it explained, never for a banner.
 */
export function pastedReply(text: string): PastedReply | null {
  if (text.length > maxPastedChars) return null;
  const raw = text.split('\n');
  const lines: ReplyLine[] = [];
  const kept: string[] = [];
  let replyChars = 0;
  let otherChars = 0;
  let nonBlank = 0;
  let inReply = false;
  for (const l of raw) {
    const t = l.trim();
    if (!t) {
      inReply = false;
      continue;
    }
    if (++nonBlank > maxPastedLines) return null;
    if (isTalk(t)) return null;
    const r = replyLine(t);
    const folded = fold(t);
    const blocklist = !r && blocklistNames.some((b) => folded.includes(b)) && blocklistRefusalRe.test(folded);
    if ((r && serverWords(r)) || blocklist) {
      lines.push(r ?? { line: t, shape: 'reply', code: '', words: t });
      kept.push(t);
      replyChars += t.length;
      inReply = true;
    } else if (inReply && /^\s/.test(l)) {
      // A reply wrapped over indented lines (Postfix, Exim), or "550-" continuations.
      kept.push(t);
      replyChars += t.length;
    } else if (!neutralLineRe.test(t)) {
      otherChars += t.length;
      inReply = false;
    }
  }
  if (!lines.length) {
    // A server's own sentence pasted alone: "Mailbox full", "User unknown", "Sorry, no mailbox here by that name".
    const body = text.trim();
    const folded = fold(body);
    const phrase = nonBlank > 2 || body.length > 240 ? null : matchPhrase(folded);
    if (!phrase) return null;
    // A blocklist's name is not a refusal on its own ("how blocklists like Spamhaus work").
    if (blocklistNames.some((b) => phrase.phrase.includes(b)) && !blocklistRefusalRe.test(folded)) return null;
    // A person's sentence holds a server's words among their own ("Your mailbox is full. Please
    // delete some messages", "The user does not exist in our CRM, I will add him tomorrow"): a
    // server's sentence is mostly its phrases, or names the mail's own things (an address, a host,
    // an IP, a mailbox path).
    if (!mailTokenRe.test(body) && !mostlyPhrases(folded)) return null;
    // "The printer is over the allowed quota", "Header size exceeds maximum permitted", "Internal
    // server error": a limit or an error of something that is not mail.
    // "Connection timed out" is in the expired list, and alone it is read as a network error
    // (rules/decide.ts): it is held to the same terms ("FTP: Connection timed out" is no bounce).
    const reason = phrase.reason === 'expired' && noAnswerOnly(folded) ? 'networkerror' : phrase.reason;
    if (sharedWordingReasons.has(reason) && !mailTokenRe.test(body) && !mailThingRe.test(folded)) return null;
    return { text: body, lines: [{ line: body, shape: 'reply', code: '', words: body }] };
  }
  // The answer is most of what was pasted.
  if (replyChars < otherChars) return null;
  return { text: kept.join('\n'), lines };
}

/** The recipient a pasted answer names ("550 5.1.1 <bob@example.org>: user unknown"), or ''. */
export function pastedRecipient(p: PastedReply): string {
  for (const r of p.lines) {
    const lower = r.line.toLowerCase();
    // A refusal of the sender ("553 5.1.8 <a@b>: Sender address rejected", "after MAIL FROM") names the sender.
    if (/sender|mail from|from:/.test(lower)) continue;
    for (const m of addressMatches(r.line)) {
      // "550 5.7.1 Message from a@b rejected as spam": the address after "from" is the sender's.
      if (/\bfrom\s?<?$/i.test(r.line.slice(Math.max(0, m.index - 12), m.index))) continue;
      return m[0];
    }
  }
  return '';
}

/**
 * An out-of-office, vacation or autoresponder answer (RFC 3834), or a challenge-response filter's
 * challenge, told from its headers, its subject and its words; null when it is none of them.
 * - Decide alone: an autoresponder's subject prefix ("Automatic reply:", "Abwesenheitsnotiz:",
 *   "自動応答:"), or an autoresponder header (Auto-Submitted: auto-replied, X-Autoreply,
 *   X-Autorespond, Precedence: auto_reply) on a message without an SMTP failure line.
 * - Decide with out-of-office words in the body: a subject people also write ("Out of office",
 *   "Fuori sede", "Absence du bureau"), or, in a message not sent to a list, Exchange's
 *   X-Auto-Response-Suppress, which asks other programs not to answer and which Exchange sets on
 *   its own automatic replies. Not Auto-Submitted: auto-generated: RFC 3834 5 keeps it for
 *   messages that answer none (notifications). Never in a reply ("Re: ...") that only has the
 *   words: a person wrote it.
 * - A challenge (the recipient's filter holds the message until the sender proves to be a
 *   person) decides with the name of a challenge-response service, a program's header or a
 *   challenge subject.
 * Bulk mail (List-Id, List-Unsubscribe, Precedence: bulk or list) is never decided by words and a
 * program's header alone: autoresponders answer people, not lists.
 */
function autoReplyOf(parts: MessageParts, subject: string, ctx: NoticeContext, reply: boolean, listPost: boolean, smtpFailure: boolean): KindResult | null {
  const h = (k: string) => fold(header(parts, k)).trim();
  const autoSubmitted = h('auto-submitted');
  const precedence = h('precedence');
  const autoHeaderName = autoReplyHeaders.find((k) => header(parts, k));
  const autoHeader =
    (autoHeaderName ? `${autoHeaderName}: ${header(parts, autoHeaderName)}` : '') ||
    (precedence === 'auto_reply' ? 'Precedence: auto_reply' : '') ||
    (autoSubmitted.startsWith('auto-replied') ? `Auto-Submitted: ${autoSubmitted}` : '');
  const prefix = autoReplySubjectPrefixes.find((p) => subject.startsWith(p));
  if (prefix) return { kind: 'auto-reply', evidence: [evidenceOf(ctx.subject, 'header', 'kind:auto-reply', 'subject')], note: '' };
  if (autoHeader && !smtpFailure) return { kind: 'auto-reply', evidence: [evidenceOf(autoHeader, 'header', 'kind:auto-reply', 'header')], note: '' };

  const bulk = listPost || Boolean(header(parts, 'list-unsubscribe')) || precedence === 'bulk' || precedence === 'list';
  // MS-OXCMAIL 2.1.3.2.20: "None" suppresses nothing, so it says nothing about the sender either.
  const suppress = h('x-auto-response-suppress');
  const suppressing = suppress !== '' && suppress !== 'none';
  // RFC 3834 5: "auto-generated" (and RFC 5436's "auto-notified") marks a message that is not a
  // direct response to another one: a notification, so out-of-office words in it make no answer;
  // "auto-replied" decided above. A challenge is sent by a program whatever keyword it chose.
  const program = (autoSubmitted !== '' && autoSubmitted !== 'no') || suppressing;
  const held = heldIn(ctx);
  const answersOne = Boolean(header(parts, 'in-reply-to') || header(parts, 'references'));
  const outOfOfficeSubject = autoReplySubjects.some((p) => {
    const at = subject.startsWith(p) ? 0 : p.length > 5 ? subject.indexOf(p) : -1;
    return at >= 0 && (answersOne || awaySubjectForm(subject.slice(at + p.length), p));
  });
  const words = noticeLists.autoReply.firstIn(held, 4000);
  if (words && !reply && ((outOfOfficeSubject && !header(parts, 'list-unsubscribe') && !listPost) || (suppressing && !bulk))) {
    return { kind: 'auto-reply', evidence: [evidenceOf(words, 'body', 'kind:auto-reply', 'phrase')], note: '' };
  }
  const challenge = noticeLists.challenge.firstIn(held, 4000);
  if (challenge && !listPost) {
    const text = `${ctx.noticeLower.slice(0, 4000)}\n${fold(ctx.from)}`;
    const service = challengeServices.find((s) => text.includes(s)) ?? '';
    if (service || (program && !bulk) || challengeSubjects.some((p) => subject.includes(p))) {
      return { kind: 'auto-reply', evidence: [evidenceOf(challenge, 'body', 'kind:auto-reply', service ? `challenge-response:${service}` : 'challenge-response')], note: '' };
    }
  }
  return null;
}

/**
 * Whether what follows an out-of-office subject phrase is what a program writes after it
 * (rules/kinds.ts awaySubjectDateWords): nothing, a separator, a date, the absence's dates. Words
 * in scripts without spaces between words (不在のお知らせ) are taken as they stand.
 */
function awaySubjectForm(rest: string, phrase: string): boolean {
  if (/[^\u0000-\u024f]/.test(phrase)) return true;
  const after = rest.trim();
  if (after === '' || /^[:\-\u2013\u2014(\[,|/\d]/.test(after)) return true;
  const word = /^[^\s.,;:'\u2019]+/.exec(after)?.[0] ?? '';
  return awaySubjectDateWords.includes(word);
}

/**
 * A complaint read from a feedback report: its Feedback-Type is the evidence, as the report
 * writes it ("Feedback-Type: opt-out"), and the verdict's `feedbackType`.
 */
function complaint(report: string, source: Evidence['source'], rule: string): KindResult {
  const written = /^feedback-type[ \t]{0,8}:[ \t]{0,8}([\w-]{1,40})/im.exec(report.slice(0, 20000))?.[1];
  const text = written ? `Feedback-Type: ${written}` : 'message/feedback-report';
  return { kind: 'complaint', evidence: [evidenceOf(text, source, 'kind:complaint', rule)], note: '', feedbackType: feedbackTypeOf(report) };
}

/** One piece of evidence: the words (white space folded, at most 500 characters), where they stand, what they decide and the rule that read them. */
export function evidenceOf(text: string, source: Evidence['source'], decides: string, rule: string): Evidence {
  return { text: squash(text).trim().slice(0, 500), source, decides, rule };
}

/**
 * The lists read in the notice's folded text, in the one reading of it the formats' marks share
 * (notice-phrases.ts), and the lists read in the folded subject, in a reading of their own.
 */
const noticeLists = {
  autoReply: noticePhrases.list(autoReplyPhrases),
  challenge: noticePhrases.list(challengePhrases),
  complaint: noticePhrases.list(complaintPhrases),
  strongFailure: noticePhrases.list(strongFailurePhrases),
  sentence: noticePhrases.list(noticeSentences),
  failure: noticePhrases.list(failurePhrases),
  delivered: noticePhrases.list(deliveredPhrases),
};
const subjectPhrases = new PhraseTable();
const subjectLists = {
  bounce: subjectPhrases.list(bounceSubjects),
  weakBounce: subjectPhrases.list(weakBounceSubjects),
  complaint: subjectPhrases.list(complaintSubjects),
  delivered: subjectPhrases.list(deliveredSubjects),
};

/**
 * Whether a message may carry a notice in its body (DSN fields without a MIME part): sent by a
 * mail system, titled as a notice, a multipart/report, or holding a notice template — and not a
 * reply or a mailing-list post.
 */
export function mayCarryNotice(parts: MessageParts, body: string): boolean {
  const subject = fold(parts.subject);
  if (replyPrefixRe.test(subject) || header(parts, 'list-id')) return false;
  if (noticeSender(parts.from) || parts.contentType.includes('multipart/report')) return true;
  const inSubject = subjectPhrases.read(subject);
  if (subjectLists.bounce.firstIn(inSubject) || subjectLists.weakBounce.firstIn(inSubject)) return true;
  return Boolean(noticeLists.strongFailure.firstIn(noticePhrases.read(fold(body.slice(0, 20000)))));
}

export function detectKind(ctx: NoticeContext, parts: MessageParts, input: InputOrigin): KindResult {
  const from = fold(ctx.from);

  // Structural signs first: they cannot be written by accident.
  // RFC 5965: a feedback report part (also inside a multipart/mixed an abuse desk forwards).
  if (parts.feedbackReport || parts.contentType.includes('feedback-report')) {
    return complaint(parts.feedbackReport || ctx.body, 'delivery-status', 'arf');
  }
  // Amazon SES notifications sent by AWS (possibly inside SNS's envelope).
  // The envelope's fields are looked for in the body only when the sender is not AWS itself.
  const fromAws = sesSenders.some((w) => from.includes(w));
  const ses = fromAws || snsEnvelopeFields.every((w) => ctx.body.includes(w)) ? sesJsonRe.exec(ctx.body.slice(0, 65536)) : null;
  if (ses) {
    const k: Kind = ses[1] === 'Bounce' ? 'bounce' : ses[1] === 'Complaint' ? 'complaint' : 'delivered';
    const evidence = [evidenceOf(`notificationType: ${ses[1]}`, 'body', `kind:${k}`, 'amazon-ses-json')];
    if (k !== 'complaint') return { kind: k, evidence, note: '' };
    const written = sesFeedbackTypeRe.exec(ctx.body.slice(0, 65536))?.[1];
    if (written) evidence.push(evidenceOf(`Feedback-Type: ${written}`, 'body', 'kind:complaint', 'amazon-ses-json'));
    return { kind: k, evidence, note: '', feedbackType: feedbackTypeOf(written ? `Feedback-Type: ${written}` : '') };
  }
  // RFC 3464 fields.
  const dsnRecipients = ctx.dsn?.recipients ?? [];
  const actions = dsnRecipients.map((r) => r.action);
  if (dsnRecipients.length && actions.every((a) => a === 'delivered' || a === 'relayed' || a === 'expanded')) {
    return { kind: 'delivered', evidence: [evidenceOf(`Action: ${actions[0]}`, 'delivery-status', 'kind:delivered', 'dsn')], note: '' };
  }
  if (dsnRecipients.some((r) => r.action === 'failed' || r.action === 'delayed' || /^[45]/.test(r.status))) {
    return { kind: 'bounce', evidence: [evidenceOf(`Action: ${actions.find((a) => a) ?? 'failed'}`, 'delivery-status', 'kind:bounce', 'dsn')], note: '' };
  }
  const xFailed = header(parts, 'x-failed-recipients');
  if (xFailed) return { kind: 'bounce', evidence: [evidenceOf(`X-Failed-Recipients: ${xFailed}`, 'header', 'kind:bounce', 'header')], note: '' };
  // An RFC 5965 report written into the body: its three required fields.
  const bodyHead = ctx.body.slice(0, 20000);
  if (holdsArfFields(bodyHead)) return complaint(bodyHead, 'body', 'arf');
  // A report forwarded whole: an abuse desk's message with the report attached as message/rfc822,
  // whose own message/feedback-report part is in the attachment. Not in a list post (a sample
  // report shown to others).
  const attached = parts.original.slice(0, 20000);
  if (attached && !header(parts, 'list-id') && feedbackPartRe.test(attached)) {
    return { ...complaint(attached, 'body', 'arf:forwarded'), forwarded: true };
  }

  // A message with an empty From is the null sender of a notice. Text with no From line counts as
  // one only when it holds mail's own matter (an address, a status code, a server's phrase) and
  // nobody is talking in it: "the delivery failed ... the address 550 Via Roma is correct" is a person.
  // Read past the structural signs, which decide without it.
  const daemon = input !== 'message' && !ctx.from.trim() ? (mailMatter(ctx.notice) ? '<>' : '') : noticeSender(ctx.from);

  // A reply ("Re: Undeliverable: ...") or a mailing-list post is people talking: words about a
  // failure decide nothing there, only a mail-system sender does. The subject is folded only here,
  // past the structural signs (most notices are decided by their DSN fields).
  const subject = fold(ctx.subject);
  const reply = replyPrefixRe.test(subject);
  const listPost = Boolean(header(parts, 'list-id'));
  const talk = reply || listPost;

  // Complaints that do not use RFC 5965's type: their own sentences, or a complaint subject on a
  // message that returns the original (Hotmail's JMRP).
  // The notice's phrases and the subject's, each read once (notice-phrases.ts); a list is asked
  // about the notice's first characters as `includes` over a slice of them would be.
  const held = heldIn(ctx);
  const inSubject = subjectPhrases.read(subject);
  const complaintWords = noticeLists.complaint.firstIn(held, 2000) || (parts.original && subjectLists.complaint.firstIn(inSubject)) || complaintSubjectRe.exec(subject)?.[0];
  if (complaintWords && !talk) {
    const feedbackType: FeedbackType = unsubscribePhrases.includes(complaintWords) ? 'opt-out' : feedbackTypeOf(ctx.noticeLower.slice(0, 2000));
    return { kind: 'complaint', evidence: [evidenceOf(complaintWords, 'body', 'kind:complaint', 'phrase')], note: '', feedbackType };
  }

  const strong = noticeLists.strongFailure.firstIn(held, 20000);
  const sentence = noticeLists.sentence.firstIn(held, 20000);
  const bounceSubject = subjectLists.bounce.firstIn(inSubject);
  const weakSubject = bounceSubject || subjectLists.weakBounce.firstIn(inSubject);
  const failure = noticeLists.failure.firstIn(held, 20000);
  const smtpFailure = smtpFailureRe.exec(ctx.notice.slice(0, 20000))?.[0] ?? '';
  // Pasted text with no header at all: the person pasted it to have it explained.
  // Not when someone is talking in it ("We keep getting 550 5.7.26 from Gmail. Can you check?").
  const bare = input !== 'message' && !ctx.from && !ctx.subject && !talking(ctx.notice.slice(0, 20000));

  // Out-of-office answers (RFC 3834): their header or subject prefix, or their words confirmed.
  const noticeLike = Boolean(daemon || strong || (bounceSubject && (failure || sentence)));
  if (!noticeLike) {
    const auto = autoReplyOf(parts, subject, ctx, reply, listPost, Boolean(smtpFailure));
    if (auto) return auto;
  }

  const delivered = subjectLists.delivered.firstIn(inSubject) || noticeLists.delivered.firstIn(held, 4000);
  if (delivered && !strong && !smtpFailure && (daemon || ctx.dsn)) {
    return { kind: 'delivered', evidence: [evidenceOf(delivered, 'header', 'kind:delivered', 'subject')], note: '' };
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
  // Pasted by a person to have it explained: a server's answer on its own is a bounce.
  const pasted = input === 'pasted' && !talk ? pastedReply(ctx.notice) : null;
  if (why) return { kind: 'bounce', evidence: [evidenceOf(why, 'body', 'kind:bounce', daemon ? `sender:${daemon}` : 'notice')], note: '', ...(pasted ? { pasted } : {}) };
  if (pasted) return { kind: 'bounce', evidence: [evidenceOf(pasted.lines[0]!.line, 'text', 'kind:bounce', `pasted-reply:${pasted.lines[0]!.shape}`)], note: '', pasted };
  return { kind: 'not-a-bounce', evidence: [], note: 'no sign of a delivery failure, auto-reply or complaint' };
}

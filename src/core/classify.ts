/**
 * classify(): input -> parse -> recipients and the server's words -> rules -> verdict.
 */
import { findAddresses, normalizeAddress } from './parse/address.js';
import { findReply, findStatus, pickStatus } from './parse/codes.js';
import { hostIn } from './parse/host.js';
import { cleanAddress, parseDsn, type DsnFields } from './parse/dsn.js';
import { header, latin1Of, parseMessage, splitPlain, type Header, type MessageParts, type MimeReader } from './parse/message.js';
import { readSevenBit } from './parse/sevenbit.js';
import { isoDate } from './parse/date.js';
import { capWords, inputEnd, limitInput, maxBodyChars, maxInputBytes, maxDiagnosticChars, maxRecipients } from './parse/limits.js';
import { forwardedParts, parseText } from './parse/text.js';
import { isEmptyInput } from './parse/empty.js';
import { collectRecipients, recipientWords, type RecipientWords } from './reporters/collect.js';
import { rarestAt } from './reporters/lib.js';
import type { ReporterName } from './reporters/index.js';
import type { FoundRecipient, NoticeContext } from './reporters/types.js';
import { decideReason, fold } from './rules/decide.js';
import { squash } from './rules/fold.js';
import type { HeldPhrases } from './notice-phrases.js';
import {
  bodyDsnFieldRe, bodyDsnStartRe, connectionFailedRe, givenUpRe, inlineOriginalLines, inlineOriginalRe, messageHeaderRe, noAnswerRe, originalMarkers, stillTryingRe,
} from './rules/notice.js';
import { forwardSubjectRe, untaggedSubject } from './rules/forwards.js';
import { noticeSender, replyPrefixRe, sesComplainedRe, sesEmailAddressRe } from './rules/kinds.js';
import { detectKind, evidenceOf, mayCarryNotice, pastedRecipient, type InputOrigin, type PastedReply } from './kind.js';
import { ordinaryMail } from './prefilter.js';
import { retryStatement } from './advice/specifics.js';
import { categoryFor, severityFor } from './taxonomy.js';
import type { Action, Category, ClassifyInput, ClassifyOptions, Evidence, Kind, Reason, Recipient, Verdict } from './types.js';

// How much of an input is read (1 MiB, 5,000 lines, 128 MIME boundary lines, 256 Ki characters
// of decoded text, 256 recipients, 4 KiB of words per recipient),
// and why: parse/limits.ts. Input beyond a limit is not read and the verdict says `truncated`.
export { maxBodyChars, maxDiagnosticChars, maxInputBytes, maxInputLines, maxInputParts, maxRecipients } from './parse/limits.js';

export type Classify = (input: ClassifyInput, options?: ClassifyOptions) => Promise<Verdict>;

/**
 * A `classify` whose MIME decoding is done by `mime`. The library's own `classify` (index.ts)
 * uses postal-mime in place; the Gmail content script, which must stay small, has the extension's
 * background run postal-mime for the few messages the fast path (parse/sevenbit.ts) cannot read.
 */
export function createClassify(mime: MimeReader): Classify {
  return (input, options) => classifyWith(mime, input, options);
}

/** Classifies a raw message (RFC 5322 source) or rendered/pasted text. Never throws. */
async function classifyWith(mime: MimeReader, input: ClassifyInput, options: ClassifyOptions = {}, depth = 0): Promise<Verdict> {
  try {
    if (isEmptyInput(input)) return emptyVerdict();
    const { text, bytes, truncated, latin1 } = normalizeInput(input, options.mode !== 'text');
    const mode = options.mode === 'text' || options.mode === 'message' ? options.mode : looksLikeMessage(text) ? 'message' : 'text';
    if (mode === 'text') return fromText(parseText(bytes ? decodeText(bytes) : text), textOrigin(options), truncated);
    // Ordinary mail told from its headers and text before any MIME decoding (prefilter.ts).
    const whole = bytes ? latin1 : /[^\x00-\xff]/.test(text) ? '' : stripMboxLine(text);
    // The fast path's reading of `whole` (parse/sevenbit.ts), made at most once: the prefilter
    // reads an encoded multipart with it, and parseMessage below reads the same text.
    let sevenBit: MessageParts | null | undefined;
    const readFast = () => (sevenBit === undefined ? (sevenBit = readSevenBit(whole, Boolean(bytes))) : sevenBit);
    const ordinary = whole ? ordinaryMail(whole, Boolean(bytes), readFast) : null;
    if (ordinary) return dated(failed('no sign of a delivery failure, auto-reply or complaint', { input: 'message', subject: ordinary.subject, from: ordinary.from, truncated }), depth ? '' : ordinary.date);
    let parts: MessageParts;
    try {
      // `whole` is the bytes read as latin1 already (or the text itself): the fast path reads the
      // same text, and what it reads is taken without a turn through parseMessage's promise.
      const fast = whole ? readFast() : null;
      parts = fast ?? (await parseMessage(bytes ?? stripMboxLine(text), mime, { ...(bytes && whole ? { latin1: whole } : {}), ...(whole ? { sevenBit } : {}) }));
    } catch {
      parts = splitPlain(stripMboxLine(text));
    }
    // The message's own Date (an attached message's is not the verdict's: depth 0 only).
    const date = depth ? '' : header(parts, 'date');
    // A person's message forwarding a notice inline: the notice is read as the webmail showed it
    // to the forwarder (parse/forward.ts), as strictly as a banner reads text.
    const report = parts.deliveryStatus.length > 0 || Boolean(parts.feedbackReport);
    const forward = report ? null : fromForward(parts, 'rendered', truncated, 'message');
    if (forward) return dated(forward, date);
    const verdict = fromParts(parts, 'message', truncated);
    // Forwarded as an attachment (message/rfc822: Outlook's and Gmail's "forward as attachment"):
    // when the message itself is ordinary mail from a person, the attached message is read whole.
    // Once: an attachment's own attachment is its returned original, not another forward.
    // A person's forward ("Fwd:", "WG:" ...) of a complaint or notice that reads as one itself
    // (a complaint subject over an attached original) is the attachment's too: it has no report
    // part. The subject is read only where it can matter: most notices have an attachment and a
    // report part.
    if (depth === 0 && parts.original && (verdict.kind === 'not-a-bounce' || !report)) {
      const subject = untaggedSubject(fold(parts.subject));
      const forwardTitled = !report && forwardSubjectRe.test(subject);
      if ((verdict.kind === 'not-a-bounce' || forwardTitled) && attachedForward(parts, subject)) {
        const attached = await classifyWith(mime, parts.original, { mode: 'message' }, depth + 1);
        if (attached.kind !== 'not-a-bounce') return dated({ ...attached, input: 'message', forwarded: true, truncated: attached.truncated || truncated }, date);
      }
    }
    return dated(verdict, date);
  } catch (err) {
    return failed(`could not read the input: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Classifies rendered or pasted text synchronously (no MIME decoding). Never throws. */
export function classifyText(text: string, options: Pick<ClassifyOptions, 'origin'> = {}): Verdict {
  try {
    if (isEmptyInput(text)) return emptyVerdict();
    const { input, truncated } = limitInput(text, true);
    return fromText(parseText(input), textOrigin(options), truncated);
  } catch (err) {
    return failed(`could not read the text: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Text is read as rendered (the strict reading a banner needs) unless the caller says a person pasted it. */
function textOrigin(options: Pick<ClassifyOptions, 'origin'>): InputOrigin {
  return options.origin === 'pasted' ? 'pasted' : 'rendered';
}

/**
 * `verdict` with the message's `date` (types.ts) from its raw Date header, when that reads.
 * Every verdict given here is made by this call of classifyWith, so the field is set in place
 * (last, as a spread would put it): a spread copies every field, ~2 us a message.
 */
function dated(verdict: Verdict, rawDate: string): Verdict {
  const date = rawDate ? isoDate(rawDate) : '';
  if (date) (verdict as { date?: string }).date = date;
  return verdict;
}

/** A verdict of no notice, saying why; `of` names the input read (a literal, not a spread of one: a spread copies every field). */
function failed(note: string, of: Pick<Verdict, 'input' | 'subject' | 'from' | 'truncated'> = { input: 'text', subject: '', from: '', truncated: false }): Verdict {
  return {
    kind: 'not-a-bounce', category: 'not-a-bounce', reason: 'undefined', severity: 'none', status: '', reply: '', recipients: [], evidence: [],
    input: of.input, reporter: '', subject: of.subject, from: of.from, truncated: of.truncated, note,
  };
}

/** The verdict on an input that holds nothing to read (parse/empty.ts): no notice, and it says it is empty. */
function emptyVerdict(): Verdict {
  return { ...failed('the input is empty'), empty: true };
}

/**
 * The input cut to the limits, without an mbox "From " line. For bytes read by their shape,
 * `latin1` is all of them read as latin1 (one char per byte), and `text` its first 4 KiB (enough
 * to see the shape). `shape`: false when the caller reads the bytes as text whatever their shape,
 * so neither is made.
 */
function normalizeInput(input: ClassifyInput, shape = true): { text: string; bytes: Uint8Array | null; truncated: boolean; latin1: string } {
  if (typeof input === 'string') {
    const { input: text, truncated } = limitInput(input, true);
    return { text, bytes: null, truncated, latin1: '' };
  }
  let bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (!shape) {
    const limited = limitInput(bytes, true);
    bytes = limited.input;
    // "From " and the first line break within the first 4 KiB, as in the text below.
    const head = bytes.subarray(0, Math.min(bytes.length, 4096));
    if (head[0] === 70 && head[1] === 114 && head[2] === 111 && head[3] === 109 && head[4] === 32) bytes = bytes.subarray(head.indexOf(10) + 1);
    return { text: '', bytes, truncated: limited.truncated, latin1: '' };
  }
  // Headers are ASCII; latin1 maps every byte to one char, so the text's offsets are the bytes'
  // and the limits are read on the text (its line breaks found natively), which the fast path
  // and the prefilter read whole anyway.
  const read = latin1Of(bytes.length > maxInputBytes ? bytes.subarray(0, maxInputBytes) : bytes);
  const end = inputEnd(read, true);
  const truncated = end < bytes.length;
  if (truncated) bytes = bytes.subarray(0, end);
  let latin1 = end < read.length ? read.slice(0, end) : read;
  // An mbox separator line that ends within the first 4 KiB.
  const nl = latin1.startsWith('From ') ? latin1.indexOf('\n') : -1;
  if (nl >= 0 && nl < 4096) {
    bytes = bytes.subarray(nl + 1);
    latin1 = latin1.slice(nl + 1);
    return { text: latin1.slice(0, 4095 - nl), bytes, truncated, latin1 };
  }
  return { text: latin1.length > 4096 ? latin1.slice(0, 4096) : latin1, bytes, truncated, latin1 };
}

// One decoder for every text: a decode without `stream` starts afresh (Encoding Standard), failed or not.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Pasted or saved text has no charset label: UTF-8 when it is valid UTF-8, else the Japanese
 * 7-bit encoding when its escape sequences show, else windows-1252 (which maps every byte).
 */
function decodeText(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    const head = latin1Of(bytes.subarray(0, 65536));
    for (const label of head.includes('\u001b$B') ? ['iso-2022-jp'] : ['shift_jis', 'euc-jp']) {
      try {
        return new TextDecoder(label, { fatal: true }).decode(bytes);
      } catch {
        // try the next
      }
    }
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** An mbox "From " separator line is not part of the message. */
function stripMboxLine(text: string): string {
  return text.startsWith('From ') ? text.slice(text.indexOf('\n') + 1) : text;
}

/** A message starts with header fields, among them one a person would not type. */
export function looksLikeMessage(text: string): boolean {
  let head = stripMboxLine(text.slice(0, 16384));
  if (head.includes('\r')) head = head.replace(/\r\n?/g, '\n');
  const blank = head.indexOf('\n\n');
  const stop = blank >= 0 ? blank : head.length;
  // Line by line, by index, up to the first blank line: most messages show such a field first.
  if (!/^[A-Za-z][\w-]*\s*:/.test(head.slice(0, lineStop(head, 0, stop)))) return false;
  for (let start = 0; start <= stop; ) {
    const end = lineStop(head, start, stop);
    if (messageHeaderRe.test(head.slice(start, end))) return true;
    start = end + 1;
  }
  return false;
}

/** Where the line of `text` starting at `start` ends: its line break, or `stop`. */
function lineStop(text: string, start: number, stop: number): number {
  const i = text.indexOf('\n', start);
  return i < 0 || i > stop ? stop : i;
}

const longestMarker = Math.max(...originalMarkers.map((m) => m.length));

/**
 * The markers grouped by a word each holds ("message", "original mail", "rfc822"), with where it
 * stands in the marker: a marker occurs only where its word does, so the text is searched for
 * three words rather than for each of some forty markers ("original mail" rather than "mail",
 * which most notices write several times). A marker holding none of them is searched on its own.
 * Each word is looked for from its rarest character on (`probe`: "ge" of "message", as
 * reporters/lib.ts markerAt does), its start (`lead`) checked at each place found; each marker's
 * first and last characters are compared before the whole marker.
 */
const markerAnchors = ['message', 'original mail', 'rfc822'].map((word) => {
  const at = rarestAt(word);
  return { word, at, probe: word.slice(at), lead: word.slice(0, at), markers: [] as { marker: string; at: number; first: number; last: number }[] };
});
const unanchoredMarkers: string[] = [];
for (const marker of originalMarkers) {
  const group = markerAnchors.find((g) => marker.includes(g.word));
  if (group) group.markers.push({ marker, at: marker.indexOf(group.word), first: marker.charCodeAt(0), last: marker.charCodeAt(marker.length - 1) });
  else unanchoredMarkers.push(marker);
}

/** Where the first of `originalMarkers` starts in `lower`, or -1. */
export function firstMarker(lower: string): number {
  let first = -1;
  for (const m of unanchoredMarkers) {
    const i = lower.indexOf(m);
    if (i >= 0 && (first < 0 || i < first)) first = i;
  }
  for (const { at, probe, lead, markers } of markerAnchors) {
    // Past `first` by the longest marker's length, a marker holding the word starts after `first`.
    for (let q = lower.indexOf(probe, at); q >= 0 && (first < 0 || q - at - longestMarker <= first); q = lower.indexOf(probe, q + 1)) {
      const p = q - at;
      if (at > 0 && !lower.startsWith(lead, p)) continue;
      for (const m of markers) {
        const i = p - m.at;
        if (i >= 0 && (first < 0 || i < first) && lower.charCodeAt(i) === m.first && lower.charCodeAt(i + m.marker.length - 1) === m.last && lower.startsWith(m.marker, i)) first = i;
      }
    }
  }
  return first;
}

/**
 * The notice without the returned original (or its headers) that follows it, and the notice
 * lowercased (as `toLowerCase` makes it): cut from the body's lowercase `bodyLower`, made once
 * for both.
 */
function cutOriginal(body: string, bodyLower: string): { notice: string; lower: string } {
  const marker = firstMarker(bodyLower);
  let end = marker < 0 ? body.length : marker;
  const inline = inlineOriginalAt(body, bodyLower, end);
  if (inline >= 0) end = inline;
  if (end >= body.length) return { notice: body, lower: bodyLower };
  const notice = body.slice(0, end);
  // A prefix of the body's lowercase is the notice's own unless a character changed length
  // (U+0130) or a capital sigma is there (its lowercase depends on what follows: σ or final ς).
  const lower = bodyLower.length === body.length && !notice.includes('\u03a3') ? bodyLower.slice(0, end) : notice.toLowerCase();
  return { notice, lower };
}

/**
 * Where inlineOriginalRe first matches wholly within `body`'s first `end` characters, or -1, read
 * in the body's lowercase `bodyLower` by indexOf (its lines are literals). The two are one reading
 * where each character of the body has a lowercase of its own length (no U+0130): then an ASCII
 * letter of the body is one of the lowercase in its place, and nothing else lowercases to the
 * lines' characters (the Kelvin sign lowercases to "k", which they do not hold). Else the regex reads the body.
 */
export function inlineOriginalAt(body: string, bodyLower: string, end: number): number {
  if (bodyLower.length !== body.length) return inlineOriginalRe.exec(end < body.length ? body.slice(0, end) : body)?.index ?? -1;
  let first = -1;
  for (const line of inlineOriginalLines) {
    // A later place of the same line ends later still: the first is the only one to check against `end`.
    const i = bodyLower.indexOf(line);
    if (i >= 0 && i + line.length <= end && (first < 0 || i < first)) first = i;
  }
  return first;
}

/**
 * Text, or the message it forwards (parse/forward.ts). What a forward's block heads is read first;
 * when that is ordinary mail the text is read as it stands: a notice may quote the returned
 * original under lines a forward also writes ("Original Message:", From, To, Subject).
 */
function fromText(parts: MessageParts, origin: InputOrigin, truncated: boolean): Verdict {
  return fromForward(parts, origin, truncated) ?? fromParts(parts, origin, truncated);
}

/**
 * The verdict on the message `parts` forwards inline, or null when it forwards none that reads as
 * more than ordinary mail. The innermost block is read first, then each block holding it: a
 * forwarded notice that quotes its returned original under "Original Message" (the original is
 * ordinary mail) is the notice, still forwarded, never the forwarder's own message.
 */
function fromForward(parts: MessageParts, origin: InputOrigin, truncated: boolean, input?: Verdict['input']): Verdict | null {
  for (const inner of forwardedParts(parts)) {
    const verdict = fromParts(inner, origin, truncated, input);
    if (verdict.kind !== 'not-a-bounce') return verdict;
  }
  return null;
}

/**
 * Whether an attached message (parts.original) may be a forwarded notice: the message attaching
 * it is a person's (not a mail system's notice returning an original), not a reply, not a list
 * post, and the attachment is a whole message (it starts with header lines). `subject`: the
 * message's subject folded, without a gateway's tags (rules/forwards.ts untaggedSubject).
 */
function attachedForward(parts: MessageParts, subject: string): boolean {
  if (!parts.original || !/^[A-Za-z][\w-]{0,76}:/.test(stripMboxLine(parts.original.slice(0, 1024)))) return false;
  if (header(parts, 'list-id') || replyPrefixRe.test(subject)) return false;
  return !(noticeSender(parts.from) && parts.from.trim());
}

/** The verdict on `parts`; a forward's (parts.forwarded) says so. `input` overrides how the input is named. */
function fromParts(parts: MessageParts, origin: InputOrigin, truncated: boolean, input?: Verdict['input']): Verdict {
  const verdict = readParts(parts, origin, truncated);
  if (!parts.forwarded && !input) return verdict;
  return { ...verdict, ...(input ? { input } : {}), ...(parts.forwarded ? { forwarded: true } : {}) };
}

function readParts(parts: MessageParts, origin: InputOrigin, truncated: boolean): Verdict {
  const input: Verdict['input'] = origin === 'message' ? 'message' : 'text';
  // Decoding can make text longer than the bytes read (UTF-8 read as a single-byte charset).
  if (parts.body.length > maxBodyChars) truncated = true;
  const capped = parts.body.length > maxBodyChars ? parts.body.slice(0, maxBodyChars) : parts.body;
  const body = capped.includes('\r') ? capped.replace(/\r\n?/g, '\n') : capped;
  let dsn: DsnFields | null = null;
  for (const part of parts.deliveryStatus) {
    const d = parseDsn(part);
    if (!dsn || d.recipients.length > dsn.recipients.length) dsn = d;
  }
  // DSN fields written into the body (no MIME part) count only in a message that is a notice:
  // a list post quoting "Final-Recipient: ... Action: failed" to ask about it is not one.
  // The body's lowercase, made once: the original's markers, the notice's words and the formats'
  // sections (ctx.bodyLower, reporters/lib.ts bodyLower) are read in it.
  const bodyLower = body.toLowerCase();
  // (A field name matched case-insensitively is ASCII, so its lowercase holds "-recipient".)
  if ((!dsn || dsn.recipients.length === 0) && bodyLower.includes('-recipient') && bodyDsnFieldRe.test(body) && mayCarryNotice(parts, body)) {
    const d = parseDsn(body.slice(body.search(bodyDsnStartRe)));
    if (d.recipients.length) dsn = d;
  }
  const { notice, lower } = cutOriginal(body, bodyLower);
  const ctx = new Notice(parts, body, bodyLower, notice, squash(lower), dsn);
  const kind = detectKind(ctx, parts, origin);
  const base = { input, subject: parts.subject, from: parts.from, truncated };
  if (kind.kind !== 'bounce') {
    const recipients = kind.kind === 'delivered' ? deliveredRecipients(ctx) : [];
    const reason = kind.kind === 'auto-reply' ? 'vacation' : kind.kind === 'complaint' ? 'feedback' : kind.kind === 'delivered' ? 'delivered' : 'undefined';
    const addresses = kind.kind === 'complaint' ? complaintAddresses(ctx, parts, kind.forwarded ?? false) : [];
    const complaintRecipients: Recipient[] = addresses.map((address) => ({
      address, action: '', status: '', reply: '', diagnostic: '', remoteHost: '', reason: 'feedback', category: 'complaint', severity: 'none', evidence: [],
    }));
    // Field by field (the order `...base` gave), not spread: a spread is a slow generic copy.
    const verdict: { -readonly [K in keyof Verdict]: Verdict[K] } = {
      input: base.input, subject: base.subject, from: base.from, truncated: base.truncated,
      kind: kind.kind, category: kind.kind, reason, severity: 'none', status: '', reply: '',
      recipients: recipients.concat(complaintRecipients), evidence: kind.evidence, reporter: '', note: kind.note,
    };
    if (kind.kind === 'complaint') verdict.feedbackType = kind.feedbackType ?? 'abuse';
    // An abuse desk's message with the report attached (kind.ts) is a forward too.
    if (kind.forwarded) verdict.forwarded = true;
    return verdict;
  }
  return bounceVerdict(ctx, kind.evidence, base, kind.pasted);
}

/**
 * What the reporters and the rules read of one message (reporters/types.ts). `noticeLower` is
 * fold (rules/fold.ts) of the notice. The sender's addresses are read when first asked: most
 * notices' reporters never ask. A class, so that every context has the same shape and the
 * getter lives on its prototype.
 */
class Notice implements NoticeContext {
  readonly headers: readonly Header[];
  readonly subject: string;
  readonly from: string;
  readonly original: string;
  /** The notice's phrases (notice-phrases.ts heldIn), read when first asked. */
  phrasesRead: HeldPhrases | undefined = undefined;
  private sendersRead: Set<string> | undefined;
  // What every recipient's decision reads of the notice as a whole, read when first asked and
  // then once per notice, not once per recipient.
  private contextRead: string | undefined;
  private stillTryingRead: boolean | undefined;
  private givenUpRead: boolean | undefined;
  private retryRead: string | undefined;
  private retryUntilRead: Map<string, string> | undefined;

  constructor(
    private readonly parts: MessageParts,
    readonly body: string,
    readonly bodyLower: string,
    readonly notice: string,
    readonly noticeLower: string,
    readonly dsn: DsnFields | null,
  ) {
    this.headers = parts.headers;
    this.subject = parts.subject;
    this.from = parts.from;
    this.original = parts.original;
  }

  get senders(): ReadonlySet<string> {
    return (this.sendersRead ??= senderAddresses(this.parts));
  }

  /** The notice's words a recipient's own do not decide are read in (its first 8,000 characters). */
  get context(): string {
    return (this.contextRead ??= this.notice.slice(0, 8000));
  }

  /** Whether the notice's start says it is still trying (rules/notice.ts stillTryingRe). */
  get stillTrying(): boolean {
    return (this.stillTryingRead ??= stillTryingRe.test(this.noticeLower.slice(0, 4000)));
  }

  /** Whether the notice's start says it has given up (rules/notice.ts givenUpRe). */
  get givenUp(): boolean {
    return (this.givenUpRead ??= givenUpRe.test(this.noticeLower.slice(0, 4000)));
  }

  /** How long the notice says retries go on, in its own words ('' when it does not say). */
  get retryStatement(): string {
    return (this.retryRead ??= retryStatement(this.notice.slice(0, 4000)));
  }

  /** The DSN's Will-Retry-Until of a recipient (RFC 3464 §2.3.9), trimmed; '' when not given. */
  retryUntil(address: string): string {
    if (!this.retryUntilRead) {
      this.retryUntilRead = new Map();
      // The first block that names the address, as a search from the start would find.
      for (const b of this.dsn?.recipients ?? []) {
        const key = normalizeAddress(b.finalRecipient);
        if (!this.retryUntilRead.has(key)) this.retryUntilRead.set(key, (b.fields.get('will-retry-until') ?? '').trim().slice(0, 64));
      }
    }
    return this.retryUntilRead.get(address) ?? '';
  }
}

function senderAddresses(parts: MessageParts): Set<string> {
  const out = new Set<string>();
  for (const key of ['to', 'x-original-to', 'delivered-to', 'return-path']) {
    for (const a of findAddresses(header(parts, key))) out.add(a);
  }
  // The original's sender, when it is attached.
  const m = /^from:[^\n]*$/im.exec(parts.original.slice(0, 8192));
  if (m) for (const a of findAddresses(m[0])) out.add(a);
  return out;
}

/**
 * The address a complaint is about: the report's Original-Rcpt-To or Removal-Recipient, else the
 * To of the message complained about. In a forwarded report (`forwarded`) both are inside the
 * attached message, and the message complained about is the last one attached within it: the
 * attachment's own To is the abuse desk's.
 */
function complaintAddresses(ctx: NoticeContext, parts: MessageParts, forwarded: boolean): string[] {
  // Amazon SES's complaint object lists every complained recipient.
  const ses = sesComplainedRe.exec(ctx.body.slice(0, 65536));
  if (ses) {
    const found = [...ses[1]!.matchAll(sesEmailAddressRe)].map((m) => normalizeAddress(m[1]!));
    if (found.length) return [...new Set(found)].slice(0, maxRecipients);
  }
  const one = complaintAddress(ctx, parts, forwarded);
  return one ? [one] : [];
}

function complaintAddress(ctx: NoticeContext, parts: MessageParts, forwarded: boolean): string {
  const text = `${parts.feedbackReport}\n${ctx.body}${forwarded ? `\n${parts.original}` : ''}`;
  // Values are trimmed in code: `\s*(.+)$` lets the two trade blanks (quadratic on hostile text).
  const m = /^(?:original-rcpt-to|removal-recipient)[ \t]*:(.+)$/im.exec(text);
  if (m) return normalizeAddress(cleanAddress(m[1]!.trim().replace(/^rfc822;/i, '')));
  let original = parts.original;
  if (forwarded) {
    const inner = [...original.slice(0, 20000).matchAll(/^content-type:[ \t]*(?:message\/rfc822|text\/rfc822-headers)/gim)].at(-1);
    if (!inner) return '';
    original = original.slice(inner.index + inner[0].length);
  }
  const to = /^to[ \t]*:(.+)$/im.exec(original);
  if (to) return findAddresses(to[1]!)[0] ?? '';
  return '';
}

function deliveredRecipients(ctx: NoticeContext): Recipient[] {
  return (ctx.dsn?.recipients ?? []).map((r) => ({
    address: normalizeAddress(r.finalRecipient), action: toAction(r.action), status: r.status, reply: findReply(r.diagnostic),
    diagnostic: r.diagnostic, remoteHost: r.remoteMta, reason: 'delivered' as const, category: 'delivered' as const, severity: 'none' as const, evidence: [],
  }));
}

function toAction(a: string): Action {
  return a === 'failed' || a === 'delayed' || a === 'delivered' || a === 'relayed' || a === 'expanded' ? a : '';
}

function bounceVerdict(ctx: Notice, kindEvidence: Evidence[], base: Pick<Verdict, 'input' | 'subject' | 'from' | 'truncated'>, pasted?: PastedReply): Verdict {
  const collected = collectRecipients(ctx);
  const { reporter } = collected;
  let all = collected.found;
  // A pasted answer that names an address ("550 5.1.1 <bob@example.org>: user unknown") names
  // the recipient it refused; its lines are that recipient's words.
  const named = pasted && !all.length ? pastedRecipient(pasted) : '';
  if (named) all = [{ address: normalizeAddress(named), diagnostic: pasted!.text }];
  // Each collected recipient's words, read once (reporters/collect.ts); the pasted one's are read in toRecipient.
  const words = named ? [] : collected.words;
  // Each recipient is decided on its own: past a few hundred, a notice is a stranger's list.
  const found = all.length > maxRecipients ? all.slice(0, maxRecipients) : all;
  if (found !== all || found.some(isCapped)) base = { ...base, truncated: true };
  const recipients: Recipient[] = found.map((r, i) => toRecipient(r, ctx, reporter, Boolean(pasted), words[i]));
  const main = pickMain(recipients);
  if (!main) {
    // No recipient to hang the words on: the whole notice speaks, and its subject too ("Returned
    // mail: User unknown", "Message you sent blocked by our bulk email filter").
    // A pasted answer with no address: its own lines are the words, the rest of the text their context.
    const words = pasted ? pasted.text : ctx.context;
    const { status, reply } = pickStatus('', words);
    const d = decideReason({ diagnostic: words, context: pasted ? `${ctx.subject}\n${ctx.context}` : ctx.subject, status, reply, action: '', remoteHost: '', bare: Boolean(pasted) });
    // RFC 3463 X.4.1 and the words of a connection never made, as for a recipient (toRecipient).
    // Field by field, in the order `...base` gave (a spread is a slow generic copy).
    return {
      input: base.input, subject: base.subject, from: base.from, truncated: base.truncated,
      kind: 'bounce', category: categoryOf(d, status, pasted ? words : null), reason: d.reason, severity: severityFor(d.reason, status, reply, '', words), status, reply,
      // The sentence around the deciding words, as for a recipient: the advice reads the list's
      // name, the listed IP or the limit in it.
      recipients: [], evidence: d.matched ? [...kindEvidence, evidenceOf(excerpt(words, d.matched), 'body', `reason:${d.reason}`, d.rule)] : kindEvidence.slice(),
      reporter, note: 'the notice names no recipient',
    };
  }
  // Written out field by field (the order `...base` gave): a spread of `base` is a slow copy here.
  return {
    input: base.input, subject: base.subject, from: base.from, truncated: base.truncated,
    kind: 'bounce', category: main.category, reason: main.reason, severity: main.severity, status: main.status, reply: main.reply, recipients,
    evidence: [...kindEvidence, ...main.evidence], reporter, note: '',
  };
}

/**
 * `bare`: the text is a server's reply pasted on its own (kind.ts pastedReply). `words`: those of
 * `found` (reporters/collect.ts recipientWords), read when not given.
 */
function toRecipient(found: FoundRecipient, ctx: Notice, reporter: ReporterName, bare: boolean, words: RecipientWords = recipientWords(found)): Recipient {
  const r = capDiagnostic(found);
  const { diagnostic, folded } = words;
  const status = r.status && /^[245]\.\d{1,3}\.\d{1,3}/.test(r.status) ? findStatus(r.status) : findStatus(diagnostic);
  const reply = r.reply || findReply(diagnostic);
  // A bare 4xx reply (no enhanced code) is a delay only where the notice says it is still trying.
  // With no code at all, the notice's own words decide likewise ("This is just a warning ... will continue trying").
  const temporary = status.startsWith('4') || (!status && (reply.startsWith('4') || !reply) && ctx.stillTrying);
  // With no Action field, a 4.x.x code means "still trying" unless the notice says it gave up
  // (qmail: "(#4.4.1) I'm not going to try again; this message has been in the queue too long").
  const action = toAction((r.action ?? '').toLowerCase()) || (temporary && !givenUp(diagnostic, ctx) ? 'delayed' : 'failed');
  const remoteHost = r.remoteHost || hostIn(r.diagnostic, true);
  const d = decideReason({
    diagnostic: r.context ? `${diagnostic}\n${r.context}` : diagnostic,
    context: ctx.context,
    status, reply, action, command: r.command ?? '', hint: r.hint, remoteHost, diagnosticType: r.diagnosticType, reporter, bare,
  }, folded ?? undefined);
  const category = categoryOf(d, status, diagnostic);
  const evidence: Evidence[] = [];
  if (d.matched) evidence.push(evidenceOf(folded ? excerpt(diagnostic, d.matched, folded.first) : excerpt(ctx.notice, d.matched), diagnostic ? (ctx.dsn ? 'delivery-status' : 'body') : 'body', `reason:${d.reason}`, d.rule));
  // A delay states how long retries go on (Will-Retry-Until, "we will continue trying for 5 days"):
  // kept as evidence so the advice repeats it instead of "for a while".
  if (action === 'delayed') {
    const until = ctx.retryUntil(r.address);
    const schedule = until ? `Will-Retry-Until: ${until}` : ctx.retryStatement;
    if (schedule) evidence.push(evidenceOf(schedule, until ? 'delivery-status' : 'body', 'retry-schedule', until ? 'dsn' : 'words'));
  }
  const severity = severityFor(d.reason, status, reply, action, diagnostic);
  // Two literals rather than a conditional spread (a slow generic copy), keys in the same order.
  return r.originalRecipient
    ? { address: r.address, originalRecipient: r.originalRecipient, action, status, reply, diagnostic, remoteHost, reason: d.reason, category, severity, evidence }
    : { address: r.address, action, status, reply, diagnostic, remoteHost, reason: d.reason, category, severity, evidence };
}

function givenUp(diagnostic: string, ctx: Notice): boolean {
  return givenUpRe.test(diagnostic) || ctx.givenUp;
}

/**
 * The category of reason `d`, with the hints categoryFor (taxonomy.ts) reads for some reasons
 * only, read for those: a host that never answered (RFC 3463 X.4.1 or the words in `words`) for
 * networkerror and notaccept, a connection that failed for networkerror, and, for filtered, "user
 * unknown" words that refineUserUnknown (rules/decide.ts) read as a filter (:no-rcpt, :status,
 * :after-data). `words` null: no words to read them in.
 */
function categoryOf(d: { readonly reason: Reason; readonly rule: string }, status: string, words: string | null): Category {
  const { reason } = d;
  const noAnswer = words !== null && (reason === 'networkerror' || reason === 'notaccept') && (status.endsWith('.4.1') || noAnswerRe.test(words));
  const connectionFailed = words !== null && reason === 'networkerror' && connectionFailedRe.test(words);
  const addressWords = reason === 'filtered' && /:(?:no-rcpt|status|after-data)$/.test(d.rule);
  return categoryFor(reason, { noAnswer, connectionFailed, addressWords });
}

/**
 * Every rule reads the whole of a recipient's words (hundreds of phrases each), so they are cut
 * to maxDiagnosticChars: far above a server's reply (RFC 5321 4.5.3.1.5: 512 octets a line).
 */
function capDiagnostic(r: FoundRecipient): FoundRecipient {
  if (r.diagnostic.length <= maxDiagnosticChars && (r.context ?? '').length <= maxDiagnosticChars) return r;
  return { ...r, diagnostic: capWords(r.diagnostic), ...(r.context ? { context: capWords(r.context) } : {}) };
}

function isCapped(r: FoundRecipient): boolean {
  return r.diagnostic.length > maxDiagnosticChars || (r.context ?? '').length > maxDiagnosticChars;
}

/** The sentence around the words that decided, so a person sees them in place. `lower`: the text's lowercase, where made already. */
function excerpt(text: string, matched: string, lower = text.toLowerCase()): string {
  const i = lower.indexOf(matched.toLowerCase());
  if (i < 0) return text.slice(0, 300);
  const start = Math.max(0, i - 120);
  return text.slice(start, i + matched.length + 120);
}

/** The recipient a person should look at first: a hard failure, else any failure. */
function pickMain(recipients: readonly Recipient[]): Recipient | undefined {
  return recipients.find((r) => r.severity === 'hard') ?? recipients.find((r) => r.action === 'failed') ?? recipients[0];
}

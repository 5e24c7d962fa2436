/**
 * Ordinary mail told cheaply, before any MIME decoding: most of a mailbox export is ordinary
 * mail, and for it the whole reading (postal-mime, the notice formats, the rules) decides nothing.
 *
 * Safe by construction rather than by guess: kind.ts calls a message something other than
 * ordinary mail only on a structural sign (a report part, a delivery-status or feedback part, a
 * returned original, X-Failed-Recipients, an auto-reply header, a mail-system sender, Amazon SES's
 * sender or JSON) or on a word from its tables (subjects, failure phrases, notice sentences,
 * auto-reply, complaint and delivery phrases, an SMTP failure line, DSN or ARF fields). This
 * function answers "ordinary" only when none of those can be there: it looks for every one of
 * them, in the headers and in ALL the text the classifier could read (the raw body, and its
 * decoded or de-tagged form where it is encoded or HTML), so it finds a superset of what kind.ts
 * would. Where the full reading's own fast path (parse/sevenbit.ts) reads the message, its parts
 * are what the full reading reads, and the signs are looked for in them: a message attached whole
 * (a forward as attachment, which classify.ts reads too) must be ordinary mail as well. Else the
 * raw text is read, decoded here where it can be surely. Anything it cannot read surely (a part
 * the fast path leaves to postal-mime, a charset it cannot decode, an attachment type it does not
 * know) goes to the full reading.
 */
import { htmlToText } from './parse/html.js';
import { header, type MessageParts } from './parse/message.js';
import { plainSenderSubject, readSevenBit } from './parse/sevenbit.js';
import {
  holdsArfFields, autoReplyHeaders, autoReplyPhrases, autoReplySubjectPrefixes, autoReplySubjects, bounceSubjects, challengePhrases, challengeSubjects, complaintPhrases, complaintSubjectRe, complaintSubjects,
  deliveredPhrases, deliveredSubjects, failurePhrases, noticeSender, noticeSentences, sesJsonRe, sesSenders, smtpFailureRe, snsEnvelopeFields, strongFailurePhrases,
  weakBounceSubjects,
} from './rules/kinds.js';
import { bodyDsnFieldRe } from './rules/notice.js';
import { fold, squash } from './rules/fold.js';
import { anyLiteral, escapeLiteral } from './rules/scan.js';
import { limitInput, maxBodyChars } from './parse/limits.js';
import { knownField as knownForwardField } from './parse/forward.js';

/** What the verdict of ordinary mail shows. */
export interface OrdinaryMail {
  readonly subject: string;
  readonly from: string;
  /** The raw `Date` header ('' when none), for the verdict's `date`. */
  readonly date: string;
}

/**
 * The body phrases' patterns, made when a text is first read for them: a notice is told by its
 * headers or subject before its text (kind.ts's signs), so a run over notices alone never needs
 * them, and building them is a few milliseconds of a process's start.
 */
let bodyPatterns: { readonly phrase: RegExp; readonly word: RegExp } | undefined;
function bodyPhrasePatterns(): { readonly phrase: RegExp; readonly word: RegExp } {
  if (bodyPatterns) return bodyPatterns;
  const phrases = [...strongFailurePhrases, ...noticeSentences, ...failurePhrases, ...complaintPhrases, ...autoReplyPhrases, ...challengePhrases, ...deliveredPhrases];
  // Every body phrase in one pass: an alternation of literal strings (no quantifier: linear). Not
  // rules/scan.ts's pairs: a long text holds most pairs, and one scan per phrase left in cost more.
  const phrase = anyLiteral(phrases);
  // Each body phrase's longest word. Folding only makes each run of white space one space, so a
  // text whose lowercase holds none of these words holds no phrase once folded: most ordinary mail
  // is not folded and read for 500 phrases, only its lowercase for these.
  const word = anyLiteral(new Set(phrases.map((p) => p.split(' ').reduce((a, b) => (b.length > a.length ? b : a)))));
  return (bodyPatterns = { phrase, word });
}
/** The other signs kind.ts reads in a text, in one pass: `i` only lets more in. */
const otherSignRe = new RegExp(
  [smtpFailureRe, sesJsonRe, bodyDsnFieldRe].map((re) => `(?:${re.source})`).concat(snsEnvelopeFields.map(escapeLiteral)).join('|'),
  'im',
);
const subjectPhrases = [...bounceSubjects, ...weakBounceSubjects, ...deliveredSubjects, ...complaintSubjects, ...autoReplySubjects, ...challengeSubjects];
/** The subject phrases, and the auto-reply prefixes at its start, each in one pass (literal alternations). */
const subjectPhraseRe = anyLiteral(subjectPhrases);
const subjectPrefixRe = new RegExp(`^(?:${autoReplySubjectPrefixes.map(escapeLiteral).join('|')})`);
/** Headers that are a sign by themselves (kind.ts, reporters): any of them sends the message on. */
const signHeaders = new Set(['x-failed-recipients', ...autoReplyHeaders, 'feedback-type', 'x-ses-outgoing', 'x-amz-sns-message-type']);
/** Text a report, returned original or notice part would carry, in any part's headers. */
const structureRe = /message\/|[/-]report|delivery-status|feedback|rfc822|disposition-notification/i;
/** Media types read here whole: a single text part, or parts of these multiparts. */
const singleTypes = new Set(['', 'text/plain', 'text/html']);
const multiTypes = new Set(['multipart/alternative', 'multipart/mixed', 'multipart/related', 'multipart/signed']);
// Bytes a charset must decode (above 0x7f), or ESC (ISO-2022-JP is 7-bit yet encoded).
// eslint-disable-next-line no-control-regex
const needsCharsetRe = /[^\x00-\x1a\x1c-\x7f]/;
/** The most of a body's text kind.ts reads (Amazon SES's JSON: 64 KiB; every phrase: 20,000). */
const kindWindow = 65536;
const flowedRe = /format\s*=\s*"?flowed/i;
const encodedRe = /content-transfer-encoding\s*:\s*"?(?:base64|quoted-printable)/i;

/**
 * `{ subject, from }` when `text` (the raw message) is surely ordinary mail, else null (it may
 * be a notice: read it whole). `bytes`: each char of `text` is one byte of the input (read as
 * latin1), as parse/message.ts is told for the same message. `fastPath`: `readSevenBit`'s
 * reading of `text` (classify.ts hands in one it keeps for parse/message.ts, so a message is
 * read by the fast path once). Never throws on hostile input: the scan is linear and bounded by
 * the input size limits applied before.
 */
export function ordinaryMail(text: string, bytes = false, fastPath: () => MessageParts | null = () => readSevenBit(text, bytes)): OrdinaryMail | null {
  return ordinaryAt(text, bytes, fastPath, true);
}

/** `ordinaryMail`; `attachments`: an attached message is read too (the top level, as classify.ts reads one level). */
function ordinaryAt(text: string, bytes: boolean, fastPath: () => MessageParts | null, attachments: boolean): OrdinaryMail | null {
  // Where the fast path reads the message, its parts are what the full reading reads: the signs
  // are looked for in them. Else in the raw text, decoded here as far as it can be surely.
  const parts = fastPath();
  return parts ? ordinaryParts(parts, attachments) : ordinaryRaw(text);
}

/**
 * `{ subject, from }` when the fast path's reading of a message (`parts`, what the full reading
 * reads) holds no sign of a notice; else null.
 */
function ordinaryParts(parts: MessageParts, attachments: boolean): OrdinaryMail | null {
  // classify.ts says `truncated` of a longer text; a report or feedback part is a notice's.
  if (parts.body.length > maxBodyChars || parts.deliveryStatus.length || parts.feedbackReport || structureRe.test(parts.contentType)) return null;
  for (const h of parts.headers) if (headerSign(h.key, h.value)) return null;
  const from = fold(parts.from);
  if (noticeSender(parts.from) || sesSenders.some((w) => from.includes(w)) || subjectSign(parts.subject)) return null;
  if (bodySign(parts.body)) return null;
  if (parts.original) {
    // kind.ts reads a feedback report in an attached message; and classify.ts reads a message
    // attached to ordinary mail whole (a forward as attachment): it must be ordinary mail too,
    // read as classify.ts reads it (a string, cut to the input limits, at one level only).
    if (/feedback/i.test(parts.original.slice(0, 20000))) return null;
    if (attachments) {
      const inner = limitInput(parts.original, true).input;
      if (/[^\x00-\xff]/.test(inner)) return null;
      const whole = inner.startsWith('From ') ? inner.slice(inner.indexOf('\n') + 1) : inner;
      if (!ordinaryAt(whole, false, () => readSevenBit(whole, false), false)) return null;
    }
  }
  return { subject: parts.subject, from: parts.from, date: header(parts, 'date') };
}

/**
 * Whether a message's readable text holds a sign: kind.ts reads its first `kindWindow`
 * characters; a message forwarded inline in it (parse/forward.ts) starts within them, and is read
 * from there: when the text forwards one, all of it is looked at.
 */
function bodySign(body: string): boolean {
  const window = body.length > kindWindow ? body.slice(0, kindWindow) : body;
  if (hasSign(window)) return true;
  const forwarded = forwardSign(window);
  return forwarded === 'sign' || (forwarded === 'block' && body.length > kindWindow && hasSign(body));
}

/** The old reading: the signs looked for in the raw text, decoded here where it can be surely. */
function ordinaryRaw(text: string): OrdinaryMail | null {
  const m = /\r?\n\r?\n/.exec(text);
  if (!m) return null;
  const head = text.slice(0, m.index);
  const body = text.slice(m.index + m[0].length);
  const headers = parseHead(head);
  if (!headers) return null;
  const get = (k: string) => headers.get(k) ?? '';
  // A repeated field's later copies are keyed apart (parseHead): as before, the first is read.
  for (const [k, v] of headers) if (headerSign(k, v)) return null;
  const from = get('from');
  if (!from || noticeSender(decodeWords(from) ?? from) || sesSenders.some((w) => from.toLowerCase().includes(w))) return null;
  const rawSubject = get('subject');
  const subject = decodeWords(rawSubject);
  if (subject === null) return null;
  if (subjectSign(subject)) return null;

  // The sender and subject the verdict shows, written as the full reading writes them where the
  // fast path can (postal-mime's forms); else as they stand (encoded words in the sender's name).
  // A sender with 8-bit bytes would stand as their latin1 reading ("JÃ¶rg"): the full reading decodes it.
  if (needsCharsetRe.test(from)) return null;
  const shown = plainSenderSubject(from, rawSubject) ?? { from, subject };
  if (shown.subject !== subject && subjectSign(shown.subject)) return null;

  const type = get('content-type').toLowerCase();
  const media = type.split(';')[0]!.trim();
  let texts: string[];
  if (singleTypes.has(media)) {
    const decoded = decodeSingle(body, get('content-transfer-encoding'), type);
    if (decoded === null) return null;
    texts = media === 'text/html' ? [decoded, htmlToText(decoded)] : [decoded];
  } else if (multiTypes.has(media)) {
    // Every part's own headers are in the raw body: no report, original or notice part may be.
    // Encoded or 8-bit parts are read by the fast path, which has left this message to postal-mime.
    if (structureRe.test(body) || encodedRe.test(body) || needsCharsetRe.test(body)) return null;
    texts = /text\/html/i.test(body) ? [body, htmlToText(body)] : [body];
  } else {
    return null;
  }
  // postal-mime joins format=flowed lines, with DelSp=yes without their last space: read joined too.
  if (flowedRe.test(type) || (media !== 'text/plain' && flowedRe.test(body))) texts.push(texts[0]!.replace(/ \r?\n ?/g, ''));
  // classify.ts says `truncated` of a text longer than maxBodyChars (as ordinaryParts, above): one
  // that may read that long is the full reading's. Half of it, since the full reading's may be
  // longer than the raw text's: a string's 8-bit chars are read as their UTF-8 bytes, two chars
  // each in a one-byte charset ('caf\u00e9' in ISO-8859-1 reads 'caf\u00c3\u00a9').
  if (texts[0]!.length > maxBodyChars / 2) return null;
  // All of the text: the raw text's characters do not stand where the full reading's would.
  for (const t of texts) if (hasSign(t) || forwardSign(t) === 'sign') return null;
  return { ...shown, date: get('date') };
}

/**
 * 'sign' when a line of `t` could head a forwarded message that reads as a notice: a person's
 * message forwarding a notice inline is read as that notice (classify.ts, parse/forward.ts), whose
 * sender (a mail system, or none) and subject decide as a message's own do. Every such line is
 * looked at, wherever it stands (a superset of the blocks parse/forward.ts takes). Else 'block'
 * when a line could head a forwarded message (a sender's field), '' when none could.
 */
function forwardSign(t: string): 'sign' | 'block' | '' {
  let block: 'block' | '' = '';
  // Only lines that hold a colon are read: from each colon, the line around it.
  for (let colon = t.indexOf(':'); colon >= 0; ) {
    const start = t.lastIndexOf('\n', colon) + 1;
    const nl = t.indexOf('\n', colon);
    const field = knownForwardField(t.slice(start, nl < 0 ? t.length : nl));
    if (field?.key === 'from') {
      if (noticeSender(field.value)) return 'sign';
      block = 'block';
    }
    if (field?.key === 'subject' && subjectSign(field.value)) return 'sign';
    colon = nl < 0 ? -1 : t.indexOf(':', nl);
  }
  return block;
}

/** Whether a header field (key lowercase) is a sign of a notice by itself (kind.ts, reporters), in the fast path's fields and the raw ones alike. */
function headerSign(key: string, value: string): boolean {
  if (signHeaders.has(key) || key.startsWith('x-ses-')) return true;
  // The value is read (lowercased) only for the two fields whose value is the sign.
  if (key === 'auto-submitted') {
    const v = value.trim().toLowerCase();
    return v !== '' && v !== 'no';
  }
  return key === 'precedence' && /auto_reply|auto-reply/.test(value.toLowerCase());
}

/** Whether a subject holds a word kind.ts reads as a sign of a notice. */
function subjectSign(subject: string): boolean {
  const s = fold(subject).trim();
  return subjectPrefixRe.test(s) || subjectPhraseRe.test(s) || complaintSubjectRe.test(s);
}

/** Whether the text holds anything kind.ts reads as a sign of a notice. */
function hasSign(t: string): boolean {
  // An RFC 5965 report written into a text is read by its three fields together (kind.ts).
  if (otherSignRe.test(t) || holdsArfFields(t)) return true;
  const lower = t.toLowerCase();
  const { phrase, word } = bodyPhrasePatterns();
  // squash(lower) is fold(t).
  return word.test(lower) && phrase.test(squash(lower));
}

/** Header fields, unfolded, keys lowercased (first occurrence); null when a line is no field. */
function parseHead(head: string): Map<string, string> | null {
  const lines = head.split(/\r?\n/);
  // An mbox "From " line is not a header.
  if (lines[0]?.startsWith('From ')) lines.shift();
  const out = new Map<string, string>();
  let key = '';
  for (const line of lines) {
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (!key) return null;
      out.set(key, `${out.get(key)!}${line}`);
      continue;
    }
    const i = line.indexOf(':');
    if (i <= 0) return null;
    key = line.slice(0, i).trim().toLowerCase();
    if (out.has(key)) {
      // A repeated field (Received, ...): the first one is what kind.ts reads; keep it.
      key = `${key}\u0000${out.size}`;
    }
    out.set(key, line.slice(i + 1).trim());
  }
  return out;
}

/** The body of a single-part message as text, or null when it cannot be read surely here. */
function decodeSingle(body: string, encoding: string, type: string): string | null {
  const cte = encoding.trim().toLowerCase();
  let bytes: Uint8Array | null = null;
  if (cte === 'base64') bytes = fromBase64(body);
  else if (cte === 'quoted-printable') bytes = fromQuotedPrintable(body);
  else if (cte && cte !== '7bit' && cte !== '8bit' && cte !== 'binary') return null;
  const latin = bytes ? latin1(bytes) : body;
  if (!needsCharsetRe.test(latin)) return latin;
  const charset = /charset\s*=\s*"?([\w.:-]{1,40})/.exec(type)?.[1] ?? 'utf-8';
  return decodeCharset(bytes ?? bytesOf(body), charset);
}

/** The chars of `s` (one byte each) as bytes. */
function bytesOf(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

function decodeCharset(bytes: Uint8Array, charset: string): string | null {
  try {
    return new TextDecoder(charset, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}

const b64 = new Int16Array(128).fill(-1);
for (let i = 0; i < 64; i++) b64['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(i)] = i;

function fromBase64(s: string): Uint8Array {
  const out = new Uint8Array(Math.ceil((s.length * 3) / 4));
  let n = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? b64[c]! : -1;
    if (v < 0) continue; // line breaks, padding, stray characters: skipped as decoders do
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

function fromQuotedPrintable(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 61 /* = */) {
      if (s[i + 1] === '\n') {
        i += 1;
        continue;
      }
      if (s[i + 1] === '\r' && s[i + 2] === '\n') {
        i += 2;
        continue;
      }
      const h = /^[0-9A-Fa-f]{2}$/.test(s.slice(i + 1, i + 3)) ? parseInt(s.slice(i + 1, i + 3), 16) : -1;
      if (h >= 0) {
        out[n++] = h;
        i += 2;
        continue;
      }
    }
    out[n++] = c & 0xff;
  }
  return out.subarray(0, n);
}

/** A header value with its RFC 2047 encoded words decoded; null when a charset cannot be. */
function decodeWords(value: string): string | null {
  if (!value.includes('=?')) return needsCharsetRe.test(value) ? decodeCharset(bytesOf(value), 'utf-8') : value;
  let failed = false;
  const out = value.replace(/=\?([^?\s]{1,40})\?([bqBQ])\?([^?\s]{0,998})\?=(?:\s+(?==\?))?/g, (_, charset: string, enc: string, data: string) => {
    const bytes = enc.toLowerCase() === 'b' ? fromBase64(data) : fromQuotedPrintable(data.replace(/_/g, ' '));
    const text = decodeCharset(bytes, charset.split('*')[0]!);
    if (text === null) failed = true;
    return text ?? '';
  });
  return failed ? null : out;
}

/**
 * The fast path for messages whose notice needs no decoding: the parts the classifier reads are
 * all ASCII, with no base64 or quoted-printable, and the headers hold no RFC 2047 encoded word.
 * For these, MIME decoding is the identity and only the multipart boundaries matter, so the parts
 * are cut here by boundary. Everything else goes to postal-mime. Why: postal-mime gathers each part's bytes through a Blob, and in Node a
 * Blob round trip costs about 50 µs, several times the cost of classifying a notice; most bounces
 * are plain 7-bit text (about three in four in the dev corpus).
 */
import { htmlToText } from './html.js';
import { splitPlain, type Header, type MessageParts } from './message.js';

/** Nesting beyond this is not followed: notices are at most three levels deep. */
const maxDepth = 8;
/** Parts beyond this many are not read (a notice has a handful). */
const maxParts = 64;

// Bytes a charset must decode: above 0x7f, or ESC (ISO-2022-JP is 7-bit yet encoded).
// eslint-disable-next-line no-control-regex
const needsCharsetRe = /[^\x00-\x1a\x1c-\x7f]/;
const encodedRe = /content-transfer-encoding\s*:\s*"?(?:base64|quoted-printable)/i;
// format=flowed (RFC 3676) joins soft-broken lines: postal-mime's job too.
const flowedRe = /format\s*=\s*"?flowed/i;
const encodedWordRe = /=\?[^?\s]{1,40}\?[bq]\?/i;

/** True when the whole of `raw` can be read without MIME decoding (a cheap first test). */
export function isSevenBitPlain(raw: string): boolean {
  if (needsCharsetRe.test(raw) || encodedRe.test(raw) || flowedRe.test(raw)) return false;
  const headEnd = raw.search(/\r?\n\r?\n/);
  return !encodedWordRe.test(headEnd < 0 ? raw : raw.slice(0, headEnd));
}

/** Signals that a part the classifier reads needs real MIME decoding. */
class NeedsDecoding extends Error {}

/** A part the classifier reads must be plain: no transfer encoding, no charset bytes, not flowed. */
function assertPlain(headers: readonly Header[], body: string): void {
  for (const h of headers) {
    if (h.key === 'content-transfer-encoding' && /base64|quoted-printable/i.test(h.value)) throw new NeedsDecoding();
    if (h.key === 'content-type' && flowedRe.test(h.value)) throw new NeedsDecoding();
  }
  if (needsCharsetRe.test(body)) throw new NeedsDecoding();
}

interface Part {
  headers: Header[];
  body: string;
}

function contentTypeOf(headers: readonly Header[], fallback: string): string {
  for (const h of headers) if (h.key === 'content-type') return h.value.toLowerCase();
  return fallback;
}

function boundaryOf(contentType: string, headers: readonly Header[]): string {
  const raw = headers.find((h) => h.key === 'content-type')?.value ?? contentType;
  const m = /boundary\s*=\s*(?:"([^"]{1,200})"|([^\s;]{1,200}))/i.exec(raw);
  return m ? (m[1] ?? m[2] ?? '') : '';
}

/** Splits a multipart body on its boundary lines; returns null when the boundary never occurs. */
function splitMultipart(body: string, boundary: string): Part[] | null {
  const delimiter = `--${boundary}`;
  const lines = body.split('\n');
  const parts: Part[] = [];
  let current: string[] | null = null;
  let seen = false;
  for (const line of lines) {
    const l = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (l.startsWith(delimiter)) {
      seen = true;
      if (current) parts.push(partOf(current.join('\n')));
      if (l.startsWith(`${delimiter}--`) || parts.length >= maxParts) {
        current = null;
        break;
      }
      current = [];
      continue;
    }
    if (current) current.push(l);
  }
  if (current) parts.push(partOf(current.join('\n')));
  return seen ? parts : null;
}

function partOf(text: string): Part {
  // A part with no header block starts with its blank line (RFC 2046: default text/plain).
  if (text.startsWith('\n')) return { headers: [], body: text.slice(1) };
  const p = splitPlain(text);
  return { headers: [...p.headers], body: p.body };
}

/**
 * Reads `raw` without MIME decoding into the same parts postal-mime would give, or returns null
 * when a part the classifier reads (the notice's text, the delivery-status or feedback report)
 * needs decoding. The returned original is taken as it stands: only its header lines are read,
 * so an encoded original does not send the message to postal-mime.
 */
export function readSevenBit(raw: string): MessageParts | null {
  const headEnd = raw.search(/\r?\n\r?\n/);
  const head = headEnd < 0 ? raw : raw.slice(0, headEnd);
  if (needsCharsetRe.test(head) || encodedWordRe.test(head)) return null;
  try {
    return parseSevenBit(raw);
  } catch (err) {
    if (err instanceof NeedsDecoding) return null;
    throw err;
  }
}

/** Reads a message as `readSevenBit` does; throws NeedsDecoding where it returns null. */
export function parseSevenBit(raw: string): MessageParts {
  const top = splitPlain(raw);
  const texts: string[] = [];
  const htmls: string[] = [];
  const deliveryStatus: string[] = [];
  let feedbackReport = '';
  let original = '';
  // RFC 2046 5.1.5: in a multipart/digest a part without Content-Type is a message/rfc822.
  const walk = (headers: readonly Header[], body: string, depth: number, fallback = 'text/plain'): void => {
    const type = contentTypeOf(headers, fallback);
    if (type.startsWith('multipart/') && depth < maxDepth) {
      const boundary = boundaryOf(type, headers);
      const parts = boundary ? splitMultipart(body, boundary) : null;
      if (parts) {
        const inner = type.startsWith('multipart/digest') ? 'message/rfc822' : 'text/plain';
        for (const p of parts) walk(p.headers, p.body, depth + 1, inner);
        return;
      }
      // No boundary, or one that never occurs (scrubbed or hand-edited notices): read it as text.
      if (encodedRe.test(body)) throw new NeedsDecoding();
      assertPlain(headers, body);
      texts.push(body);
      return;
    }
    if (type.startsWith('message/rfc822') || type.startsWith('text/rfc822-headers') || type.startsWith('message/global')) {
      original ||= body;
      return;
    }
    const reads = type.startsWith('message/delivery-status') || type.startsWith('message/global-delivery-status') || type.startsWith('message/feedback-report') || type.startsWith('text/html') || (type.startsWith('text/plain') && !isAttachment(headers));
    if (!reads) return;
    assertPlain(headers, body);
    if (type.startsWith('message/delivery-status') || type.startsWith('message/global-delivery-status')) deliveryStatus.push(body);
    else if (type.startsWith('message/feedback-report')) feedbackReport ||= body;
    else if (type.startsWith('text/html')) htmls.push(body);
    // Like postal-mime: plain text is the readable body unless it is an attached file.
    else texts.push(body);
  };
  walk(top.headers, top.body, 0);
  let body = texts.join('\n');
  if (!body.trim() && htmls.length) body = htmlToText(htmls.join('\n'));
  // As with postal-mime (parse/message.ts): nothing readable came out, so read the raw body.
  if (!body.trim() && !deliveryStatus.length && !feedbackReport) {
    if (encodedRe.test(top.body) || needsCharsetRe.test(top.body)) throw new NeedsDecoding();
    body = top.body;
  }
  return { ...top, body, deliveryStatus, feedbackReport, original };
}

/** A part marked as an attached file (Content-Disposition: attachment). */
function isAttachment(headers: readonly Header[]): boolean {
  return headers.some((h) => h.key === 'content-disposition' && /^\s*attachment/i.test(h.value));
}

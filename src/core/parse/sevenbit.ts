/**
 * The fast path for messages that need no decoding: every byte ASCII, no base64 or
 * quoted-printable part, no RFC 2047 encoded word. For these, MIME decoding is the identity and
 * only the multipart boundaries matter, so the parts are cut here by boundary. Everything else
 * goes to postal-mime. Why: postal-mime gathers each part's bytes through a Blob, and in Node a
 * Blob round trip costs about 50 µs, several times the cost of classifying a notice; most bounces
 * are plain 7-bit text (about three in four in the dev corpus).
 */
import { htmlToText } from './html.js';
import { splitPlain, type Header, type MessageParts } from './message.js';

/** Nesting beyond this is not followed: notices are at most three levels deep. */
const maxDepth = 8;
/** Parts beyond this many are not read (a notice has a handful). */
const maxParts = 64;

/** True when `raw` can be read without MIME decoding. */
export function isSevenBitPlain(raw: string): boolean {
  // Any byte above 0x7f means a charset to decode (or broken bytes postal-mime handles); an
  // ESC byte means ISO-2022-JP, 7-bit yet still to decode.
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x1a\x1c-\x7f]/.test(raw)) return false;
  if (/content-transfer-encoding\s*:\s*"?(?:base64|quoted-printable)/i.test(raw)) return false;
  // format=flowed (RFC 3676) joins soft-broken lines: postal-mime's job too.
  if (/format\s*=\s*"?flowed/i.test(raw)) return false;
  const headEnd = raw.search(/\r?\n\r?\n/);
  const head = headEnd < 0 ? raw : raw.slice(0, headEnd);
  return !/=\?[^?\s]{1,40}\?[bq]\?/i.test(head);
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

/** Reads a message that `isSevenBitPlain` accepted into the same parts postal-mime would give. */
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
      texts.push(body);
      return;
    }
    if (type.startsWith('message/delivery-status') || type.startsWith('message/global-delivery-status')) deliveryStatus.push(body);
    else if (type.startsWith('message/feedback-report')) feedbackReport ||= body;
    else if (type.startsWith('message/rfc822') || type.startsWith('text/rfc822-headers') || type.startsWith('message/global')) original ||= body;
    else if (type.startsWith('text/html')) htmls.push(body);
    // Like postal-mime: plain text is the readable body unless it is an attached file.
    else if (type.startsWith('text/plain') && !isAttachment(headers)) texts.push(body);
  };
  walk(top.headers, top.body, 0);
  let body = texts.join('\n');
  if (!body.trim() && htmls.length) body = htmlToText(htmls.join('\n'));
  // As with postal-mime (parse/message.ts): nothing readable came out, so read the raw body.
  if (!body.trim() && !deliveryStatus.length && !feedbackReport) body = top.body;
  return { ...top, body, deliveryStatus, feedbackReport, original };
}

/** A part marked as an attached file (Content-Disposition: attachment). */
function isAttachment(headers: readonly Header[]): boolean {
  return headers.some((h) => h.key === 'content-disposition' && /^\s*attachment/i.test(h.value));
}

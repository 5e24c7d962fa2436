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

/** Nesting beyond this is left to postal-mime: notices are at most three levels deep. */
const maxDepth = 8;
/** A multipart with more parts than this is left to postal-mime (a notice has a handful). */
const maxParts = 64;

// Bytes a charset must decode: above 0x7f, or ESC (ISO-2022-JP is 7-bit yet encoded).
// eslint-disable-next-line no-control-regex
const needsCharsetRe = /[^\x00-\x1a\x1c-\x7f]/;
const encodedRe = /content-transfer-encoding\s*:\s*"?(?:base64|quoted-printable)/i;
// format=flowed (RFC 3676) joins soft-broken lines: postal-mime's job too.
const flowedRe = /format\s*=\s*"?flowed/i;
const encodedWordRe = /=\?[^?\s]{1,40}\?[bq]\?/i;

/** Signals that a part the classifier reads needs real MIME decoding, or that the message's
 * structure is one postal-mime reads in a way this file does not reproduce. */
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

/** The media type alone, as postal-mime reads it: the value up to the first `;`. */
function mediaTypeOf(contentType: string): string {
  const semi = contentType.indexOf(';');
  return (semi < 0 ? contentType : contentType.slice(0, semi)).trim();
}

/** The boundary parameter; null when one is named but cannot be read here (postal-mime may). */
function boundaryOf(headers: readonly Header[]): string | null {
  const raw = headers.find((h) => h.key === 'content-type')?.value ?? '';
  const m = /(?:^|[\s;])boundary\s*=\s*(?:"([^"\\]{1,200})"|([^\s";\\]{1,200})(?![^\s;]))/i.exec(raw);
  if (m) return m[1] ?? m[2] ?? '';
  return /boundary/i.test(raw) ? null : '';
}

/**
 * Splits a multipart body on its delimiter lines, as postal-mime does: a delimiter line is
 * exactly `--boundary`, then `--` for the last one, then only spaces or tabs. Returns null when
 * the boundary never occurs.
 */
function splitMultipart(body: string, boundary: string): Part[] | null {
  const delimiter = `--${boundary}`;
  const lines = body.split('\n');
  const parts: Part[] = [];
  let current: string[] | null = null;
  let seen = false;
  for (const line of lines) {
    const l = line.endsWith('\r') ? line.slice(0, -1) : line;
    const kind = l.startsWith(delimiter) ? delimiterKind(l, delimiter.length) : '';
    if (kind) {
      seen = true;
      if (current) parts.push(partOf(current.join('\n')));
      if (kind === 'close') {
        current = null;
        break;
      }
      // Postal-mime reads every part; so many are not a notice, and are left to it.
      if (parts.length >= maxParts) throw new NeedsDecoding();
      current = [];
      continue;
    }
    if (current) current.push(l);
  }
  if (current) parts.push(partOf(current.join('\n')));
  return seen ? parts : null;
}

/** 'open' or 'close' when `line` (which starts with the delimiter) is a delimiter line, else ''. */
function delimiterKind(line: string, at: number): '' | 'open' | 'close' {
  let i = at;
  const close = line.startsWith('--', i);
  if (close) i += 2;
  for (; i < line.length; i++) if (line[i] !== ' ' && line[i] !== '\t') return '';
  return close ? 'close' : 'open';
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
 * needs decoding, or when the message's structure is one postal-mime reads in a way not
 * reproduced here. The returned original is taken as it stands: only its header lines are read,
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

/**
 * The inline text parts that postal-mime renders as one: the parts of one multipart/alternative,
 * or a single part. Its plain body takes each group's text/plain parts, or, for a group with
 * only HTML, that HTML turned into text (by postal-mime's converter, which is not ours).
 */
interface TextGroup {
  readonly plain: string[];
  readonly html: string[];
}

/** Reads a message as `readSevenBit` does; throws NeedsDecoding where it returns null. */
function parseSevenBit(raw: string): MessageParts {
  const top = splitPlain(raw);
  const groups: TextGroup[] = [];
  // Text parts postal-mime leaves as attachments and parse/message.ts reads anyway (no file
  // name): they come before the body.
  const extraTexts: string[] = [];
  const deliveryStatus: string[] = [];
  let feedbackReport = '';
  let original = '';
  // RFC 2046 5.1.5: in a multipart/digest a part without Content-Type is a message/rfc822.
  const walk = (headers: readonly Header[], body: string, depth: number, fallback: string, boundaries: readonly string[], alternative: TextGroup | null): void => {
    const type = contentTypeOf(headers, fallback);
    if (type.startsWith('multipart/')) {
      if (depth >= maxDepth) throw new NeedsDecoding();
      const boundary = boundaryOf(headers);
      // A boundary reused by a nested part: postal-mime gives the line to the innermost part.
      if (boundary === null || boundaries.includes(boundary)) throw new NeedsDecoding();
      const parts = boundary ? splitMultipart(body, boundary) : null;
      // No boundary, or one that never occurs (scrubbed or hand-edited notices): postal-mime
      // finds no part in it, and for the whole message reads the raw body (below).
      if (!parts) return;
      const inner = type.startsWith('multipart/digest') ? 'message/rfc822' : 'text/plain';
      const group = mediaTypeOf(type) === 'multipart/alternative' ? { plain: [], html: [] } : alternative;
      for (const p of parts) walk(p.headers, p.body, depth + 1, inner, [...boundaries, boundary], group);
      return;
    }
    if (type.startsWith('message/rfc822') || type.startsWith('text/rfc822-headers') || type.startsWith('message/global')) {
      original ||= body;
      return;
    }
    if (type.startsWith('message/delivery-status') || type.startsWith('message/global-delivery-status')) {
      assertPlain(headers, body);
      deliveryStatus.push(body);
      return;
    }
    if (type.startsWith('message/feedback-report')) {
      assertPlain(headers, body);
      feedbackReport ||= body;
      return;
    }
    const media = mediaTypeOf(type);
    const attached = dispositionOf(headers) === 'attachment';
    if (!attached && (media === 'text/plain' || media === 'text/html')) {
      // Inline text: part of the body, as postal-mime renders it.
      assertPlain(headers, body);
      let group = alternative;
      if (!group) groups.push((group = { plain: [], html: [] }));
      else if (!groups.includes(group)) groups.push(group);
      (media === 'text/html' ? group.html : group.plain).push(body);
      return;
    }
    // An attachment (or a text/plain type postal-mime does not recognize): parse/message.ts
    // reads it when it is plain text without a file name; an attached file is not read.
    if (media.startsWith('text/plain') && !hasFileName(headers)) {
      assertPlain(headers, body);
      extraTexts.push(body);
    }
  };
  walk(top.headers, top.body, 0, 'text/plain', [], null);
  const plainOnly = groups.filter((g) => !g.html.length);
  const htmlOnly = groups.filter((g) => !g.plain.length);
  let body = '';
  if (groups.length > htmlOnly.length) {
    // Some text/plain: a group with only HTML would be converted by postal-mime's converter.
    if (htmlOnly.length) throw new NeedsDecoding();
    body = groups.map((g) => g.plain.join('\n')).join('\n');
  }
  if (!body.trim() && groups.length > plainOnly.length) {
    if (plainOnly.length) throw new NeedsDecoding();
    body = htmlToText(groups.map((g) => g.html.join('\n')).join('\n'));
  }
  if (extraTexts.length) body = `${extraTexts.map((t) => `${t}\n`).join('')}${body}`;
  // As with postal-mime (parse/message.ts): nothing readable came out, so read the raw body.
  if (!body.trim() && !deliveryStatus.length && !feedbackReport) {
    if (encodedRe.test(top.body) || needsCharsetRe.test(top.body)) throw new NeedsDecoding();
    body = top.body;
  }
  return { ...top, body, deliveryStatus, feedbackReport, original };
}

/** The Content-Disposition value ("inline", "attachment"), lowercased; '' when absent. */
function dispositionOf(headers: readonly Header[]): string {
  const h = headers.find((x) => x.key === 'content-disposition');
  return h ? mediaTypeOf(h.value.toLowerCase()) : '';
}

/**
 * True when the part names a file, as postal-mime takes it: a non-empty `filename` parameter of
 * Content-Disposition, else a `name` parameter of Content-Type (RFC 2231 forms included).
 */
function hasFileName(headers: readonly Header[]): boolean {
  const param = (key: string, name: string) => {
    const h = headers.find((x) => x.key === key);
    if (!h) return false;
    for (const piece of h.value.split(';').slice(1)) {
      const eq = piece.indexOf('=');
      if (eq < 0) continue;
      const n = piece.slice(0, eq).trim().toLowerCase();
      const v = piece.slice(eq + 1).trim();
      if ((n === name || (n.startsWith(`${name}*`) && /^\*(?:\d{1,3}\*?)?$/.test(n.slice(name.length)))) && v && v !== '""') return true;
    }
    return false;
  };
  return param('content-disposition', 'filename') || param('content-type', 'name');
}

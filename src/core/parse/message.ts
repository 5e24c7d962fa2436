/**
 * Reads a raw RFC 5322 message into the parts the classifier needs. MIME (multipart, transfer
 * encodings, charsets, RFC 2047 words) is postal-mime's job (parse/postal.ts), reached through a
 * `MimeReader` so that a script that must stay small (the Gmail content script) can have another
 * context run it; messages of plain MIME (most notices) are read here, decoded as postal-mime would
 * decode them (parse/sevenbit.ts).
 */
import { readSevenBit } from './sevenbit.js';

export interface Header {
  readonly key: string;
  readonly value: string;
}

export interface MessageParts {
  readonly headers: readonly Header[];
  readonly subject: string;
  readonly from: string;
  /** The readable notice: text/plain parts, else the HTML part turned into text. */
  readonly body: string;
  /** message/delivery-status (or global-delivery-status) parts, as text. */
  readonly deliveryStatus: readonly string[];
  /** message/feedback-report part (RFC 5965), as text. */
  readonly feedbackReport: string;
  /** The returned original: message/rfc822 or text/rfc822-headers part, as text. */
  readonly original: string;
  /** Content-Type of the top level, lowercased. */
  readonly contentType: string;
  /** The message was forwarded by a person and these are the forwarded message's parts (parse/forward.ts). */
  readonly forwarded?: boolean;
}

/** First value of a header, '' when absent. */
export function header(parts: { headers: readonly Header[] }, key: string): string {
  for (const h of parts.headers) if (h.key === key) return h.value;
  return '';
}

const utf8 = new TextDecoder('utf-8');
const latin1Decoder = new TextDecoder('latin1');
/**
 * Whether this engine's 'latin1' decoder reads every byte as the char of its own code (Node 20's
 * does), probed once: a single-byte decoder reads a byte alike wherever it stands, so then no text
 * it gives needs the scan below.
 */
const latin1IsIdentity = ((): boolean => {
  const text = latin1Decoder.decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  for (let i = 0; i < 256; i++) if (text.charCodeAt(i) !== i) return false;
  return text.length === 256;
})();

/** What the core uses of Node's Buffer (absent in browsers: see latin1Of and latin1Bytes). */
interface NodeBuffer {
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): { toString(encoding: 'latin1'): string };
  from(text: string, encoding: 'latin1'): Uint8Array;
}
/**
 * Node's Buffer, where there is one: it reads bytes as latin1 and writes latin1 text as bytes
 * natively, a copy each way. Node 20's TextDecoder('latin1') goes through UTF-8 (latin1 to
 * UTF-8 to a string): 3 times the cost of the whole copy (1.2 us against 0.4 for 4 KiB).
 */
const nodeBuffer = (globalThis as { Buffer?: NodeBuffer }).Buffer ?? null;

/**
 * `text`, whose every char is below U+0100, as bytes (one a char): natively where Node's Buffer
 * is there, else char by char.
 */
export function latin1Bytes(text: string): Uint8Array {
  if (nodeBuffer) return nodeBuffer.from(text, 'latin1');
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

/**
 * `bytes` as text of one char per byte (ISO-8859-1), as the fast path and the prefilter read a
 * message. TextDecoder's 'latin1' is windows-1252 by the Encoding Standard: browsers (and Node
 * versions that follow it) turn bytes 0x80-0x9f into '€', '’', '™', ..., whose codes are not the
 * bytes, and every 8-bit UTF-8 text holds such bytes. Where that decoder gave such a char, the
 * bytes are read again one by one. Node's Buffer reads them so at once, where there is one.
 */
export function latin1Of(bytes: Uint8Array): string {
  if (nodeBuffer) return nodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  const text = latin1Decoder.decode(bytes);
  if (latin1IsIdentity || !/[^\x00-\xff]/.test(text)) return text;
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192) as unknown as number[]);
  return out;
}

/** What an attached part is to the classifier: a delivery status, a feedback report, the returned original. */
export type AttachedRole = 'delivery-status' | 'feedback-report' | 'original';

const attachedRoles: ReadonlyMap<string, AttachedRole> = new Map([
  ['message/delivery-status', 'delivery-status'],
  ['message/global-delivery-status', 'delivery-status'],
  ['message/feedback-report', 'feedback-report'],
  ['message/rfc822', 'original'],
  ['text/rfc822-headers', 'original'],
  ['message/global', 'original'],
  ['message/global-headers', 'original'],
]);

/**
 * The role of a part by its media type (lowercase, no parameters), or undefined: one table for
 * postal-mime's attachments (parse/postal.ts) and the fast path's parts (parse/sevenbit.ts).
 */
export function attachedRole(media: string): AttachedRole | undefined {
  return attachedRoles.get(media);
}

/**
 * How much of the returned original (message/rfc822 or its headers) is read. Its headers name
 * the sender; its body, often a large attachment, never decides anything, and postal-mime would
 * gather every line of it (in Node, through a Blob: milliseconds for an image).
 */
export const maxOriginalBytes = 16384;

const originalPartRe = /^content-type:[ \t]*(?:message\/rfc822|message\/global|text\/rfc822-headers)/im;
const reportPartRe = /^content-type:[ \t]*message\/(?:delivery-status|global-delivery-status|feedback-report)/im;

/**
 * Cuts the input `maxOriginalBytes` after the start of the returned original, unless a
 * delivery-status or feedback part follows it (RFC 6522 puts the original last; some notices
 * do not). `text` is `raw` read as latin1, so its offsets are byte offsets.
 */
export function trimOriginal<T extends string | Uint8Array>(raw: T, text: string): T {
  const m = originalPartRe.exec(text);
  if (!m) return raw;
  const end = m.index + maxOriginalBytes;
  if (end >= text.length) return raw;
  // The original's own line starts a line, so a report part at or after it starts one in the slice too.
  if (reportPartRe.test(text.slice(m.index))) return raw;
  return (typeof raw === 'string' ? raw.slice(0, end) : raw.subarray(0, end)) as T;
}

/** Decodes a whole MIME message into its parts (postal-mime's reading: parse/postal.ts). */
export type MimeReader = (raw: string | Uint8Array) => Promise<MessageParts>;

/**
 * Reads `raw`: by the fast path (parse/sevenbit.ts) where it can, else with `mime`; falls back
 * to a plain header/body split if that throws.
 */
export async function parseMessage(
  raw: string | Uint8Array,
  mime: MimeReader,
  options: {
    readonly fastPath?: boolean;
    /** `raw` (bytes) already read by `latin1Of`, when the caller has it. */
    readonly latin1?: string;
    /** `readSevenBit`'s answer for the same text, when the caller has it already (undefined: not read yet). */
    readonly sevenBit?: MessageParts | null;
  } = {},
): Promise<MessageParts> {
  const text = typeof raw === 'string' ? raw : (options.latin1 ?? latin1Of(raw));
  const fast = options.fastPath === false ? null : options.sevenBit !== undefined ? options.sevenBit : readSevenBit(text, typeof raw !== 'string');
  if (fast) return fast;
  try {
    const parts = await mime(withCrlf(trimOriginal(raw, text)));
    if (parts.body.trim() || parts.deliveryStatus.length || parts.feedbackReport) return parts;
    // Nothing readable came out: typically a multipart whose declared boundary differs from the
    // one the body uses (scrubbed or hand-edited notices). Read the raw body as text instead.
    const plain = splitPlain(typeof raw === 'string' ? raw : utf8.decode(raw));
    return { ...parts, body: plain.body };
  } catch {
    return splitPlain(text);
  }
}

/**
 * `raw` with each bare CR (one not followed by LF: old Mac line ends) made CRLF. postal-mime
 * splits lines on LF only, so it would read such a message as one header line. Done on the bytes
 * when `raw` is bytes: an 8-bit message must reach postal-mime byte for byte as it came.
 */
export function withCrlf<T extends string | Uint8Array>(raw: T): T {
  if (typeof raw === 'string') return (raw.includes('\r') ? raw.replace(/\r(?!\n)/g, '\r\n') : raw) as T;
  const bytes = raw as Uint8Array;
  let bare = 0;
  for (let i = bytes.indexOf(13); i >= 0; i = bytes.indexOf(13, i + 1)) if (bytes[i + 1] !== 10) bare++;
  if (!bare) return raw;
  const out = new Uint8Array(bytes.length + bare);
  let o = 0;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    out[o++] = c;
    if (c === 13 && bytes[i + 1] !== 10) out[o++] = 10;
  }
  return out as T;
}

/**
 * A header/body split without MIME decoding, for input postal-mime refuses and for the 7-bit fast
 * path. Header fields are unfolded as postal-mime unfolds them: the line breaks go, the folding
 * whitespace stays ("Subject: a\n\tb" is "a\tb"). A bare CR (old Mac line ends) is a line break:
 * such a text is made LF throughout first; else CRLF is read as LF where it stands, and only the
 * body is copied to make it LF.
 */
export function splitPlain(raw: string): MessageParts {
  const text = hasBareCr(raw) ? raw.replace(/\r\n?/g, '\n') : raw;
  const blank = blankLineAt(text);
  const headers = headerFields(text, 0, blank < 0 ? text.length : blank);
  return partsWithoutMime(headers, blank < 0 ? '' : lf(text.slice(afterBlankLine(text, blank))));
}

/** Whether `text` holds a CR that is not followed by LF (what /\r(?!\n)/ finds), found by `indexOf` (no CR: one native scan). */
export function hasBareCr(text: string): boolean {
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 10) return true;
  return false;
}

/**
 * Where the first empty line of `text[from, to)` starts, as /\r?\n\r?\n/ finds it there (the CR
 * of a CRLF included); -1 when none ends by `to`. Line to line by `indexOf`: a header block is a
 * few lines, and the text after it is not looked at.
 */
export function blankLineAt(text: string, from = 0, to = text.length): number {
  for (let nl = text.indexOf('\n', from); nl >= 0 && nl < to; nl = text.indexOf('\n', nl + 1)) {
    const c = text.charCodeAt(nl + 1);
    const end = c === 10 ? nl + 2 : c === 13 && text.charCodeAt(nl + 2) === 10 ? nl + 3 : -1;
    if (end < 0) continue;
    // A later empty line would end later still.
    if (end > to) return -1;
    return nl > from && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
  }
  return -1;
}

/** Where the text after the empty line that `blankLineAt` found at `at` starts. */
export function afterBlankLine(text: string, at: number): number {
  let i = text.charCodeAt(at) === 13 ? at + 2 : at + 1;
  if (text.charCodeAt(i) === 13) i++;
  return i + 1;
}

/**
 * Text whose line breaks are LF or CRLF (no bare CR) with each CRLF made LF, as splitPlain writes
 * a body.
 */
export function lf(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n/g, '\n') : text;
}

/**
 * The header fields of `text[start, end)`, a header block whose line breaks are LF or CRLF (no
 * bare CR: the caller makes such a text LF first), read as splitPlain reads them: a line starting
 * with a space or a tab continues the field before it, a field without a colon after its first
 * character is no field, names are lowercased, names and values trimmed of spaces and tabs. Read
 * in place: a field on one line is sliced once for its name and once for its value.
 */
export function headerFields(text: string, start: number, end: number): Header[] {
  const headers: Header[] = [];
  // The field being read: its first line, and the field unfolded when it spans more.
  let fieldStart = -1;
  let fieldEnd = -1;
  let folded: string | null = null;
  for (let line = start; line <= end; ) {
    let nl = text.indexOf('\n', line);
    if (nl < 0 || nl > end) nl = end;
    const lineEnd = nl > line && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    const c = text.charCodeAt(line);
    if (lineEnd > line && (c === 32 || c === 9) && fieldStart >= 0) {
      folded = (folded ?? text.slice(fieldStart, fieldEnd)) + text.slice(line, lineEnd);
    } else {
      if (fieldStart >= 0) pushField(headers, text, fieldStart, fieldEnd, folded);
      fieldStart = line;
      fieldEnd = lineEnd;
      folded = null;
    }
    line = nl + 1;
  }
  if (fieldStart >= 0) pushField(headers, text, fieldStart, fieldEnd, folded);
  return headers;
}

/** Adds the field `text[start, end)` (or `folded`, when it spans lines) when it has a name. */
function pushField(headers: Header[], text: string, start: number, end: number, folded: string | null): void {
  if (folded !== null) {
    text = folded;
    start = 0;
    end = folded.length;
  }
  let colon = start;
  while (colon < end && text.charCodeAt(colon) !== 58) colon++;
  if (colon === end || colon === start) return;
  headers.push({ key: trimWsp(text, start, colon).toLowerCase(), value: trimWsp(text, colon + 1, end) });
}

/** `s[a, b)` without spaces and tabs (only those: RFC 5322 WSP) at either end. */
function trimWsp(s: string, a: number, b: number): string {
  while (a < b && (s.charCodeAt(a) === 32 || s.charCodeAt(a) === 9)) a++;
  while (b > a && (s.charCodeAt(b - 1) === 32 || s.charCodeAt(b - 1) === 9)) b--;
  return s.slice(a, b);
}

/** A message read without MIME: its headers and one body, no report parts. */
export function partsWithoutMime(headers: Header[], body: string): MessageParts {
  const get = (k: string) => headers.find((h) => h.key === k)?.value ?? '';
  return {
    headers,
    subject: get('subject'),
    from: get('from'),
    body,
    deliveryStatus: [],
    feedbackReport: '',
    original: '',
    contentType: get('content-type').toLowerCase(),
  };
}

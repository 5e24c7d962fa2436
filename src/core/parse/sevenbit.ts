/**
 * The fast path: messages whose structure is plain MIME are cut into parts here, by boundary,
 * and each part the classifier reads is decoded here as postal-mime decodes it: its transfer
 * encoding (base64, quoted-printable) and its declared charset (TextDecoder, which browsers and
 * Node both have); 8-bit header bytes as UTF-8, as postal-mime reads header lines. Everything
 * else goes to postal-mime: a sender with RFC 2047 encoded words or 8-bit characters, a charset
 * label TextDecoder does not know (postal-mime has aliases for those), structures this file does
 * not reproduce. Why: postal-mime gathers each part's bytes through a
 * Blob, and in Node a Blob round trip costs about 50 µs, several times the cost of classifying a
 * notice.
 */
import { htmlToText } from './html.js';
import { afterBlankLine, attachedRole, blankLineAt, hasBareCr, headerFields, latin1Bytes, lf, partsWithoutMime, trimOriginal, type Header, type MessageParts } from './message.js';

/** Nesting beyond this is left to postal-mime: notices are at most three levels deep. */
const maxDepth = 8;
/** A multipart with more parts than this is left to postal-mime (a notice has a handful). */
const maxParts = 64;

// Bytes a charset must decode: above 0x7f, or ESC (ISO-2022-JP is 7-bit yet encoded).
// eslint-disable-next-line no-control-regex
const needsCharsetRe = /[^\x00-\x1a\x1c-\x7f]/;

// TextEncoder.encodeInto tells ASCII text natively (each ASCII char is one byte of UTF-8, any
// other char more), several times faster than a regex walks it: its counts are read, the bytes
// it writes into the sink never are.
const asciiEncoder = new TextEncoder();
/** Made at the first use (a script that never reads a message does not hold it). */
let asciiSink: Uint8Array | undefined;
const asciiSinkSize = 1 << 16;

/** Whether `s` holds a char a charset must decode: `needsCharsetRe.test(s)`, read natively. */
export function needsCharset(s: string): boolean {
  if (s.length > asciiSinkSize) return needsCharsetRe.test(s);
  const { read, written } = asciiEncoder.encodeInto(s, (asciiSink ??= new Uint8Array(asciiSinkSize)));
  return read !== s.length || written !== s.length || s.includes('\u001b');
}
// eslint-disable-next-line no-control-regex
const nonAsciiRe = /[^\x00-\x7f]/;

/** Signals that a part the classifier reads needs postal-mime, or that the message's structure
 * is one postal-mime reads in a way this file does not reproduce. */
class NeedsDecoding extends Error {}
/** Thrown as it is (it carries nothing): an Error made at each throw takes the stack, which costs more than reading a small message. */
const needsDecoding = new NeedsDecoding();

/**
 * How the message's characters stand for its bytes: `bytes` when each char is one byte (the
 * input was bytes, read as latin1), else the input was a string, which postal-mime would read as
 * UTF-8: then only ASCII parts are decoded here.
 */
interface Source {
  readonly bytes: boolean;
  /** The header held 8-bit bytes (read as UTF-8 here). */
  readonly eightBitHead?: boolean;
}

function headerValue(headers: readonly Header[], key: string): string | undefined {
  for (const h of headers) if (h.key === key) return h.value;
  return undefined;
}

/** The transfer encoding as postal-mime picks its decoder: the first word of the first field. */
function transferEncoding(headers: readonly Header[]): 'base64' | 'qp' | 'none' {
  const v = headerValue(headers, 'content-transfer-encoding');
  if (v === undefined) return 'none';
  // A comment in the field: postal-mime strips it first; not reproduced here.
  if (v.includes('(')) throw needsDecoding;
  const word = /[\w-]+/.exec(v.toLowerCase())?.[0] ?? '';
  return word.includes('base64') ? 'base64' : word.includes('quoted-printable') ? 'qp' : 'none';
}

/**
 * A Content-Type parameter, lowercased name, value as written (quotes removed); undefined when
 * absent. Throws when the field has a form read differently by postal-mime's parameter parser
 * (comments, escapes, RFC 2231 sections, the name twice).
 */
function typeParam(headers: readonly Header[], name: 'charset' | 'format' | 'delsp'): string | undefined {
  const v = headerValue(headers, 'content-type');
  if (v === undefined) return undefined;
  const lower = v.toLowerCase();
  const at = lower.indexOf(name);
  if (at < 0) return undefined;
  if (lower.indexOf(name, at + 1) >= 0 || v.includes('(') || v.includes('\\')) throw needsDecoding;
  const m = paramRes[name].exec(v);
  if (!m) throw needsDecoding;
  return m[1] ?? m[2] ?? '';
}

const paramRe = (name: string) => new RegExp(`(?:^|;)[ \\t]*${name}[ \\t]*=[ \\t]*(?:"([^"\\\\;]{0,80})"|([^\\s";\\\\]{0,80}))[ \\t]*(?:;|$)`, 'i');
const paramRes = { charset: paramRe('charset'), format: paramRe('format'), delsp: paramRe('delsp') };

// Every ASCII byte but ESC: a charset that reads these as themselves reads ASCII text unchanged.
const asciiProbe = Uint8Array.from({ length: 128 }, (_, i) => (i === 0x1b ? 0x20 : i));
const asciiProbeText = String.fromCharCode(...asciiProbe);

/**
 * The decoder postal-mime would use for `charset` when TextDecoder knows the label as written
 * (postal-mime then uses it too); null when it does not (postal-mime tries its aliases). The
 * common labels' decoders are made once at import; any other is made for its call (no cache
 * keyed by labels the input writes: a stream of made-up labels would grow it).
 */
function decoderFor(charset: string | undefined): { decoder: TextDecoder; asciiSafe: boolean } | null {
  const label = (charset || 'utf8').trim().toLowerCase();
  const common = commonDecoders.get(label);
  return common !== undefined ? common : makeDecoder(label);
}

function makeDecoder(label: string): { decoder: TextDecoder; asciiSafe: boolean } | null {
  try {
    const decoder = new TextDecoder(label);
    return { decoder, asciiSafe: decoder.decode(asciiProbe) === asciiProbeText };
  } catch {
    return null;
  }
}

const commonDecoders: ReadonlyMap<string, { decoder: TextDecoder; asciiSafe: boolean } | null> = new Map(
  ['utf8', 'utf-8', 'us-ascii', 'ascii', 'iso-8859-1', 'iso-8859-2', 'iso-8859-15', 'latin1', 'windows-1250', 'windows-1251', 'windows-1252',
    'iso-2022-jp', 'shift_jis', 'euc-jp', 'euc-kr', 'gb2312', 'gbk', 'big5', 'koi8-r',
    // Labels mail uses that TextDecoder does not know (null, as for any unknown label), tried once here rather than at each call.
    'utf-7', 'unicode-1-1-utf-7'].map((label) => [label, makeDecoder(label)]),
);

const headerDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
/** The raw body read as parse/message.ts reads it (the whole message as UTF-8: a BOM after the header is kept). */
const bodyDecoder = headerDecoder;
/** An attachment's text as parse/postal.ts decodes it (a BOM at its start dropped). */
const attachmentDecoder = new TextDecoder('utf-8');


const hex = (c: number): number => (c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1);

/**
 * Writes `text[start, end)` into `out` from `n` with each `=XY` (two hex digits, before `end`) as
 * its byte and every other character as its code; returns the new end. Quoted-printable bodies
 * and Q-encoded words share it.
 */
function unhex(text: string, start: number, end: number, out: Uint8Array, n: number): number {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 61 && i + 2 < end) {
      const hi = hex(text.charCodeAt(i + 1));
      const lo = hex(text.charCodeAt(i + 2));
      if (hi >= 0 && lo >= 0) {
        out[n++] = (hi << 4) | lo;
        i += 2;
        continue;
      }
    }
    out[n++] = c;
  }
  return n;
}

/** The largest decoded text written into the shared buffer (scratchFor); a longer one gets a buffer of its own. */
const scratchSize = 1 << 16;
let scratch: Uint8Array | undefined;

/**
 * A buffer of at least `size` bytes to decode quoted-printable or base64 text into. Every
 * decoded text is read by a TextDecoder into a string before the next is decoded, so one
 * buffer, made at the first use, serves them all (a typed array made for each part costs more
 * than decoding it: its memory is the engine's to allocate, zero and collect); nothing written in
 * it is read after the call that wrote it.
 */
function scratchFor(size: number): Uint8Array {
  return size > scratchSize ? new Uint8Array(size) : (scratch ??= new Uint8Array(scratchSize));
}

/**
 * Quoted-printable as postal-mime decodes it, line by line: a final `=` joins the line to the
 * next, `=XY` is a byte, anything else (a lone `=`) stays as it is; every other line ends in LF.
 * The bytes are valid until the next decode (scratchFor).
 */
function decodeQuotedPrintable(body: string): Uint8Array {
  const out = scratchFor(body.length + 1);
  let n = 0;
  let start = 0;
  for (;;) {
    const nl = body.indexOf('\n', start);
    let end = nl < 0 ? body.length : nl;
    while (end > start && body.charCodeAt(end - 1) === 13) end--;
    const soft = end > start && body.charCodeAt(end - 1) === 61;
    if (soft) end--;
    n = unhex(body, start, end, out, n);
    if (!soft) out[n++] = 10;
    if (nl < 0) break;
    start = nl + 1;
  }
  return out.subarray(0, n);
}

const b64 = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) b64['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(i)] = i;

/**
 * Base64 as postal-mime decodes it: every character outside the alphabet and `=` dropped, `=`
 * ending a unit that is decoded on its own, a unit's lone last character dropped. The bytes are
 * valid until the next decode (scratchFor).
 */
function decodeBase64(body: string): Uint8Array {
  const out = scratchFor(Math.ceil((body.length * 3) / 4) + 3);
  let n = 0;
  let acc = 0;
  let count = 0;
  const flush = () => {
    // A unit of 4k+2 or 4k+3 characters ends in one or two bytes; 4k+1 in none.
    if (count === 2) out[n++] = (acc >> 4) & 0xff;
    else if (count === 3) {
      out[n++] = (acc >> 10) & 0xff;
      out[n++] = (acc >> 2) & 0xff;
    }
    acc = 0;
    count = 0;
  };
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 61) {
      flush();
      continue;
    }
    const v = c < 128 ? b64[c]! : -1;
    if (v < 0) continue;
    acc = (acc << 6) | v;
    if (++count === 4) {
      out[n++] = (acc >> 16) & 0xff;
      out[n++] = (acc >> 8) & 0xff;
      out[n++] = acc & 0xff;
      acc = 0;
      count = 0;
    }
  }
  flush();
  return out.subarray(0, n);
}

/**
 * The text of a part the classifier reads, decoded as postal-mime decodes it: `inline` text
 * with its declared charset (format=flowed unwrapped), an attachment (delivery-status, feedback
 * report, a text/plain attachment) as UTF-8, or with `attachedCharset` where parse/postal.ts
 * finds one in a broken type (UTF-8 when TextDecoder does not know it). Text that needs no
 * decoding is returned as it stands. Throws NeedsDecoding where postal-mime's reading is not
 * reproduced. `body`: the part's text, CRLFs as they stand (made LF here: lf).
 */
function partText(headers: readonly Header[], body: string, inline: boolean, src: Source, attachedCharset?: string): string {
  return partReader(headers, body, inline, src, attachedCharset)();
}

/**
 * partText in two steps: every test that leaves the message to postal-mime is made now (it
 * throws NeedsDecoding), the text is made (copied LF, decoded) when it is asked for. An HTML
 * alternative is read only where its group has no text/plain one (parseSevenBit).
 */
function partReader(headers: readonly Header[], body: string, inline: boolean, src: Source, attachedCharset?: string): () => string {
  const encoding = transferEncoding(headers);
  const charset = inline ? typeParam(headers, 'charset') : attachedCharset;
  const d = inline || charset === undefined ? decoderFor(charset) : (decoderFor(charset) ?? decoderFor('utf-8'));
  const flowed = inline && /^flowed$/i.test(typeParam(headers, 'format') ?? '');
  const delSp = flowed && /^yes$/i.test(typeParam(headers, 'delsp') ?? '');
  // Only CRs of CRLFs are in `body` (parseSevenBit): lf changes no test below.
  let decode: ((text: string) => string) | null = null;
  if (!d) {
    // A label TextDecoder does not know: postal-mime maps it to one it does, or else reads it as
    // windows-1252. Either reads ASCII as itself, unless the label names a 16- or 32-bit form.
    if (encoding !== 'none' || needsCharset(body) || /16|32|ucs|unicode(?!-1-1-utf-7)|1200|1201/i.test(charset ?? '')) throw needsDecoding;
  } else if (encoding === 'none') {
    if (needsCharset(body) || !d.asciiSafe) {
      if (!src.bytes && nonAsciiRe.test(body)) throw needsDecoding;
      decode = (text) => d.decoder.decode(latin1Bytes(text));
    }
  } else {
    // The encoded text is ASCII; 8-bit bytes in it are read one way here and another there.
    if (!src.bytes && nonAsciiRe.test(body)) throw needsDecoding;
    decode = (text) => d.decoder.decode(encoding === 'qp' ? decodeQuotedPrintable(text) : decodeBase64(text));
  }
  return () => {
    const text = decode ? decode(lf(body)) : lf(body);
    return flowed ? unflow(text, delSp) : text;
  };
}

// An RFC 2047 encoded word: charset, B or Q, the encoded text.
const encodedWordRe = /=\?([^?\s]{1,80})\?([BbQq])\?([^?]{0,2000})\?=/g;
const foldingRe = /^[ \t\r\n]+$/;

/**
 * A header value (the Subject, a sender's name) with its RFC 2047 encoded words decoded as
 * postal-mime decodes them: white space between two encoded words dropped, adjacent words in one
 * charset and encoding decoded as one (a character may be split between them; in base64 only
 * when the first ends a whole group), and where that gives a replacement character, the words
 * decoded again one by one (the joined bytes did not decode) and that reading kept. Throws
 * NeedsDecoding where postal-mime reads them otherwise: a charset TextDecoder does not know,
 * 8-bit or padding inside the encoded text.
 */
function decodeWords(value: string): string {
  if (!value.includes('=?')) return value;
  const joined = renderWords(value, true);
  return joined.includes('\ufffd') ? renderWords(value, false) : joined;
}

/** `value` with its encoded words decoded, adjacent ones as one where `join` allows (decodeWords). */
function renderWords(value: string, join: boolean): string {
  let out = '';
  let pending: { charset: string; b: boolean; data: string } | null = null;
  let last = 0;
  const flush = () => {
    if (pending) out += decodeWord(pending.charset, pending.b, pending.data);
    pending = null;
  };
  for (const m of value.matchAll(encodedWordRe)) {
    const between = value.slice(last, m.index);
    last = m.index + m[0].length;
    // A word longer than read here: postal-mime would still decode it.
    if (between.includes('=?')) throw needsDecoding;
    if (between && !(pending && foldingRe.test(between))) {
      flush();
      out += between;
    }
    const word = { charset: m[1]!, b: m[2]!.toUpperCase() === 'B', data: m[3]! };
    const p = pending as { charset: string; b: boolean; data: string } | null;
    if (join && p && p.charset === word.charset && p.b === word.b && (!p.b || (p.data.length % 4 === 0 && !p.data.endsWith('=')))) {
      p.data += word.data;
      continue;
    }
    flush();
    pending = word;
  }
  flush();
  if (value.includes('=?', last)) throw needsDecoding;
  return out + value.slice(last);
}

function decodeWord(charset: string, b: boolean, data: string): string {
  const star = charset.indexOf('*');
  const d = decoderFor(star < 0 ? charset : charset.slice(0, star));
  if (!d || nonAsciiRe.test(data)) throw needsDecoding;
  if (b) {
    // Padding ends the text; inside it, it is read otherwise.
    if (/=[^=]/.test(data)) throw needsDecoding;
    return d.decoder.decode(decodeBase64(data));
  }
  const text = data.replace(/=\s+([0-9a-fA-F])/g, '=$1').replace(/[_\s]/g, ' ');
  const bytes = new Uint8Array(text.length);
  return d.decoder.decode(bytes.subarray(0, unhex(text, 0, text.length, bytes, 0)));
}

// The sender as parse/postal.ts writes it from postal-mime's address parser ("Name <address>",
// "<address>"), for the plain forms only: a bare or bracketed address, a display name (quoted or
// not) before one, an address followed by a comment that is the name. A name's words are what the
// parser keeps of them: no special, control or white-space character (its tokens are trimmed of
// white space as JavaScript reads it), 8-bit characters and encoded words included.
const addrChar = String.raw`[^\s\x00-\x1f\x7f<>()",;:\\@\[\]]`;
const addrPart = `${addrChar}{1,200}@${addrChar}{1,255}`;
const localPart = `${addrChar}{1,200}`;
const word = `${addrChar}{1,100}`;
const plainWords = `${word}(?: ${word}){0,20}`;
const quotedWords = `${word},?(?: ${word},?){0,20}`;
const bareAddressRe = new RegExp(`^(?:(${addrPart})|<(${addrPart}|${localPart})?>)$`);
// The parser trims the name, so any spaces before the bracket.
const namedAddressRe = new RegExp(`^(?:(${plainWords})|"(${quotedWords})") *<(${addrPart}|${localPart})?>$`);
const commentNameRe = new RegExp(`^(?:(${addrPart})|<(${addrPart})>) \\((${plainWords}|"${quotedWords}"|${addrPart})\\)$`);
const bareNameRe = new RegExp(`^${plainWords}$`);

function senderOf(from: string): string {
  if (!from) return '';
  let m = bareAddressRe.exec(from);
  // Alone, the address is the parser's name too, decoded (it then differs from the address).
  if (m) return from.includes('=?') ? needs() : m[0] === '<>' ? '<>' : named(m[1] ?? m[2]!, m[1] ?? m[2]!);
  m = namedAddressRe.exec(from);
  if (m) return named(m[1] ?? m[2]!, m[3] ?? '');
  m = commentNameRe.exec(from);
  if (m) return named(m[3]!, m[1] ?? m[2]!);
  // Words and no address: postal-mime takes them for a name (encoded words alone it reads again
  // as an address list).
  if (!from.includes('@') && !from.includes('=?') && bareNameRe.test(from)) return `${from} <>`;
  throw needsDecoding;
}

/**
 * The sender with the display name `name` (as written) and `address`, as postal-mime's parser
 * gives it: the name's encoded words decoded, a name that is the address dropped (or, with no
 * `@`, the address). Without an address, encoded words in the name are read otherwise there.
 */
function named(name: string, address: string): string {
  if (!address && name.includes('=?')) throw needsDecoding;
  const shown = decodeWords(name);
  if (shown === address) return address.includes('@') ? `<${address}>` : `${shown} <>`;
  return shown ? `${shown} <${address}>` : `<${address}>`;
}

function needs(): never {
  throw needsDecoding;
}

/**
 * RFC 3676 format=flowed made plain, as postal-mime does it: a line's leading space (stuffing)
 * goes; a line after one that ends in a space continues it (that space dropped with DelSp=yes),
 * except after the signature line "-- "; an empty line adds nothing after such a line.
 */
function unflow(text: string, delSp: boolean): string {
  const lines = text.split(/\r?\n/);
  let out = '';
  let line = ''; // the unwrapped line being built (to tell the signature line)
  for (let i = 0; i < lines.length; i++) {
    let l = lines[i]!;
    if (l.startsWith(' ')) l = l.slice(1);
    if (i) {
      if (out.endsWith(' ') && line !== '-- ') {
        if (delSp) {
          out = out.slice(0, -1);
          line = line.slice(0, -1);
        }
      } else {
        out += '\n';
        line = '';
      }
    }
    out += l;
    line += l;
  }
  return out;
}

/** The start of a media type that names a role (attachedRole): read here only when it is one exactly. */
const rolePrefixRe = /^(?:message\/(?:rfc822|global|delivery-status|feedback-report)|text\/rfc822-headers)/;

/** A text/plain type whose charset parameter lost its `;` (a folded line unfolded): the label, quoted or not. */
const brokenTypeRe = /^text\/plain[ \t]+charset[ \t]*=[ \t]*(?:"([\w.:-]{1,40})"|([\w.:-]{1,40}))$/;

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
  // An 8-bit boundary: the header's characters (UTF-8) are not the body's (bytes). postal-mime
  // reads a parameter from a ';' on: a boundary after other words since the last one ("multipart/
  // mixed boundary=", "; junk boundary=") is no parameter of its own there.
  if (m) return nonAsciiRe.test(m[0]) || !/(?:^|;)\s*$/.test(raw.slice(0, m.index + 1)) ? null : (m[1] ?? m[2] ?? '');
  return /boundary/i.test(raw) ? null : '';
}

/**
 * Splits a multipart body on its delimiter lines, as postal-mime does: a delimiter line is
 * exactly `--boundary`, then `--` for the last one, then only spaces or tabs. Returns null when
 * the boundary never occurs. Only delimiter lines are looked at (found by the boundary, not line
 * by line); each part is the text between two of them as it stands (its CRLFs made LF only where
 * a part is read: lf).
 */
function splitMultipart(body: string, boundary: string): Part[] | null {
  const delimiter = `--${boundary}`;
  const parts: Part[] = [];
  // Where the current part's text starts (after its delimiter line); -1 before the first one.
  let current = -1;
  let seen = false;
  for (let from = 0; ; ) {
    const at = body.indexOf(delimiter, from);
    if (at < 0) break;
    from = at + delimiter.length;
    if (at > 0 && body.charCodeAt(at - 1) !== 10) continue;
    const nl = body.indexOf('\n', at);
    const lineEnd = nl < 0 ? body.length : nl;
    const kind = delimiterKind(body.slice(at, body.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd), delimiter.length);
    if (!kind) continue;
    seen = true;
    // The part's text ends before the line break that precedes the delimiter line.
    if (current >= 0) parts.push(partOf(body, current, Math.max(current, at - 1)));
    if (kind === 'close') return parts;
    // Postal-mime reads every part; so many are not a notice, and are left to it.
    if (parts.length >= maxParts) throw needsDecoding;
    current = from = nl < 0 ? body.length : nl + 1;
  }
  if (current >= 0) parts.push(partOf(body, current, body.length));
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

/**
 * The part `body[start, end)` (without the CR that ends its last line): its header fields (as
 * splitPlain reads them) and its body, CRLFs as they stand (see lf). Read in place: only the
 * part's body is sliced.
 */
function partOf(body: string, start: number, end: number): Part {
  if (end > start && body.charCodeAt(end - 1) === 13) end--;
  // A part with no header block starts with its blank line (RFC 2046: default text/plain).
  if (end > start && body.charCodeAt(start) === 10) return { headers: [], body: body.slice(start + 1, end) };
  if (end > start + 1 && body.charCodeAt(start) === 13 && body.charCodeAt(start + 1) === 10) return { headers: [], body: body.slice(start + 2, end) };
  const blank = blankLineAt(body, start, end);
  if (blank < 0) return { headers: headerFields(body, start, end), body: '' };
  return { headers: headerFields(body, start, blank), body: body.slice(afterBlankLine(body, blank), end) };
}

/**
 * Reads `raw` without MIME decoding into the same parts postal-mime would give, or returns null
 * when a part the classifier reads (the notice's text, the delivery-status or feedback report)
 * needs decoding, or when the message's structure is one postal-mime reads in a way not
 * reproduced here. The returned original is taken as it stands: only its header lines are read,
 * so an encoded original does not send the message to postal-mime.
 */
export function readSevenBit(raw: string, bytes = false): MessageParts | null {
  const bareCr = hasBareCr(raw);
  let headEnd = blankLineAt(raw);
  const head = headEnd < 0 ? raw : raw.slice(0, headEnd);
  let text = raw;
  const eightBitHead = needsCharset(head);
  if (eightBitHead) {
    // 8-bit bytes in the header: postal-mime reads each header line as UTF-8 (a BOM kept, a byte
    // that is no UTF-8 read as U+FFFD; line breaks are ASCII, so the lines are the same). A
    // string's characters are read as they stand (postal-mime writes it as UTF-8 and reads it
    // back). Not where the header may end elsewhere than here (a bare CR: splitPlain ends a line there).
    if (headEnd < 0 || (bareCr && hasBareCr(head))) return null;
    if (bytes) {
      const decoded = headerDecoder.decode(latin1Bytes(head));
      text = decoded + raw.slice(headEnd);
      headEnd = decoded.length;
    }
  }
  try {
    // With a bare CR the text is made LF first (parseSevenBit), and its empty line found again.
    const parts = parseSevenBit(text, { bytes, eightBitHead }, bareCr ? null : headEnd);
    // Its attached message as postal-mime reads it (parseSevenBit) only where postal-mime is
    // given all of it: parse/message.ts cuts a long one (trimOriginal).
    return eightBitHead && parts.original && trimOriginal(raw, raw) !== raw ? null : parts;
  } catch (err) {
    if (err instanceof NeedsDecoding) return null;
    throw err;
  }
}

/**
 * The sender and subject as `readSevenBit` gives them (as postal-mime would), from the raw
 * unfolded fields; null where it would leave the message to postal-mime for them. For the
 * prefilter (prefilter.ts), whose verdict shows the same sender and subject as the full reading.
 */
export function plainSenderSubject(from: string, subject: string): { from: string; subject: string } | null {
  if (needsCharset(from) || needsCharset(subject)) return null;
  try {
    return { from: senderOf(from), subject: decodeWords(subject) };
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
  /** Read when asked for (partReader): most are alternatives of a text/plain part, never read. */
  readonly html: (() => string)[];
}

/**
 * Reads a message as `readSevenBit` does; throws NeedsDecoding where it returns null. `headEnd`:
 * where `raw`'s first empty line starts (-1: none), as readSevenBit found it; null when `raw`
 * holds a bare CR.
 */
function parseSevenBit(raw: string, src: Source, headEnd: number | null): MessageParts {
  // splitPlain's reading, with the body's CRLFs left as they stand until a part is read (lf). A
  // bare CR is a line break there: such a text is made LF throughout first, as splitPlain does.
  let text = raw;
  if (headEnd === null) {
    text = raw.replace(/\r\n?/g, '\n');
    headEnd = text.indexOf('\n\n');
  }
  const top = partsWithoutMime(headerFields(text, 0, headEnd < 0 ? text.length : headEnd), '');
  const topBody = headEnd < 0 ? '' : text.slice(afterBlankLine(text, headEnd));
  const groups: TextGroup[] = [];
  // Text parts postal-mime leaves as attachments and parse/message.ts reads anyway (no file
  // name): they come before the body.
  const extraTexts: string[] = [];
  const deliveryStatus: string[] = [];
  let feedbackReport = '';
  let original = '';
  let originalHeaders: readonly Header[] = [];
  // RFC 2046 5.1.5: in a multipart/digest a part without Content-Type is a message/rfc822.
  const walk = (headers: readonly Header[], body: string, depth: number, fallback: string, boundaries: readonly string[], alternative: TextGroup | null): void => {
    const type = contentTypeOf(headers, fallback);
    if (type.startsWith('multipart/')) {
      if (depth >= maxDepth) throw needsDecoding;
      const boundary = boundaryOf(headers);
      // A boundary reused by a nested part: postal-mime gives the line to the innermost part.
      if (boundary === null || boundaries.includes(boundary)) throw needsDecoding;
      const parts = boundary ? splitMultipart(body, boundary) : null;
      // No boundary, or one that never occurs (scrubbed or hand-edited notices): postal-mime
      // finds no part in it, and for the whole message reads the raw body (below).
      if (!parts) return;
      const inner = type.startsWith('multipart/digest') ? 'message/rfc822' : 'text/plain';
      const group = mediaTypeOf(type) === 'multipart/alternative' ? { plain: [], html: [] } : alternative;
      const within = [...boundaries, boundary];
      for (const p of parts) walk(p.headers, p.body, depth + 1, inner, within, group);
      return;
    }
    const media = mediaTypeOf(type);
    // The part's role by its media type exactly, as parse/postal.ts reads postal-mime's: a type
    // that only starts like one ("message/delivery-status x", "message/global-disposition-
    // notification", a comment postal-mime strips) is left to postal-mime.
    const role = attachedRole(media);
    if (!role && rolePrefixRe.test(media)) throw needsDecoding;
    if (role === 'original') {
      if (!original) {
        original = lf(body);
        originalHeaders = headers;
      }
      return;
    }
    if (role === 'delivery-status') {
      deliveryStatus.push(partText(headers, body, false, src));
      return;
    }
    if (role === 'feedback-report') {
      feedbackReport ||= partText(headers, body, false, src);
      return;
    }
    const attached = dispositionOf(headers) === 'attachment';
    if (!attached && (media === 'text/plain' || media === 'text/html')) {
      // Inline text: part of the body, as postal-mime renders it.
      const text = partReader(headers, body, true, src);
      let group = alternative;
      if (!group) groups.push((group = { plain: [], html: [] }));
      else if (!groups.includes(group)) groups.push(group);
      if (media === 'text/html') group.html.push(text);
      else group.plain.push(text());
      return;
    }
    // An attachment (or a text/plain type postal-mime does not recognize): parse/message.ts
    // reads it when it is plain text without a file name; an attached file is not read.
    if (media.startsWith('text/plain') && !hasFileName(headers)) {
      // parse/postal.ts decodes it with a charset only when the broken type carries one
      // ("text/plain" and an unfolded "charset=" line): read here in that form alone.
      let charset: string | undefined;
      if (media !== 'text/plain' && media.includes('charset')) {
        const m = brokenTypeRe.exec(media);
        if (!m) throw needsDecoding;
        charset = m[1] ?? m[2]!;
      }
      extraTexts.push(partText(headers, body, false, src, charset));
    }
  };
  walk(top.headers, topBody, 0, 'text/plain', [], null);
  const plainOnly = groups.filter((g) => !g.html.length);
  const htmlOnly = groups.filter((g) => !g.plain.length);
  let body = '';
  if (groups.length > htmlOnly.length) {
    // Some text/plain: a group with only HTML would be converted by postal-mime's converter.
    if (htmlOnly.length) throw needsDecoding;
    body = groups.map((g) => g.plain.join('\n')).join('\n');
  }
  if (!body.trim() && groups.length > plainOnly.length) {
    if (plainOnly.length) throw needsDecoding;
    body = htmlToText(groups.map((g) => g.html.map((text) => text()).join('\n')).join('\n'));
  }
  if (extraTexts.length) body = `${extraTexts.map((t) => `${t}\n`).join('')}${body}`;
  // As with postal-mime (parse/message.ts): nothing readable came out, so read the raw body, its
  // bytes as UTF-8 (a string as it stands), encoded or not.
  if (!body.trim() && !deliveryStatus.length && !feedbackReport) body = lf(src.bytes && nonAsciiRe.test(topBody) ? bodyDecoder.decode(latin1Bytes(topBody)) : topBody);
  // An attached message is taken here as it stands, where postal-mime decodes it (8-bit bytes as
  // UTF-8, its transfer encoding undone), and classify.ts may read it whole. Under an 8-bit
  // header, where all such mail was postal-mime's before, it is read as postal-mime reads it:
  // unless it has a transfer encoding, that is its bytes as UTF-8 (parse/postal.ts);
  // readSevenBit declines one that postal-mime would read cut (trimOriginal).
  if (original && src.eightBitHead) {
    if (transferEncoding(originalHeaders) !== 'none') throw needsDecoding;
    if (src.bytes && nonAsciiRe.test(original)) original = attachmentDecoder.decode(latin1Bytes(original));
  }
  // Field by field, in the order partsWithoutMime writes them (a spread of `top` is a slow generic copy).
  return {
    headers: top.headers, subject: decodeWords(top.subject), from: senderOf(top.from), body, deliveryStatus, feedbackReport, original, contentType: top.contentType,
  };
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

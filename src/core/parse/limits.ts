/**
 * How much of an input whybounce reads. A bounce is written by whoever sent it, so every input
 * is cut to a bounded prefix before anything parses it, and the verdict says when it was cut
 * (`Verdict.truncated`). The limits sit far above real notices and keep the worst case near
 * 100 ms (measured on the dev machine with test/hardening; `npm run fuzz` for long runs):
 *
 * | limit | value | why |
 * |---|---|---|
 * | {@link maxInputBytes} | 1 MiB | the explanation and the DSN sit at the start; the bulk of a big bounce is the returned original |
 * | {@link maxInputLines} | 5,000 line breaks | cost per line is what dominates (MIME parsing ~13 µs a line); the longest real message in the corpus has ~4,000 lines, a notice ~1,300 |
 * | {@link maxInputParts} | 128 boundary lines | each MIME part costs postal-mime ~90 µs; a notice has 2 to 15 |
 * | {@link maxBodyChars} | 256 Ki characters of decoded text | decoding can make 1 MiB longer (UTF-8 read as a one-byte charset doubles it) and every reader walks the text; a notice's text is a few KiB |
 * | {@link maxRecipients} | 256 | each recipient is read and decided on its own; a notice names a handful |
 * | {@link maxDiagnosticChars} | 4 KiB a recipient | every reason rule reads all of a recipient's words (hundreds of phrases); a server's reply is a few hundred characters |
 * | MIME nesting | 50 (parse/message.ts) | a notice is at most three levels deep |
 *
 * Strings are measured in UTF-16 code units, bytes in bytes: either way the input read is at
 * most 1 MiB units long.
 */

export const maxInputBytes = 1 << 20;
export const maxInputLines = 5000;
export const maxInputParts = 128;
export const maxBodyChars = 256 * 1024;
export const maxRecipients = 256;
export const maxDiagnosticChars = 4096;

/** A recipient's diagnostic or context as every reader of it takes it: its first maxDiagnosticChars characters. */
export function capWords(text: string): string {
  return text.length > maxDiagnosticChars ? text.slice(0, maxDiagnosticChars) : text;
}

const LF = 10;
const CR = 13;
const DASH = 45;

/**
 * Where a prefix of `input` that respects the limits ends: at most `maxInputBytes` units, at
 * most `maxInputLines` line breaks (CRLF, LF or a bare CR each count once) and, when `parts`,
 * stopping before the line that would be the (`maxInputParts` + 1)th starting with `--`
 * (every MIME boundary line does). One pass, no allocation.
 */
export function inputEnd(input: string | Uint8Array, parts: boolean): number {
  if (typeof input !== 'string') return bytesEnd(input, parts);
  const len = Math.min(input.length, maxInputBytes);
  // Fewer chars than `maxInputLines` hold fewer line breaks: then only the lines starting with
  // "--" can end the prefix, and they are found by what they start with (most messages are this short).
  if (len < maxInputLines && !(parts && dashLinesOver(input, len))) return len;
  // indexOf finds line breaks natively; only the breaks themselves are looked at here.
  const find = (c: number, from: number): number => input.indexOf(c === LF ? '\n' : '\r', from);
  const at = (i: number): number => input.charCodeAt(i);
  let lines = 0;
  let dashLines = 0;
  let nextLF = find(LF, 0);
  let nextCR = find(CR, 0);
  for (;;) {
    let i = nextLF < 0 ? nextCR : nextCR < 0 ? nextLF : Math.min(nextLF, nextCR);
    if (i < 0 || i >= len) return len;
    if (i === nextCR && i + 1 < len && at(i + 1) === LF) i++;
    if (++lines >= maxInputLines) return i + 1;
    if (parts && i + 2 < len && at(i + 1) === DASH && at(i + 2) === DASH && ++dashLines > maxInputParts) return i + 1;
    if (nextLF >= 0 && nextLF <= i) nextLF = find(LF, i + 1);
    if (nextCR >= 0 && nextCR <= i) nextCR = find(CR, i + 1);
  }
}

/**
 * Whether more than `maxInputParts` lines of `input[0, len)` start with "--" after a line break
 * (an LF, the LF of a CRLF, or a bare CR: a CR followed by "--" is one), as `inputEnd` counts them.
 */
function dashLinesOver(input: string, len: number): boolean {
  let n = 0;
  for (const lead of ['\n--', '\r--']) {
    for (let i = input.indexOf(lead); i >= 0 && i + 2 < len; i = input.indexOf(lead, i + 1)) if (++n > maxInputParts) return true;
  }
  return false;
}

/**
 * `inputEnd` of bytes, read byte by byte: the same answer as two `indexOf` per line break, without
 * a call into the engine for each line of a message.
 */
function bytesEnd(input: Uint8Array, parts: boolean): number {
  const len = Math.min(input.length, maxInputBytes);
  let lines = 0;
  let dashLines = 0;
  for (let i = 0; i < len; i++) {
    const c = input[i]!;
    if (c > CR || (c !== LF && c !== CR)) continue;
    if (c === CR && i + 1 < len && input[i + 1] === LF) i++;
    if (++lines >= maxInputLines) return i + 1;
    if (parts && i + 2 < len && input[i + 1] === DASH && input[i + 2] === DASH && ++dashLines > maxInputParts) return i + 1;
  }
  return len;
}

/** `input` cut to the limits, and whether anything was cut. */
export function limitInput<T extends string | Uint8Array>(input: T, parts: boolean): { input: T; truncated: boolean } {
  const end = inputEnd(input, parts);
  if (end >= input.length) return { input, truncated: false };
  return { input: (typeof input === 'string' ? input.slice(0, end) : input.subarray(0, end)) as T, truncated: true };
}

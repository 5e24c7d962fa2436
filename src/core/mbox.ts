/**
 * Splits an mbox (the format of Gmail Takeout's exports, Thunderbird's folders and Unix mail
 * spools) into messages as its bytes arrive, so that a file of any size is read with bounded
 * memory: each message is kept only as far as the classifier reads it (`maxInputBytes`, plus one
 * byte so the verdict can say `truncated`). Pure: the browser's extension pages and any other
 * caller feed it chunks of bytes.
 *
 * A message starts at a "From " line (RFC 4155): "From " + the envelope sender + an asctime date
 * ("From MAILER-DAEMON Tue Nov 10 09:14:02 2026"), or the ISO date some tools write there
 * ("From () 2019-10-02 05:04:34 +0000"), at the start of the input or after a blank line. Only
 * such a line separates: a body line that happens to begin with "From " (mboxrd writers quote
 * them as ">From ", others do not) is not followed by a date.
 *
 * @example
 * ```ts
 * const split = mboxSplitter();
 * for await (const chunk of file.stream()) for (const m of split.push(chunk)) handle(m);
 * for (const m of split.end()) handle(m);
 * ```
 */
import { maxInputBytes } from './parse/limits.js';

/** One message of the mbox: its first bytes (at most `maxInputBytes + 1`), and its position. */
export interface MboxMessage {
  /** 1-based position in the mbox. */
  readonly index: number;
  readonly bytes: Uint8Array;
  /** The message went on past what is kept. */
  readonly cut: boolean;
}

export interface MboxSplitter {
  /** The messages that ended inside this chunk. */
  push(chunk: Uint8Array): MboxMessage[];
  /** The last message, once the input has ended. */
  end(): MboxMessage[];
}

const keep = maxInputBytes + 1;
/** The longest "From " line looked at: the sender and the date fit in far less. */
const maxSeparatorLine = 320;
const LF = 0x0a;
const CR = 0x0d;
const from = [0x46, 0x72, 0x6f, 0x6d, 0x20]; // "From "

/**
 * The separator line's start, as a pattern source: "From " + sender + spaces + the date that only a
 * separator has: asctime's "Tue Nov" + spaces + a digit (the day), or an ISO date and the hour's
 * first digit. Every quantifier bounded: the line comes from the file. The CLI's splitter reads the
 * same source (src/cli/inputs.ts).
 */
export const separatorSource = 'From \\S{1,200} {1,10}(?:[A-Z][a-z]{2} [A-Z][a-z]{2} {1,10}|\\d{4}-\\d\\d-\\d\\d[ T])\\d';
/** The longest text `separatorSource` matches: "From " + sender (200) + spaces (10) + "Tue Nov" + spaces (10) + a digit. */
export const maxSeparatorMatch = 5 + 200 + 10 + 7 + 10 + 1;
const separatorLine = new RegExp(`^${separatorSource}`);

/** True when the first bytes of an input start like an mbox (a "From " line with a date). */
export function looksLikeMbox(head: Uint8Array): boolean {
  return isSeparatorAt(head, 0, true) === true;
}

/**
 * Whether a separator line starts at `at`: true, false, or undefined when the bytes end before it
 * can be told and more may come (`final` false).
 */
function isSeparatorAt(bytes: Uint8Array, at: number, final: boolean): boolean | undefined {
  const length = bytes.length;
  for (let i = 0; i < from.length; i++) {
    if (at + i >= length) return final ? false : undefined;
    if (bytes[at + i] !== from[i]) return false;
  }
  const limit = Math.min(length, at + maxSeparatorLine);
  let end = at;
  while (end < limit && bytes[end] !== LF) end++;
  if (end === length && !final && length < at + maxSeparatorLine) return undefined;
  let line = '';
  for (let i = at; i < end; i++) line += String.fromCharCode(bytes[i]!);
  return separatorLine.test(line);
}

export function mboxSplitter(): MboxSplitter {
  /** Bytes not yet scanned (a possible separator cut by the end of the last chunk). */
  let pending: Uint8Array = new Uint8Array(0);
  /** The current message's kept bytes. */
  const parts: Uint8Array[] = [];
  let size = 0;
  let cut = false;
  let index = 0;
  let started = false;
  // Where the scan stands, carried from chunk to chunk.
  let atLineStart = true;
  /** The line before the current one was blank (true at the very start of the input). */
  let afterBlank = true;
  /** The current line has had a character other than CR. */
  let lineHasText = false;

  const append = (bytes: Uint8Array) => {
    if (bytes.length === 0) return;
    started = true;
    const room = keep - size;
    if (room <= 0) {
      cut = true;
      return;
    }
    if (bytes.length > room) cut = true;
    const piece = bytes.slice(0, Math.min(room, bytes.length));
    parts.push(piece);
    size += piece.length;
  };

  const finish = (out: MboxMessage[]) => {
    if (!started) return;
    const bytes = new Uint8Array(size);
    let off = 0;
    for (const p of parts) {
      bytes.set(p, off);
      off += p.length;
    }
    out.push({ index: ++index, bytes, cut });
    parts.length = 0;
    size = 0;
    started = false;
    cut = false;
  };

  const scan = (final: boolean): MboxMessage[] => {
    const out: MboxMessage[] = [];
    const bytes = pending;
    let start = 0; // first byte not yet appended to the current message
    let i = 0;
    for (; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (atLineStart && afterBlank && b === 0x46) {
        const separator = isSeparatorAt(bytes, i, final);
        if (separator === undefined) break; // the rest comes with the next chunk
        if (separator) {
          append(bytes.subarray(start, i));
          finish(out);
          start = i;
        }
      }
      if (b === LF) {
        afterBlank = !lineHasText;
        lineHasText = false;
        atLineStart = true;
      } else {
        if (b !== CR) lineHasText = true;
        atLineStart = false;
      }
    }
    append(bytes.subarray(start, i));
    pending = bytes.slice(i);
    return out;
  };

  return {
    push(chunk) {
      if (pending.length === 0) {
        pending = chunk;
      } else {
        const joined = new Uint8Array(pending.length + chunk.length);
        joined.set(pending, 0);
        joined.set(chunk, pending.length);
        pending = joined;
      }
      return scan(false);
    },
    end() {
      const out = scan(true);
      finish(out);
      return out;
    },
  };
}

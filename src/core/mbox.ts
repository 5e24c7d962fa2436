/**
 * What an mbox is (the format of Gmail Takeout's exports, Thunderbird's folders and Unix mail
 * spools), in one place for every reader of one: the CLI (src/cli/inputs.ts, files and standard
 * input) and the extension's digest (src/digest/files.ts) ask these functions each question.
 *
 * - Is this input an mbox? `isMboxStart`: its first line starts with "From " (mbox(5): a From_ line
 *   is any line that begins "From "). A message's own first line never does (a header field's name
 *   has no space, RFC 5322 3.6.8), so such a first line is an envelope line even without its date:
 *   an mbox, of one message or more. Its bytes say so, not its file name.
 * - Where does a message start? At the input's start, and at each separator line: "From " + the
 *   envelope sender + an asctime date ("From MAILER-DAEMON Tue Nov 10 09:14:02 2026"), or the ISO
 *   date some tools write there ("From () 2019-10-02 05:04:34 +0000"), right after a blank line
 *   (RFC 4155), one of CRs only however many (a CRLF file's, or one converted twice). A body line
 *   that happens to begin with "From " (mboxrd writers quote them as ">From ", others do not) is
 *   not followed by a date, and does not separate. `scanSeparators`.
 * - Where does it end? Just before the next separator line: the blank line before it is the
 *   message's last line.
 * - What is unescaped? Nothing: a ">From " line stays as it is (which writer quoted what cannot be
 *   told, and a body line reads the same to the classifier either way). A message's bytes are the
 *   file's, its envelope line included.
 *
 * `mboxSplitter` cuts an mbox into messages as its bytes arrive, so that a file of any size is
 * read with bounded memory: each message is kept only as far as the classifier reads it
 * (`maxInputBytes`, plus one byte so the verdict can say `truncated`). Pure: the browser's
 * extension pages and any other caller feed it chunks of bytes.
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
 * first digit. Every quantifier bounded: the line comes from the file.
 */
const separatorSource = 'From \\S{1,200} {1,10}(?:[A-Z][a-z]{2} [A-Z][a-z]{2} {1,10}|\\d{4}-\\d\\d-\\d\\d[ T])\\d';
/** The longest text `separatorSource` matches: "From " + sender (200) + spaces (10) + "Tue Nov" + spaces (10) + a digit. */
export const maxSeparatorMatch = 5 + 200 + 10 + 7 + 10 + 1;
const separatorLine = new RegExp(`^${separatorSource}`);

/**
 * Whether an input that starts with `head` is an mbox: its first line starts with "From ". True,
 * false, or undefined when `head` is the start of "From " and more bytes may come (`final` false:
 * a pipe may deliver "Fr" first). An empty input is not: it is one (empty) message.
 */
export function isMboxStart(head: Uint8Array, final: boolean): boolean | undefined {
  for (let i = 0; i < from.length; i++) {
    if (i >= head.length) return final ? false : undefined;
    if (head[i] !== from[i]) return false;
  }
  return true;
}

/**
 * The position a message of an mbox is shown with (the CSV's and the JSON's `index`): none when
 * the input held this one message alone (a message saved with its envelope line reads as the
 * file it is), else its index. `last`: no message of the input follows it.
 */
export function messagePosition(index: number, last: boolean): number | undefined {
  return last && index === 1 ? undefined : index;
}

/** True when an input that starts with `head` (all of its first bytes there are) is an mbox. */
export function looksLikeMbox(head: Uint8Array): boolean {
  return isMboxStart(head, true) === true;
}

/**
 * Whether a separator line (without the blank line before it) starts at `at`: true, false, or
 * undefined when the bytes end before it can be told and more may come (`final` false).
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
  return separatorLine.test(String.fromCharCode(...bytes.subarray(at, end)));
}

/** Whether the line that the LF at `lf` ends is blank: an LF before it and only CRs between, or the bytes before the buffer (`blankAtStart`). */
function blankLineEndsAt(bytes: Uint8Array, lf: number, blankAtStart: boolean): boolean {
  let k = lf - 1;
  while (k >= 0 && bytes[k] === CR) k--;
  return k >= 0 ? bytes[k] === LF : blankAtStart;
}

/** Where a look for separators stands, carried from one buffer to the next (`newSeparatorScan`). */
export interface SeparatorScan {
  /** Where "\nFrom " is looked for from, in the buffer scanned next. */
  next: number;
  /** The bytes before the buffer end with an LF and then CRs only: a line that is blank so far. */
  blankAtStart: boolean;
}

/** The scan of an input's first buffer: its first line is its first message's, not a separator. */
export function newSeparatorScan(): SeparatorScan {
  return { next: 0, blankAtStart: false };
}

/** The position of the next "\nFrom " in `bytes` at or after `start`, or -1. */
export type FindLineFrom = (bytes: Uint8Array, start: number) => number;

/** `FindLineFrom` on any Uint8Array (Node's Buffer.indexOf of the five bytes is quicker). */
export function findLineFrom(bytes: Uint8Array, start: number): number {
  for (let q = bytes.indexOf(LF, start); q >= 0; q = bytes.indexOf(LF, q + 1)) {
    if (bytes[q + 1] === 0x46 && bytes[q + 2] === 0x72 && bytes[q + 3] === 0x6f && bytes[q + 4] === 0x6d && bytes[q + 5] === 0x20) return q;
  }
  return -1;
}

/** Bytes carried before a cut "\nFrom " (the end of the blank line, read again with it). */
const lookBehind = 2;
/** The most bytes `scanSeparators` leaves to carry: the blank line's end, its LF, and a separator line cut short. */
export const maxCarry = lookBehind + 1 + maxSeparatorLine;

/**
 * Cuts `bytes` (the bytes carried from the buffer before, then new ones) at each separator line:
 * calls `cut(at)` with the position of each separator's "From ", in order, and returns where the
 * bytes to carry to the next buffer start (at most `maxCarry` of them; none when `final`): those
 * that may be the start of a separator line the buffer's end cuts. A message's bytes are those
 * from its separator (or the input's start) to the next `cut`, the last ones up to the returned
 * position. `scan` carries what the next buffer needs; `find` is how "\nFrom " is found.
 */
export function scanSeparators(bytes: Uint8Array, scan: SeparatorScan, final: boolean, cut: (at: number) => void, find: FindLineFrom = findLineFrom): number {
  let start = 0; // the last cut: bytes before it are another message's
  let rest = -1;
  for (let q = find(bytes, scan.next); q >= 0; q = find(bytes, scan.next)) {
    scan.next = q + 1;
    if (!blankLineEndsAt(bytes, q, scan.blankAtStart)) continue;
    const at = q + 1;
    const separator = isSeparatorAt(bytes, at, final);
    if (separator) {
      cut(at);
      start = at;
    } else if (separator === undefined) {
      // The line goes on in the next buffer: it is told then, with the blank line before it.
      scan.next = q;
      rest = Math.max(start, q - lookBehind);
      break;
    }
  }
  if (rest < 0) {
    // Every "\nFrom " that fits was looked at: one the buffer's end cuts starts in its last 5 bytes.
    scan.next = Math.max(scan.next, bytes.length - from.length);
    rest = final ? bytes.length : Math.max(start, Math.min(scan.next - lookBehind, bytes.length));
  }
  // What the bytes not carried say of the line the carried ones start in.
  scan.blankAtStart = blankLineEndsAt(bytes, rest, scan.blankAtStart);
  scan.next -= rest;
  return rest;
}

/**
 * An mbox's messages as its bytes arrive (the input is one: `isMboxStart`). The bytes are cut by
 * `scanSeparators`, as the CLI's splitter cuts them (src/cli/inputs.ts, which keeps each message
 * as views of a reused read buffer instead: see there).
 */
export function mboxSplitter(): MboxSplitter {
  const scan = newSeparatorScan();
  /** Bytes not yet cut (a possible separator cut by the end of the last chunk). */
  let carry: Uint8Array = new Uint8Array(0);
  /** The current message's kept bytes. */
  const parts: Uint8Array[] = [];
  let size = 0;
  let cut = false;
  let index = 0;
  let started = false;

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

  const split = (bytes: Uint8Array, final: boolean): MboxMessage[] => {
    const out: MboxMessage[] = [];
    let start = 0;
    const rest = scanSeparators(bytes, scan, final, (at) => {
      append(bytes.subarray(start, at));
      finish(out);
      start = at;
    });
    append(bytes.subarray(start, rest));
    carry = bytes.slice(rest);
    return out;
  };

  return {
    push(chunk) {
      if (carry.length === 0) return split(chunk, false);
      const joined = new Uint8Array(carry.length + chunk.length);
      joined.set(carry, 0);
      joined.set(chunk, carry.length);
      return split(joined, false);
    },
    end() {
      const out = split(carry, true);
      finish(out);
      return out;
    },
  };
}

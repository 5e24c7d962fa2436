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
 * - Which position does it show? Its index, none when it is the input's only message
 *   (`MboxMessage.position`).
 *
 * `mboxSplitter` cuts an mbox into messages as its bytes arrive, so that a file of any size is
 * read with bounded memory: each message is kept only as far as the classifier reads it
 * (`maxInputBytes`, plus one byte so the verdict can say `truncated`). Pure: the CLI (a file read
 * a chunk at a time into one buffer, or standard input), the browser's extension pages and any
 * other caller feed it chunks of bytes; one splitter for all, so no reader cuts differently.
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
  /**
   * The position to show (the CSV's and the JSON's `index`): `index`, or none when the input held
   * this one message alone (a message saved with its envelope line reads as the file it is).
   */
  readonly position?: number;
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

/** Where a look for separators stands, carried from one buffer to the next. */
interface SeparatorScan {
  /** Where "\nFrom " is looked for from, in the buffer scanned next. */
  next: number;
  /** The bytes before the buffer end with an LF and then CRs only: a line that is blank so far. */
  blankAtStart: boolean;
}

/** The position of the next "\nFrom " in `bytes` at or after `start`, or -1. */
export type FindLineFrom = (bytes: Uint8Array, start: number) => number;

/** `FindLineFrom` on any Uint8Array (in Node, Buffer's indexOf of the six bytes is quicker). */
function findLineFrom(bytes: Uint8Array, start: number): number {
  for (let q = bytes.indexOf(LF, start); q >= 0; q = bytes.indexOf(LF, q + 1)) {
    if (bytes[q + 1] === 0x46 && bytes[q + 2] === 0x72 && bytes[q + 3] === 0x6f && bytes[q + 4] === 0x6d && bytes[q + 5] === 0x20) return q;
  }
  return -1;
}

/**
 * Whether a line after the first of `bytes` could start a message (a separator line follows an LF
 * and starts "From "): when none can, an mbox of these bytes is one message, as they are, and
 * need not be split (the CLI's shortcut for a small file that starts with an envelope line).
 */
export function mayHoldSeparator(bytes: Uint8Array, find: FindLineFrom = findLineFrom): boolean {
  return find(bytes, 0) >= 0;
}

/** Bytes carried before a cut "\nFrom " (the end of the blank line, read again with it). */
const lookBehind = 2;

/**
 * Cuts `bytes` (the bytes carried from the buffer before, then new ones) at each separator line:
 * calls `cut(at)` with the position of each separator's "From ", in order, and returns where the
 * bytes to carry to the next buffer start (a few hundred at most; none when `final`): those
 * that may be the start of a separator line the buffer's end cuts. A message's bytes are those
 * from its separator (or the input's start) to the next `cut`, the last ones up to the returned
 * position. `scan` carries what the next buffer needs (a new one for an input's first buffer, whose
 * first line is its first message's, not a separator); `find` is how "\nFrom " is found.
 */
function scanSeparators(bytes: Uint8Array, scan: SeparatorScan, final: boolean, cut: (at: number) => void, find: FindLineFrom): number {
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
 * A message's kept bytes (at most `keep`): views of the chunks they lie in, copied into a buffer
 * of the message's own when it is taken, or before the chunk they are views of may be reused
 * (`own`): each kept byte is copied once.
 */
class Kept {
  private views: Uint8Array[] = [];
  private viewed = 0;
  /** The bytes copied so far (`own`), in a buffer that doubles as they grow. */
  private copied: Uint8Array | null = null;
  private size = 0;
  /** The message went on past what is kept. */
  cut = false;

  get empty(): boolean {
    return this.size + this.viewed === 0;
  }

  add(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    const room = keep - this.size - this.viewed;
    if (bytes.length > room) this.cut = true;
    if (room <= 0) return;
    this.views.push(bytes.length > room ? bytes.subarray(0, room) : bytes);
    this.viewed += Math.min(room, bytes.length);
  }

  /** Copies the views: the chunks they are views of may be reused. */
  own(): void {
    if (!this.views.length) return;
    const need = this.size + this.viewed;
    if (!this.copied || this.copied.length < need) {
      const grown = new Uint8Array(Math.min(keep, Math.max(need, 2 * (this.copied?.length ?? 0))));
      if (this.copied) grown.set(this.copied.subarray(0, this.size));
      this.copied = grown;
    }
    for (const v of this.views) {
      this.copied.set(v, this.size);
      this.size += v.length;
    }
    this.views = [];
    this.viewed = 0;
  }

  /** The bytes so far, in a buffer of their own, and empties. */
  take(): { bytes: Uint8Array; cut: boolean } {
    this.own();
    const bytes = this.copied ? this.copied.subarray(0, this.size) : new Uint8Array(0);
    const cut = this.cut;
    this.copied = null;
    this.size = 0;
    this.cut = false;
    return { bytes, cut };
  }
}

export interface MboxSplitterOptions {
  /** How "\n" + "From " is found (default: a portable search; in Node, Buffer's indexOf is quicker). */
  readonly find?: FindLineFrom;
  /**
   * Each chunk pushed has this many free bytes before it in its buffer, which the splitter may
   * write: the bytes carried from the chunk before (a few hundred at most) go there, and the two
   * are scanned as one without copying the chunk. Without that room they are joined by a copy.
   */
  readonly roomBefore?: number;
}

/**
 * An mbox's messages as its bytes arrive (the input is one: `isMboxStart`), for the CLI (files and
 * standard input) and the extension's digest alike. A chunk may be reused once `push` returns (the
 * CLI reads each into the same buffer): the bytes kept of the message it ends in are copied.
 */
export function mboxSplitter(options: MboxSplitterOptions = {}): MboxSplitter {
  const { find = findLineFrom, roomBefore = 0 } = options;
  const scan: SeparatorScan = { next: 0, blankAtStart: false };
  /** Bytes not yet cut (a possible separator cut by the end of the last chunk). */
  let carry: Uint8Array = new Uint8Array(0);
  const current = new Kept();
  let index = 0;

  /** Ends the current message; `last`: the input has ended. */
  const finish = (out: MboxMessage[], last = false) => {
    if (current.empty) return;
    const { bytes, cut } = current.take();
    index++;
    out.push(last && index === 1 ? { index, bytes, cut } : { index, position: index, bytes, cut });
  };

  const split = (bytes: Uint8Array, final: boolean): MboxMessage[] => {
    const out: MboxMessage[] = [];
    let start = 0;
    const rest = scanSeparators(
      bytes,
      scan,
      final,
      (at) => {
        current.add(bytes.subarray(start, at));
        finish(out);
        start = at;
      },
      find,
    );
    current.add(bytes.subarray(start, rest));
    current.own();
    carry = bytes.slice(rest);
    return out;
  };

  return {
    push(chunk) {
      if (carry.length === 0) return split(chunk, false);
      let joined: Uint8Array;
      if (carry.length <= Math.min(roomBefore, chunk.byteOffset)) {
        joined = new Uint8Array(chunk.buffer, chunk.byteOffset - carry.length, carry.length + chunk.length);
      } else {
        joined = new Uint8Array(carry.length + chunk.length);
        joined.set(chunk, carry.length);
      }
      joined.set(carry, 0);
      return split(joined, false);
    },
    end() {
      const out = split(carry, true);
      finish(out, true);
      return out;
    },
  };
}

/**
 * Phrase tables read in one pass over a text. The rules ask, for hundreds of phrases, whether and
 * where each occurs in a text (`text.includes(phrase)`, one scan of the text per phrase);
 * `PhraseIndex` answers for all of them in one reading of the text, and every answer is the one
 * `indexOf` gives. Also the literal helpers the rules build their patterns with (`anyLiteral`,
 * `requiredLiteral`).
 */

/** The hashes' range (`runHash`): an index's slots are at most this many. */
const size = 1 << 14;
/** The fewest slots an index has. */
const minSize = 64;

/**
 * A character's code as the scans read it, one byte: itself in ASCII, any other folded onto
 * 128-255 (its low seven bits), so that it never reads as an ASCII character. Codes only choose
 * which phrases are compared, by hashes and first and last characters; every match is then
 * confirmed on the text itself (`startsWith`, `includes`), so two characters sharing a byte cost a
 * comparison, never an answer. One byte for every text keeps each scan reading one kind of array.
 */
const byteOf = (code: number): number => (code < 0x80 ? code : 0x80 | (code & 0x7f));
/** The byte (`byteOf`) of the character of `text` at `i`. */
const byteAt = (text: string, i: number): number => byteOf(text.charCodeAt(i));

/** `literal` escaped for a pattern's source: it matches itself, as written. */
export const escapeLiteral = (literal: string): string => literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * A pattern that matches any of `literals` as written: an alternation of escaped strings (no
 * quantifier, so linear), for a test of many phrases in one pass where their places do not matter.
 */
export function anyLiteral(literals: Iterable<string>): RegExp {
  return new RegExp(Array.from(literals, escapeLiteral).join('|'));
}

const encoder = new TextEncoder();
/**
 * A scratch array for `codesOf`, grown as needed, lent to one scan at a time: a scan that runs
 * while another holds it (from a callback) is given an array of its own. A scan reads only the
 * codes it was given, so nothing in them outlives it.
 */
let byteCodes = new Uint8Array(4096);
let lent = false;
/** Where a scan found runs on anchoring slots (`PhraseIndex.landings`), lent with `byteCodes`. */
let hitBuf = new Int32Array(4096);

/**
 * The bytes (`byteOf`) of the characters of `text`, at indexes 0 to `text.length - 1` of the
 * array returned (which may be longer); `giveBack` it when done. Scans read these instead of
 * `charCodeAt`, which looks up how the string is stored for every character it reads: several
 * times dearer than reading a typed array. A text all in ASCII (nearly every one) is copied by the
 * native UTF-8 encoder, one byte per character; any other is read character by character.
 */
function codesOf(text: string): Uint8Array {
  const n = text.length;
  const own = lent;
  lent = true;
  let bytes = byteCodes;
  if (own || bytes.length < n) bytes = new Uint8Array(Math.max(n, 64) + (n >> 1));
  if (!own) byteCodes = bytes;
  const done = encoder.encodeInto(text, bytes);
  if (done.read === n && done.written === n) return bytes;
  for (let i = 0; i < n; i++) bytes[i] = byteAt(text, i);
  return bytes;
}

/** An array for the places where the runs of a text of `n` characters land (`landings`), lent with `codes` (from `codesOf`). */
function hitsFor(codes: Uint8Array, n: number): Int32Array {
  if (codes !== byteCodes) return new Int32Array(n);
  if (hitBuf.length < n) hitBuf = new Int32Array(n + (n >> 1));
  return hitBuf;
}

/** Ends a scan's loan of `codes` (from `codesOf`) and of its hits (`hitsFor`). */
function giveBack(codes: Uint8Array): void {
  if (codes === byteCodes) lent = false;
}

/** How many characters an anchor holds (`runEndingAt`). */
const anchorLength = 4;
/**
 * The run of four characters ending at `i` in `codes` (`codesOf`) as one number: their bytes
 * (`byteOf`), the first in the high byte. A scan keeps the run ending at each character by
 * shifting the next byte in (the oldest falls out of the 32 bits).
 */
const runEndingAt = (codes: Uint8Array, i: number): number => (codes[i - 3]! << 24) | (codes[i - 2]! << 16) | (codes[i - 1]! << 8) | codes[i]!;
/** The hash, over `size` slots, of a run (`runEndingAt`). */
const runHash = (run: number): number => Math.imul(run, 0x9e3779b1) >>> (32 - 14);

/** Writes the bytes (`byteOf`) of `phrase` into `bytes` from `from`; 1 when all are ASCII, else 0. */
function putBytes(phrase: string, bytes: Uint8Array, from: number): number {
  let ascii = 1;
  for (let at = 0; at < phrase.length; at++) {
    const code = phrase.charCodeAt(at);
    if (code >= 0x80) ascii = 0;
    bytes[from + at] = byteOf(code);
  }
  return ascii;
}

/**
 * Hashes the runs of four of the phrase whose `length` bytes are at `from` in `bytes` into
 * `hashes` (at `from` + the run's start), and counts each hash once for the phrase: `counted`
 * holds, for each hash, the `stamp` of the last phrase that counted it.
 */
function hashRuns(bytes: Uint8Array, from: number, length: number, hashes: Int32Array, counts: Int32Array, counted: Int32Array, stamp: number): void {
  for (let at = 0; at + anchorLength <= length; at++) {
    const h = runHash(runEndingAt(bytes, from + at + anchorLength - 1));
    hashes[from + at] = h;
    if (counted[h] !== stamp) {
      counted[h] = stamp;
      counts[h]!++;
    }
  }
}

/**
 * Where the `stride` runs in a row that the fewest phrases hold (summed, by `counts`) start in
 * the phrase whose run hashes are at `from` in `hashes`: the first such. The sum is kept over a
 * window of `stride` runs moved along the phrase.
 */
function fewestRuns(hashes: Int32Array, counts: Int32Array, from: number, length: number, stride: number): number {
  let sum = 0;
  for (let t = 0; t < stride; t++) sum += counts[hashes[from + t]!]!;
  let best = 0;
  let fewest = sum;
  for (let at = 1; at + anchorLength + stride - 1 <= length; at++) {
    sum += counts[hashes[from + at + stride - 1]!]! - counts[hashes[from + at - 1]!]!;
    if (sum < fewest) {
      best = at;
      fewest = sum;
    }
  }
  return best;
}

/** The widest stride (`PhraseIndex`): a text's runs are looked up at one place in this many at most. */
const maxStride = 4;
/** How many phrases in ASCII a stride may leave to `indexOf` (too short to be anchored at every place it reads). */
const fewShort = 2;

/**
 * Phrases in their order, indexed by anchors: runs of four characters of each phrase, as rare as
 * can be among the phrases (by how many of the phrases hold each). A scan looks up the text's runs of four,
 * one in every `stride` places, and compares in place each phrase anchored by the run there; so
 * every phrase the text holds is found in one reading of it, however many phrases there are.
 *
 * Each phrase has `stride` anchors, the runs that end at `stride` characters in a row: wherever the
 * phrase occurs, exactly one of these ends at a place the scan reads, at the same distance from
 * the phrase's start as in the phrase, so no occurrence is missed and none is found twice. The
 * longer a table's phrases, the wider its stride (up to `maxStride`): a stride of four reads a
 * quarter of a text's runs. A phrase too short for the stride (fewer characters than an anchor
 * and the stride but one) is looked for by `indexOf`; the stride is the widest that leaves at most
 * `fewShort` phrases in ASCII to it (one with a character beyond U+00FF, as a phrase in Japanese or
 * Chinese, costs nothing in a text without such characters: V8 answers at once).
 *
 * A run that only shares an anchor's hash is passed over by comparing the run itself with the
 * anchor (one number), and a phrase is compared in place only where its first and last characters
 * are there. (Runs of four, not of three or pairs: the shorter a run, the more often a text holds
 * it where the phrase is not, and each such place is a phrase compared for nothing.)
 *
 * Each scan reads the text in two loops: the first only notes where a run lands on a slot that
 * holds an anchor (most land on none), with no call in it; the second compares the phrases there.
 */
export class PhraseIndex {
  readonly phrases: readonly string[];
  /** One place in this many is read (see above). */
  readonly stride: number;
  private readonly mask: number;
  /** For each masked anchor hash, its first anchor (-1 for none); `next` chains the others, by their phrases' order. */
  private readonly heads: Int32Array;
  private readonly next: Int32Array;
  /** Each anchor's phrase, the anchor itself (`runEndingAt`) and where it starts in its phrase. */
  private readonly anchorPhrase: Int32Array;
  private readonly anchors: Int32Array;
  private readonly offsets: Int32Array;
  /** Each phrase's length, first and last characters, compared before the whole phrase (most candidates fail there). */
  private readonly lengths: Int32Array;
  private readonly firsts: Uint8Array;
  private readonly lasts: Uint8Array;
  /**
   * The bytes (`byteOf`) of every phrase, one after another, each from `froms` of its number;
   * `plain` marks the phrases all in ASCII. Where a text's bytes equal such a phrase's, the text
   * holds it there (a byte below 128 is that ASCII character and no other), so it is compared in
   * the bytes the scan already has; a phrase beyond ASCII, whose bytes other characters share, is
   * compared on the text (`startsWith`), a call many times dearer than comparing a few bytes.
   */
  private readonly bytes: Uint8Array;
  private readonly froms: Int32Array;
  private readonly plain: Uint8Array;
  /** The phrases too short to be anchored, in order. */
  private readonly short: readonly number[];

  /**
   * `indexed` leaves some phrases out (never found) while keeping every phrase's number, so
   * two indexes over one ordered table can read two texts.
   */
  constructor(phrases: readonly string[], indexed: (i: number) => boolean = () => true) {
    // Made at module load by every thread that classifies, in code not yet optimised: flat
    // arrays, each phrase's runs hashed once; the loops over characters are small functions of
    // their own, which V8 optimises at little cost, where optimising this whole constructor
    // (as its loops grow hot) cost more than running it.
    const total = phrases.reduce((sum, p) => sum + p.length, 0);
    const lengths = (this.lengths = new Int32Array(phrases.length));
    const firsts = (this.firsts = new Uint8Array(phrases.length));
    const lasts = (this.lasts = new Uint8Array(phrases.length));
    const plain = (this.plain = new Uint8Array(phrases.length));
    const froms = (this.froms = new Int32Array(phrases.length));
    const bytes = (this.bytes = new Uint8Array(total));
    // The hash of the run of four starting at each place of each phrase (`froms` + place), and how
    // many phrases hold each hash (`hashRuns`).
    const hashes = new Int32Array(total);
    const counts = new Int32Array(size);
    const counted = new Int32Array(size);
    let from = 0;
    for (let i = 0; i < phrases.length; i++) {
      const p = phrases[i]!;
      froms[i] = from;
      lengths[i] = p.length;
      plain[i] = putBytes(p, bytes, from);
      if (p) {
        firsts[i] = bytes[from]!;
        lasts[i] = bytes[from + p.length - 1]!;
      }
      hashRuns(bytes, from, p.length, hashes, counts, counted, i + 1);
      from += p.length;
    }
    this.phrases = phrases;

    const numbers = phrases.flatMap((p, i) => (indexed(i) ? [i] : []));
    // A phrase of `length` characters has `length - anchorLength + 1` runs: at least `stride` are needed.
    const tooShort = (i: number, stride: number): boolean => lengths[i]! < anchorLength + stride - 1;
    let stride = maxStride;
    while (stride > 1 && numbers.filter((i) => plain[i] && lengths[i]! >= anchorLength && tooShort(i, stride)).length > fewShort) stride--;
    this.stride = stride;
    this.short = numbers.filter((i) => tooShort(i, stride));
    const anchored = numbers.filter((i) => !tooShort(i, stride));

    // About sixteen slots per anchor, so a text's runs seldom land on another phrase's anchor.
    const count = anchored.length * stride;
    let slots = minSize;
    while (slots < size && slots < count * 16) slots <<= 1;
    const mask = (this.mask = slots - 1);
    const heads = (this.heads = new Int32Array(slots).fill(-1));
    const next = (this.next = new Int32Array(count));
    const anchorPhrase = (this.anchorPhrase = new Int32Array(count));
    const anchors = (this.anchors = new Int32Array(count));
    const offsets = (this.offsets = new Int32Array(count));
    // Filled from the last phrase back, each anchor put at the head of its slot's chain: chains go by the phrases' order.
    let e = count;
    for (let k = anchored.length - 1; k >= 0; k--) {
      const i = anchored[k]!;
      const f = froms[i]!;
      const best = fewestRuns(hashes, counts, f, lengths[i]!, stride);
      for (let t = stride - 1; t >= 0; t--) {
        const run = runEndingAt(bytes, f + best + t + anchorLength - 1);
        const slot = hashes[f + best + t]! & mask;
        e--;
        anchorPhrase[e] = i;
        anchors[e] = run;
        offsets[e] = best + t;
        next[e] = heads[slot]!;
        heads[slot] = e;
      }
    }
  }

  /**
   * Notes in `hits` the places in `codes` (the first `n`) that the scan reads (one in `stride`)
   * where a run of four ends whose slot holds an anchor; returns how many it noted.
   */
  private landings(codes: Uint8Array, n: number, hits: Int32Array): number {
    const { heads, mask, stride } = this;
    let k = 0;
    if (stride === 1) {
      // Every place: the run is kept by shifting the next byte in.
      let run = (codes[0]! << 16) | (codes[1]! << 8) | codes[2]!;
      for (let i = anchorLength - 1; i < n; i++) {
        run = (run << 8) | codes[i]!;
        if (heads[runHash(run) & mask]! >= 0) hits[k++] = i;
      }
    } else {
      for (let i = anchorLength - 1; i < n; i += stride) if (heads[runHash(runEndingAt(codes, i)) & mask]! >= 0) hits[k++] = i;
    }
    return k;
  }

  /**
   * Whether `text` (whose bytes, `codesOf`, are `codes`, `n` of them) holds phrase `j` at `start`;
   * an anchor of it is known to be in place.
   */
  private holdsAt(text: string, codes: Uint8Array, n: number, j: number, start: number): boolean {
    const length = this.lengths[j]!;
    if (start < 0 || start + length > n || codes[start] !== this.firsts[j] || codes[start + length - 1] !== this.lasts[j]) return false;
    if (!this.plain[j]) return text.startsWith(this.phrases[j]!, start);
    const { bytes } = this;
    const from = this.froms[j]! - start;
    for (let at = start + 1; at < start + length - 1; at++) if (codes[at] !== bytes[from + at]) return false;
    return true;
  }

  /**
   * The number of the first phrase `text` holds, looking only below `limit` and, with `accept`,
   * only at places it accepts (the phrase's number and where it starts); -1 for none. The empty
   * phrase is at the start of every text, offered to `accept` once.
   */
  first(text: string, limit = this.phrases.length, accept?: (i: number, start: number) => boolean): number {
    const { heads, next, anchorPhrase, anchors, offsets, phrases, mask } = this;
    let best = limit;
    short: for (const j of this.short) {
      if (j >= best) break;
      const p = phrases[j]!;
      if (!p) {
        if (!accept || accept(j, 0)) best = j;
        continue;
      }
      for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
        if (!accept || accept(j, at)) {
          best = j;
          break short;
        }
      }
    }
    const n = text.length;
    if (n < anchorLength || best === 0) return best < limit ? best : -1;
    const codes = codesOf(text);
    try {
      const hits = hitsFor(codes, n);
      const k = this.landings(codes, n, hits);
      for (let q = 0; q < k && best > 0; q++) {
        const i = hits[q]!;
        const run = runEndingAt(codes, i);
        for (let e = heads[runHash(run) & mask]!; e >= 0; e = next[e]!) {
          const j = anchorPhrase[e]!;
          if (j >= best) break;
          if (anchors[e] !== run) continue;
          const start = i - (anchorLength - 1) - offsets[e]!;
          if (this.holdsAt(text, codes, n, j, start) && (!accept || accept(j, start))) {
            best = j;
            break;
          }
        }
      }
    } finally {
      giveBack(codes);
    }
    return best < limit ? best : -1;
  }

  /**
   * Each phrase `text` holds (but the empty phrase), once, with the place it first starts at: its
   * number pushed on `found`, its place on `starts`, in no set order. One pass, as `forEach`, with
   * no call per place (notice-phrases.ts reads a notice's phrases with it).
   */
  firstPlaces(text: string, found: number[], starts: number[]): void {
    const { heads, next, anchorPhrase, anchors, offsets, phrases, mask } = this;
    for (const j of this.short) {
      const at = phrases[j] ? text.indexOf(phrases[j]!) : -1;
      if (at >= 0) {
        found.push(j);
        starts.push(at);
      }
    }
    const n = text.length;
    if (n < anchorLength) return;
    const codes = codesOf(text);
    const hits = hitsFor(codes, n);
    const k = this.landings(codes, n, hits);
    for (let q = 0; q < k; q++) {
      const i = hits[q]!;
      const run = runEndingAt(codes, i);
      for (let e = heads[runHash(run) & mask]!; e >= 0; e = next[e]!) {
        if (anchors[e] !== run) continue;
        const j = anchorPhrase[e]!;
        const start = i - (anchorLength - 1) - offsets[e]!;
        if (!this.holdsAt(text, codes, n, j, start)) continue;
        // Two places of a phrase less than a stride apart may be found in either order: the first is kept.
        const seen = found.indexOf(j);
        if (seen < 0) {
          found.push(j);
          starts.push(start);
        } else if (start < starts[seen]!) {
          starts[seen] = start;
        }
      }
    }
    giveBack(codes);
  }

  /** Calls `found` with each place (phrase number, start) where `text` holds one of the phrases (but the empty phrase), in no set order. */
  forEach(text: string, found: (i: number, start: number) => void): void {
    const { heads, next, anchorPhrase, anchors, offsets, phrases, mask } = this;
    for (const j of this.short) {
      const p = phrases[j]!;
      if (p) for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) found(j, at);
    }
    const n = text.length;
    if (n < anchorLength) return;
    const codes = codesOf(text);
    try {
      const hits = hitsFor(codes, n);
      const k = this.landings(codes, n, hits);
      for (let q = 0; q < k; q++) {
        const i = hits[q]!;
        const run = runEndingAt(codes, i);
        for (let e = heads[runHash(run) & mask]!; e >= 0; e = next[e]!) {
          if (anchors[e] !== run) continue;
          const j = anchorPhrase[e]!;
          const start = i - (anchorLength - 1) - offsets[e]!;
          if (this.holdsAt(text, codes, n, j, start)) found(j, start);
        }
      }
    } finally {
      giveBack(codes);
    }
  }
}

/**
 * The longest run of plain characters that every match of `re` holds, read from its source, or ''
 * when none can be told: a text without it cannot match, so the regex need not run (a literal
 * pre-check, as regex engines do inside). Only the top level is read: a group, a class, `.` or an
 * escape for a set of characters ends a run, a quantifier that allows none drops its character,
 * `\b` keeps the run (it reads no character). Alternatives at the top level, case-insensitive,
 * global or sticky regexes (whose `lastIndex` a skipped run would leave unchanged) and escapes
 * other than these give ''.
 */
export function requiredLiteral(re: RegExp): string {
  if (/[givy]/.test(re.flags)) return '';
  const src = re.source;
  let best = '';
  let run = '';
  const endRun = (): void => {
    if (run.length > best.length) best = run;
    run = '';
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    // One atom: a plain character (`char`), one that reads a set of characters, or one that reads none.
    let char: string | null = null;
    let reads = true;
    if (ch === '\\') {
      const e = src[++i] ?? '';
      if (e === 'b' || e === 'B') reads = false;
      else if (/^[dDsSwW]$/.test(e)) char = null;
      else if (/^[^0-9A-Za-z]$/.test(e)) char = e;
      else return '';
    } else if (ch === '[') {
      // A class: up to its closing bracket (escapes inside skipped).
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
      if (i >= src.length) return '';
    } else if (ch === '(') {
      // A group (any kind, lookarounds too): up to its closing parenthesis.
      let depth = 1;
      for (i++; i < src.length && depth > 0; i++) {
        if (src[i] === '\\') i++;
        else if (src[i] === '[') for (i++; i < src.length && src[i] !== ']'; i++) { if (src[i] === '\\') i++; }
        else if (src[i] === '(') depth++;
        else if (src[i] === ')') depth--;
      }
      if (depth > 0) return '';
      i--;
    } else if (ch === '|' || ch === ')' || ch === ']' || ch === '{' || ch === '}' || ch === '*' || ch === '+' || ch === '?') {
      return '';
    } else if (ch === '.' || ch === '^' || ch === '$') {
      char = null;
    } else {
      char = ch;
    }
    // Its quantifier, if any: how few times it may occur.
    let fewest = 1;
    const q = src[i + 1];
    if (q === '?' || q === '*' || q === '+') {
      fewest = q === '+' ? 1 : 0;
      i++;
    } else if (q === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(src.slice(i + 1));
      if (!m) return '';
      fewest = Number(m[1]);
      i += m[0].length;
    } else {
      fewest = -1;
    }
    if (fewest >= 0 && src[i + 1] === '?') i++;
    if (!reads) {
      if (fewest >= 0) return '';
      continue;
    }
    if (char === null || fewest === 0) {
      endRun();
      continue;
    }
    run += char;
    // A repeated character: the run goes on only after its last repeat, which this does not track.
    if (fewest > 0) endRun();
  }
  endRun();
  return best;
}

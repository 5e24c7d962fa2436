/**
 * A quick exact pre-check for the rules' phrase tables. The rules ask, for hundreds of phrases,
 * whether each occurs in a text (`text.includes(phrase)`): one scan of the text per phrase. Here
 * the text is read once into the set of its adjacent character pairs (a bit set, by a hash of the
 * pair); a phrase one of whose pairs is not in the set cannot occur in the text, and is skipped
 * without a scan. Only a phrase whose every pair is there is looked for, by `includes` as before,
 * so every answer is the one `includes` gives.
 */

const size = 1 << 14;
const mask = size - 1;
/**
 * A text's set has about eight bits per character (a power of two, from 64 to `size`): a short
 * text's set is small to make and still mostly empty. Its bits are the hash masked to its size,
 * so a phrase's pairs, hashed once to `size`, are looked up in every set alike.
 */
const bitsPerChar = 8;
const minSize = 64;
const pairHash = (a: number, b: number): number => (a * 31 + b) & mask;

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

/** The hashes of a phrase's adjacent character pairs, without repeats (none for one character). */
export function pairsOf(phrase: string): Int32Array {
  const out = new Int32Array(Math.max(0, phrase.length - 1));
  let n = 0;
  next: for (let i = 1; i < phrase.length; i++) {
    const h = pairHash(byteAt(phrase, i - 1), byteAt(phrase, i));
    for (let k = 0; k < n; k++) if (out[k] === h) continue next;
    out[n++] = h;
  }
  return n === out.length ? out : out.slice(0, n);
}

/** A phrase with its pairs, ready for `TextPairs.mayHold`. */
export interface Needle {
  readonly text: string;
  readonly pairs: Int32Array;
}

export const needle = (text: string): Needle => ({ text, pairs: pairsOf(text) });

/** How many of `phrases` hold each pair (indexed by its hash), each phrase counted once. */
export function pairCounts(phrases: Iterable<string>): Int32Array {
  const counts = new Int32Array(size);
  for (const p of phrases) for (const h of pairsOf(p)) counts[h]!++;
  return counts;
}

/** Of a phrase's pairs, the one fewest phrases hold (`counts`: pairCounts), or -1 for a phrase shorter than a pair. */
export function rarestPair(pairs: Int32Array, counts: Int32Array): number {
  let key = -1;
  for (const h of pairs) if (key < 0 || counts[h]! < counts[key]!) key = h;
  return key;
}

/**
 * Phrases in their order, each with its pairs and its key (its rarest pair among them): the first
 * one a text holds is found by walking flat arrays, a phrase whose key the text lacks passed over
 * in one bit test, the others looked for by `includes` as before.
 */
export class PhraseList {
  readonly needles: readonly Needle[];
  private readonly keys: Int32Array;

  constructor(phrases: readonly string[]) {
    const counts = pairCounts(phrases);
    this.needles = phrases.map(needle);
    this.keys = Int32Array.from(this.needles, (n) => rarestPair(n.pairs, counts));
  }

  /** The first phrase the text of `set` holds, else ''. */
  firstIn(set: TextPairs): string {
    const { keys, needles } = this;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (key >= 0 && !set.hasPair(key)) continue;
      if (set.includes(needles[i]!)) return needles[i]!.text;
    }
    return '';
  }
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

/** How many characters an anchor holds (`runAt`). */
const anchorLength = 4;
/**
 * A run of four characters as one number: their bytes (`byteOf`), the first in the high byte.
 * A scan keeps the run ending at each character by shifting the next byte in (the oldest falls out
 * of the 32 bits).
 */
const runAt = (text: string, at: number): number =>
  (byteAt(text, at) << 24) | (byteAt(text, at + 1) << 16) | (byteAt(text, at + 2) << 8) | byteAt(text, at + 3);
/** The run of four ending at `i` in `codes` (`codesOf`). */
const runEndingAt = (codes: Uint8Array, i: number): number => (codes[i - 3]! << 24) | (codes[i - 2]! << 16) | (codes[i - 1]! << 8) | codes[i]!;
/** The hash, over `size` slots, of a run (`runAt`). */
const runHash = (run: number): number => Math.imul(run, 0x9e3779b1) >>> (32 - 14);

/** The hashes of a phrase's runs of four characters, without repeats (none for a phrase shorter than four). */
function runsOf(phrase: string): number[] {
  const out: number[] = [];
  for (let at = 0; at + anchorLength <= phrase.length; at++) {
    const h = runHash(runAt(phrase, at));
    if (!out.includes(h)) out.push(h);
  }
  return out;
}

/** How many of `phrases` hold each run of four characters (indexed by its hash), each phrase counted once. */
export function anchorCounts(phrases: Iterable<string>): Int32Array {
  const counts = new Int32Array(size);
  for (const p of phrases) for (const h of runsOf(p)) counts[h]!++;
  return counts;
}

/** The widest stride (`PhraseIndex`): a text's runs are looked up at one place in this many at most. */
const maxStride = 4;
/** How many phrases in ASCII a stride may leave to `indexOf` (too short to be anchored at every place it reads). */
const fewShort = 2;

/**
 * Phrases in their order, indexed by anchors: runs of four characters of each phrase, as rare as
 * can be among the phrases (by `counts`: anchorCounts). A scan looks up the text's runs of four,
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
  /** Each anchor's phrase, the anchor itself (`runAt`) and where it starts in its phrase. */
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
  constructor(phrases: readonly string[], counts: Int32Array = anchorCounts(phrases), indexed: (i: number) => boolean = () => true) {
    this.phrases = phrases;
    this.lengths = Int32Array.from(phrases, (p) => p.length);
    this.firsts = Uint8Array.from(phrases, (p) => (p ? byteAt(p, 0) : 0));
    this.lasts = Uint8Array.from(phrases, (p) => (p ? byteAt(p, p.length - 1) : 0));
    this.plain = Uint8Array.from(phrases, (p) => (/^[\x00-\x7f]*$/.test(p) ? 1 : 0));
    this.froms = new Int32Array(phrases.length);
    this.bytes = new Uint8Array(phrases.reduce((sum, p) => sum + p.length, 0));
    let from = 0;
    phrases.forEach((p, i) => {
      this.froms[i] = from;
      for (let at = 0; at < p.length; at++) this.bytes[from++] = byteAt(p, at);
    });

    const numbers = phrases.flatMap((p, i) => (indexed(i) ? [i] : []));
    // A phrase of `length` characters has `length - anchorLength + 1` runs: at least `stride` are needed.
    const tooShort = (i: number, stride: number): boolean => phrases[i]!.length < anchorLength + stride - 1;
    let stride = maxStride;
    while (stride > 1 && numbers.filter((i) => this.plain[i] && phrases[i]!.length >= anchorLength && tooShort(i, stride)).length > fewShort) stride--;
    this.stride = stride;
    this.short = numbers.filter((i) => tooShort(i, stride));
    const anchored = numbers.filter((i) => !tooShort(i, stride));

    // About sixteen slots per anchor, so a text's runs seldom land on another phrase's anchor.
    const count = anchored.length * stride;
    let slots = minSize;
    while (slots < size && slots < count * 16) slots <<= 1;
    this.mask = slots - 1;
    this.heads = new Int32Array(slots).fill(-1);
    this.next = new Int32Array(count);
    this.anchorPhrase = new Int32Array(count);
    this.anchors = new Int32Array(count);
    this.offsets = new Int32Array(count);
    // Filled from the last phrase back, each anchor put at the head of its slot's chain: chains go by the phrases' order.
    let e = count;
    for (let k = anchored.length - 1; k >= 0; k--) {
      const i = anchored[k]!;
      const p = phrases[i]!;
      // The anchors: `stride` runs in a row that the fewest phrases hold (summed), the first such.
      let best = 0;
      let fewest = Infinity;
      for (let at = 0; at + anchorLength + stride - 1 <= p.length; at++) {
        let sum = 0;
        for (let t = 0; t < stride; t++) sum += counts[runHash(runAt(p, at + t))]!;
        if (sum < fewest) [best, fewest] = [at, sum];
      }
      for (let t = stride - 1; t >= 0; t--) {
        const run = runAt(p, best + t);
        const slot = runHash(run) & this.mask;
        e--;
        this.anchorPhrase[e] = i;
        this.anchors[e] = run;
        this.offsets[e] = best + t;
        this.next[e] = this.heads[slot]!;
        this.heads[slot] = e;
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
 * The pairs of adjacent characters of one text at a time (made again when the text changes). The
 * bits are kept 16 to an array element (small integers in an ordinary array, which is made on the
 * JavaScript heap, in place of a typed array whose memory is allocated outside it, a cost per set).
 */
export class TextPairs {
  private bits: number[] = [];
  private mask = 0;
  private text: string | null = null;

  /** This set, holding the pairs of `text`. */
  of(text: string): this {
    if (text === this.text) return this;
    let bitCount = minSize;
    while (bitCount < size && bitCount < text.length * bitsPerChar) bitCount <<= 1;
    const m = bitCount - 1;
    const bits: number[] = [];
    for (let i = bitCount >>> 4; i > 0; i--) bits.push(0);
    const codes = codesOf(text);
    let prev = codes[0]!;
    for (let i = 1; i < text.length; i++) {
      const c = codes[i]!;
      const h = pairHash(prev, c) & m;
      bits[h >>> 4]! |= 1 << (h & 15);
      prev = c;
    }
    giveBack(codes);
    this.bits = bits;
    this.mask = m;
    this.text = text;
    return this;
  }

  /** False when the phrase whose pairs these are surely does not occur in the text. */
  mayHold(pairs: Int32Array): boolean {
    const bits = this.bits;
    const m = this.mask;
    for (let i = 0; i < pairs.length; i++) {
      const h = pairs[i]! & m;
      if (!(bits[h >>> 4]! & (1 << (h & 15)))) return false;
    }
    return true;
  }

  /** False when the pair whose hash is `h` (one of a `Needle`'s `pairs`) surely does not occur in the text. */
  hasPair(h: number): boolean {
    const k = h & this.mask;
    return (this.bits[k >>> 4]! & (1 << (k & 15))) !== 0;
  }

  /** `text.includes(n.text)`, skipping the scan where the pairs rule it out. */
  includes(n: Needle): boolean {
    return this.mayHold(n.pairs) && this.text!.includes(n.text);
  }

  /**
   * `text.includes(phrase)` for a phrase with no pairs made beforehand: its pairs are hashed as
   * they are read, and the first one missing from the text rules it out without a scan.
   */
  has(phrase: string): boolean {
    const bits = this.bits;
    const m = this.mask;
    let prev = byteAt(phrase, 0);
    for (let i = 1; i < phrase.length; i++) {
      const c = byteAt(phrase, i);
      const h = pairHash(prev, c) & m;
      if (!(bits[h >>> 4]! & (1 << (h & 15)))) return false;
      prev = c;
    }
    return this.text!.includes(phrase);
  }
}

/**
 * The pair sets of the texts one message's reading asks about, each made once: the same text
 * (the notice's first lines, a recipient's words) is read by several tables. Made per message
 * (or per call) and dropped with it.
 */
export class PairSets {
  /**
   * The texts read so far (a few per message) and their sets, found by `===`: the same string is
   * told at once, where a Map would first hash every character of a new key (a whole notice).
   */
  private readonly texts: string[] = [];
  private readonly sets: TextPairs[] = [];
  /**
   * Other readings of the message's texts, each made once and kept by the reader that makes it
   * (a key of its own): notice-phrases.ts keeps the notice's phrases here.
   */
  readonly readings = new Map<object, unknown>();

  of(text: string): TextPairs {
    const { texts, sets } = this;
    for (let i = 0; i < texts.length; i++) if (texts[i] === text) return sets[i]!;
    const p = new TextPairs().of(text);
    texts.push(text);
    sets.push(p);
    return p;
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

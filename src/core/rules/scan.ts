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
/** 32-bit words of one pair set. */
const words = size >>> 5;
/** Pair sets whose room one PairSets takes at a time: one allocation for a message's usual texts, not one each. */
const setsPerBlock = 8;

const pairHash = (a: number, b: number): number => (a * 31 + b) & mask;

/** The hashes of a phrase's adjacent character pairs, without repeats (none for one character). */
export function pairsOf(phrase: string): Int32Array {
  const seen = new Set<number>();
  for (let i = 1; i < phrase.length; i++) seen.add(pairHash(phrase.charCodeAt(i - 1), phrase.charCodeAt(i)));
  return Int32Array.from(seen);
}

/** A phrase with its pairs, ready for `TextPairs.mayHold`. */
export interface Needle {
  readonly text: string;
  readonly pairs: Int32Array;
}

export const needle = (text: string): Needle => ({ text, pairs: pairsOf(text) });

/** The pairs of adjacent characters of one text at a time (set again when the text changes). */
export class TextPairs {
  private readonly bits: Uint32Array;
  private readonly set: number[] = [];
  private text: string | null = null;

  /** `bits`: zeroed room for the set (`words` words), when the caller has some; else its own. */
  constructor(bits: Uint32Array = new Uint32Array(words)) {
    this.bits = bits;
  }

  /** This set, holding the pairs of `text`. */
  of(text: string): this {
    if (text === this.text) return this;
    const bits = this.bits;
    for (const h of this.set) bits[h >>> 5] = 0;
    this.set.length = 0;
    let prev = text.length ? text.charCodeAt(0) : 0;
    for (let i = 1; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const h = pairHash(prev, c);
      const word = h >>> 5;
      if (!bits[word]) this.set.push(h);
      bits[word]! |= 1 << (h & 31);
      prev = c;
    }
    this.text = text;
    return this;
  }

  /** False when the phrase whose pairs these are surely does not occur in the text. */
  mayHold(pairs: Int32Array): boolean {
    const bits = this.bits;
    for (let i = 0; i < pairs.length; i++) {
      const h = pairs[i]!;
      if (!(bits[h >>> 5]! & (1 << (h & 31)))) return false;
    }
    return true;
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
    let prev = phrase.charCodeAt(0);
    for (let i = 1; i < phrase.length; i++) {
      const c = phrase.charCodeAt(i);
      const h = pairHash(prev, c);
      if (!(bits[h >>> 5]! & (1 << (h & 31)))) return false;
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
  private readonly made = new Map<string, TextPairs>();
  private block: Uint32Array | null = null;
  private used = setsPerBlock;

  of(text: string): TextPairs {
    let p = this.made.get(text);
    if (!p) this.made.set(text, (p = new TextPairs(this.room()).of(text)));
    return p;
  }

  /** Zeroed room for one more set, cut from a block made for several. */
  private room(): Uint32Array {
    if (this.used === setsPerBlock) {
      this.block = new Uint32Array(words * setsPerBlock);
      this.used = 0;
    }
    return this.block!.subarray(words * this.used, words * ++this.used);
  }
}

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
  private readonly bits = new Uint32Array(size >>> 5);
  private readonly set: number[] = [];
  private text: string | null = null;

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
}

/**
 * The pair sets of the texts one message's reading asks about, each made once: the same text
 * (the notice's first lines, a recipient's words) is read by several tables. Made per message
 * (or per call) and dropped with it.
 */
export class PairSets {
  private readonly made = new Map<string, TextPairs>();

  of(text: string): TextPairs {
    let p = this.made.get(text);
    if (!p) this.made.set(text, (p = new TextPairs().of(text)));
    return p;
  }
}

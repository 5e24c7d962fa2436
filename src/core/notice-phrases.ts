/**
 * Which known phrases a notice holds, read once. The kind detector (kind.ts) asks, of a dozen
 * lists, which phrase of each is the first the notice holds; the formats' marks
 * (reporters/index.ts) which phrases it holds at all; the formats' `detect` (reporters/lib.ts
 * `says`) whether it holds one. That is one fact about one text, so the lists are gathered into
 * one table when their modules load, and a text is read once, in one pass over it (rules/scan.ts
 * PhraseIndex), into the phrases of the table it holds, each with the place it first starts at.
 * Every answer is the one `includes` over the text (or over its first characters) gives.
 */
import type { NoticeContext } from './reporters/types.js';
import { PhraseIndex } from './rules/scan.js';

/** Phrases gathered from several lists, each numbered once, and one index of them all. */
export class PhraseTable {
  private readonly phrases: string[] = [];
  private readonly numbers = new Map<string, number>();
  private index: PhraseIndex | null = null;

  /** `phrases`, in their order, as a list read from this table's readings. */
  list(phrases: readonly string[]): TableList {
    return new TableList(phrases, phrases.map((p) => this.add(p)));
  }

  /** The number of `phrase` in the table, adding it if it is new. */
  add(phrase: string): number {
    if (!phrase) throw new Error('an empty phrase is in every text: it belongs in no phrase table');
    let n = this.numbers.get(phrase);
    if (n === undefined) {
      this.numbers.set(phrase, (n = this.phrases.length));
      this.phrases.push(phrase);
      this.index = null;
    }
    return n;
  }

  /** How many phrases the table holds. */
  get size(): number {
    return this.phrases.length;
  }

  /** The number of `phrase` in the table, or -1. */
  numberOf(phrase: string): number {
    return this.numbers.get(phrase) ?? -1;
  }

  /** The phrases of the table that `text` holds, read in one pass. */
  read(text: string): HeldPhrases {
    // Made on the first reading, when every module has added its lists (again if one is added later).
    const index = (this.index ??= new PhraseIndex(this.phrases.slice()));
    const found: number[] = [];
    const starts: number[] = [];
    index.firstPlaces(text, found, starts);
    return new HeldPhrases(text, index.phrases.length, found, starts);
  }
}

/** The phrases of a table one text holds: a text holds few of them. */
export class HeldPhrases {
  constructor(
    readonly text: string,
    /** How many of the table's phrases were looked for (a table may grow after a reading). */
    readonly size: number,
    /** The numbers of the phrases the text holds. */
    readonly found: readonly number[],
    /** Where each of them first starts in the text. */
    readonly starts: readonly number[],
  ) {}

  /**
   * Where phrase number `n` (`phrase`) first starts in the text, or -1. A phrase added to the
   * table after this reading is looked for in the text.
   */
  startOf(n: number, phrase: string): number {
    if (n >= this.size) return this.text.indexOf(phrase);
    const k = this.found.indexOf(n);
    return k < 0 ? -1 : this.starts[k]!;
  }
}

/** A list of phrases in its order, with their numbers in a table. */
export class TableList {
  /** By phrase number: the phrase's place in the list (-1 where it is not in it). */
  private readonly places: Int32Array;

  constructor(
    readonly phrases: readonly string[],
    private readonly numbers: readonly number[],
  ) {
    this.places = new Int32Array(Math.max(-1, ...numbers) + 1).fill(-1);
    // A phrase listed twice is at its first place.
    for (let k = numbers.length - 1; k >= 0; k--) this.places[numbers[k]!] = k;
  }

  /**
   * The first phrase of the list that the text of `held` holds, whole within its first `within`
   * characters (`held.text.slice(0, within).includes(phrase)`), else ''.
   */
  firstIn(held: HeldPhrases, within = Infinity): string {
    const { phrases, places } = this;
    if (held.size < places.length) {
      // Read before some of the list's phrases were added to the table: each is asked.
      for (let k = 0; k < phrases.length; k++) {
        const start = held.startOf(this.numbers[k]!, phrases[k]!);
        if (start >= 0 && start + phrases[k]!.length <= within) return phrases[k]!;
      }
      return '';
    }
    // The phrases the text holds, each put at its place in the list: the first place wins.
    let best = phrases.length;
    const { found, starts } = held;
    for (let k = 0; k < found.length; k++) {
      const n = found[k]!;
      const place = n < places.length ? places[n]! : -1;
      if (place >= 0 && place < best && starts[k]! + phrases[place]!.length <= within) best = place;
    }
    return best < phrases.length ? phrases[best]! : '';
  }
}

/**
 * The phrases read in a notice's folded text (`noticeLower`): the kind detector's lists and the
 * formats' marks add theirs when their modules load.
 */
export const noticePhrases = new PhraseTable();

/** The readings of contexts that have no slot of their own for it (`phrasesRead`): a test's. */
const readings = new WeakMap<NoticeContext, HeldPhrases>();

/**
 * The phrases of `noticePhrases` that the notice's folded text holds, read once per notice: the
 * reading is kept in the context's own slot (`phrasesRead`, one field of the notice: every
 * `says` of every format asks for it), else aside.
 */
export function heldIn(ctx: NoticeContext): HeldPhrases {
  const own = 'phrasesRead' in ctx;
  let held = own ? ctx.phrasesRead : readings.get(ctx);
  if (held === undefined || held.size !== noticePhrases.size || held.text !== ctx.noticeLower) {
    held = noticePhrases.read(ctx.noticeLower);
    if (own) ctx.phrasesRead = held;
    else readings.set(ctx, held);
  }
  return held;
}

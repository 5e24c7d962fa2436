/**
 * notice-phrases.ts reads a text once into the phrases of a table it holds, and the kind
 * detector's lists, the formats' marks and `says` answer from that reading. Every answer must be
 * the one `includes` gives: over every dev-corpus, not-bounce and malformed text, each phrase of
 * the table the kind detector and the formats fill is held exactly where `indexOf` finds it
 * first (texts lowercased and folded); each list's first phrase within the folded text's first
 * characters is the one a walk of the list with `includes` over that slice finds, the slice
 * ending at the detector's bounds and at and just inside the end of each phrase found; `says`
 * answers as `includes` does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../src/core/kind.js';
import { heldIn, noticePhrases, PhraseTable } from '../../src/core/notice-phrases.js';
import { reporters } from '../../src/core/reporters/index.js';
import { says } from '../../src/core/reporters/lib.js';
import type { Marks, NoticeContext } from '../../src/core/reporters/types.js';
import * as kinds from '../../src/core/rules/kinds.js';
import { fold } from '../../src/core/rules/fold.js';

const corpus = join(__dirname, '../../../shared/corpus');
const files = (dir: string) =>
  readdirSync(join(corpus, dir))
    .filter((f) => !f.endsWith('.md'))
    .map((f) => readFileSync(join(corpus, dir, f), 'latin1'));
const raw = [...files('sisimai-dev/eml'), ...files('sisimai-dev/text'), ...files('not-bounce'), ...files('malformed')];
const texts = raw.flatMap((t) => [t.toLowerCase(), fold(t)]);
/** The notice as the detector reads it: folded. */
const folded = raw.map(fold);

/** Every list of phrases in rules/kinds.ts, and the formats' phrase marks. */
const lists: readonly (readonly string[])[] = [
  ...Object.values(kinds).filter((v): v is string[] => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' && x !== '')),
  ...reporters.map((r) => (r.marks as Marks).says ?? []).filter((l) => l.length),
];

/** The first of `list` that `text` holds, as the kind detector read it before. */
const firstByIncludes = (text: string, list: readonly string[]): string => list.find((p) => text.includes(p)) ?? '';

describe('notice-phrases.ts', () => {
  it('reads texts enough, and tables that hold the lists', () => {
    expect(texts.length).toBeGreaterThan(1000);
    expect(lists.length).toBeGreaterThan(20);
    expect(noticePhrases.size).toBeGreaterThan(250);
  });

  it('holds each phrase of the notice table exactly where indexOf finds it first', () => {
    const phrases = [...new Set(lists.flat())].filter((p) => noticePhrases.numberOf(p) >= 0);
    expect(phrases.length).toBeGreaterThan(250);
    let holding = 0;
    const wrong: string[] = [];
    for (const text of texts) {
      const held = noticePhrases.read(text);
      const found = new Set(held.found);
      for (const p of phrases) {
        const n = noticePhrases.numberOf(p);
        const at = text.indexOf(p);
        if (at >= 0) holding++;
        if (held.startOf(n, p) !== at || found.has(n) !== at >= 0) wrong.push(`${p} @${at} read ${held.startOf(n, p)}`);
      }
      expect(held.found.length).toBe(found.size);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    // Not vacuous: the texts hold thousands of the phrases.
    expect(holding).toBeGreaterThan(2000);
  });

  it("gives each list's first phrase within a text's first characters as includes over the slice does", () => {
    const table = new PhraseTable();
    const tableLists = lists.map((l) => table.list(l));
    let checked = 0;
    const wrong: string[] = [];
    for (const text of folded) {
      const held = table.read(text);
      tableLists.forEach((list, k) => {
        const phrases = lists[k]!;
        // Slices that end just inside and at the end of each phrase of the list found, and the detector's bounds.
        const ends = new Set([2000, 4000, 20000, Infinity]);
        for (const p of phrases) {
          const at = text.indexOf(p);
          if (at >= 0) ends.add(at + p.length - 1).add(at + p.length);
        }
        for (const within of ends) {
          const got = list.firstIn(held, within);
          const want = firstByIncludes(text.slice(0, within), phrases);
          if (got !== want) wrong.push(`within ${within}: ${got} for ${want}`);
          checked++;
        }
      });
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(checked).toBeGreaterThan(20000);
  });

  it('answers says from the notice reading as includes does, and the reading is made once per notice', () => {
    const phrases = [...new Set([...lists.flat(), 'a phrase of no table', 'the'])];
    const wrong: string[] = [];
    folded.forEach((text, k) => {
      // A context with a slot for its reading (as classify.ts makes them) and one without (kept aside).
      const ctx: NoticeContext = { headers: [], subject: '', from: '', notice: text, noticeLower: text, body: text, dsn: null, original: '', senders: new Set(), ...(k % 2 ? { phrasesRead: undefined } : {}) };
      for (const p of phrases) if (says(ctx, p) !== text.includes(p)) wrong.push(p);
      if (heldIn(ctx) !== heldIn(ctx)) wrong.push('read twice');
      if (k % 2 && ctx.phrasesRead !== heldIn(ctx)) wrong.push('not kept in its slot');
    });
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('answers for a phrase added to a table after a text was read', () => {
    const table = new PhraseTable();
    const first = table.list(['bounce', 'mailbox full']);
    const held = table.read('the mailbox is full, a late bounce, user unknown here');
    expect(first.firstIn(held)).toBe('bounce');
    const later = table.list(['user unknown', 'mailbox full']);
    expect(later.firstIn(held)).toBe('user unknown');
    expect(later.firstIn(held, 30)).toBe('');
    expect(() => table.add('')).toThrow();
  });
});

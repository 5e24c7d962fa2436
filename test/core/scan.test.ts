/**
 * rules/scan.ts PhraseIndex reads a text once for a whole phrase table. It must answer as indexOf
 * does, phrase by phrase: over every phrase table the rules read and every dev-corpus and
 * not-bounce text (raw, and folded as the rules read it), over texts beyond ASCII, scans run from
 * inside another, random texts and long phrases; and the rules that read through it
 * (matchWords, matchPhrase) answer as their tables read one by one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as kinds from '../../src/core/rules/kinds.js';
import { addressNotFoundSentences, broadPhrases, phrases } from '../../src/core/rules/phrases.js';
import { providerRules } from '../../src/core/rules/providers.js';
import { commandMarkers } from '../../src/core/rules/commands.js';
import { fold, squash } from '../../src/core/rules/fold.js';
import { PhraseIndex, anyLiteral, escapeLiteral } from '../../src/core/rules/scan.js';
import { matchPhrase, matchWords } from '../../src/core/rules/decide.js';
import { namesInHosts, phrasePatterns, sentencePatterns, sentencePhrases, serverWords } from '../../src/core/rules/phrases.js';
import { phrasePrecedence } from '../../src/core/rules/precedence.js';
import type { Reason } from '../../src/core/types.js';

const corpus = join(__dirname, '../../../shared/corpus');
const files = (dir: string) =>
  readdirSync(join(corpus, dir))
    .filter((f) => !f.endsWith('.md'))
    .map((f) => readFileSync(join(corpus, dir, f), 'utf8').slice(0, 20000));

const tablePhrases = [
  ...Object.values(phrases).flat(),
  ...Object.values(broadPhrases).flat(),
  ...addressNotFoundSentences,
  ...providerRules.flatMap((r) => [...r.hosts, ...r.phrases.map((p) => p.phrase)]),
  ...commandMarkers.flatMap((m) => (typeof m.marker === 'string' ? [m.marker] : Array.isArray(m.marker) ? m.marker : [])),
  ...Object.values(kinds).flatMap((v) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : [])),
] as string[];
const allPhrases = [...new Set(tablePhrases)];

describe('rules/scan.ts PhraseIndex', () => {
  it('reads every phrase table (non-ASCII phrases among them)', () => {
    expect(allPhrases.length).toBeGreaterThan(1000);
    expect(allPhrases.some((p) => /[^\x00-\x7f]/.test(p))).toBe(true);
  });

  it('an index of every table phrase reads each dev-corpus and not-bounce text, raw and folded, as indexOf does', () => {
    const index = new PhraseIndex(allPhrases);
    const texts = [...files('sisimai-dev/eml'), ...files('sisimai-dev/text'), ...files('not-bounce')];
    expect(texts.length).toBeGreaterThan(500);
    let places = 0;
    for (const t of texts) for (const form of [t.slice(0, 8000), fold(t).slice(0, 8000)]) places += expectIndexOfReading(index, allPhrases, form);
    // The texts do hold phrases: the reading had something to miss.
    expect(places).toBeGreaterThan(10000);
  });

  it('finds each phrase in a text made of the phrase tables themselves, and in each phrase alone', () => {
    const index = new PhraseIndex(allPhrases);
    expectIndexOfReading(index, allPhrases, allPhrases.join(' \u00e9 '));
    for (const [i, p] of allPhrases.entries()) {
      const found: number[] = [];
      index.forEach(`x${p}\u00e0`, (j, start) => {
        if (j === i) found.push(start);
      });
      expect(found, p).toContain(1);
    }
  });

  it('fold lowercases and makes each run of white space one space, as the replacement it skips when nothing would change', () => {
    const texts = [...files('sisimai-dev/eml'), ...files('sisimai-dev/text'), ...files('not-bounce')].flatMap((t) => [t, ...t.split('\n')]);
    texts.push('', ' ', '  ', 'a  b', 'a\u00a0b', 'A\tB', 'x \n y', 'ÀB C', 'a\u2028b', 'plain words here');
    for (const t of texts) {
      expect(fold(t)).toBe(t.toLowerCase().replace(/\s+/g, ' '));
      expect(squash(t)).toBe(t.replace(/\s+/g, ' '));
    }
  });

  it('PhraseIndex.first gives the first phrase the text holds (below a limit, among the accepted), as a walk with includes does', () => {
    const lists = [
      ...[sentencePhrases, phrases, broadPhrases].map((t) => Object.values(t).flat() as string[]),
      ...providerRules.map((r) => r.phrases.map((p) => p.phrase)),
      providerRules.flatMap((r) => r.hosts),
      ['a', 'ab', '', 'b c', 'x'],
    ];
    const texts = [...files('sisimai-dev/eml'), ...files('sisimai-dev/text'), ...files('not-bounce')].map((t) => fold(t).slice(0, 4000));
    texts.push('', 'a', 'b', 'xab', 'b c');
    let found = 0;
    for (const list of lists) {
      const index = new PhraseIndex(list);
      // Every other phrase left out of the index, and a limit halfway.
      const odd = new PhraseIndex(list, (i) => i % 2 === 1);
      const half = Math.floor(list.length / 2);
      for (const t of texts) {
        const want = list.findIndex((p) => t.includes(p));
        expect(index.first(t)).toBe(want);
        expect(odd.first(t)).toBe(list.findIndex((p, i) => i % 2 === 1 && t.includes(p)));
        expect(index.first(t, half)).toBe(want < half ? want : -1);
        expect(index.first(t, undefined, (i) => i !== want)).toBe(list.findIndex((p, i) => i !== want && t.includes(p)));
        if (want >= 0) found++;
      }
    }
    expect(found).toBeGreaterThan(500);
  });

  it('PhraseIndex.forEach finds every place a phrase occurs', () => {
    const list = [...providerRules.flatMap((r) => r.hosts), ...(Object.values(broadPhrases).flat() as string[]), 'a', 'e'];
    const index = new PhraseIndex(list);
    const texts = [...files('sisimai-dev/eml'), ...files('not-bounce')].map((t) => fold(t).slice(0, 4000));
    let places = 0;
    for (const t of texts) {
      const got: string[] = [];
      index.forEach(t, (i, start) => got.push(`${i}@${start}`));
      const want: string[] = [];
      list.forEach((p, i) => {
        for (let at = t.indexOf(p); at >= 0; at = t.indexOf(p, at + 1)) want.push(`${i}@${at}`);
      });
      expect(got.sort()).toEqual(want.sort());
      places += want.length;
    }
    expect(places).toBeGreaterThan(10000);
  });

  it('a scan run from inside another (a callback) and a text beyond ASCII read the same codes as charCodeAt', () => {
    const list = ['unknown user', 'no such', 'ünknown', 'mailbox', 'x@y'];
    const index = new PhraseIndex(list);
    const inner = new PhraseIndex(['box', 'user', 'ü']);
    const texts = ['550 unknown user; mailbox full', '550 ünknown user, no such mailbox: x@y', `${'a'.repeat(9000)} mailbox ${'b'.repeat(9000)} no such`, '日本語 no such mailbox'];
    for (const t of texts) {
      const want: string[] = [];
      list.forEach((p, i) => {
        for (let at = t.indexOf(p); at >= 0; at = t.indexOf(p, at + 1)) want.push(`${i}@${at}`);
      });
      const got: string[] = [];
      // Every callback scans another text (and the outer text again) while the outer scan goes on.
      index.forEach(t, (i, start) => {
        got.push(`${i}@${start}`);
        expect(inner.first(`${t.slice(start)} ü`)).toBe(['box', 'user', 'ü'].findIndex((p) => `${t.slice(start)} ü`.includes(p)));
        expect(t.startsWith(list[i]!, start)).toBe(true);
      });
      expect(got.sort()).toEqual(want.sort());
      expect(index.first(t, undefined, (i) => index.first(t.slice(0, 3)) < 0 && i >= 0)).toBe(list.findIndex((p) => t.includes(p)));
    }
  });

  it('characters beyond ASCII that share a byte (byteOf) are told apart, and none reads as an ASCII one', () => {
    // U+00FC, U+01FC, U+02FC and U+FFFC share the byte 0xFC; U+0161 and U+3061 the byte 0xE1; none
    // is ASCII. Phrases of one, texts of the others (and of Japanese, as notices hold it).
    const list = ['üser unknown', 'ǽ', 'no ˼such', 'メールボックス', 'ちは', 'šä', 'user unknown', 'x\ufffcy', 'ab\u0161'];
    const texts = ['Ǽser unknown', 'üser unknown', '\u02fcser unknown; no üsuch; no ˼such', 'メールボックスが一杯です', 'こんにちは', 'ša šä', 'x\u00fcy x\ufffcy', 'ab\u3061 ab\u0161', 'user unknown', '|ser unknown'];
    const index = new PhraseIndex(list);
    for (const t of [...texts, texts.join(' ')]) {
      expectIndexOfReading(index, list, t);
    }
  });

  it('first, forEach and firstPlaces answer as indexOf on random texts and phrases of a small alphabet (ASCII and beyond)', () => {
    // A seeded generator: the same cases on every run. Few letters, so phrases occur often,
    // overlap, repeat, and share anchors and their hashes.
    let seed = 12345;
    const rand = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const alphabet = ['a', 'b', ' ', 'c', '\u00e1', '\u01e1', '\u3061', 'A'];
    const word = (len: number) => Array.from({ length: len }, () => alphabet[rand(alphabet.length)]).join('');
    let places = 0;
    for (let round = 0; round < 200; round++) {
      const list = [...new Set(Array.from({ length: 1 + rand(12) }, () => word(1 + rand(7))))];
      const index = new PhraseIndex(list);
      for (let k = 0; k < 5; k++) {
        places += expectIndexOfReading(index, list, word(rand(80)));
      }
    }
    expect(places).toBeGreaterThan(1000);
  });

  it('an index of long phrases reads one place in every stride, yet finds every place, two places of a phrase closer than a stride among them', () => {
    // Phrases of four characters or more (and some shorter, left to indexOf), many of
    // them repeating a short piece ('abab...'), so that a text made of such pieces holds a phrase
    // at places one, two or three characters apart: each found once, the first kept as the first.
    let seed = 777;
    const rand = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const alphabet = ['a', 'b', ' ', '\u00e1', '\u3061'];
    const word = (len: number) => Array.from({ length: len }, () => alphabet[rand(alphabet.length)]).join('');
    const periodic = (len: number) => word(1 + rand(3)).repeat(len).slice(0, len);
    const strides = new Set<number>();
    let places = 0;
    let close = 0;
    for (let round = 0; round < 300; round++) {
      const list = [...new Set(Array.from({ length: 1 + rand(10) }, () => (rand(2) ? periodic(4 + rand(9)) : word(4 + rand(9)))))];
      if (rand(3) === 0) list.push(word(1 + rand(5)));
      const index = new PhraseIndex(list);
      strides.add(index.stride);
      for (let k = 0; k < 5; k++) {
        const pieces = Array.from({ length: rand(8) }, () => (rand(2) ? list[rand(list.length)]! : rand(2) ? periodic(rand(20)) : word(rand(6))));
        const t = pieces.join('');
        places += expectIndexOfReading(index, list, t);
        for (const p of list) for (let at = t.indexOf(p); at >= 0; at = t.indexOf(p, at + 1)) if (t.indexOf(p, at + 1) > at && t.indexOf(p, at + 1) - at < index.stride) close++;
      }
    }
    expect([...strides].filter((s) => s > 1).sort()).toEqual([2, 3, 4]);
    expect(places).toBeGreaterThan(2000);
    expect(close).toBeGreaterThan(200);
  });

  it('matchWords and matchPhrase answer as the tables read one by one, each phrase in the text with host names blanked as its rule says', () => {
    // The tables' documented reading, spelled out: the server's words; for the one-word specific
    // phrases bare host names blanked (not URLs), for the broad words every host or domain name;
    // each table in precedence order, a reason's wordings with a variable part after its phrases.
    const isHost = (t: string) => /[a-z0-9]\.[a-z]/.test(t);
    function reference(folded: string, withBroad: boolean) {
      if (!folded) return null;
      const words = serverWords(folded);
      const tokens = words.split(' ');
      const hostless = tokens.map((t) => (isHost(t) && !/[/?=&]/.test(t) ? '_' : t)).join(' ');
      const broad = tokens.map((t) => (isHost(t) ? '_' : t)).join(' ');
      const tables = [[sentencePhrases, sentencePatterns, false], [phrases, phrasePatterns, false], [broadPhrases, {}, true]] as const;
      for (const [table, patterns, isBroad] of withBroad ? tables : tables.slice(0, 2)) {
        for (const reason of phrasePrecedence) {
          for (const p of table[reason] ?? []) {
            const inHosts = p.includes(' ') || reason === 'blocked' || namesInHosts.has(p);
            if ((isBroad ? broad : inHosts ? words : hostless).includes(p)) return { reason, phrase: p, broad: isBroad };
          }
          for (const re of (patterns as Partial<Record<Reason, readonly RegExp[]>>)[reason] ?? []) {
            const m = re.exec(words);
            if (m) return { reason, phrase: m[0].trim(), broad: isBroad };
          }
        }
      }
      return null;
    }
    const texts = [...files('sisimai-dev/eml'), ...files('sisimai-dev/text'), ...files('not-bounce')].flatMap((t) => [fold(t.slice(0, 3000)), ...t.split('\n').map(fold)]);
    texts.push(
      '', ' ', 'mx.example.com', 'virus found on virusscan.example.net', 'spam at spamrelay.example.org', 'see https://x.example/?c=spam and mx1.example.net.',
      'filter.example.org said: filtered', 'host a.b.example refused', '550 blocked by zen.spamhaus.org', 'sender mx.example.com', 'x@spam.example is over quota',
    );
    let found = 0;
    for (const t of new Set(texts)) {
      const want = reference(t, true);
      expect(matchWords(t), t).toEqual(want);
      expect(matchPhrase(t), t).toEqual(reference(t, false));
      if (want) found++;
    }
    expect(found).toBeGreaterThan(1000);
  });

  it('has no phrase that a blanked host name could complete (a blanked name is the token "_", which a phrase read by place never meets)', () => {
    // An underscore the phrase holds as a whole word of its own: what a blanked name reads as.
    const blankWord = /(?:^| )_(?: |$)/;
    for (const table of [phrases, broadPhrases]) {
      for (const [reason, list] of Object.entries(table)) for (const p of list ?? []) expect(p, reason).not.toMatch(blankWord);
    }
    expect(' _ ').toMatch(blankWord);
    expect('bad_recipient').not.toMatch(blankWord);
  });
});

/**
 * Expects forEach, first and firstPlaces of `index` (made of `list`) to read `t` as indexOf does:
 * every place of every phrase, the first phrase found, each found phrase's first place. Returns
 * how many places there are.
 */
function expectIndexOfReading(index: PhraseIndex, list: readonly string[], t: string): number {
  const want: string[] = [];
  list.forEach((p, i) => {
    for (let at = t.indexOf(p); at >= 0; at = t.indexOf(p, at + 1)) want.push(`${i}@${at}`);
  });
  const got: string[] = [];
  index.forEach(t, (i, start) => got.push(`${i}@${start}`));
  expect(got.sort()).toEqual(want.sort());
  expect(index.first(t)).toBe(list.findIndex((p) => t.includes(p)));
  const found: number[] = [];
  const starts: number[] = [];
  index.firstPlaces(t, found, starts);
  expect(found.map((i, k) => `${i}@${starts[k]}`).sort()).toEqual(list.flatMap((p, i) => (t.includes(p) ? [`${i}@${t.indexOf(p)}`] : [])).sort());
  return want.length;
}

describe('anyLiteral', () => {
  it('matches each literal as written, its pattern characters included, and nothing else', () => {
    const re = anyLiteral(['a.b', '(x)', 'c|d', 'e*', '[f]', 'g\\h', 'i/j', '$k^']);
    for (const t of ['a.b', '(x)', 'c|d', 'e*', '[f]', 'g\\h', 'i/j', '$k^']) expect(re.test(`.. ${t} ..`)).toBe(true);
    for (const t of ['axb', 'x', 'c', 'd', 'e', 'eee', 'f', 'gh', 'ij', 'k']) expect(re.test(t)).toBe(false);
    expect(new RegExp(`^${escapeLiteral('1+1=2?')}$`).test('1+1=2?')).toBe(true);
  });
});

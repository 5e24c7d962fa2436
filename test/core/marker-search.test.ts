/**
 * reporters/lib.ts markerAt, the search behind every format's sections: where a marker first
 * occurs at or after `from` and starting before `before`, any run of white space standing for
 * each of its spaces. It looks for one part of one word (the rarest character's) and checks the
 * rest around each place; the answer must be the one a plain reading gives: the leftmost match of
 * the marker's words joined by `\s+`. Checked on every dev-corpus body with markers taken from
 * the body itself (so most are found) and the formats' own, and on random texts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markerAt } from '../../src/core/reporters/lib.js';
import { originalMarkers } from '../../src/core/rules/notice.js';

const dev = join(__dirname, '../../../shared/corpus/sisimai-dev');

/** The plain reading: the leftmost match of the words joined by `\s+`, from `from`, starting before `before`. */
function plainMarkerAt(lower: string, phrase: string, from = 0, before = Infinity): [number, number] | null {
  const words = phrase.trim().split(/\s+/);
  if (!words[0]) {
    const i = lower.indexOf(phrase, from);
    return i >= 0 && (before >= lower.length || i < before) ? [i, i + phrase.length] : null;
  }
  const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'g');
  re.lastIndex = from;
  const m = re.exec(lower);
  return m && (before >= lower.length || m.index < before) ? [m.index, m.index + m[0].length] : null;
}

// Markers as the formats write them: separators, colons, parentheses, blank lines.
const formatMarkers = [
  ...originalMarkers,
  '----- transcript of session follows -----', '----- the following addresses had permanent fatal errors -----',
  'the following address(es) failed:', 'content-type:', 'reporting-mta:', '\n\n\n', '\n\n', '-----', '=====',
  'diagnostic information for administrators:', 'technical details of permanent failure:', '------ this is a copy of',
];

/** A few runs of the text's own words (most of them found), joined by single spaces. */
function phrasesOf(lower: string, seed: number): string[] {
  const words = lower.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let k = 0; k < 12 && words.length; k++) {
    const at = (seed * 7919 + k * 104729) % words.length;
    out.push(words.slice(at, at + 1 + (k % 5)).join(' '));
  }
  return out;
}

describe('markerAt', () => {
  it('finds what the plain reading finds in every dev-corpus body', () => {
    let found = 0;
    let asked = 0;
    for (const folder of ['eml', 'text']) {
      for (const [n, f] of readdirSync(join(dev, folder)).sort().entries()) {
        const lower = readFileSync(join(dev, folder, f), 'latin1').replace(/\r\n?/g, '\n').toLowerCase();
        const bounds: [number, number][] = [[0, Infinity], [0, lower.length >> 1], [lower.length >> 2, Infinity], [lower.length >> 3, lower.length >> 1]];
        for (const phrase of [...formatMarkers, ...phrasesOf(lower, n)]) {
          for (const [from, before] of bounds) {
            const want = plainMarkerAt(lower, phrase, from, before);
            expect(markerAt(lower, phrase, from, before), `${f} ${JSON.stringify(phrase)} ${from} ${before}`).toEqual(want);
            asked++;
            if (want) found++;
          }
        }
      }
    }
    // Most of the questions have an answer: the check is not vacuous.
    expect(found).toBeGreaterThan(asked / 5);
  });

  it('finds what the plain reading finds in random texts', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'p', 't', ':', '-', ' ', '\n', '\t', '\u00a0', '\u2028'), maxLength: 80 });
    const phrase = fc.string({ unit: fc.constantFrom('a', 'b', 'p', 't', ':', '-', ' ', '\n'), minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(text, phrase, fc.nat(90), fc.oneof(fc.constant(Infinity), fc.nat(90)), (lower, p, from, before) => {
        expect(markerAt(lower, p, from, before)).toEqual(plainMarkerAt(lower, p, from, before));
      }),
      { numRuns: 20000 },
    );
  });
});

/**
 * classify.ts firstMarker: where the first of the markers that start a returned original
 * (rules/notice.ts originalMarkers) starts in a lowercased body. It looks for three words from
 * their rarest character on and compares the markers around each place; the answer must be the
 * plain reading's, the least place any marker is found at. Checked on every dev-corpus body (and
 * the same bodies with the text before each marker cut, so that later markers are the first) and
 * on random texts made of the markers' pieces.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstMarker, inlineOriginalAt } from '../../src/core/classify.js';
import { inlineOriginalRe, originalMarkers } from '../../src/core/rules/notice.js';

const dev = join(__dirname, '../../../shared/corpus/sisimai-dev');

function plainFirstMarker(lower: string): number {
  let first = -1;
  for (const m of originalMarkers) {
    const i = lower.indexOf(m);
    if (i >= 0 && (first < 0 || i < first)) first = i;
  }
  return first;
}

describe('firstMarker', () => {
  it('finds what the plain reading finds in every dev-corpus body', () => {
    let found = 0;
    let asked = 0;
    for (const folder of ['eml', 'text']) {
      for (const f of readdirSync(join(dev, folder)).sort()) {
        let lower = readFileSync(join(dev, folder, f), 'latin1').replace(/\r\n?/g, '\n').toLowerCase();
        // The body, then the body past each marker found: each later marker is the first once.
        for (let k = 0; k < 6; k++) {
          const want = plainFirstMarker(lower);
          expect(firstMarker(lower), `${f} ${k}`).toBe(want);
          asked++;
          if (want < 0) break;
          found++;
          lower = lower.slice(want + 1);
        }
      }
    }
    expect(found).toBeGreaterThan(asked / 3);
  });

  it('finds what the plain reading finds in random texts', () => {
    const pieces = [...originalMarkers.flatMap((m) => [m, m.slice(0, m.length >> 1), m.slice(m.length >> 1)]), ' ', '\n', 'ge', 'messa', 'mail', 'rfc', '822'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (lower) => {
        expect(firstMarker(lower)).toBe(plainFirstMarker(lower));
      }),
      { numRuns: 20000 },
    );
  });
});

/** The regex's reading: its first match within the body's first `end` characters. */
function plainInlineOriginalAt(body: string, end: number): number {
  return inlineOriginalRe.exec(body.slice(0, end))?.index ?? -1;
}

describe('inlineOriginalAt', () => {
  it('finds what inlineOriginalRe finds in every dev-corpus body, cut at each length', () => {
    let found = 0;
    let asked = 0;
    for (const folder of ['eml', 'text']) {
      for (const f of readdirSync(join(dev, folder)).sort()) {
        const body = readFileSync(join(dev, folder, f), folder === 'eml' ? 'latin1' : 'utf8').replace(/\r\n?/g, '\n');
        const lower = body.toLowerCase();
        const whole = plainInlineOriginalAt(body, body.length);
        // The whole body, and cut just before, at and just after the end of the first match.
        for (const end of whole < 0 ? [body.length] : [body.length, whole, whole + 14, whole + 15, whole + 16, whole + 17]) {
          expect(inlineOriginalAt(body, lower, end), `${f} ${end}`).toBe(plainInlineOriginalAt(body, end));
          asked++;
        }
        if (whole >= 0) found++;
      }
    }
    expect(found).toBeGreaterThan(20);
    expect(asked).toBeGreaterThan(700);
  });

  it('finds what inlineOriginalRe finds in random texts, odd letters among them', () => {
    const pieces = ['\n', ' ', ':', '<', 'Received: from ', 'RECEIVED: FROM ', 'received: from ', 'Return-Path: <', 'return-path: <', 'return-path:<', 'received:from ', 'RéCEIVED', '\u212a', '\u0130', 'i\u0307', '\u03a3', 'x'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.nat(200), (body, cut) => {
        const end = Math.min(body.length, cut);
        expect(inlineOriginalAt(body, body.toLowerCase(), end)).toBe(plainInlineOriginalAt(body, end));
        expect(inlineOriginalAt(body, body.toLowerCase(), body.length)).toBe(plainInlineOriginalAt(body, body.length));
      }),
      { numRuns: 20000 },
    );
  });
});

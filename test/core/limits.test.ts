/**
 * parse/limits.ts reads bytes byte by byte and text by indexOf per line break: both must end the
 * input at the same place, for messages as they come and for inputs at and past each limit.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inputEnd, maxInputBytes, maxInputLines, maxInputParts } from '../../src/core/parse/limits.js';

const corpus = join(__dirname, '../../../shared/corpus');
const files = (dir: string) => readdirSync(join(corpus, dir)).filter((f) => !f.endsWith('.md')).map((f) => new Uint8Array(readFileSync(join(corpus, dir, f))));
const latin1 = (b: Uint8Array) => Array.from(b, (c) => String.fromCharCode(c)).join('');
const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('inputEnd over bytes and over the same text', () => {
  it('ends every corpus message and every crafted input at the same place', () => {
    const inputs = [...files('sisimai-dev/eml'), ...files('not-bounce'), ...files('malformed')];
    expect(inputs.length).toBeGreaterThan(500);
    const crafted = [
      '', '\r', '\n', '\r\n', '\n\r', 'a\rb\nc\r\nd', '--\r\n--', '\r--x', '\n--', 'x\r',
      'a\r\n'.repeat(maxInputLines), `${'a\r\n'.repeat(maxInputLines)}b`, '\r'.repeat(maxInputLines + 2), `${'\r\n'.repeat(maxInputLines - 1)}\r`,
      '--b\n'.repeat(maxInputParts + 3), '--b\r\n'.repeat(maxInputParts + 3), `x\n${'--b\r'.repeat(maxInputParts + 3)}`,
    ].map(ascii);
    crafted.push(new Uint8Array(maxInputBytes + 10).fill(10), new Uint8Array(maxInputBytes + 10).fill(97));
    let cut = 0;
    for (const b of [...inputs, ...crafted]) {
      for (const parts of [true, false]) {
        const end = inputEnd(b, parts);
        expect(end).toBe(inputEnd(latin1(b), parts));
        if (end < b.length) cut++;
      }
    }
    // Some inputs do reach a limit.
    expect(cut).toBeGreaterThan(8);
  });
  it('ends short inputs with many "--" lines (read by what they start with) where the bytes end', () => {
    const piece = fc.constantFrom('\n', '\r', '\r\n', '--', '-', 'a', '\n--b', '\r--b', '\r\n--b');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 600 }), fc.integer({ min: 1, max: 8 }), (pieces, times) => {
        const b = ascii(pieces.join('').repeat(times));
        for (const parts of [true, false]) expect(inputEnd(latin1(b), parts)).toBe(inputEnd(b, parts));
      }),
      { numRuns: 400 },
    );
  });
});

/**
 * Finding addresses from their '@' signs (parse/address.ts) gives what the address pattern read
 * over the whole text gives: the same matches at the same places, the first one included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addressMatches, addressRe, findAddresses, firstAddressMatch, normalizeAddress } from '../../src/core/parse/address.js';

// Pieces that make and break addresses: local-part and domain characters, '@' (doubled too),
// dots, spaces and brackets, a non-ASCII letter, and a run long enough to pass the 64-character limit.
const pieces = ['a', 'b', 'x', '1', '@', '@', '@@', '.', '..', '-', '_', "'", '+', '=', ' ', '\n', '<', '>', 'é', 'com', '.org', 'a'.repeat(20)];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''));

describe('address scan', () => {
  it('finds the matches addressRe finds, at the same places', () => {
    fc.assert(
      fc.property(text, (t) => {
        const want = Array.from(t.matchAll(addressRe), (m) => [m.index, m[0]]);
        expect(addressMatches(t).map((m) => [m.index, m[0]])).toEqual(want);
        expect(findAddresses(t)).toEqual(want.map(([, a]) => normalizeAddress(a as string)));
        const first = new RegExp(addressRe.source).exec(t);
        expect(firstAddressMatch(t)?.[0] ?? null).toBe(first?.[0] ?? null);
        expect(firstAddressMatch(t)?.index ?? -1).toBe(first?.index ?? -1);
      }),
      { numRuns: 20000 },
    );
  });

  it('reads addresses in sentences', () => {
    expect(findAddresses('To: "Bob" <Bob@Example.ORG>, carol@example.net; x@@y.org a@b')).toEqual(['bob@example.org', 'carol@example.net']);
    expect(findAddresses(`${'a'.repeat(65)}@example.org and ${'b'.repeat(64)}@example.org`)).toEqual([`${'b'.repeat(64)}@example.org`]);
  });
});

/**
 * ISSUE 5, point 2: property-based fuzzing from the corpus. Real messages (bounces, ordinary
 * mail, the malformed set) are mutated the ways mail gets broken or forged — byte flips,
 * truncation, duplicated and dropped slices (parts), swapped line endings, inserted unicode
 * (NUL, lone surrogates, bidi controls, BOMs, markup) — and every result must be a well-formed
 * verdict, returned in bounded time, the same on a second call.
 *
 * The normal suite runs a fixed seed and a modest count; `npm run fuzz` runs the same properties
 * longer (FUZZ_RUNS, FUZZ_SEED; a failure prints the seed and path to replay it). Every failure
 * found becomes a case in `regressions` below.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, classifyText } from '../../src/core/index.js';
import { expectWellFormed } from './verdict-shape.js';

const runs = Number(process.env.FUZZ_RUNS) || 100;
const seed = Number(process.env.FUZZ_SEED) || 20250105;
const hangCeilingMs = 2000;

const corpus = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');

function files(dir: string): Uint8Array[] {
  try {
    return readdirSync(join(corpus, dir))
      .filter((f) => f.endsWith('.eml'))
      .sort()
      .map((f) => new Uint8Array(readFileSync(join(corpus, dir, f))));
  } catch {
    return [];
  }
}

const seeds = [...files('malformed'), ...files('sisimai-dev/eml'), ...files('not-bounce')];
const encoder = new TextEncoder();

// Characters that break parsers and renderers: NUL, lone surrogates, bidi overrides and isolates,
// BOM, line and paragraph separators, zero-width joiners, a combining mark, markup.
const nasty = [
  '\0', '\ud800', '\udfff', '\u202e', '\u202d', '\u2066', '\u2069', '\ufeff', '\u2028', '\u2029', '\u200d', '\u0301',
  '\r', '\n', '\r\n', '\t', '\u00a0', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '=?utf-8?B?', '--',
  'Content-Type: multipart/mixed; boundary=x\r\n', '\r\n\r\n', 'boundary="', '550 5.1.1 ', '@', '<>', 'Final-Recipient: rfc822; ',
];

type Mutation = (b: Uint8Array) => Uint8Array;

const flip = fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })).map(([at, value]): Mutation => (b) => {
  if (!b.length) return b;
  const out = b.slice();
  out[at % b.length] = value;
  return out;
});
const truncate = fc.nat().map((at): Mutation => (b) => b.subarray(0, b.length ? at % (b.length + 1) : 0));
const duplicate = fc.tuple(fc.nat(), fc.nat({ max: 4096 }), fc.integer({ min: 2, max: 50 })).map(([at, len, times]): Mutation => (b) => {
  if (!b.length) return b;
  const start = at % b.length;
  const slice = b.subarray(start, Math.min(b.length, start + len));
  const parts = [b.subarray(0, start), ...Array.from({ length: times }, () => slice), b.subarray(start)];
  return concat(parts);
});
const drop = fc.tuple(fc.nat(), fc.nat({ max: 4096 })).map(([at, len]): Mutation => (b) => {
  if (!b.length) return b;
  const start = at % b.length;
  return concat([b.subarray(0, start), b.subarray(Math.min(b.length, start + len))]);
});
const lineEndings = fc.constantFrom('\n', '\r', '\r\n', '\n\r', '').map((eol): Mutation => (b) => {
  const text = new TextDecoder('latin1').decode(b);
  return latin1Bytes(text.replace(/\r\n|\r|\n/g, eol));
});
const insert = fc.tuple(fc.nat(), fc.oneof(fc.constantFrom(...nasty), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 })), fc.integer({ min: 1, max: 200 }))
  .map(([at, s, times]): Mutation => (b) => {
    const start = b.length ? at % (b.length + 1) : 0;
    // Lone surrogates cannot be UTF-8 encoded; insert them as the WTF-8 bytes a broken sender writes.
    return concat([b.subarray(0, start), wtf8(s.repeat(times)), b.subarray(start)]);
  });

const mutation = fc.oneof(flip, truncate, duplicate, drop, lineEndings, insert);

const mutated = fc
  .tuple(fc.integer({ min: 0, max: Math.max(0, seeds.length - 1) }), fc.array(mutation, { minLength: 1, maxLength: 8 }))
  .map(([i, ms]) => ms.reduce((b, m) => m(b), seeds[i] ?? new Uint8Array()));

/** One input in the forms callers pass: bytes, an ArrayBuffer, a string (as pasted). */
const asInput = fc.constantFrom('bytes', 'buffer', 'string').map((form) => (b: Uint8Array) =>
  form === 'bytes' ? b : form === 'buffer' ? b.slice().buffer : new TextDecoder('utf-8').decode(b));

async function check(bytes: Uint8Array, form: (b: Uint8Array) => string | Uint8Array | ArrayBuffer, mode: 'auto' | 'message' | 'text'): Promise<void> {
  const input = form(bytes);
  const start = performance.now();
  const v = await classify(input, { mode });
  const ms = performance.now() - start;
  expectWellFormed(v);
  expect(v.note).not.toMatch(/^could not read/);
  expect(ms).toBeLessThan(hangCeilingMs);
  expect(await classify(input, { mode })).toEqual(v);
  if (typeof input === 'string') expectWellFormed(classifyText(input));
}

const params = { numRuns: runs, seed, endOnFailure: true } as const;

describe(`fuzzing from the corpus (${seeds.length} messages, ${runs} runs, seed ${seed})`, () => {
  it('finds the corpus', () => {
    expect(seeds.length).toBeGreaterThan(100);
  });

  it('mutated corpus messages: a well-formed, repeatable verdict in bounded time', async () => {
    await fc.assert(fc.asyncProperty(mutated, asInput, fc.constantFrom('auto', 'message', 'text'), (b, form, mode) => check(b, form, mode)), params);
  });

  it('random bytes and strings', async () => {
    const randomInput = fc.oneof(
      fc.uint8Array({ maxLength: 4096 }),
      fc.string({ unit: 'binary', maxLength: 2048 }).map(wtf8),
      fc.array(fc.constantFrom(...nasty), { maxLength: 200 }).map((a) => wtf8(a.join(''))),
    );
    await fc.assert(fc.asyncProperty(randomInput, asInput, fc.constantFrom('auto', 'message', 'text'), (b, form, mode) => check(b, form, mode)), params);
  });

  it('classifyText on pasted strings with lone surrogates and controls', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 4096 }), (s) => {
        expectWellFormed(classifyText(s));
      }),
      params,
    );
  });
});

describe('regressions found by fuzzing', () => {
  // Each entry: what the fuzzer found, the smallest input that shows it. None so far: the pumped
  // runs in hostile-inputs.ts found the quadratic patterns first (see the commit log).
  const regressions: { name: string; input: string | Uint8Array }[] = [
    { name: 'empty multipart boundary parameter', input: 'From: a@b.c\r\nContent-Type: multipart/mixed; boundary=""\r\n\r\n--\r\n--\r\n' },
    { name: 'lone surrogate as the whole input', input: '\ud800' },
    { name: 'mbox From line then nothing', input: 'From \n' },
  ];
  for (const r of regressions) {
    it(r.name, async () => {
      expectWellFormed(await classify(r.input));
    });
  }
});

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

/** UTF-8, except that lone surrogates are written as their 3-byte forms (WTF-8), as broken senders do. */
function wtf8(s: string): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes.push(...encoder.encode(s.slice(i, i + 2)));
        i++;
        continue;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    else bytes.push(...encoder.encode(s[i]!));
  }
  return Uint8Array.from(bytes);
}

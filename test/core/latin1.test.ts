/**
 * parse/message.ts reads bytes as latin1 text (one char per byte) and latin1 text as bytes with
 * Node's Buffer where there is one, else with TextDecoder (checked) or char by char, as in
 * browsers. Both readings must give each byte's own char, and back, for every corpus input and
 * for random bytes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';

const corpus = join(__dirname, '../../../shared/corpus');

function inputs(): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (const d of ['sisimai-dev/eml', 'sisimai-dev/text', 'not-bounce', 'malformed']) {
    for (const f of readdirSync(join(corpus, d))) out.push(new Uint8Array(readFileSync(join(corpus, d, f))));
  }
  // Random bytes of every value, at random lengths (0 to 20,000) and offsets into a larger buffer.
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 8;
  for (let n = 0; n < 200; n++) {
    const buffer = new Uint8Array(next() % 20000 + 16);
    for (let i = 0; i < buffer.length; i++) buffer[i] = next() & 0xff;
    const start = next() % 16;
    out.push(buffer.subarray(start, start + (next() % (buffer.length - start + 1))));
  }
  return out;
}

/** Each byte's own char, one by one: what latin1Of must give. */
function reference(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

async function check(): Promise<number> {
  const { latin1Bytes, latin1Of } = await import('../../src/core/parse/message.js');
  let n = 0;
  for (const bytes of inputs()) {
    const text = latin1Of(bytes);
    expect(text === reference(bytes)).toBe(true);
    expect(sameBytes(latin1Bytes(text), bytes)).toBe(true);
    n++;
  }
  return n;
}

it('reads bytes as latin1 and back with Node\'s Buffer', async () => {
  expect(typeof globalThis.Buffer).toBe('function');
  expect(await check()).toBeGreaterThan(1000);
});

it('reads bytes as latin1 and back without it (as in browsers)', async () => {
  vi.resetModules();
  vi.stubGlobal('Buffer', undefined);
  expect(await check()).toBeGreaterThan(1000);
});

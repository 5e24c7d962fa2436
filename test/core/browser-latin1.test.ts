/**
 * In browsers (and in Node versions that follow the Encoding Standard), TextDecoder's 'latin1'
 * label is windows-1252: bytes 0x80-0x9f become '€', '’', '™', ... whose char codes are not the
 * bytes. The core reads a message's bytes one char per byte (the fast path, the prefilter), so
 * they must not come from that decoder. Node 20's decoder maps those bytes to U+0080-U+009F; here
 * a decoder that follows the standard stands in (and Node's Buffer, which the core reads latin1 with
 * where it has one, is taken away), and every 8-bit corpus message must read the same.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';

const corpus = join(__dirname, '../../../shared/corpus');
// windows-1252's 0x80-0x9f (the Encoding Standard's index); the five it leaves undefined map to themselves.
const high = [0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178];
const Native = globalThis.TextDecoder;
class StandardDecoder extends Native {
  private readonly windows1252: boolean;
  constructor(label = 'utf-8', options?: TextDecoderOptions) {
    super(label, options);
    this.windows1252 = this.encoding === 'windows-1252';
  }
  override decode(input?: AllowSharedBufferSource, options?: TextDecodeOptions): string {
    if (!this.windows1252 || input === undefined) return super.decode(input, options);
    const bytes = input instanceof Uint8Array ? input : new Uint8Array(input as ArrayBuffer);
    let s = '';
    for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]! >= 0x80 && bytes[i]! <= 0x9f ? high[bytes[i]! - 0x80]! : bytes[i]!);
    return s;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

it('reads 8-bit messages the same when TextDecoder follows the Encoding Standard (as in browsers)', async () => {
  const files = ['sisimai-dev/eml', 'not-bounce'].flatMap((d) => readdirSync(join(corpus, d)).filter((f) => f.endsWith('.eml')).map((f) => join(corpus, d, f)));
  const eightBit = files.map((f) => ({ f, bytes: new Uint8Array(readFileSync(f)) })).filter(({ bytes }) => bytes.some((b) => b >= 0x80 && b <= 0x9f));
  expect(eightBit.length).toBeGreaterThan(10);
  const node = await import('../../src/core/index.js');
  const expected = [];
  for (const m of eightBit) expected.push(await node.classify(m.bytes));
  vi.resetModules();
  vi.stubGlobal('TextDecoder', StandardDecoder);
  // No Buffer in a browser: parse/message.ts reads latin1 with TextDecoder there.
  vi.stubGlobal('Buffer', undefined);
  expect(new TextDecoder('latin1').decode(new Uint8Array([0x80]))).toBe('\u20ac');
  const browser = await import('../../src/core/index.js');
  const differ: string[] = [];
  for (const [i, m] of eightBit.entries()) {
    const v = await browser.classify(m.bytes);
    const e = expected[i]!;
    const shape = (x: typeof v) => JSON.stringify([x.kind, x.category, x.reason, x.subject, x.from, x.recipients.map((r) => [r.address, r.reason, r.diagnostic])]);
    if (shape(v) !== shape(e)) differ.push(`${m.f}\n  node:     ${shape(e).slice(0, 300)}\n  standard: ${shape(v).slice(0, 300)}`);
  }
  expect(differ).toEqual([]);
});

/**
 * ISSUE 5, point 1: whatever a stranger puts in a message, classify() and classifyText() return
 * a verdict, quickly, and say when they read only the start. The inputs are generated here
 * (test/hardening/hostile-inputs.ts), never committed as big files.
 *
 * The time check is a hang detector, not a benchmark: 2 s per input where the measured worst case
 * is ~100 ms (parse/limits.ts). Speed itself is `npm run bench`'s business.
 */
import { describe, expect, it } from 'vitest';
import {
  classify, classifyText, maxBodyChars, maxDiagnosticChars, maxInputBytes, maxInputLines, maxInputParts, maxRecipients,
} from '../../src/core/index.js';
import { limitInput } from '../../src/core/parse/limits.js';
import { bounceWith, hostileInputs } from './hostile-inputs.js';
import { expectWellFormed } from './verdict-shape.js';

const hangCeilingMs = 2000;

async function timed<T>(f: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await f();
  return { value, ms: performance.now() - start };
}

describe('hostile inputs: a verdict for every one, bounded time, truncation reported', () => {
  const runLength = Number(process.env.HOSTILE_RUN_LENGTH) || undefined;
  for (const h of hostileInputs(runLength)) {
    it(h.name, async () => {
      const input = h.make();
      for (const mode of ['auto', 'message', 'text'] as const) {
        const { value: v, ms } = await timed(() => classify(input, { mode }));
        expectWellFormed(v);
        expect(ms, `${h.name} (${mode}) took ${ms.toFixed(0)} ms`).toBeLessThan(hangCeilingMs);
        if (h.oversize) expect(v.truncated, `${h.name} (${mode}) must say truncated`).toBe(true);
        // A failure to read shows in the note; the classifier must not have thrown inside.
        expect(v.note).not.toMatch(/^could not read/);
      }
      if (typeof input === 'string') {
        const { value: v, ms } = await timed(() => classifyText(input));
        expectWellFormed(v);
        expect(ms).toBeLessThan(hangCeilingMs);
        if (h.oversize) expect(v.truncated).toBe(true);
      }
    });
  }
});

describe('limits', () => {
  const bounce = bounceWith('550 5.1.1 <user@example.net>: Recipient address rejected: User unknown');

  it('reads a normal bounce whole', async () => {
    const v = await classify(bounce);
    expect(v.truncated).toBe(false);
    expect(v.kind).toBe('bounce');
    expect(v.recipients.map((r) => r.address)).toEqual(['user@example.net']);
  });

  it('reads the start of an oversized message and says so: the notice still decides', async () => {
    for (const tail of ['x'.repeat(maxInputBytes), 'line\r\n'.repeat(maxInputLines), '--b\r\n'.repeat(maxInputParts + 1)]) {
      const v = await classify(`${bounce}${tail}`);
      expect(v.truncated).toBe(true);
      expect(v.kind).toBe('bounce');
      expect(v.reason).toBe('userunknown');
      expect(v.recipients.map((r) => r.address)).toEqual(['user@example.net']);
    }
  });

  it('counts bytes for byte input and UTF-16 units for strings', async () => {
    const bytes = new Uint8Array(maxInputBytes + 10).fill(0x61);
    expect(limitInput(bytes.subarray(0, maxInputBytes), true).truncated).toBe(false);
    expect(limitInput(bytes, true).input.length).toBe(maxInputBytes);
    expect(limitInput('a'.repeat(maxInputBytes), true).truncated).toBe(false);
    expect(limitInput(`${'\u00e9'.repeat(maxInputBytes)}x`, true).input.length).toBe(maxInputBytes);
    // Line breaks: CRLF, LF and a bare CR count once each.
    expect(limitInput('a\r\n'.repeat(maxInputLines), true).truncated).toBe(false);
    expect(limitInput(`${'a\r\n'.repeat(maxInputLines)}b`, true).truncated).toBe(true);
    expect(limitInput(`${'\r'.repeat(maxInputLines)}b`, true).truncated).toBe(true);
  });

  it('reads at most maxBodyChars of decoded text, and says so', async () => {
    expect(classifyText('a'.repeat(maxBodyChars)).truncated).toBe(false);
    expect(classifyText('a'.repeat(maxBodyChars + 1)).truncated).toBe(true);
    expect((await classify(new Uint8Array(maxBodyChars + 1).fill(0x61))).truncated).toBe(true);
  });

  it('keeps at most maxRecipients recipients and says the list was cut', async () => {
    const lines = Array.from({ length: maxRecipients + 50 }, (_, i) => `<user${i}@example.net>: host mx.example.net said: 550 5.1.1 User unknown`);
    const v = classifyText(`From: MAILER-DAEMON@example.org\nSubject: Undelivered Mail Returned to Sender\n\nThis is the mail system at host example.org.\n\nI'm sorry to have to inform you that your message could not be delivered.\n\n${lines.join('\n\n')}\n`);
    expect(v.kind).toBe('bounce');
    expect(v.recipients).toHaveLength(maxRecipients);
    expect(v.truncated).toBe(true);
  });

  it('cuts a recipient\'s words at maxDiagnosticChars and still decides on their start', async () => {
    const v = await classify(bounceWith(`550 5.1.1 User unknown ${'padding '.repeat(maxDiagnosticChars)}`));
    expect(v.reason).toBe('userunknown');
    expect(v.truncated).toBe(true);
    for (const r of v.recipients) expect(r.diagnostic.length).toBeLessThanOrEqual(maxDiagnosticChars);
  });

  it('returns the same verdict for the same input (no state kept between calls)', async () => {
    const inputs = hostileInputs().filter((h) => !h.oversize).slice(0, 10).map((h) => h.make());
    const first = await Promise.all(inputs.map((i) => classify(i)));
    const second = await Promise.all(inputs.map((i) => classify(i)));
    expect(second).toEqual(first);
  });
});

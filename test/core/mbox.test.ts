import { describe, expect, it } from 'vitest';
import { isMboxStart, looksLikeMbox, mayHoldSeparator, mboxSplitter, type MboxMessage } from '../../src/core/mbox.js';
import { maxInputBytes } from '../../src/core/parse/limits.js';

const enc = new TextEncoder();
const dec = new TextDecoder();

/** Splits `text` fed in pieces of `size` bytes. */
function split(text: string | Uint8Array, size: number): MboxMessage[] {
  const bytes = typeof text === 'string' ? enc.encode(text) : text;
  const s = mboxSplitter();
  const out: MboxMessage[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(...s.push(bytes.subarray(i, i + size)));
  out.push(...s.end());
  return out;
}

const one = (n: number, body = 'Hello') =>
  `From MAILER-DAEMON Tue Nov  3 09:14:0${n} 2026\nFrom: Mail Delivery System <MAILER-DAEMON@example.org>\nSubject: ${n}\n\n${body}\n`;

describe('mboxSplitter', () => {
  const mbox = `${one(1)}\n${one(2, 'From here on, nothing: a body line that starts with From')}\n${one(3)}`;

  it.each([1, 2, 3, 7, 64, 100_000])('gives the same messages whatever the chunk size (%i bytes)', (size) => {
    const messages = split(mbox, size);
    expect(messages.map((m) => m.index)).toEqual([1, 2, 3]);
    expect(messages.map((m) => /Subject: (\d)/.exec(dec.decode(m.bytes))?.[1])).toEqual(['1', '2', '3']);
    expect(dec.decode(messages[1]!.bytes)).toContain('From here on, nothing');
  });

  it('splits only at a From line with a date after a blank line (CRLF too)', () => {
    const crlf = `${one(1)}\n${one(2)}`.replace(/\n/g, '\r\n');
    expect(split(crlf, 5)).toHaveLength(2);
    // No blank line before it: part of the body.
    expect(split(`${one(1)}From MAILER-DAEMON Tue Nov  3 09:14:02 2026\nx\n`, 9)).toHaveLength(1);
    // No date: a body line.
    expect(split(`${one(1)}\nFrom the desk of the editor\n`, 9)).toHaveLength(1);
    expect(split(`${one(1)}\nFrom 2019 to 2020-10-02 it grew\n`, 9)).toHaveLength(1);
  });

  it('splits at a From line with an ISO date, as some tools write it (Sisimai\'s lhost-gsuite-13 starts so)', () => {
    const iso = (n: number, from = 'From () 2019-10-02 05:04:3') => `${from}${n} +0000\nFrom: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nSubject: ${n}\n\nx\n`;
    for (const size of [3, 64, 100_000]) {
      const messages = split(`${one(1)}\n${iso(2)}\n${iso(3, 'From x@example.org 2019-10-02T05:04:3')}`, size);
      expect(messages.map((m) => /Subject: (\d)/.exec(dec.decode(m.bytes))?.[1])).toEqual(['1', '2', '3']);
    }
    expect(looksLikeMbox(enc.encode(iso(1)))).toBe(true);
  });

  it('keeps only what the classifier reads of a huge message, and says so', () => {
    const big = `${one(1, 'x'.repeat(maxInputBytes + 5000))}\n${one(2)}`;
    const messages = split(big, 65_536);
    expect(messages).toHaveLength(2);
    expect(messages[0]!.bytes.length).toBe(maxInputBytes + 1);
    expect(messages[0]!.cut).toBe(true);
    expect(messages[1]!.cut).toBe(false);
  });

  it('keeps every byte (latin1 and UTF-8 alike)', () => {
    const bytes = new Uint8Array([...enc.encode(one(1)), 0xe8, 0xff, 0x0a]);
    const [m] = split(bytes, 3);
    expect(Array.from(m!.bytes.slice(-3))).toEqual([0xe8, 0xff, 0x0a]);
  });

  it('an input that is not an mbox is one message', () => {
    expect(split('Subject: hi\n\nbody\n', 4)).toHaveLength(1);
    expect(split('', 4)).toHaveLength(0);
  });

  it('looksLikeMbox: the first line starts with "From ", with a date or not (mbox(5)\'s From_ line)', () => {
    expect(looksLikeMbox(enc.encode(one(1)))).toBe(true);
    expect(looksLikeMbox(enc.encode('From someone\nSubject: x\n'))).toBe(true);
    expect(looksLikeMbox(enc.encode('From: someone@example.org\n'))).toBe(false);
    expect(looksLikeMbox(enc.encode('Received: x\n'))).toBe(false);
    expect(looksLikeMbox(enc.encode('\nFrom MAILER-DAEMON Tue Nov  3 09:14:02 2026\n'))).toBe(false);
    expect(looksLikeMbox(enc.encode(''))).toBe(false);
  });

  it('isMboxStart: not yet known while the bytes are the start of "From " and more may come', () => {
    for (const head of ['', 'F', 'Fr', 'From']) {
      expect(isMboxStart(enc.encode(head), false)).toBeUndefined();
      expect(isMboxStart(enc.encode(head), true)).toBe(false);
    }
    expect(isMboxStart(enc.encode('From '), false)).toBe(true);
    expect(isMboxStart(enc.encode('Fro:'), false)).toBe(false);
    expect(isMboxStart(enc.encode('S'), false)).toBe(false);
  });

  it('shows no position for the only message of an input, its index for each of several', () => {
    expect(split(one(1), 7).map((m) => [m.index, m.position])).toEqual([[1, undefined]]);
    for (const size of [7, 100_000]) expect(split(`${one(1)}\n${one(2)}`, size).map((m) => [m.index, m.position])).toEqual([[1, 1], [2, 2]]);
  });

  it('keeps its messages when the caller reads the next chunk into the same buffer, with or without room before it for the carried bytes', () => {
    const text = `${one(1)}\r\r\n${one(2, 'From here\n\nFrom x@y Tue Nov  3 09:14:02 2026 is a separator')}\n${one(3)}`;
    const bytes = enc.encode(text);
    const want = split(text, bytes.length).map((m) => dec.decode(m.bytes));
    expect(want).toHaveLength(4);
    for (const size of [1, 7, 64, 333]) {
      for (const roomBefore of [0, 1024]) {
        const s = mboxSplitter({ roomBefore });
        const buf = new Uint8Array(roomBefore + size);
        const out: MboxMessage[] = [];
        for (let i = 0; i < bytes.length; i += size) {
          const n = Math.min(size, bytes.length - i);
          buf.fill(0x21); // what the read before left
          buf.set(bytes.subarray(i, i + n), roomBefore);
          out.push(...s.push(buf.subarray(roomBefore, roomBefore + n)));
        }
        out.push(...s.end());
        expect(out.map((m) => dec.decode(m.bytes))).toEqual(want);
      }
    }
  });

  it('mayHoldSeparator: only bytes with an LF then "From " may hold a second message', () => {
    expect(mayHoldSeparator(enc.encode(one(1, 'From the start of a line\n>From quoted')))).toBe(true);
    expect(mayHoldSeparator(enc.encode(one(1, 'no line starts so: From x, > From y')))).toBe(false);
    // When it says no, the splitter agrees: one message, the bytes as they are.
    const alone = enc.encode(one(1, 'x\n\nFrom: header-like\n'));
    expect(mayHoldSeparator(alone)).toBe(false);
    expect(split(alone, 9).map((m) => dec.decode(m.bytes))).toEqual([dec.decode(alone)]);
  });
});

/**
 * The 7-bit fast path (parse/sevenbit.ts) must read a message exactly as postal-mime does, or
 * it is not a fast path but a second parser. Checked on every eligible dev-corpus message and
 * on the not-bounce set.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maxOriginalBytes, parseMessage, trimOriginal } from '../../src/core/parse/message.js';
import { isSevenBitPlain, readSevenBit } from '../../src/core/parse/sevenbit.js';

const corpus = join(__dirname, '../../../shared/corpus');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
// MIME scaffolding (boundary lines, part headers) that one reader shows and the other does not
// when a notice's structure is broken; the words in between must be the same.
const words = (s: string) =>
  squash(s.split('\n').filter((l) => !/^\s*(?:--|content-[\w-]+\s*:|boundary=)/i.test(l)).join('\n'));

function eligible(folder: string): { name: string; raw: string }[] {
  const dir = join(corpus, folder);
  return readdirSync(dir)
    .filter((f) => !f.endsWith('.md'))
    .map((f) => ({ name: `${folder}/${f}`, raw: readFileSync(join(dir, f), 'latin1').replace(/^From [^\n]*\n/, '') }))
    .filter((x) => readSevenBit(x.raw) !== null);
}

describe('7-bit fast path', () => {
  const cases = [...eligible('sisimai-dev/eml'), ...eligible('not-bounce')];
  it('covers most of the corpus', () => {
    expect(cases.length).toBeGreaterThan(250);
  });
  it('gives the same delivery-status, feedback and subject as postal-mime', async () => {
    const differ: string[] = [];
    for (const { name, raw } of cases) {
      const fast = readSevenBit(raw)!;
      const slow = await parseMessage(raw, { fastPath: false });
      const same =
        squash(fast.deliveryStatus.join('\n')) === squash(slow.deliveryStatus.join('\n')) &&
        squash(fast.feedbackReport) === squash(slow.feedbackReport) &&
        squash(fast.subject) === squash(slow.subject);
      if (!same) differ.push(name);
    }
    expect(differ).toEqual([]);
  });
  it('gives the same readable body as postal-mime, up to whitespace and MIME scaffolding', async () => {
    const differ: string[] = [];
    for (const { name, raw } of cases) {
      const fast = words(readSevenBit(raw)!.body);
      const slow = words((await parseMessage(raw, { fastPath: false })).body);
      if (fast !== slow) differ.push(`${name}\n  fast: ${fast.slice(0, 200)}\n  slow: ${slow.slice(0, 200)}`);
    }
    expect(differ).toEqual([]);
  });
  it('refuses what needs decoding', () => {
    expect(isSevenBitPlain('Subject: =?UTF-8?B?w6k=?=\n\nx')).toBe(false);
    expect(isSevenBitPlain('Content-Transfer-Encoding: base64\n\naGk=')).toBe(false);
    expect(isSevenBitPlain('Subject: caf\u00e9\n\nx')).toBe(false);
    expect(isSevenBitPlain('Subject: hi\n\nplain')).toBe(true);
    const encodedNotice = 'Content-Type: multipart/report; boundary=b\n\n--b\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\naGk=\n--b--\n';
    expect(readSevenBit(encodedNotice)).toBeNull();
    const encodedOriginal = 'Content-Type: multipart/report; boundary=b\n\n--b\nContent-Type: text/plain\n\nfailed\n--b\nContent-Type: message/rfc822\n\nFrom: a@example.org\nContent-Transfer-Encoding: base64\n\naGk=\n--b--\n';
    expect(readSevenBit(encodedOriginal)?.body.trim()).toBe('failed');
  });
});

describe('trimOriginal', () => {
  const head = 'Content-Type: multipart/report; boundary=b\n\n--b\nContent-Type: text/plain\n\nfailed\n';
  const dsn = '--b\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822; a@example.org\nAction: failed\n';
  const original = `--b\nContent-Type: message/rfc822\n\nFrom: s@example.com\n\n${'x'.repeat(100_000)}\n--b--\n`;
  it('reads the returned original only up to maxOriginalBytes', () => {
    const raw = head + dsn + original;
    const cut = trimOriginal(raw, raw);
    expect(cut.length).toBe(raw.indexOf('Content-Type: message/rfc822') + maxOriginalBytes);
    const bytes = new TextEncoder().encode(raw);
    expect(trimOriginal(bytes, raw).length).toBe(cut.length);
  });
  it('keeps everything when a report part follows the original', () => {
    const raw = head + original.replace('--b--\n', '') + dsn;
    expect(trimOriginal(raw, raw)).toBe(raw);
  });
  it('leaves a message without an original alone', () => {
    const raw = head + dsn + 'x'.repeat(50_000);
    expect(trimOriginal(raw, raw)).toBe(raw);
  });
});

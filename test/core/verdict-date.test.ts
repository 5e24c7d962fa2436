// The verdict's `date` is the message's own Date header as classify() read it with the other
// headers: the same as messageDate() reading the raw header lines, for every message of the
// corpora read as a message (the CLI's JSON and CSV take it from the verdict).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoString } from '../../src/core/parse/date.js';
import { classify, messageDate } from '../../src/core/index.js';

const corpus = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');

describe('verdict.date', () => {
  for (const dir of ['sisimai-dev/eml', 'not-bounce', 'malformed']) {
    it(`equals messageDate for each message of ${dir}`, async () => {
      let dated = 0;
      for (const f of readdirSync(join(corpus, dir)).sort()) {
        const raw = new Uint8Array(readFileSync(join(corpus, dir, f)));
        const v = await classify(raw);
        if (v.input !== 'message') continue;
        expect(v.date ?? '', f).toBe(messageDate(raw));
        if (v.date) dated++;
      }
      if (dir !== 'malformed') expect(dated).toBeGreaterThan(50);
    });
  }

  it('is the forwarder’s for a notice forwarded as an attachment, absent without a Date', async () => {
    const notice = [
      'Date: Tue, 10 Nov 2026 09:14:02 +0000',
      'From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>',
      'To: sender@example.com',
      'Subject: Undelivered Mail Returned to Sender',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'The mail system: <gone@example.net>: host mx.example.net said: 550 5.1.1 User unknown',
      '--b',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.example.org',
      '',
      'Final-Recipient: rfc822; gone@example.net',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 User unknown',
      '--b--',
      '',
    ].join('\r\n');
    const forward = (date: string) =>
      [
        ...(date ? [`Date: ${date}`] : []),
        'From: Ann Person <ann@example.com>',
        'To: help@example.com',
        'Subject: Fwd: Undelivered Mail Returned to Sender',
        'MIME-Version: 1.0',
        'Content-Type: multipart/mixed; boundary="f"',
        '',
        '--f',
        'Content-Type: text/plain',
        '',
        'Why did this come back?',
        '--f',
        'Content-Type: message/rfc822',
        '',
        notice,
        '--f--',
        '',
      ].join('\r\n');
    const v = await classify(new TextEncoder().encode(forward('Wed, 11 Nov 2026 10:00:00 +0100')));
    expect(v.forwarded).toBe(true);
    expect(v.kind).toBe('bounce');
    expect(v.date).toBe('2026-11-11T09:00:00.000Z');
    const undated = await classify(new TextEncoder().encode(forward('')));
    expect(undated.forwarded).toBe(true);
    expect(undated.date).toBeUndefined();
  });
});

describe('isoString', () => {
  it('writes what toISOString writes, for every time of years 0 to 10,000 and the edges of the four-digit years', () => {
    // Year 1000 starts at -30,610,224,000,000 ms; year 10,000 at 253,402,300,800,000.
    const edges = [-62_167_219_200_000, -30_610_224_000_001, -30_610_224_000_000, 0, 951_782_400_000, 253_402_300_799_999, 253_402_300_800_000];
    for (const t of edges) expect(isoString(t)).toBe(new Date(t).toISOString());
    fc.assert(
      fc.property(fc.integer({ min: -62_167_219_200_000, max: 253_402_300_800_000 }), (t) => {
        expect(isoString(t)).toBe(new Date(t).toISOString());
      }),
      { numRuns: 20000, seed: 20261205 },
    );
  });
});

// The verdict's `date` is the message's own Date header as classify() read it with the other
// headers: the same as messageDate() reading the raw header lines, for every message of the
// corpora read as a message (the CLI's JSON and CSV take it from the verdict).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate, isoString, parseDate } from '../../src/core/parse/date.js';
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
    // Leap days and the days around them (2000 is a leap year, 1900 and 2100 are not), a day's last
    // millisecond, -0 and a fraction (left to the engine).
    const edges = [-62_167_219_200_000, -30_610_224_000_001, -30_610_224_000_000, 0, -0, -1, 1.5, 951_782_400_000, 951_868_799_999, 951_868_800_000, -2_203_891_200_000,
      -2_203_977_600_001, 4_107_456_000_000, 4_107_542_400_000, 86_399_999, 253_402_300_799_999, 253_402_300_800_000];
    for (const t of edges) expect(isoString(t)).toBe(new Date(t).toISOString());
    fc.assert(
      fc.property(fc.integer({ min: -62_167_219_200_000, max: 253_402_300_800_000 }), (t) => {
        expect(isoString(t)).toBe(new Date(t).toISOString());
      }),
      { numRuns: 20000, seed: 20261205 },
    );
  });
});

/** parseDate as it read the ISO form and the zone by patterns before: the reading it must still give. */
function patternDate(text: string): number {
  const s = (text.includes('(') ? text.replace(/\([^()]{0,200}\)/g, ' ') : text).trim();
  if (/^\d{4}-\d{2}-\d{2}T/.test(s)) return Date.parse(s);
  const m = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]{0,6}\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]{1,5})?/.exec(s);
  if (!m) return NaN;
  const month = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(m[2]!.toLowerCase());
  if (month < 0) return NaN;
  let year = Number(m[3]);
  if (m[3]!.length === 2) year += year < 50 ? 2000 : 1900;
  else if (m[3]!.length === 3) year += 1900;
  const zone = m[7] ?? '+0000';
  const zones: Record<string, number> = { UT: 0, GMT: 0, Z: 0, JST: 540, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 };
  const offset = /^[+-]\d{4}$/.test(zone) ? (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5))) : (zones[zone.toUpperCase()] ?? 0);
  return Date.UTC(year, month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0)) - offset * 60_000;
}

describe('parseDate and isoDate', () => {
  it('read every corpus Date header as the patterns read them', () => {
    let n = 0;
    for (const dir of ['sisimai-dev/eml', 'not-bounce', 'malformed']) {
      for (const f of readdirSync(join(corpus, dir))) {
        for (const m of readFileSync(join(corpus, dir, f), 'latin1').matchAll(/^date:[ \t]*([^\r\n]*)/gim)) {
          expect(Object.is(parseDate(m[1]!), patternDate(m[1]!))).toBe(true);
          const t = patternDate(m[1]!);
          expect(isoDate(m[1]!)).toBe(Number.isNaN(t) ? '' : new Date(t).toISOString());
          n++;
        }
      }
    }
    expect(n).toBeGreaterThan(400);
  });
  it('read random dates as the patterns read them: ISO forms, zones with signs and letters, comments', () => {
    const piece = fc.constantFrom('Tue, ', 'Tuesday, ', '10 ', '1 ', 'Nov ', 'nov. ', 'November ', '2026 ', '26 ', '999 ', '09:14', ':02', ' +0100', '-0530', '+01000', ' GMT', ' JST', ' xyz', ' (CET)', '2026-11-10T08:14:02Z', '2026-11-10 ', 'T', '-', '+', ' ', '\u3000');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const s = pieces.join('');
        expect(Object.is(parseDate(s), patternDate(s))).toBe(true);
      }),
      { numRuns: 20000, seed: 20261206 },
    );
  });
});

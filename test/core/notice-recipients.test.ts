// What classify.ts reads once per notice and hands to each recipient (the Notice class): each
// delayed recipient's retry schedule is its own DSN block's Will-Retry-Until (RFC 3464 §2.3.9),
// else the notice's own words, however many recipients the notice names.
import { describe, expect, it } from 'vitest';
import { classify, type Evidence } from '../../src/core/index.js';

function delayNotice(blocks: string[]): string {
  return [
    'From: Mail Delivery System <MAILER-DAEMON@mx.example.com>',
    'To: sender@example.com',
    'Subject: Delayed Mail (still being retried)',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
    '',
    '--B',
    'Content-Type: text/plain',
    '',
    'This is the mail system at host mx.example.com.',
    '',
    'Your message could not be delivered for 4 hours. We will continue trying for 5 days.',
    '',
    '--B',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.com',
    '',
    blocks.join('\n\n'),
    '',
    '--B--',
    '',
  ].join('\n');
}

function block(address: string, until?: string): string {
  return [`Final-Recipient: rfc822; ${address}`, 'Action: delayed', 'Status: 4.4.1', ...(until ? [`Will-Retry-Until: ${until}`] : []), 'Diagnostic-Code: smtp; 451 4.4.1 Connection timed out'].join('\n');
}

const schedule = (evidence: readonly Evidence[]) => evidence.find((e) => e.decides === 'retry-schedule')?.text ?? '';

describe('per-recipient facts read once per notice', () => {
  it("gives each delayed recipient its own block's Will-Retry-Until, else the notice's words", async () => {
    const v = await classify(
      delayNotice([
        block('a@example.org', 'Tue, 10 Nov 2026 09:14:02 +0000'),
        block('b@example.org', 'Wed, 11 Nov 2026 10:00:00 +0000'),
        block('c@example.org'),
      ]),
    );
    expect(v.recipients.map((r) => [r.address, r.action])).toEqual([
      ['a@example.org', 'delayed'],
      ['b@example.org', 'delayed'],
      ['c@example.org', 'delayed'],
    ]);
    expect(schedule(v.recipients[0]!.evidence)).toBe('Will-Retry-Until: Tue, 10 Nov 2026 09:14:02 +0000');
    expect(schedule(v.recipients[1]!.evidence)).toBe('Will-Retry-Until: Wed, 11 Nov 2026 10:00:00 +0000');
    expect(schedule(v.recipients[2]!.evidence)).toBe('trying for 5 days');
  });

  it('reads a notice of many delayed recipients, each with its own schedule', async () => {
    const n = 200;
    const blocks = Array.from({ length: n }, (_, i) => block(`user${i}@example.org`, `Tue, 10 Nov 2026 ${String(i % 24).padStart(2, '0')}:00:00 +0000`));
    const v = await classify(delayNotice(blocks));
    expect(v.recipients).toHaveLength(n);
    for (let i = 0; i < n; i += 37) {
      expect(schedule(v.recipients[i]!.evidence)).toBe(`Will-Retry-Until: Tue, 10 Nov 2026 ${String(i % 24).padStart(2, '0')}:00:00 +0000`);
    }
  });
});

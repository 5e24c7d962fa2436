/**
 * Providers' own refusals (test/core/support/sisimai-hosts.ts, facts from Sisimai 4.25's
 * Rhost modules), each as the Diagnostic-Code of a minimal RFC 3464 notice whose Remote-MTA
 * names the provider's host: the recipient's reason must be the row's.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/index.js';
import { hostRows, type HostRow } from './support/sisimai-hosts.js';

export function dsnFor(row: HostRow): string {
  const temporary = row.status.startsWith('4');
  return [
    'From: Mail Delivery System <MAILER-DAEMON@relay.origin.example>',
    'To: sales@origin.example',
    'Subject: Undelivered Mail Returned to Sender',
    'Date: Mon, 2 Nov 2026 10:00:00 +0000',
    'Message-ID: <dsn.7@relay.origin.example>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    temporary ? 'Your message has not been delivered yet; the relay will keep trying.' : 'Your message could not be delivered.',
    '',
    '--b1',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; relay.origin.example',
    '',
    'Final-Recipient: rfc822; pat@dest.example',
    `Action: ${temporary ? 'delayed' : 'failed'}`,
    `Status: ${row.status}`,
    `Remote-MTA: dns; ${row.host}`,
    `Diagnostic-Code: smtp; ${row.text}`,
    '',
    '--b1--',
    '',
  ].join('\r\n');
}

describe('providers\' own refusals (Sisimai 4.25 Rhost facts)', () => {
  it.each(hostRows.map((r) => [`${r.source} ${r.host}: ${r.text}`, r] as const))('%s', async (_name, row) => {
    const v = await classify(dsnFor(row));
    expect(v.kind).toBe('bounce');
    expect(v.recipients.map((r) => r.reason)).toEqual([row.reason]);
  });
});

/**
 * Mimecast ("[Postmaster] Email Delivery Failure", Message-Id "...@*.mimecast.lan"): the failed
 * addresses and the problem each on a line of its own after "-- ":
 *
 *   An email that you attempted to send to the following address could not be delivered:
 *   -- a@example.org
 *   The problem appears to be :
 *   -- Recipient email address is possibly incorrect
 *   Additional information follows :
 *   -- 5.4.1 Recipient address rejected: Access denied.
 */
import { header } from '../parse/message.js';
import { isAddress } from '../parse/address.js';
import { firstAddress, foundRecipient, linesOf, subjectOf } from './lib.js';
import type { FoundRecipient, Reporter } from './types.js';

export const mimecast = {
  name: 'Mimecast',
  marks: { subject: ['email delivery failure'], headers: [['message-id', '.mimecast.lan>']] },
  detect: (ctx) => subjectOf(ctx).includes('email delivery failure') || header(ctx, 'message-id').toLowerCase().includes('.mimecast.lan>'),
  recipients(ctx) {
    const out: { address: string; lines: string[] }[] = [];
    for (const line of linesOf(ctx.notice)) {
      const m = /^--\s(.+)$/.exec(line.trim());
      if (!m) continue;
      const v = m[1]!.trim();
      if (!v.includes(' ') && isAddress(v)) {
        out.push({ address: firstAddress(v), lines: [] });
        continue;
      }
      const cur = out[out.length - 1];
      if (cur && cur.lines.length < 8) cur.lines.push(v);
    }
    // "Additional information" (the remote reply) first: the problem line is Mimecast's summary.
    return out.map((b): FoundRecipient => foundRecipient(b.address, [...b.lines].reverse().join('\n')));
  },
} as const satisfies Reporter;

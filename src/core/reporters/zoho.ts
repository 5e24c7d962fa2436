/**
 * Zoho Mail (mailer-daemon@mail.zoho.com, X-Mailer: Zoho Mail):
 *
 *   This message was created automatically by mail delivery software.
 *   A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.
 *
 *   a@example.org Invalid Address, ERROR_CODE :550, ERROR_CODE :Requested action not taken: mailbox unavailable
 *
 * and the delay warning:
 *
 *   ----- The following addresses had fatal errors -----
 *   [Status: Error, Address: <a@example.co.jp>, ResponseCode 421, , Host not reachable.]
 *
 *   Message will be retried for 4 more day(s)
 */
import { header } from '../parse/message.js';
import { firstAddress, foundRecipient, fromOf, linesOf, says } from './lib.js';
import type { FoundRecipient, Reporter } from './types.js';

export const zoho = {
  name: 'Zoho',
  marks: { from: ['mailer-daemon@mail.zoho'], headers: [['x-mailer', 'zoho mail']] },
  detect: (ctx) => fromOf(ctx).includes('mailer-daemon@mail.zoho') || header(ctx, 'x-mailer').toLowerCase() === 'zoho mail',
  recipients(ctx) {
    const out: FoundRecipient[] = [];
    const delayed = says(ctx, 'will be retried');
    for (const line of linesOf(ctx.body.slice(0, 20000))) {
      const t = line.trim();
      if (/^received:/i.test(t)) break;
      // "a@b Invalid Address, ERROR_CODE :550, ..."
      const code = /ERROR_CODE\s*:\s*(\d{3})/.exec(t);
      if (code) {
        const a = firstAddress(t);
        if (a && t.toLowerCase().startsWith(a)) out.push(foundRecipient(a, t, { reply: code[1]!, ...(delayed ? { action: 'delayed' } : {}) }));
        continue;
      }
      // "[Status: Error, Address: <a@b>, ResponseCode 421, , Host not reachable.]"
      const st = /^\[Status:[^\]]{0,40}Address:\s*<([^<>\s]{1,256})>,\s*ResponseCode\s+(\d{3})/i.exec(t);
      if (st) out.push(foundRecipient(firstAddress(st[1]!), t.replace(/^\[|\]$/g, ''), { reply: st[2]!, ...(delayed ? { action: 'delayed' } : {}) }));
    }
    return out;
  },
} as const satisfies Reporter;

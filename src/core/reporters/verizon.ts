/**
 * Verizon Wireless's MMS gateway (From: MMSC NDR Administrator <sysadmin@m01.vzwpix.com>):
 *
 *   Message could not be delivered to mobile.
 *   Error: No valid recipients for this MM
 *
 *   Original Message:
 *   From: ...
 *   To: 0000000000@vzwpix.com
 *
 * The recipient is only in the quoted original's To: line.
 */
import { addressesIn, bodyLower, foundRecipient, fromOf, says } from './lib.js';
import type { Reporter } from './types.js';

export const verizon = {
  name: 'Verizon',
  marks: { from: ['vzwpix.com', 'vtext.com'] },
  detect: (ctx) => {
    const f = fromOf(ctx);
    return (f.includes('vzwpix.com') || f.includes('vtext.com')) && says(ctx, 'could not be delivered');
  },
  recipients(ctx) {
    const lower = bodyLower(ctx);
    const error = /^error:(.+)$/im.exec(ctx.body)?.[1]?.trim() ?? '';
    const at = lower.indexOf('original message:');
    const orig = at >= 0 ? ctx.body.slice(at, at + 2000) : ctx.original;
    const to = /^to:(.+)$/im.exec(orig);
    return to ? addressesIn(to[1]!).map((a) => foundRecipient(a, error)) : [];
  },
} as const satisfies Reporter;

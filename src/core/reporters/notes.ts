/**
 * Lotus Notes' SMTP MTA (R4/R5, POSTMASTER@..., Subject "Undeliverable message"):
 *
 *   ------- Failure Reasons  --------
 *
 *   User not listed in public Name & Address Book
 *   a@example.com
 *
 *   ------- Returned Message --------
 */
import { addressesIn, foundRecipient, section, words } from './lib.js';
import type { Reporter } from './types.js';

export const notes = {
  name: 'Notes',
  detect: (ctx) => ctx.noticeLower.includes('------- failure reasons'),
  recipients(ctx) {
    const lower = ctx.body.toLowerCase();
    const part = section(ctx.body, lower, ['------- failure reasons  --------', '------- failure reasons --------'], ['------- returned message']);
    const reasons = words(part.split('\n').filter((l) => !l.includes('@')).slice(0, 6));
    return addressesIn(part).filter((a) => !ctx.senders.has(a)).map((a) => foundRecipient(a, reasons));
  },
} as const satisfies Reporter;

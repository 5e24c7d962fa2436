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
import { addressesIn, found, section, words } from './lib.js';
import type { Reporter } from './types.js';

export const notes: Reporter = {
  name: 'Notes',
  detect: (ctx) => ctx.noticeLower.includes('------- failure reasons'),
  recipients(ctx) {
    const lower = ctx.body.toLowerCase();
    const part = section(ctx.body, lower, ['------- failure reasons  --------', '------- failure reasons --------'], ['------- returned message']);
    const reasons = words(part.split('\n').filter((l) => !l.includes('@')).slice(0, 6));
    return addressesIn(part).filter((a) => !ctx.senders.has(a)).map((a) => found(a, reasons));
  },
};

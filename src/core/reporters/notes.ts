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
import { addressesIn, bodySection, foundRecipient, noticeSays, words } from './lib.js';
import type { Reporter } from './types.js';

export const notes = {
  name: 'Notes',
  marks: { says: ['------- failure reasons'] },
  detect: noticeSays('------- failure reasons'),
  recipients(ctx) {
    const part = bodySection(ctx, ['------- failure reasons  --------', '------- failure reasons --------'], ['------- returned message']);
    const reasons = words(part.split('\n').filter((l) => !l.includes('@')).slice(0, 6));
    return addressesIn(part).filter((a) => !ctx.senders.has(a)).map((a) => foundRecipient(a, reasons));
  },
} as const satisfies Reporter;

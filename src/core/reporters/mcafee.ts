/**
 * McAfee Email Gateway (formerly IronMail / Secure Computing), Subject "Delivery Status":
 *
 *       --- The following addresses had delivery problems ---
 *
 *   <a@example.co.jp>   (Unknown user a@example.co.jp)
 *   <b@example.or.jp>   (5.1.1 <b@example.or.jp>... User unknown)
 */
import { header } from '../parse/message.js';
import { bodySection, dsnFound, firstAddress, foundRecipient, linesOf, says, subjectOf } from './lib.js';
import type { FoundRecipient, Reporter } from './types.js';

export const mcafee = {
  name: 'McAfee',
  // The list may sit in an attachment ("deliveryproblems.txt") that is not part of the readable
  // notice; the gateway still stamps its own header on the notice it writes.
  marks: { says: ['--- the following addresses had delivery problems ---'], headers: [['x-nai-header', 'modified by mcafee']] },
  detect: (ctx) =>
    says(ctx, '--- the following addresses had delivery problems ---')
    || (header(ctx, 'x-nai-header').toLowerCase().includes('modified by mcafee') && subjectOf(ctx).startsWith('delivery status')),
  recipients(ctx) {
    const list = bodySection(ctx, ['--- the following addresses had delivery problems ---'], ['content-type:', 'reporting-mta:', '--- ']);
    const out: FoundRecipient[] = [];
    for (const line of linesOf(list)) {
      const m = /^\s*<([^<>\s]{1,256})>\s*(?:\((.*)\))?$/.exec(line);
      const a = m ? firstAddress(m[1]!) : '';
      if (a) out.push(foundRecipient(a, m![2] ?? ''));
    }
    return out.length ? out : dsnFound(ctx);
  },
} as const satisfies Reporter;

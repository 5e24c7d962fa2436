/**
 * Outlook.com / Hotmail and the Windows SMTP service (IIS, Exchange 2000/2003 SMTP), Subject
 * "Delivery Status Notification (Failure)":
 *
 *   This is an automatically generated Delivery Status Notification.
 *
 *   Delivery to the following recipients failed.
 *
 *          a@example.jp
 *
 * The delay warning says "Delivery to the following recipients has been delayed." The server's
 * words are only in the attached DSN.
 */
import { bodySection, foundRecipient, leadAddress, linesOf, says } from './lib.js';
import type { FoundRecipient, Reporter } from './types.js';

const starts = ['delivery to the following recipients failed.', 'delivery to the following recipients has been delayed.', 'delivery to the following recipients failed permanently:'];

export const outlook = {
  name: 'Outlook',
  marks: { says: ['this is an automatically generated delivery status notification'] },
  detect(ctx) {
    return says(ctx, 'this is an automatically generated delivery status notification') && says(ctx, 'delivery to the following recipients');
  },
  recipients(ctx) {
    const list = bodySection(ctx, starts, ['reporting-mta:', 'content-type:', 'original message']);
    const delayed = says(ctx, 'has been delayed');
    // A notice with no DSN part writes the cause under the list ("Status: 5.1.1 (bad destination
    // mailbox address)", a reply line): the lines after an address, up to the next, are its words.
    const out: { address: string; words: string[] }[] = [];
    for (const line of linesOf(list)) {
      const a = leadAddress(line);
      if (a) out.push({ address: a, words: [] });
      else if (line.trim() && out.length) out.at(-1)!.words.push(line.trim());
    }
    return out.map((r) => foundRecipient(r.address, r.words.join('\n'), delayed ? { action: 'delayed' } : {}));
  },
} as const satisfies Reporter;

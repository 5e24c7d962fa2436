/**
 * Trustwave MailMarshal SMTP:
 *
 *   Your message:
 *      From:    sender@example.com
 *      Subject: hi
 *
 *   Could not be delivered because of
 *
 *   550 5.1.1 User unknown
 *
 *   The following recipients were affected:
 *       a@example.com
 *
 *   Additional Information
 *   ======================
 *   Original Sender:    <sender@example.com>
 *   Remote-MTA:         <203.0.113.2>
 */
import { bodySection, foundRecipient, leadAddress, linesOf, says, words } from './lib.js';
import type { FoundRecipient, Reporter } from './types.js';

export const mailmarshal = {
  name: 'MailMarshalSMTP',
  marks: { says: ['could not be delivered because of'] },
  detect: (ctx) => says(ctx, 'could not be delivered because of') && says(ctx, 'the following recipients were affected'),
  recipients(ctx) {
    const because = words(linesOf(bodySection(ctx, ['could not be delivered because of'], ['the following recipients were affected'])));
    const list = bodySection(ctx, ['the following recipients were affected:'], ['additional information', '=====', 'content-type:']);
    const host = /^remote-mta:\s*<([^<>\s]{1,255})>/im.exec(ctx.body)?.[1] ?? '';
    const out: FoundRecipient[] = [];
    for (const line of linesOf(list)) {
      const a = leadAddress(line);
      if (a) out.push(foundRecipient(a, because, { remoteHost: host }));
    }
    return out;
  },
} as const satisfies Reporter;

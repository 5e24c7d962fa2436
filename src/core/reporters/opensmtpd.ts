/**
 * OpenSMTPD (Subject "Delivery status notification: error" / ": failed" / ": delayed"):
 *
 *   Hi!
 *
 *   This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.
 *
 *   An error has occurred while attempting to deliver a message for
 *   the following list of recipients:
 *
 *   a@example.jp: 550 5.2.2 <a@example.jp>... Mailbox Full
 *   b@example.org: Domain does not exist
 *
 *   Below is a copy of the original message:
 *
 * Newer versions word the delay "Your message is delayed ... for the following list of
 * recipients" and add a DSN part.
 */
import { bodySection, firstAddress, foundRecipient, linesOf, says, subjectOf } from './lib.js';
import type { FoundRecipient, Reporter } from './types.js';

export const opensmtpd = {
  name: 'OpenSMTPD',
  marks: { says: ['this is the mailer-daemon, please do not reply', 'the following list of recipients'] },
  detect(ctx) {
    return says(ctx, 'this is the mailer-daemon, please do not reply') || (says(ctx, 'the following list of recipients') && subjectOf(ctx).startsWith('delivery status notification:'));
  },
  recipients(ctx) {
    const list = bodySection(ctx, ['the following list of recipients:'], ['below is a copy of the original message', 'reporting-mta:', 'content-type:']);
    const delayed = subjectOf(ctx).includes('delayed');
    const out: FoundRecipient[] = [];
    for (const line of linesOf(list)) {
      const m = /^\s*<?([^\s<>:]{1,256}@[^\s<>:]{1,256})>?:(.*)$/.exec(line);
      const a = m ? firstAddress(m[1]!) : '';
      if (a) out.push(foundRecipient(a, m![2]!.trim(), delayed ? { action: 'delayed' } : {}));
    }
    return out;
  },
} as const satisfies Reporter;

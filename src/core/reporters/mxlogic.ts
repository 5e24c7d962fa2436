/**
 * McAfee SaaS Email Protection, formerly MX Logic (MAILER-DAEMON@....mxlogic.net), Exim's words
 * with its own list:
 *
 *   This message was created automatically by mail delivery software.
 *
 *   A message that you have sent could not be delivered to one or more
 *   recipients.  This is a permanent error.  The following address failed:
 *
 *     <a@example.co.jp>: 550 unknown user
 *
 *   Included is a copy of the message header:
 */
import { bodySection, firstAddress, foundRecipient, fromOf, linesOf, says } from './lib.js';
import type { FoundRecipient, Reporter } from './types.js';

export const mxlogic = {
  name: 'MXLogic',
  marks: { from: ['mxlogic.net'], says: ['a message that you have sent could not be delivered to one or more'] },
  detect: (ctx) => fromOf(ctx).includes('mxlogic.net') || says(ctx, 'a message that you have sent could not be delivered to one or more'),
  recipients(ctx) {
    const list = bodySection(ctx, ['the following address failed:', 'the following addresses failed:'], ['included is a copy of the message header', '-----------', 'content-type:']);
    const out: FoundRecipient[] = [];
    for (const line of linesOf(list)) {
      const m = /^\s*<([^<>\s]{1,256})>:(.+)$/.exec(line);
      const a = m ? firstAddress(m[1]!) : '';
      if (a) out.push(foundRecipient(a, m![2]!.trim()));
    }
    return out;
  },
} as const satisfies Reporter;

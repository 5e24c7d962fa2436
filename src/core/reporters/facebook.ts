/**
 * Facebook's mail relay (mailer-daemon@mx.facebook.com, Subject "Sorry, your message could not be
 * delivered"), a sentence and a DSN whose Diagnostic-Code carries Facebook's own reason tag:
 *
 *   This message was created automatically by Facebook.
 *
 *   Based on the email preferences of the person you're trying to email, this message could not be delivered.
 *
 *   Diagnostic-Code: smtp; 550 5.1.1 RCP-P2 http://postmaster.facebook.com/response_codes?ip=192.0.2.1#rcp Refused due to recipient preferences
 */
import { dsnFound, linesOf, noticeSays, words } from './lib.js';
import type { Reporter } from './types.js';

export const facebook = {
  name: 'Facebook',
  marks: { says: ['this message was created automatically by facebook'] },
  detect: noticeSays('this message was created automatically by facebook'),
  recipients(ctx) {
    const text = words(linesOf(ctx.notice).slice(0, 6));
    return dsnFound(ctx).map((r) => ({ ...r, context: text }));
  },
} as const satisfies Reporter;

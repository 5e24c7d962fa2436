/**
 * An unnamed MTA (Sisimai's X3), Subject "Delivery status notification", sections between rules
 * of "=" (the misspelling "Delevery" is the server's):
 *
 *   ============================================================================
 *         This is an automatically generated Delivery Status Notification.
 *
 *   Delivery to the following recipients failed permanently:
 *
 *      * a@example.com
 *
 *   ============================================================================
 *                                Technical details:
 *
 *   SMTP:RCPT host 192.0.2.8: 553 5.3.0 <a@example.com>... No such user here
 *
 *   ============================================================================
 *
 * A delivery given up after its queue lifetime: "Delevery to the following recipients was aborted
 * after 5.0 hour(s):".
 */
import { commandNamed } from '../rules/commands.js';
import { bodyLower, foundRecipient, leadAddress, linesOf, says, section, words } from './lib.js';
import { formatHint } from '../rules/formats.js';
import type { FoundRecipient, Reporter } from './types.js';

export const x3 = {
  name: 'X3',
  marks: { says: ['this is an automatically generated delivery status notification'] },
  detect(ctx) {
    const n = ctx.noticeLower;
    return says(ctx, 'this is an automatically generated delivery status notification') && /del[ei]very to the following recipients (?:failed permanently|was aborted)/.test(n) && says(ctx, '* ');
  },
  recipients(ctx) {
    const lower = bodyLower(ctx);
    const list = section(ctx.body, lower, ['recipients failed permanently:', 'recipients was aborted after'], ['=====', 'technical details:', 'content-type:']);
    const details = words(linesOf(section(ctx.body, lower, ['technical details:'], ['=====', 'content-type:'])).slice(0, 10));
    // Given up after hours or days in the queue ("after 0 second(s)" is a refusal, not an expiry).
    const aborted = formatHint('X3', lower);
    // "SMTP:RCPT host 192.0.2.8: 553 ..."
    const step = /^smtp:(rcpt|mail|data|helo|ehlo)\s+host\s+([^\s:]{1,255}):(.*)$/i.exec(details);
    const out: FoundRecipient[] = [];
    for (const line of linesOf(list)) {
      const a = leadAddress(line.replace(/^\s*\*\s*/, ''));
      if (!a) continue;
      out.push(foundRecipient(a, step ? step[3]!.trim() : details, {
        ...(step ? { command: commandNamed(step[1]), remoteHost: step[2]! } : {}),
        ...(aborted && !step ? { hint: aborted } : {}),
      }));
    }
    return out;
  },
} as const satisfies Reporter;

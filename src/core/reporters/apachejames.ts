/**
 * Apache James (post_master@..., answering with the original's Subject), a notice with the
 * envelope under "Message details":
 *
 *   Error: Invalid user address
 *
 *   Error message below:
 *   550 - Requested action not taken: no such user here
 *
 *   Message details:
 *     Subject: hi
 *     Sent date: Wed Jun 12 02:21:53 GMT 2013
 *     MAIL FROM: b@example.com
 *     RCPT TO: a@example.com
 *     From: b@example.com
 *     To: a@example.com
 *     Size (in bytes): 1024
 *     Number of lines: 24
 */
import { bodySection, firstAddress, foundRecipient, linesOf, says, words } from './lib.js';
import type { Reporter } from './types.js';

export const apachejames = {
  name: 'ApacheJames',
  marks: { says: ['error message below:'] },
  detect: (ctx) => says(ctx, 'error message below:') && says(ctx, 'message details:'),
  recipients(ctx) {
    const said = words(linesOf(bodySection(ctx, ['error message below:'], ['message details:'])));
    const details = bodySection(ctx, ['message details:'], ['content-type:', '\n\n\n']);
    const error = (/^[ \t]*error:(.*)$/im.exec(ctx.notice)?.[1] ?? '').trim();
    const rcpt = /^[ \t]*rcpt to:(.*)$/im.exec(details);
    const list = rcpt ? rcpt[1]!.split(/[,\s]+/).map((s) => firstAddress(s)).filter(Boolean) : [];
    return list.map((a) => foundRecipient(a, said || error, { ...(error && said ? { context: error } : {}) }));
  },
} as const satisfies Reporter;

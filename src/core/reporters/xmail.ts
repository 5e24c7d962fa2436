/**
 * XMail: one bracketed line per failed recipient, the remote reply in the Error field:
 *
 *   [<00>] XMail bounce: Rcpt=[a@example.org];Error=[550 5.1.1 <a@example.org>... User unknown]
 */
import { firstAddress, foundRecipient, linesOf } from './lib.js';
import type { FoundRecipient, Reporter } from './types.js';

export const xmail = {
  name: 'XMail',
  detect: (ctx) => ctx.noticeLower.includes('xmail bounce: rcpt=['),
  recipients(ctx) {
    const out: FoundRecipient[] = [];
    for (const line of linesOf(ctx.notice)) {
      const m = /xmail bounce: rcpt=\[([^\]]{1,300})\];\s?error=\[(.{0,2000})\]\s*$/i.exec(line);
      const a = m ? firstAddress(m[1]!) : '';
      if (a) out.push(foundRecipient(a, m![2]!));
    }
    return out;
  },
} as const satisfies Reporter;

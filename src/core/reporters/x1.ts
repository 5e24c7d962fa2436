/**
 * An unnamed MTA (Sisimai's X1), Subject "Returned Mail: ...":
 *
 *   The original message was received at Thu, 29 Apr 2010 23:34:45 +0900 (JST)
 *   from b@example.jp
 *
 *   ---The following addresses had delivery errors---
 *
 *   a@example.co.jp [User unknown]
 */
import { firstAddress, foundRecipient, linesOf, section } from './lib.js';
import type { FoundRecipient, Reporter } from './types.js';

export const x1 = {
  name: 'X1',
  detect: (ctx) => ctx.noticeLower.includes('---the following addresses had delivery errors---'),
  recipients(ctx) {
    const lower = ctx.body.toLowerCase();
    const list = section(ctx.body, lower, ['---the following addresses had delivery errors---'], ['content-type:', '--']);
    const out: FoundRecipient[] = [];
    for (const line of linesOf(list)) {
      const m = /^\s*<?([^\s<>[\]]{1,256}@[^\s<>[\]]{1,256})>?\s+\[([^\]]{0,500})\]/.exec(line);
      const a = m ? firstAddress(m[1]!) : '';
      if (a) out.push(foundRecipient(a, m![2]!));
    }
    return out;
  },
} as const satisfies Reporter;

/**
 * BIGLOBE (postmaster@biglobe.ne.jp), a Sendmail-like list with its own reason section:
 *
 *      ----- The following addresses had delivery problems -----
 *   a@example.ne.jp
 *
 *      ----- Non-delivered information -----
 *   The number of messages in recipient's mailbox exceeded the local limit.
 */
import { bodySection, foundRecipient, fromOf, leadAddress, linesOf, says, words } from './lib.js';
import type { Reporter } from './types.js';

export const biglobe = {
  name: 'Biglobe',
  marks: { from: ['biglobe.ne.jp'] },
  detect: (ctx) => fromOf(ctx).includes('biglobe.ne.jp') && says(ctx, '----- non-delivered information -----'),
  recipients(ctx) {
    const list = bodySection(ctx, ['----- the following addresses had delivery problems -----'], ['----- non-delivered information -----']);
    const info = words(linesOf(bodySection(ctx, ['----- non-delivered information -----'], ['-----', 'content-type:'])).slice(0, 10));
    const out = [];
    for (const line of linesOf(list)) {
      const a = leadAddress(line);
      if (a) out.push(foundRecipient(a, info));
    }
    return out;
  },
} as const satisfies Reporter;

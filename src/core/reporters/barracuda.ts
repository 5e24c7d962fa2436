/**
 * Barracuda Spam Firewall (Subject "**Message you sent blocked by our bulk email filter**"):
 *
 *   Your message to: a@example.org
 *   was blocked by our Spam Firewall. The email you sent with the following subject has NOT BEEN DELIVERED:
 *
 * The refusal is the filter's own spam verdict.
 */
import { firstAddress, foundRecipient, linesOf, says, subjectOf } from './lib.js';
import type { FoundRecipient, Reporter } from './types.js';

export const barracuda = {
  name: 'Barracuda',
  marks: { says: ['was blocked by our spam firewall'], subject: ['blocked by our bulk email filter'] },
  detect: (ctx) => says(ctx, 'was blocked by our spam firewall') || subjectOf(ctx).includes('blocked by our bulk email filter'),
  recipients(ctx) {
    const out: FoundRecipient[] = [];
    const lines = linesOf(ctx.notice);
    lines.forEach((l, i) => {
      const m = /^\s*your message to:(.*)$/i.exec(l);
      const a = m ? firstAddress(m[1]!) : '';
      if (a) out.push(foundRecipient(a, `${l.trim()} ${(lines[i + 1] ?? '').trim()}`.trim(), { hint: 'spamdetected' }));
    });
    return out;
  },
} as const satisfies Reporter;

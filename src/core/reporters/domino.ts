/**
 * HCL (IBM, Lotus) Domino, Subject "DELIVERY FAILURE: ...":
 *
 *   Your message
 *
 *     Subject: Nyaan
 *
 *   was not delivered to:
 *
 *     a@example.com
 *
 *   because:
 *
 *     User a (a@example.com) not listed in Domino Directory
 *
 * The text names the address as the sender wrote it; the DSN part may name the one Domino
 * forwarded to, so this reader's address is kept over the DSN's (see `namesOriginal`).
 */
import { bodySection, foundRecipient, leadAddress, linesOf, says, subjectOf, words } from './lib.js';
import type { FoundRecipient, Reporter } from './types.js';

export const domino = {
  name: 'Domino',
  namesOriginal: true,
  marks: { subject: ['delivery failure:'] },
  detect: (ctx) => subjectOf(ctx).startsWith('delivery failure:') && says(ctx, 'was not delivered to:'),
  recipients(ctx) {
    const list = bodySection(ctx, ['was not delivered to:'], ['because:']);
    const because = words(linesOf(bodySection(ctx, ['because:'], ['\n\n\n', 'content-type:', 'original message'])).slice(0, 10));
    const out: FoundRecipient[] = [];
    for (const line of linesOf(list)) {
      const a = leadAddress(line);
      if (a) out.push(foundRecipient(a, because));
    }
    return out;
  },
} as const satisfies Reporter;

/**
 * QUALITIA Active!hunter (an X-AHMailID header): Sendmail-like, each failed address after ">>> ":
 *
 *     ----- The following addresses had permanent fatal errors -----
 *
 *   >>> a@example.org <a@example.org>
 *
 *     ----- Transcript of session follows -----
 *   550 sorry, no mailbox here by that name (#5.1.1 - chkusr)
 */
import { header } from '../parse/message.js';
import { bodySection, firstAddress, foundRecipient, linesOf, says } from './lib.js';
import type { FoundRecipient, Reporter } from './types.js';

export const activehunter = {
  name: 'Activehunter',
  marks: { headers: [['x-ahmailid', '']] },
  detect: (ctx) => header(ctx, 'x-ahmailid') !== '' && says(ctx, 'following addresses had permanent fatal errors'),
  recipients(ctx) {
    const part = bodySection(ctx, ['following addresses had permanent fatal errors'], ['content-type: message/rfc822', 'content-type: text/rfc822-headers']);
    const out: { address: string; said: string }[] = [];
    for (const line of linesOf(part)) {
      const t = line.trim();
      if (t.startsWith('>>> ')) {
        const a = firstAddress(t);
        if (a) out.push({ address: a, said: '' });
        continue;
      }
      // The first line that starts with a letter or digit is the remote reply.
      const cur = out[out.length - 1];
      if (cur && !cur.said && /^[0-9a-z]/i.test(t)) cur.said = t;
    }
    return out.map((b): FoundRecipient => foundRecipient(b.address, b.said));
  },
} as const satisfies Reporter;

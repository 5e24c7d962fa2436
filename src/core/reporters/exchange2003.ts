/**
 * Microsoft Exchange 5.5 - 2003 (X-Mailer: Internet Mail Service, Subject "Undeliverable: ..."):
 *
 *   Your message
 *
 *     To:      b@example.com
 *     Subject: hi
 *     Sent:    Thu, 29 Apr 2010 00:00:00 -0000
 *
 *   did not reach the following recipient(s):
 *
 *   a@example.jp on Thu, 29 Apr 2010 00:00:00 -0000
 *       The recipient name is not recognized
 *       The MTS-ID of the original message is: c=jp;a= ;p=org;l=HOST0000
 *       MSEXCH:IMS:ORG:SITE:SERVER 0 (000C05A6) Unknown Recipient
 */
import { firstAddress, found, section, words } from './lib.js';
import type { FoundRecipient, Reporter } from './types.js';

export const exchange2003: Reporter = {
  name: 'Exchange2003',
  detect: (ctx) => ctx.noticeLower.includes('did not reach the following recipient'),
  recipients(ctx) {
    const lower = ctx.body.toLowerCase();
    const list = section(ctx.body, lower, ['did not reach the following recipient(s):', 'did not reach the following recipient:'], ['content-type:', '\n\n\n']);
    const out: { address: string; lines: string[] }[] = [];
    let cur: { address: string; lines: string[] } | null = null;
    for (const line of list.split('\n')) {
      // "a@b on <date>" starts a recipient; "a@b" alone too.
      const m = /^\s{0,2}(\S{1,256}@\S{1,256})(?:\s+on\s.*)?$/.exec(line);
      const a = m ? firstAddress(m[1]!) : '';
      if (a) {
        cur = { address: a, lines: [] };
        out.push(cur);
        continue;
      }
      const t = line.trim();
      // The MTS-ID (and its wrapped tail ";l=...") names the message, not the failure.
      if (!cur || !t || /^the mts-id of the original message/i.test(t) || t.startsWith(';')) continue;
      if (cur.lines.length < 12) cur.lines.push(t);
    }
    return out.map((b): FoundRecipient => found(b.address, words(b.lines)));
  },
};

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
 *
 * Exchange 2000/2003 and IIS SMTP (and Outlook's rendering of their reports) say it another way,
 * the recipient quoted or by name and indented, the remote reply in angle brackets:
 *
 *   Your message did not reach some or all of the intended recipients.
 *   The following recipient(s) cannot be reached:
 *
 *         'a@example.com' on 3/4/2025 9:10 AM
 *               The e-mail address could not be found. ...
 *               <mx.example.org #5.1.1 smtp;550 5.1.1 <a@example.com>... User unknown>
 */
import { bodyLower, firstAddress, foundRecipient, says, section, words } from './lib.js';
import type { FoundRecipient, Reporter } from './types.js';

export const exchange2003 = {
  name: 'Exchange2003',
  marks: { says: ['did not reach the following recipient', 'the following recipient(s) cannot be reached:'] },
  detect: (ctx) => says(ctx, 'did not reach the following recipient') || says(ctx, 'the following recipient(s) cannot be reached:'),
  recipients(ctx) {
    const lower = bodyLower(ctx);
    const list = section(ctx.body, lower, ['did not reach the following recipient(s):', 'did not reach the following recipient:'], ['content-type:', '\n\n\n']);
    if (!list) return cannotBeReached(ctx.body, lower);
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
    return out.map((b): FoundRecipient => foundRecipient(b.address, words(b.lines)));
  },
} as const satisfies Reporter;

/**
 * "The following recipient(s) cannot be reached:", then per recipient "'a@b' on <date>" (or a
 * display name: "Alice Smith on <date>") and its indented lines; a name is resolved from the
 * address the reply in angle brackets names.
 */
function cannotBeReached(body: string, lower: string): FoundRecipient[] {
  const list = section(body, lower, ['the following recipient(s) cannot be reached:'], ['content-type:', 'original message headers', '-----original message']);
  const out: { address: string; indent: number; lines: string[] }[] = [];
  for (const line of list.split('\n')) {
    const t = line.trim();
    if (!t) continue;
    const indent = line.length - line.trimStart().length;
    const cur = out[out.length - 1];
    const on = t.indexOf(' on ');
    if (on > 0 && (!cur || indent <= cur.indent)) {
      const who = t.slice(0, on);
      out.push({ address: who.includes('@') ? firstAddress(who) : '', indent, lines: [] });
      continue;
    }
    if (cur && cur.lines.length < 12) cur.lines.push(t);
  }
  const res: FoundRecipient[] = [];
  for (const b of out) {
    const diag = words(b.lines);
    const address = b.address || firstAddress(/<[^<>\s]{1,256}@[^<>\s]{1,256}>/.exec(diag)?.[0] ?? '');
    if (address) res.push(foundRecipient(address, diag));
  }
  return res;
}

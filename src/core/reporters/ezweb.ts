/**
 * au by KDDI's EZweb (Postmaster@ezweb.ne.jp, Subject "Mail System Error - Returned Mail"): a
 * Japanese paragraph, then one of
 *
 *   Each of the following recipients was rejected by a remote
 *   mail server.
 *
 *       Recipient: <a@example.jp>
 *       >>> RCPT TO:<a@example.jp>
 *       <<< 550 <a@example.jp>: User unknown
 *
 *   The user(s) account is disabled.
 *
 *   <a@ezweb.ne.jp>
 *
 *   Your message was not delivered within 0 days and 1 hours.
 *   Remote host is not responding.
 *
 *   The following recipients did not receive this message:
 *
 *   <a@ezweb.ne.jp>
 */
import { header } from '../parse/message.js';
import { commandNamed } from '../rules/commands.js';
import { firstAddress, foundRecipient, fromOf, linesOf, says, subjectOf, words } from './lib.js';
import type { FoundRecipient, Reporter } from './types.js';

export const ezweb = {
  name: 'EZweb',
  marks: { from: ['ezweb.ne.jp'], subject: ['mail system error - returned mail'] },
  detect: (ctx) => fromOf(ctx).includes('ezweb.ne.jp') || (subjectOf(ctx) === 'mail system error - returned mail' && says(ctx, 'recipient')),
  recipients(ctx) {
    const out = new Map<string, FoundRecipient>();
    const english: string[] = [];
    let cur: FoundRecipient | null = null;
    for (const line of linesOf(ctx.notice)) {
      const t = line.trim();
      const rcpt = /^recipient:\s*<([^<>\s]{1,256})>/i.exec(t);
      const alone = /^<([^<>\s]{1,256}@[^<>\s]{1,256})>$/.exec(t);
      if (rcpt || alone) {
        const a = firstAddress((rcpt ?? alone)![1]!);
        if (a) {
          cur = out.get(a) ?? foundRecipient(a, '');
          out.set(a, cur);
        }
        continue;
      }
      if (t.startsWith('>>>')) {
        if (cur) cur.command = commandNamed(/^>>>\s*(\w+)/.exec(t)?.[1]);
        if (cur && !cur.command) delete cur.command;
        continue;
      }
      if (t.startsWith('<<<')) {
        if (cur) cur.diagnostic = `${cur.diagnostic} ${t.slice(3).trim()}`.trim();
        continue;
      }
      // The notice's English sentences (the Japanese ones say the same in general terms).
      if (t && /^[\x20-\x7e]+$/.test(t) && !/^-{2,}/.test(t)) english.push(t);
    }
    const text = words(english.filter((l) => !/following recipients|rejected by a remote|^mail server\.$/i.test(l)).slice(0, 6));
    // "X-SPASIGN: NG": au's own spam filter (and the recipient's reception settings) refused it.
    const refused = header(ctx, 'x-spasign').trim().toUpperCase() === 'NG';
    for (const r of out.values()) {
      if (!r.diagnostic) r.diagnostic = text;
      if (refused) r.hint = 'filtered';
    }
    return [...out.values()];
  },
} as const satisfies Reporter;

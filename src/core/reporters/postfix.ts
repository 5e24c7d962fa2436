/**
 * Postfix (bounce(8) templates; also the many providers that run it unchanged):
 *
 *   This is the mail system at host mx.example.jp.
 *
 *   I'm sorry to have to inform you that your message could not
 *   be delivered to one or more recipients. It's attached below.
 *   ...
 *                      The mail system
 *
 *   <a@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 <a@example.org>:
 *       Recipient address rejected: User unknown (in reply to RCPT TO command)
 *   <b@example.org> (expanded from <c@example.jp>): mail for example.org loops back to myself
 *   <d@example.net>: connect to mx.example.net[192.0.2.2]:25: Connection timed out
 *
 * Its delay warning (Subject "Delayed Mail (still being retried)") says "This is a warning only"
 * and lists the same "<a@b>: ..." lines. Older versions begin "This is the Postfix program at host".
 */
import { isAddress, normalizeAddress } from '../parse/address.js';
import { hostIn } from '../parse/host.js';
import { squash } from '../rules/fold.js';
import { foundRecipient, linesOf, says, subjectOf } from './lib.js';
import type { FoundRecipient, NoticeContext, Reporter } from './types.js';

// "<a@b>: text" or "<a@b> (expanded from <c@d>): text"
const leadRe = /^<([^<>\s]{1,256})>(?:\s+\(expanded from <([^<>\s]{0,256})>\))?:(.*)$/;

export const postfix = {
  name: 'Postfix',
  marks: { says: ['this is the mail system at host', 'this is the postfix program at host'], subject: ['undelivered mail returned to sender'] },
  detect(ctx) {
    return says(ctx, 'this is the mail system at host') || says(ctx, 'this is the postfix program at host')
      || (says(ctx, 'the mail system') && subjectOf(ctx).startsWith('undelivered mail returned to sender'));
  },
  recipients: postfixRecipients,
} as const satisfies Reporter;

/** The "<a@b>: ..." paragraphs of a Postfix notice (also read by the providers that run it). */
export function postfixRecipients(ctx: NoticeContext): FoundRecipient[] {
  const delayed = says(ctx, 'this is a warning only') || subjectOf(ctx).startsWith('delayed mail');
  const out: FoundRecipient[] = [];
  let cur: { address: string; original: string; lines: string[] } | null = null;
  const flush = () => {
    if (cur) out.push(toFound(cur.address, cur.original, squash(cur.lines.join(' ')).trim(), delayed));
    cur = null;
  };
  for (const line of linesOf(ctx.notice)) {
    // leadRe reads a line that opens with '<' (few do).
    const m = line.startsWith('<') ? leadRe.exec(line) : null;
    if (m && isAddress(m[1]!)) {
      flush();
      cur = { address: normalizeAddress(m[1]!), original: m[2] ? normalizeAddress(m[2]) : '', lines: [m[3]!.trim()] };
      continue;
    }
    if (!cur) continue;
    // The server's words continue on the next lines (indented, or not when a relay rewrapped
    // them); a blank line ends them.
    if (line.trim() && cur.lines.length < 30) cur.lines.push(line.trim());
    else flush();
  }
  flush();
  return out;
}

function toFound(address: string, original: string, text: string, delayed: boolean): FoundRecipient {
  return foundRecipient(address, text, {
    ...(original && original !== address && isAddress(original) ? { originalRecipient: original } : {}),
    remoteHost: hostIn(text),
    ...(delayed ? { action: 'delayed' } : {}),
  });
}

/**
 * 1&1 / IONOS (mailer-daemon@kundenserver.de) and GMX/mail.com, Exim-like but unindented, the
 * address maybe quoted, and the reason under its own heading:
 *
 *   This message was created automatically by mail delivery software.
 *
 *   A message that you sent could not be delivered to one or more of
 *   its recipients. This is a permanent error. The following address
 *   failed:
 *
 *   "a@example.jp":
 *   SMTP error from remote server after RCPT command:
 *   host: mx.example.jp
 *   5.1.1 <a@example.jp>... User Unknown
 *
 *   a@example.org
 *
 *   For the following reason:
 *
 *   Mail size limit exceeded. For explanation visit http://postmaster.1and1.com/en/error-messages
 *
 *   --- The header of the original message is following. ---
 */
import { commandIn } from '../rules/commands.js';
import { bodySection, firstAddress, foundRecipient, fromOf, linesOf, says, words } from './lib.js';
import type { FoundRecipient, NoticeContext, Reporter } from './types.js';

const starts = ['the following address failed:', 'the following addresses failed:', 'the following address(es) failed:'];
/** Parts of the From: of 1&1's notices. */
const senders = ['kundenserver.', '1and1.', 'ionos.'];
const ends = ['--- the header of the original message is following', 'for the following reason:', '------ this is a copy of'];

export const einsundeins = {
  name: 'EinsUndEins',
  marks: { from: senders },
  detect: nemesisFrom(senders),
  recipients: nemesisRecipients,
} as const satisfies Reporter;

/** A `detect` for the Exim-like notice of 1&1's mail systems sent from one of `senders` (parts of the From: address; shared with gmx.ts). */
export function nemesisFrom(senders: readonly string[]): (ctx: NoticeContext) => boolean {
  return (ctx) => {
    const f = fromOf(ctx);
    return senders.some((s) => f.includes(s)) && says(ctx, 'could not be delivered to one or more');
  };
}

/** The list of the Exim-like notice of 1&1's and GMX's mail systems (shared with gmx.ts). */
export function nemesisRecipients(ctx: NoticeContext): FoundRecipient[] {
  const list = bodySection(ctx, starts, ends);
  const reason = words(linesOf(bodySection(ctx, ['for the following reason:'], ['--- the header of the original message', '------ this is a copy of', 'content-type:'])).slice(0, 10));
  const out: { address: string; lines: string[] }[] = [];
  for (const line of linesOf(list)) {
    // "a@b", "a@b:" or "\"a@b\":" alone at the start of a line
    const m = /^\s{0,2}"?<?([^\s"<>:]{1,256}@[^\s"<>:]{1,256})>?"?:?$/.exec(line);
    const a = m ? firstAddress(m[1]!) : '';
    if (a) {
      out.push({ address: a, lines: [] });
      continue;
    }
    const cur = out[out.length - 1];
    if (cur && line.trim() && cur.lines.length < 12) cur.lines.push(line.trim());
  }
  return out.map((b) => {
    const text = words(b.lines);
    // "host: mx.example.jp" / "host: smtp-in.example.fr (192.0.2.65)"
    const host = /\bhost:\s*([a-z0-9][\w.-]{0,250})/i.exec(text)?.[1] ?? '';
    const said = text.replace(/^.*?\bhost:\s*[a-z0-9][\w.-]{0,250}\s*(?:\([\da-f.:]{3,45}\)\s*)?(?:reason:\s*)?/i, '');
    return foundRecipient(b.address, said || reason, { remoteHost: host, command: commandIn(text), ...(said && reason ? { context: reason } : {}) });
  });
}

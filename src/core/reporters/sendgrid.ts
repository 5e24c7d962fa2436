/**
 * SendGrid (Subject "Undelivered Mail Returned to Sender", with a DSN part):
 *
 *   This is an automatically generated message from SendGrid.
 *
 *   I'm sorry to have to tell you that your message was not able to be
 *   delivered to one of its intended recipients.
 *
 *   If you require assistance with this, please contact SendGrid support.
 *
 *   a:000000:<a@example.jp> : 192.0.2.250 : mx.example.jp:[192.0.2.153] : 550 5.1.1 <a@example.jp>... User Unknown
 *   b:00000:<b@example.org> : Connection timed out in connect
 *
 * Each line: "local:id:<address> : [our ip :] [host:[ip] :] the server's words".
 */
import { firstAddress, foundRecipient, linesOf, noticeSays } from './lib.js';
import type { FoundRecipient, Reporter } from './types.js';

/** One line of the list, or null when the line is something else. */
function lineOf(line: string): FoundRecipient | null {
  const m = /^[^\s:<>]{1,256}:[^\s:<>]{0,64}:<([^<>\s]{1,256})>\s*:(.*)$/.exec(line.trim());
  const a = m ? firstAddress(m[1]!) : '';
  if (!a) return null;
  const parts = m![2]!.split(' : ');
  const said = parts[parts.length - 1]!.trim();
  const host = parts.length > 1 ? /^([a-z0-9][\w.-]{0,250}):\[/i.exec(parts[parts.length - 2]!.trim())?.[1] ?? '' : '';
  return foundRecipient(a, said, { remoteHost: host });
}

export const sendgrid = {
  name: 'SendGrid',
  marks: { says: ['this is an automatically generated message from sendgrid'] },
  detect: noticeSays('this is an automatically generated message from sendgrid'),
  recipients: (ctx) => linesOf(ctx.notice).map(lineOf).filter((r) => r !== null),
} as const satisfies Reporter;

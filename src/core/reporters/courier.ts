/**
 * Courier MTA (Subject "NOTICE: mail delivery status."):
 *
 *   This is a delivery status notification from mx.example.org,
 *   running the Courier mail server, version 0.65.2.
 *   ...
 *                              UNDELIVERABLE MAIL
 *
 *   Your message to the following recipients cannot be delivered:
 *
 *   <a@example.co.jp>:
 *       mx.example.co.jp [192.0.2.95]:
 *   >>> RCPT TO:<a@example.co.jp>
 *   <<< 550 5.1.1 <a@example.co.jp>... User Unknown
 *
 * The delay warning heads its list "DELAYED MAIL" / "has not yet been delivered to the following
 * recipients". A recipient whose domain does not resolve has only "<<< No such domain.".
 */
import { commandNamed } from '../rules/commands.js';
import type { SmtpCommand } from '../rules/commands.js';
import { angleBlocks, bodySection, foundRecipient, noticeSays, says, words } from './lib.js';
import type { FoundRecipient, Reporter } from './types.js';

const starts = ['your message to the following recipients cannot be delivered:', 'to the following recipients:'];
const ends = ['-----------------------------', 'if your message was also sent to additional recipients', 'reporting-mta:'];

export const courier = {
  name: 'Courier',
  marks: { says: ['running the courier mail server', 'this is a delivery status notification from'] },
  detect: noticeSays('running the courier mail server', ['this is a delivery status notification from', 'your message to the following recipients cannot be delivered']),
  recipients(ctx) {
    const delayed = says(ctx, 'delayed mail') || says(ctx, 'has not yet been delivered');
    const list = bodySection(ctx, starts, ends);
    const out: FoundRecipient[] = [];
    for (const b of angleBlocks(list)) {
      let host = '';
      let command: SmtpCommand | undefined;
      const said: string[] = [];
      for (const l of b.lines) {
        const t = l.trim();
        const h = /^([a-z0-9][\w.-]{0,250})\s+\[[\da-f.:]{3,45}\]:?$/i.exec(t);
        if (h) host = h[1]!;
        else if (t.startsWith('>>>')) command = commandNamed(/^>>>\s*(\w+)/.exec(t)?.[1]);
        else if (t.startsWith('<<<')) said.push(t.slice(3).trim());
        else if (t) said.push(t);
      }
      out.push(foundRecipient(b.address, words(said), { remoteHost: host, command, ...(delayed ? { action: 'delayed' } : {}) }));
    }
    return out;
  },
} as const satisfies Reporter;

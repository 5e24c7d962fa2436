/**
 * Ipswitch IMail Server (X-Mailer: <SMTP32 v8.12>), Subject "Undeliverable Mail". One line
 * names the recipient after the reason, the server's answer may follow:
 *
 *   Unknown user: a@example.com
 *   Invalid final delivery userid: a@example.co.jp
 *   Delivery failed 20 attempts: a@example.com
 *   undeliverable to a@example.jp
 *
 *   Body of message generated response:
 *   550-REJECTED - Blacklisted URL in message. ...
 *
 *   Original message follows.
 */
import { firstAddress, found, headerOf, linesOf, section, words } from './lib.js';
import type { FoundRecipient, Reporter } from './types.js';

// The reasons IMail writes before the address, lowercase.
const leads = [
  'unknown user', 'invalid final delivery userid', 'delivery failed', 'undeliverable to', 'user mailbox exceeds allowed size',
  'requested action not taken', 'mailbox full', 'host unknown', 'unknown host', 'smtp error', 'no such user', 'recipient unknown',
];

export const imailserver: Reporter = {
  name: 'IMailServer',
  detect: (ctx) => headerOf(ctx, 'x-mailer').toLowerCase().startsWith('<smtp32 v'),
  recipients(ctx) {
    const lower = ctx.body.toLowerCase();
    const end = lower.search(/original message follows/);
    const text = end >= 0 ? ctx.body.slice(0, end) : ctx.body;
    const response = words(linesOf(section(ctx.body, lower, ['body of message generated response:', 'smtp error:'], ['original message follows'])));
    const out: FoundRecipient[] = [];
    for (const line of linesOf(text)) {
      const a = firstAddress(line);
      if (!a) continue;
      const prefix = line.slice(0, line.toLowerCase().indexOf(a)).toLowerCase();
      if (!leads.some((l) => prefix.includes(l))) continue;
      const diag = response ? `${line.trim()} ${response}` : line.trim();
      out.push(found(a, diag, /delivery failed \d+ attempts/.test(prefix) ? { hint: 'expired' } : {}));
    }
    return out;
  },
};

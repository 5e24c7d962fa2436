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
import { header } from '../parse/message.js';
import { bodyLower, firstAddress, foundRecipient, linesOf, section, subjectOf, words } from './lib.js';
import { formatHint } from '../rules/formats.js';
import type { FoundRecipient, Reporter } from './types.js';

// The reasons IMail writes before the address, lowercase.
const leads = [
  'unknown user', 'invalid final delivery userid', 'delivery failed', 'undeliverable to', 'user mailbox exceeds allowed size',
  'requested action not taken', 'mailbox full', 'host unknown', 'unknown host', 'smtp error', 'no such user', 'recipient unknown',
];

/** A line that starts with one of IMail's sentences and names the address after it: "Unknown user: a@b". */
function hasLeadLine(notice: string): boolean {
  for (const line of linesOf(notice.slice(0, 4000))) {
    const t = line.trim().toLowerCase();
    if (t.includes('@') && leads.some((l) => t.startsWith(l))) return true;
  }
  return false;
}

export const imailserver = {
  name: 'IMailServer',
  // A webmail shows no X-Mailer: then IMail's bare subject "Undeliverable Mail" and one of its own
  // sentences before the address are the signs.
  marks: { headers: [['x-mailer', '<smtp32 v']], subject: ['undeliverable mail'] },
  detect: (ctx) =>
    header(ctx, 'x-mailer').toLowerCase().startsWith('<smtp32 v')
    || (subjectOf(ctx).trim() === 'undeliverable mail' && hasLeadLine(ctx.notice)),
  recipients(ctx) {
    const lower = bodyLower(ctx);
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
      out.push(foundRecipient(a, diag, { hint: formatHint('IMailServer', prefix) }));
    }
    return out;
  },
} as const satisfies Reporter;

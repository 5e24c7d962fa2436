/**
 * Port25 PowerMTA (Subject "Delivery report"), a list with a DSN part:
 *
 *   Hello, this is the mail server on mail.example.net.
 *
 *   I am sending you this message to inform you on the delivery status of a
 *   message you previously sent.  Immediately below you will find a list of
 *   the affected recipients;  also attached is a Delivery Status Notification
 *   (DSN) report in standard format, as well as the headers of the original
 *   message.
 *
 *     <a@example.jp>  delivery failed; will not continue trying
 *     <b@example.jp>  delayed; will continue trying
 */
import { normalizeAddress } from '../parse/address.js';
import { powerMtaCategoryReason } from '../rules/formats.js';
import type { Reason } from '../types.js';
import { dsnFound, firstAddress, foundRecipient, linesOf, says } from './lib.js';
import type { FoundRecipient, NoticeContext, Reporter } from './types.js';

/**
 * PowerMTA's own verdict per recipient, from its DSN block: "X-PowerMTA-BounceCategory:
 * bad-mailbox" is what its bounce-category rules decided from the remote reply (which may be as
 * loose as "550 5.2.1 ... User Unknown"), so it is the recipient's reason.
 */
function categoryHints(ctx: NoticeContext): Map<string, Reason> {
  const out = new Map<string, Reason>();
  for (const r of ctx.dsn?.recipients ?? []) {
    const category = (r.fields.get('x-powermta-bouncecategory') ?? '').trim().toLowerCase();
    const reason = Object.hasOwn(powerMtaCategoryReason, category) ? powerMtaCategoryReason[category] : undefined;
    if (reason) out.set(normalizeAddress(r.finalRecipient), reason);
  }
  return out;
}

export const powermta = {
  name: 'PowerMTA',
  marks: { says: ['immediately below you will find a list of'], dsnFields: ['x-powermta-bouncecategory'] },
  detect: (ctx) =>
    (says(ctx, 'immediately below you will find a list of') && says(ctx, 'hello, this is the mail server on'))
    || (ctx.dsn?.recipients.some((r) => r.fields.has('x-powermta-bouncecategory')) ?? false),
  recipients(ctx) {
    const out: FoundRecipient[] = [];
    const hints = categoryHints(ctx);
    for (const line of linesOf(ctx.notice)) {
      const m = /^\s*<([^<>\s]{1,256})>\s+(delivery failed|delayed|failed)\b.*$/i.exec(line);
      const a = m ? firstAddress(m[1]!) : '';
      if (a) out.push(foundRecipient(a, '', { action: m![2]!.toLowerCase() === 'delayed' ? 'delayed' : 'failed', hint: hints.get(a) }));
    }
    // Without the list (a relayed or trimmed notice) the DSN names the recipients.
    if (out.length === 0) {
      for (const r of dsnFound(ctx)) {
        const hint = hints.get(r.address);
        out.push(hint ? { ...r, hint } : r);
      }
    }
    return out;
  },
} as const satisfies Reporter;

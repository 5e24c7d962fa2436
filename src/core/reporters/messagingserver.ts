/**
 * Oracle Communications (Sun Java System, iPlanet) Messaging Server and its ancestor PMDF
 * (Subject "Delivery Notification: Delivery has failed"):
 *
 *   This report relates to a message you sent with the following header fields:
 *     Message-id: <...>
 *     To: a@example.org
 *
 *   Your message cannot be delivered to the following recipients:
 *
 *     Recipient address: a@example.org
 *     Original address: b@example.org
 *     Reason: Remote SMTP server has rejected address
 *     Diagnostic code: smtp;550 5.1.1 <a@example.org>... User unknown
 *     Remote system: dns;mx.example.org (TCP|192.0.2.1|34321|192.0.2.12|25) (mx.example.org ESMTP)
 *
 * The delay notice: "Your message has not been delivered to the following recipients:".
 */
import { bodySection, firstAddress, foundRecipient, linesOf, noticeSays } from './lib.js';
import type { FoundRecipient, Reporter } from './types.js';

export const messagingserver = {
  name: 'MessagingServer',
  marks: { says: ['this report relates to a message you sent with the following header fields'] },
  detect: noticeSays('this report relates to a message you sent with the following header fields'),
  recipients(ctx) {
    const list = bodySection(ctx, ['cannot be delivered to the following recipients:', 'has not been delivered to the following recipients:', 'has not yet been delivered to the following recipients:'], ['reporting-mta:', 'content-type:', 'original message']);
    const delayed = /has not (?:yet )?been delivered to the following/.test(ctx.noticeLower);
    const out: FoundRecipient[] = [];
    let cur: FoundRecipient | null = null;
    let reason = '';
    for (const line of linesOf(list)) {
      const m = /^\s*(recipient address|original address|reason|diagnostic code|remote system):(.*)$/i.exec(line);
      if (!m) continue;
      const key = m[1]!.toLowerCase();
      const v = m[2]!.trim();
      if (key === 'recipient address') {
        const a = firstAddress(v);
        cur = a ? foundRecipient(a, '', delayed ? { action: 'delayed' } : {}) : null;
        if (cur) out.push(cur);
        reason = '';
      } else if (!cur) continue;
      else if (key === 'original address') {
        const o = firstAddress(v);
        if (o && o !== cur.address) cur.originalRecipient = o;
      } else if (key === 'reason') {
        reason = v;
        if (!cur.diagnostic) cur.diagnostic = v;
      } else if (key === 'diagnostic code') {
        cur.diagnostic = v.replace(/^smtp;\s*/i, '');
        if (reason) cur.context = reason;
      } else {
        const host = /^dns;\s*([a-z0-9][\w.-]{0,250})/i.exec(v);
        if (host) cur.remoteHost = host[1]!;
      }
    }
    return out;
  },
} as const satisfies Reporter;

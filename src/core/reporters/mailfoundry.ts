/**
 * MailFoundry (Barracuda): "Subject: Message delivery has failed", a Received line
 * "by ... (MAILFOUNDRY) id", and per recipient:
 *
 *   Unable to deliver message to: <a@example.org>
 *   Delivery failed for the following reason:
 *   Server mx.example.org[192.0.2.22] failed with: 550 <a@example.org> No such user here
 *
 *   This has been a permanent failure.  No further delivery attempts will be made.
 */
import { firstAddress, foundRecipient, linesOf, says, subjectOf } from './lib.js';
import type { FoundRecipient, Reporter } from './types.js';

export const mailfoundry = {
  name: 'MailFoundry',
  marks: { says: ['unable to deliver message to: <'] },
  detect: (ctx) => says(ctx, 'unable to deliver message to: <') && (subjectOf(ctx).includes('message delivery has failed') || says(ctx, 'delivery failed for the following reason')),
  recipients(ctx) {
    const out: { address: string; lines: string[] }[] = [];
    for (const line of linesOf(ctx.notice)) {
      const t = line.trim();
      const m = /^unable to deliver message to:\s*<([^<>\s]{1,300})>/i.exec(t);
      if (m) {
        const a = firstAddress(m[1]!);
        if (a) out.push({ address: a, lines: [] });
        continue;
      }
      const cur = out[out.length - 1];
      if (!cur || !t || /^delivery failed for the following reason:?$/i.test(t) || t.startsWith('-')) continue;
      if (cur.lines.length < 8) cur.lines.push(t);
    }
    return out.map((b): FoundRecipient => {
      const text = b.lines.join(' ');
      const host = /^server\s+([a-z0-9][\w.-]{0,250})\s?\[/i.exec(text)?.[1] ?? '';
      const said = text.replace(/^server\s+\S{1,300}\s+failed with:\s*/i, '');
      return foundRecipient(b.address, said, { remoteHost: host });
    });
  },
} as const satisfies Reporter;

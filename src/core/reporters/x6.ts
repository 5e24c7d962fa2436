/**
 * An unnamed MTA (Sisimai calls it X6) whose notice lists the failed recipients in a sentence:
 *
 *   We had trouble delivering your message. Full details follow:
 *
 *   1 error(s):
 *
 *   The following recipients returned permanent errors: a@example.org. Reason: SMTP Server
 *   <192.0.2.223> refused to accept your message (DATA), with the following error message:
 *   [554 5.4.6 Hop count exceeded - possible mail loop]
 */
import { commandNamed } from '../rules/commands.js';
import { addressesIn, foundRecipient, linesOf } from './lib.js';
import type { FoundRecipient, Reporter } from './types.js';

export const x6 = {
  name: 'X6',
  detect: (ctx) => ctx.noticeLower.includes('we had trouble delivering your message. full details follow'),
  recipients(ctx) {
    const out: FoundRecipient[] = [];
    for (const line of linesOf(ctx.notice)) {
      const m = /^the following recipients? returned (permanent|temporary) errors?:(.*)$/i.exec(line.trim());
      if (!m) continue;
      const rest = m[2]!.trim();
      const cut = rest.search(/\.\s+reason:/i);
      const list = cut >= 0 ? rest.slice(0, cut) : rest;
      const reason = cut >= 0 ? rest.slice(cut).replace(/^\.\s+reason:\s*/i, '') : '';
      // "refused to accept your message (DATA)" / "SMTP Server <192.0.2.223>"
      const cmd = commandNamed(/\((RCPT|DATA|MAIL|HELO|EHLO)\)/i.exec(reason)?.[1]);
      const host = /server <([^<>\s]{1,255})>/i.exec(reason)?.[1] ?? '';
      for (const a of addressesIn(list)) {
        out.push(foundRecipient(a, reason.replace(/^.*error message:\s*/i, '').replace(/^\[|\]$/g, '') || reason, {
          command: cmd, remoteHost: host, action: m[1]!.toLowerCase() === 'temporary' ? 'delayed' : 'failed', context: reason,
        }));
      }
    }
    return out;
  },
} as const satisfies Reporter;

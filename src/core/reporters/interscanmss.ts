/**
 * Trend Micro InterScan Messaging Security Suite ("InterScan Notification", Subject "Mail could
 * not be delivered"):
 *
 *   *************************************************************
 *   Message from InterScan Messaging Security Suite
 *   Unable to deliver message to <a@example.jp> (and other recipients in the same domain). Please check if address is correct.
 *   *************************************************************
 *
 * or a transcript:
 *
 *   Sent <<< RCPT TO:<a@example.jp>
 *   Received >>> 550 5.1.1 <a@example.jp>... user unknown
 */
import { commandNamed } from '../rules/commands.js';
import type { SmtpCommand } from '../rules/commands.js';
import { firstAddress, foundRecipient, linesOf, says } from './lib.js';
import type { FoundRecipient, Reporter } from './types.js';

export const interscanmss = {
  name: 'InterScanMSS',
  marks: { says: ['interscan messaging security'], from: ['interscan notification'] },
  detect: (ctx) => says(ctx, 'interscan messaging security') || ctx.from.toLowerCase().includes('interscan notification'),
  recipients(ctx) {
    const out = new Map<string, FoundRecipient>();
    let sent: { address: string; command: SmtpCommand | undefined } = { address: '', command: undefined };
    for (const line of linesOf(ctx.notice)) {
      const t = line.trim();
      const unable = /unable to deliver message to <([^<>\s]{1,256})>/i.exec(t);
      if (unable) {
        const a = firstAddress(unable[1]!);
        if (a && !out.has(a)) out.set(a, foundRecipient(a, t));
        continue;
      }
      const s = /^sent\s*<<<\s*(RCPT|MAIL|DATA)(?: to:\s*<([^<>\s]{1,256})>)?/i.exec(t);
      if (s) {
        sent = { address: s[2] ? firstAddress(s[2]) : sent.address, command: commandNamed(s[1]) };
        continue;
      }
      const r = /^received\s*>>>(.*)$/i.exec(t);
      if (r && sent.address) out.set(sent.address, foundRecipient(sent.address, r[1]!.trim(), { command: sent.command }));
    }
    return [...out.values()];
  },
} as const satisfies Reporter;

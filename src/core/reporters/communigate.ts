/**
 * CommuniGate Pro: one paragraph per failed address, the module that failed and its words:
 *
 *   Failed to deliver to '<a@example.org>'
 *   SMTP module(domain example.org) reports:
 *    host mx.example.org says:
 *    550 5.1.1 <a@example.org>: User unknown
 *
 *   Failed to deliver to '<b@example.net>'
 *   LOCAL module(account b) reports:
 *    account is full (quota exceeded)
 */
import { firstAddress, foundRecipient, linesOf, says, words } from './lib.js';
import type { FoundRecipient, Reporter } from './types.js';

const headRe = /^failed to deliver to '([^']{1,300})'/i;

export const communigate = {
  name: 'CommuniGatePro',
  marks: { says: ['failed to deliver to \''] },
  detect: (ctx) => says(ctx, 'failed to deliver to \'') && says(ctx, ' module('),
  recipients(ctx) {
    const out: { address: string; lines: string[] }[] = [];
    let cur: { address: string; lines: string[] } | null = null;
    for (const line of linesOf(ctx.notice)) {
      const m = headRe.exec(line.trim());
      if (m) {
        const a = firstAddress(m[1]!);
        cur = a ? { address: a, lines: [] } : null;
        if (cur) out.push(cur);
        continue;
      }
      if (!cur) continue;
      if (!line.trim()) {
        if (cur.lines.length) cur = null;
        continue;
      }
      if (cur.lines.length < 12) cur.lines.push(line.trim());
    }
    return out.map((b): FoundRecipient => {
      // "SMTP module(domain x) reports:" names the module, not the server's words.
      const said = b.lines.filter((l) => !/^[a-z]{2,12} module\(/i.test(l));
      const host = /^(?:host\s+)?([a-z0-9][\w.-]{0,250}\.[a-z]{2,24})\s+says:/i.exec(said[0] ?? '')?.[1] ?? '';
      return foundRecipient(b.address, words(said.map((l) => l.replace(/^(?:host\s+)?[a-z0-9][\w.-]{0,250}\s+says:\s*/i, ''))), { remoteHost: host });
    });
  },
} as const satisfies Reporter;

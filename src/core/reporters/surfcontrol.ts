/**
 * SurfControl E-mail Filter (X-Mailer: SurfControl E-mail Filter):
 *
 *   Your message could not be sent.
 *   A transcript of the attempts to send the message follows.
 *   The number of attempts made: 1
 *   Addressed To: a@example.org
 *
 *   Thu, 29 Apr 2009 23:34:45 +0900
 *   Failed to send to identified host,
 *   a@example.org: [192.0.2.244], 554 Service currently unavailable
 *   --- Message non-deliverable.
 */
import { header } from '../parse/message.js';
import { firstAddress, foundRecipient, linesOf, says } from './lib.js';
import type { FoundRecipient, Reporter } from './types.js';

export const surfcontrol = {
  name: 'SurfControl',
  marks: { headers: [['x-mailer', 'surfcontrol']], says: ['a transcript of the attempts to send the message follows'] },
  detect: (ctx) => header(ctx, 'x-mailer').toLowerCase().includes('surfcontrol') || says(ctx, 'a transcript of the attempts to send the message follows'),
  recipients(ctx) {
    const out = new Map<string, FoundRecipient>();
    for (const line of linesOf(ctx.notice)) {
      const t = line.trim();
      // "a@b: [192.0.2.244], 554 Service currently unavailable"
      const m = /^([^\s:<>]{1,256}@[^\s:<>]{1,256}):\s*\[([\da-f.:]{3,45})\],(.*)$/i.exec(t);
      if (m) {
        const a = firstAddress(m[1]!);
        if (a) out.set(a, foundRecipient(a, m[3]!.trim(), { remoteHost: m[2]! }));
        continue;
      }
      const to = /^addressed to:(.*)$/i.exec(t);
      const a = to ? firstAddress(to[1]!) : '';
      if (a && !out.has(a)) out.set(a, foundRecipient(a, ''));
    }
    return [...out.values()];
  },
} as const satisfies Reporter;

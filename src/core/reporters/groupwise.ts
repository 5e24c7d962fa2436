/**
 * Novell / Micro Focus GroupWise: the failed recipients indented under one sentence, each with
 * the reason in parentheses, often only the local part of a user of the same post office:
 *
 *   The message that you sent was undeliverable to the following:
 *   	bwilson (user not found)
 *   	c.doe@example.org (mailbox full)
 *
 *   Possibly truncated original message follows:
 */
import { bodySection, completeAddress, foundRecipient, linesOf, noticeSays } from './lib.js';
import type { FoundRecipient, Reporter } from './types.js';

export const groupwise = {
  name: 'GroupWise',
  marks: { says: ['the message that you sent was undeliverable to the following'] },
  detect: noticeSays('the message that you sent was undeliverable to the following'),
  recipients(ctx) {
    const list = bodySection(ctx, ['was undeliverable to the following:'], ['possibly truncated original message', 'original message follows', '\n\n\n']);
    const out: FoundRecipient[] = [];
    for (const line of linesOf(list)) {
      const m = /^<?([^\s()<>]{1,256})>?(?:\s{0,20}\((.{1,300})\))?$/.exec(line.trim());
      if (!m) continue;
      const a = completeAddress(ctx, m[1]!);
      if (a) out.push(foundRecipient(a, m[2] ?? ''));
    }
    return out;
  },
} as const satisfies Reporter;

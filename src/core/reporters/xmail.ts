/**
 * XMail: one bracketed line per failed recipient, the remote reply in the Error field:
 *
 *   [<00>] XMail bounce: Rcpt=[a@example.org];Error=[550 5.1.1 <a@example.org>... User unknown]
 */
import { lineRecipients, noticeSays } from './lib.js';
import type { Reporter } from './types.js';

export const xmail = {
  name: 'XMail',
  marks: { says: ['xmail bounce: rcpt=['] },
  detect: noticeSays('xmail bounce: rcpt=['),
  recipients: (ctx) => lineRecipients(ctx.notice, /xmail bounce: rcpt=\[([^\]]{1,300})\];\s?error=\[(.{0,2000})\]\s*$/i),
} as const satisfies Reporter;

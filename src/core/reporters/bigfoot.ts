/**
 * Bigfoot (MAILER-DAEMON@bigfoot.com), a forwarding service running Sendmail:
 *
 *      ----- The following addresses had permanent fatal errors -----
 *   <a@example.org>
 *
 *      ----- Transcript of session follows -----
 *   >>> RCPT TO:<a@example.org>
 *   <<< 553 Invalid recipient a@example.org (Mode: normal)
 *
 * Its transcript has no result line, so the last answer is the recipient's.
 */
import { commandNamed } from '../rules/commands.js';
import type { SmtpCommand } from '../rules/commands.js';
import { bodySection, fromOf, linesOf, words } from './lib.js';
import { sendmail } from './sendmail.js';
import type { Reporter } from './types.js';

export const bigfoot = {
  name: 'Bigfoot',
  marks: { from: ['@bigfoot.com'] },
  detect: (ctx) => fromOf(ctx).includes('@bigfoot.com') && sendmail.detect(ctx),
  recipients(ctx) {
    const out = sendmail.recipients(ctx);
    const transcript = bodySection(ctx, ['----- transcript of session follows -----'], ['content-type:', '----- original message', '----- unsent message']);
    let command: SmtpCommand | undefined;
    const answers: string[] = [];
    for (const l of linesOf(transcript)) {
      const t = l.trim();
      if (t.startsWith('>>>')) command = commandNamed(/^>>>\s*(\w+)/.exec(t)?.[1]);
      else if (t.startsWith('<<<')) answers.push(t.slice(3).trim());
    }
    for (const r of out) {
      if (!r.diagnostic && answers.length) r.diagnostic = words(answers);
      if (!r.command && command) r.command = command;
    }
    return out;
  },
} as const satisfies Reporter;

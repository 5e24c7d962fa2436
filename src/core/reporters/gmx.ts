/**
 * GMX and mail.com (MAILER-DAEMON@mail.gmx.com / @gmx.net), run by 1&1 on the same software:
 *
 *   The following address failed:
 *
 *   "a@example.jp":
 *   SMTP error from remote server after RCPT command:
 *   host: mx.example.jp
 *   5.2.2 <a@example.jp>... Mailbox Full
 *
 *   --- The header of the original message is following. ---
 */
import { nemesisFrom, nemesisRecipients } from './einsundeins.js';
import type { Reporter } from './types.js';

/** Parts of the From: of GMX's and mail.com's notices. */
const senders = ['@mail.gmx.', '@gmx.', '@mail.com'];

export const gmx = {
  name: 'GMX',
  marks: { from: senders },
  detect: nemesisFrom(senders),
  recipients: nemesisRecipients,
} as const satisfies Reporter;

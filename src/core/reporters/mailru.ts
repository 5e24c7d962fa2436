/**
 * Mail.Ru (mailer-daemon@corp.mail.ru, Subject "... Mail failure."), Exim's notice behind a
 * Russian preface that lists the same recipients:
 *
 *   Это письмо создано автоматически сервером Mail.Ru, отвечать на него не нужно.
 *   К сожалению, Ваше письмо не может быть доставлено одному или нескольким получателям:
 *
 *     a@example.jp
 *       SMTP error from remote mail server after RCPT TO:<a@example.jp>:
 *       host mx.example.jp [192.0.2.12]: 550 5.2.2 <a@example.jp>... Mailbox Full
 *
 *   **********************
 *   This message was created automatically by mail delivery software.
 */
import { exim } from './exim.js';
import { fromOf, says } from './lib.js';
import type { Reporter } from './types.js';

export const mailru = {
  name: 'MailRu',
  marks: { from: ['mail.ru'], says: ['сервером mail.ru'] },
  detect: (ctx) => (fromOf(ctx).includes('mail.ru') || says(ctx, 'сервером mail.ru')) && exim.detect(ctx),
  recipients: (ctx) => exim.recipients(ctx),
} as const satisfies Reporter;

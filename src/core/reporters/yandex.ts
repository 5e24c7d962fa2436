/**
 * Yandex (mailer-daemon@yandex.ru): a Postfix notice behind a Russian preface.
 *
 *               **********
 *   Это письмо отправлено почтовым сервером yandex.ru.
 *   ...
 *   This is the mail system at host yandex.ru.
 *   ...
 *   <a@example.jp>: host mx.example.jp[192.0.2.153] said: 550 5.1.1 <a@example.jp>... User Unknown
 *       (in reply to RCPT TO command)
 */
import { fromOf, says } from './lib.js';
import { postfixRecipients } from './postfix.js';
import type { Reporter } from './types.js';

export const yandex = {
  name: 'Yandex',
  marks: { from: ['mailer-daemon@yandex'], says: ['почтовым сервером yandex'] },
  detect: (ctx) => fromOf(ctx).includes('mailer-daemon@yandex') || says(ctx, 'почтовым сервером yandex'),
  recipients: postfixRecipients,
} as const satisfies Reporter;

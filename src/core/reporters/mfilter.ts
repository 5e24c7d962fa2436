/**
 * Digital Arts m-FILTER (X-Mailer: m-FILTER, Subject "failure notice"), Japanese lead-in, then
 * sections under dashed headings:
 *
 *   以下のメールアドレスへの送信に失敗しました。
 *   a@example.com
 *
 *   -------server message
 *   550 5.1.1 <a@example.com>: Recipient address rejected: User unknown
 *
 *   -------SMTP command
 *   DATA
 *
 *   -------original message        (or "-------original mail info")
 */
import { header } from '../parse/message.js';
import { commandNamed } from '../rules/commands.js';
import { addressesIn, bodyLower, foundRecipient, linesOf, says, section, words } from './lib.js';
import type { Reporter } from './types.js';

export const mfilter = {
  name: 'mFILTER',
  marks: { headers: [['x-mailer', 'm-filter']], says: ['-------server message'] },
  detect: (ctx) => header(ctx, 'x-mailer').toLowerCase().includes('m-filter') || (says(ctx, '-------server message') && says(ctx, '-------smtp command')),
  recipients(ctx) {
    const lower = bodyLower(ctx);
    const head = ctx.body.slice(0, Math.max(0, lower.indexOf('-------server message')));
    // The addresses on the lines right above "-------server message".
    const list = addressesIn(linesOf(head).slice(-12).join('\n')).filter((a) => !ctx.senders.has(a));
    const said = words(linesOf(section(ctx.body, lower, ['-------server message'], ['-------smtp command', '-------original'])));
    const cmd = linesOf(section(ctx.body, lower, ['-------smtp command'], ['-------original'])).map((l) => l.trim()).find(Boolean) ?? '';
    const command = commandNamed(/^(RCPT|MAIL|DATA|HELO|EHLO|CONNECT)\b/i.exec(cmd)?.[1]);
    return list.map((a) => foundRecipient(a, said, { command }));
  },
} as const satisfies Reporter;

/**
 * Yahoo! Mail (MAILER-DAEMON@yahoo.com, Subject "Failure Notice"), a qmail-like list:
 *
 *   Sorry, we were unable to deliver your message to the following address.
 *
 *   <a@example.org>:
 *   Remote host said: 550 5.1.1 <a@example.org>... User Unknown [RCPT_TO]
 *
 *   --- Below this line is a copy of the message.
 *
 * The bracketed tag names the SMTP step: [RCPT_TO], [MAIL_FROM], [BODY] (the message data).
 * Also "<a@b>:\nNo MX or A records for example.org" and "Message expired".
 */
import { commandNamed } from '../rules/commands.js';
import { angleBlocks, bodySection, foundRecipient, noticeSays, words } from './lib.js';
import type { Reporter } from './types.js';

export const yahoo = {
  name: 'Yahoo',
  marks: { says: ['sorry, we were unable to deliver your message to the following address'] },
  detect: noticeSays('sorry, we were unable to deliver your message to the following address'),
  recipients(ctx) {
    const list = bodySection(ctx, ['to the following address.', 'to the following addresses.'], ['--- below this line is a copy of the message', '--- original message']);
    return angleBlocks(list).map((b) => {
      const text = words(b.lines);
      const tag = /\[(RCPT_TO|MAIL_FROM|BODY|DATA|HELO|EHLO|CONNECT)\]/.exec(text)?.[1];
      return foundRecipient(b.address, text.replace(/^remote host said:\s*/i, ''), { command: commandNamed(tag) });
    });
  },
} as const satisfies Reporter;

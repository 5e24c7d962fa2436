/**
 * An unnamed qmail-based MTA (Sisimai's X4), Subject "failure notice":
 *
 *   Your mail message to the following address(es) could not be delivered. This
 *   is a permanent error. Please verify the addresses and try again. ...
 *
 *   <a@example.com>:
 *   child status 100...The e-mail message could not be delivered because the user's mailfolder is full.
 *
 *   --- Below this line is a copy of the message.
 */
import { angleBlocks, bodySection, foundRecipient, noticeSays, words } from './lib.js';
import type { Reporter } from './types.js';

export const x4 = {
  name: 'X4',
  marks: { says: ['your mail message to the following address(es) could not be delivered'] },
  detect: noticeSays('your mail message to the following address(es) could not be delivered'),
  recipients(ctx) {
    const list = bodySection(ctx, ['could not be delivered.'], ['--- below this line is a copy of the message', '--- enclosed is a copy']);
    // "child status 100..." is the local delivery program's exit status, not the reason.
    return angleBlocks(list).map((b) => foundRecipient(b.address, words(b.lines).replace(/^child status \d{1,3}\.{3}\s*/i, '')));
  },
} as const satisfies Reporter;

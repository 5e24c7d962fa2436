/**
 * AOL (Postmaster@AOL.com, Subject "Undeliverable: ..."), an HTML page with a DSN part:
 *
 *   Email Returned
 *   Something went wrong.
 *   We were unable to deliver your message to the following address
 *                             a@example.co.jp
 *   because: Mailbox is full
 *
 * AOL's relays that run Postfix ("This is the mail system at host omr-m01.mx.aol.com", X-AOL-IP
 * on the notice) write Postfix's notice: read as Postfix's, with AOL's own words (rules/formats.ts).
 */
import { header } from '../parse/message.js';
import { firstAddress, foundRecipient, fromOf, says, section, words } from './lib.js';
import { postfixRecipients } from './postfix.js';
import type { Reporter } from './types.js';

export const aol = {
  name: 'AOL',
  marks: { from: ['@aol.com'] },
  detect(ctx) {
    if (!fromOf(ctx).includes('@aol.com')) return false;
    if (says(ctx, 'we were unable to deliver your message to the following address')) return true;
    // AOL's own outbound relays (X-AOL-IP on the notice) write Postfix's notice, with AOL's DNS words.
    return header(ctx, 'x-aol-ip') !== '' && says(ctx, 'this is the mail system at host');
  },
  recipients(ctx) {
    if (!says(ctx, 'we were unable to deliver your message to the following address')) return postfixRecipients(ctx);
    const lower = ctx.notice.toLowerCase();
    const to = section(ctx.notice, lower, ['to the following address'], ['because:']);
    const because = words(section(ctx.notice, lower, ['because:'], ['\n\n', 'send/receive log']).split('\n'));
    const a = firstAddress(to);
    return a ? [foundRecipient(a, because)] : [];
  },
} as const satisfies Reporter;

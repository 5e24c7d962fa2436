/**
 * AOL (Postmaster@AOL.com, Subject "Undeliverable: ..."), an HTML page with a DSN part:
 *
 *   Email Returned
 *   Something went wrong.
 *   We were unable to deliver your message to the following address
 *                             a@example.co.jp
 *   because: Mailbox is full
 *
 * AOL's relays that run Postfix ("This is the mail system at host omr-m01.mx.aol.com") are read
 * as Postfix.
 */
import { firstAddress, found, fromOf, section, words } from './lib.js';
import type { Reporter } from './types.js';

export const aol: Reporter = {
  name: 'AOL',
  detect: (ctx) => fromOf(ctx).includes('@aol.com') && ctx.noticeLower.includes('we were unable to deliver your message to the following address'),
  recipients(ctx) {
    const lower = ctx.notice.toLowerCase();
    const to = section(ctx.notice, lower, ['to the following address'], ['because:']);
    const because = words(section(ctx.notice, lower, ['because:'], ['\n\n', 'send/receive log']).split('\n'));
    const a = firstAddress(to);
    return a ? [found(a, because)] : [];
  },
};

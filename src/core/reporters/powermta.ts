/**
 * Port25 PowerMTA (Subject "Delivery report"), a list with a DSN part:
 *
 *   Hello, this is the mail server on mail.example.net.
 *
 *   I am sending you this message to inform you on the delivery status of a
 *   message you previously sent.  Immediately below you will find a list of
 *   the affected recipients;  also attached is a Delivery Status Notification
 *   (DSN) report in standard format, as well as the headers of the original
 *   message.
 *
 *     <a@example.jp>  delivery failed; will not continue trying
 *     <b@example.jp>  delayed; will continue trying
 */
import { firstAddress, found, linesOf } from './lib.js';
import type { FoundRecipient, Reporter } from './types.js';

export const powermta: Reporter = {
  name: 'PowerMTA',
  detect: (ctx) => ctx.noticeLower.includes('immediately below you will find a list of') && ctx.noticeLower.includes('hello, this is the mail server on'),
  recipients(ctx) {
    const out: FoundRecipient[] = [];
    for (const line of linesOf(ctx.notice)) {
      const m = /^\s*<([^<>\s]{1,256})>\s+(delivery failed|delayed|failed)\b(.*)$/i.exec(line);
      const a = m ? firstAddress(m[1]!) : '';
      if (a) out.push(found(a, '', { action: m![2]!.toLowerCase() === 'delayed' ? 'delayed' : 'failed' }));
    }
    return out;
  },
};

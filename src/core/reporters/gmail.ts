/**
 * Gmail's older notices (mailer-daemon@googlemail.com, Subject "Delivery Status Notification
 * (Failure)" / "(Delay)"):
 *
 *   Delivery to the following recipient failed permanently:
 *
 *        a@example.jp
 *
 *   Technical details of permanent failure:
 *   Google tried to deliver your message, but it was rejected by the recipient domain. ...
 *   The error that the other server returned was: 550 550 5.1.1 <a@example.jp>... User Unknown (state 14).
 *
 *   ----- Original message -----
 *
 * and "Delivery to the following recipient has been delayed:" ... "Message will be retried for 2
 * more day(s)" ... "Technical details of temporary failure:" ... "[(0) mx.example.jp. [192.0.2.1]:25:
 * socket error]".
 */
import { bodySection, foundRecipient, leadAddress, linesOf, says, words } from './lib.js';
import type { FoundRecipient, Reporter } from './types.js';

const listStarts = [
  'delivery to the following recipient failed permanently:', 'delivery to the following recipients failed permanently:',
  'delivery to the following recipient has been delayed:', 'delivery to the following recipients have been delayed:',
  'delivery to the following recipients has been delayed:',
];
const listEnds = ['technical details of', 'message will be retried', '----- original message', '----- message header'];

export const gmail = {
  name: 'Gmail',
  marks: { says: ['delivery to the following recipient'] },
  detect(ctx) {
    return says(ctx, 'delivery to the following recipient') && (says(ctx, 'technical details of') || says(ctx, 'message will be retried') || says(ctx, 'google'));
  },
  recipients(ctx) {
    const list = bodySection(ctx, listStarts, listEnds);
    const details = bodySection(ctx, ['technical details of permanent failure:', 'technical details of temporary failure:'], ['----- original message', '----- message header', 'content-type:']);
    const text = words(linesOf(details).slice(0, 15));
    // "The error that the other server returned was: 550 ..." is the remote server's own reply.
    const reply = (/the error that the other server returned was:(.*)$/i.exec(text)?.[1] ?? '').trim();
    // "[(0) mx.example.jp. [192.0.2.1]:25: socket error]" / "[mx.example.jp. (10): Connection timed out]"
    const host = /\[(?:\(\d+\)\s*)?([a-z0-9][\w.-]{0,250}?)\.?\s+[[(]/i.exec(text)?.[1] ?? '';
    const delayed = says(ctx, 'has been delayed') || says(ctx, 'technical details of temporary failure');
    const out: FoundRecipient[] = [];
    for (const line of linesOf(list)) {
      const a = leadAddress(line);
      if (a) out.push(foundRecipient(a, reply || text, { remoteHost: host, ...(reply ? { context: text } : {}), ...(delayed ? { action: 'delayed' } : {}) }));
    }
    return out;
  },
} as const satisfies Reporter;

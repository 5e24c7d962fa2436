/**
 * Amazon WorkMail (X-Mailer: Amazon WorkMail, sent through SES), the DSN fields inline after
 * the list:
 *
 *   An error occurred while trying to deliver the mail to the following recipients:
 *   a@example.jp
 *
 *   Technical report:
 *
 *   Reporting-MTA: dsn; a27-85.smtp-out.us-west-2.amazonses.com
 *   Action: failed
 *   Final-Recipient: rfc822; a@example.jp
 *   Diagnostic-Code: smtp; 550 5.1.1 <a@example.jp>... User Unknown
 *   Status: 5.1.1
 */
import { header } from '../parse/message.js';
import { bodySection, foundRecipient, leadAddress, linesOf, says } from './lib.js';
import type { FoundRecipient, Reporter } from './types.js';

export const amazonworkmail = {
  name: 'AmazonWorkMail',
  marks: { headers: [['x-mailer', 'amazon workmail']], says: ['an error occurred while trying to deliver the mail to the following recipients'] },
  detect: (ctx) => header(ctx, 'x-mailer').toLowerCase().includes('amazon workmail') || says(ctx, 'an error occurred while trying to deliver the mail to the following recipients'),
  recipients(ctx) {
    const list = bodySection(ctx, ['to the following recipients:'], ['technical report:', 'reporting-mta:']);
    const report = bodySection(ctx, ['technical report:'], ['content-type:', '\n\n\n']);
    const diag = (/^diagnostic-code:(.*)$/im.exec(report)?.[1] ?? '').trim().replace(/^smtp;\s*/i, '');
    const status = /^status:[ \t]*([245]\.\d{1,3}\.\d{1,3})/im.exec(report)?.[1] ?? '';
    const out: FoundRecipient[] = [];
    for (const line of linesOf(list)) {
      const a = leadAddress(line);
      if (a) out.push(foundRecipient(a, diag, { status }));
    }
    return out;
  },
} as const satisfies Reporter;

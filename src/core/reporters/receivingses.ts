/**
 * Amazon SES inbound (the receiving side of SES: inbound-smtp.<region>.amazonaws.com, with an
 * X-SES-Outgoing header), a one-line text and a standard DSN:
 *
 *   This message could not be delivered.
 *
 *   Reporting-MTA: dns; inbound-smtp.us-west-2.amazonaws.com
 *   Final-Recipient: rfc822; a@example.jp
 *   Diagnostic-Code: smtp; 550 5.1.1 Mailbox does not exist
 *
 * The recipients and words are the DSN's; this module only claims the notice so the generic
 * reader does not take a line of the returned headers for a recipient.
 */
import { header } from '../parse/message.js';
import { dsnFound, says } from './lib.js';
import type { Reporter } from './types.js';

export const receivingses = {
  name: 'ReceivingSES',
  marks: { headers: [['x-ses-outgoing', '']] },
  detect: (ctx) => header(ctx, 'x-ses-outgoing') !== '' && says(ctx, 'this message could not be delivered'),
  recipients: dsnFound,
} as const satisfies Reporter;

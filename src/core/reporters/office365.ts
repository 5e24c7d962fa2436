/**
 * Office 365 / Exchange Online and Outlook.com (postmaster@outlook.com, *.onmicrosoft.com,
 * "Generating server: xxx.prod.outlook.com"), the Exchange 2007 shape with its own wording:
 *
 *   Delivery has failed to these recipients or groups:
 *   a@example.com<mailto:a@example.com>
 *   The email address you entered couldn't be found. ...
 *
 *   Diagnostic information for administrators:
 *   Generating server: AB1PR01MB0001.prod.outlook.com
 *   a@example.com
 *   Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
 *
 * and the newer layout: "Your message to a@example.com couldn't be delivered." / "a wasn't found
 * at example.com." / "Office 365" / "Action Required".
 */
import { exchangeRecipients } from './exchange2007.js';
import { fromOf, says } from './lib.js';
import type { Reporter } from './types.js';

export const office365 = {
  name: 'Office365',
  marks: { says: ['diagnostic information for administrators', 'delivery has failed to these recipients', "couldn't be delivered"] },
  detect(ctx) {
    const from = fromOf(ctx);
    const ms = from.includes('@outlook.com') || from.includes('onmicrosoft.com') || says(ctx, '.outlook.com') || says(ctx, 'office 365') || says(ctx, 'exchange online');
    return ms && (says(ctx, 'diagnostic information for administrators') || says(ctx, 'delivery has failed to these recipients') || says(ctx, "couldn't be delivered"));
  },
  recipients: exchangeRecipients,
} as const satisfies Reporter;

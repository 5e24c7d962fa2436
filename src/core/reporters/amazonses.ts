/**
 * Amazon SES bounce notifications delivered as JSON (by SNS e-mail subscription, From
 * no-reply@sns.amazonaws.com, Subject "AWS Notification Message"), either the SES object itself
 * or wrapped in an SNS envelope whose "Message" is that object as a string:
 *
 *   {"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bounceSubType":"General",
 *    "bouncedRecipients":[{"emailAddress":"a@example.com","action":"failed","status":"5.1.1",
 *    "diagnosticCode":"smtp; 550 5.1.1 user unknown"}],"reportingMTA":"dsn; a8-70.smtp-out...",
 *    "remoteMtaIp":"192.0.2.1", ...},"mail":{...}}
 *
 * SES's e-mail form (MAILER-DAEMON@...amazonses.com) is a regular DSN and needs no reader.
 */
import { isAddress, normalizeAddress } from '../parse/address.js';
import { foundRecipient, says } from './lib.js';
import type { Reason } from '../types.js';
import type { FoundRecipient, Reporter } from './types.js';

export const amazonses = {
  name: 'AmazonSES',
  // The object may be escaped inside the SNS envelope's "Message" string, so no quotes here.
  marks: { says: ['bouncedrecipients'] },
  detect: (ctx) => says(ctx, 'bouncedrecipients') && says(ctx, 'notificationtype'),
  recipients(ctx) {
    let obj = firstJson(ctx.body);
    if (obj && typeof obj.Message === 'string') obj = firstJson(obj.Message);
    const bounce = obj?.bounce as Record<string, unknown> | undefined;
    if (!bounce || !Array.isArray(bounce.bouncedRecipients)) return [];
    const temporary = String(bounce.bounceType ?? '').toLowerCase() === 'transient';
    const hint = subTypeReason[String(bounce.bounceSubType ?? '')];
    const host = typeof bounce.remoteMtaIp === 'string' ? bounce.remoteMtaIp : '';
    const out: FoundRecipient[] = [];
    for (const r of bounce.bouncedRecipients as Record<string, unknown>[]) {
      const address = normalizeAddress(String(r?.emailAddress ?? ''));
      if (!isAddress(address)) continue;
      const diag = String(r.diagnosticCode ?? '').replace(/^smtp;\s*/i, '');
      out.push(foundRecipient(address, diag, {
        action: String(r.action ?? (temporary ? 'delayed' : 'failed')),
        status: String(r.status ?? ''),
        remoteHost: host,
        hint,
      }));
    }
    return out;
  },
} as const satisfies Reporter;

/**
 * SES's own verdict in "bounceSubType" where it names the cause (its other subtypes, General,
 * NoEmail, Undetermined, leave it to the remote server's words):
 * "bounceType":"Transient","bounceSubType":"MailboxFull".
 */
const subTypeReason: Readonly<Record<string, Reason>> = {
  MailboxFull: 'mailboxfull',
  MessageTooLarge: 'mesgtoobig',
  ContentRejected: 'contenterror',
  AttachmentRejected: 'contenterror',
};

/**
 * The first JSON object in `text` (a notice may wrap it in other text), or null. Mail transport
 * may fold a long line inside a string ("...\n Content-Transfer-Encoding"): JSON allows no raw
 * line break there, so a break and the one space after it are taken out again.
 */
function firstJson(text: string): Record<string, unknown> | null {
  const start = text.indexOf('{');
  if (start < 0) return null;
  // Find the matching brace in one pass, minding strings and escapes.
  let depth = 0;
  let inString = false;
  let out = '';
  let last = start;
  const limit = Math.min(text.length, start + 500000);
  for (let i = start; i < limit; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      else if (c === '\n' || c === '\r') {
        out += text.slice(last, i);
        let j = i + 1;
        if (text[j] === '\n') j++;
        if (text[j] === ' ' || text[j] === '\t') j++;
        last = j;
        i = j - 1;
      }
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      try {
        const v: unknown = JSON.parse(out + text.slice(last, i + 1));
        return v && typeof v === 'object' ? (v as Record<string, unknown>) : null;
      } catch {
        return null;
      }
    }
  }
  return null;
}

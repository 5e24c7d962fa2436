/**
 * DragonFly Mail Agent (dma), the MTA of DragonFly BSD:
 *
 *   This is the DragonFly Mail Agent v0.13 at df.example.jp.
 *
 *   There was an error delivering your mail to <a@example.net>.
 *
 *   mx.example.net [192.0.2.25] did not like our RCPT TO:
 *   550 5.1.1 <a@example.net>: Recipient address rejected: User unknown
 *
 *   Message headers follow.          (or "Original message follows.")
 *
 * One recipient per notice. dma also copies the recipient into X-Original-To:, so the
 * generic reader would take it for the sender's own address.
 */
import { bodyLower, firstAddress, foundRecipient, noticeSays, section } from './lib.js';
import { formatHint } from '../rules/formats.js';
import type { Reporter } from './types.js';

export const dragonfly = {
  name: 'DragonFly',
  marks: { says: ['this is the dragonfly mail agent'] },
  detect: noticeSays('this is the dragonfly mail agent'),
  recipients(ctx) {
    const lower = bodyLower(ctx);
    const i = lower.indexOf('there was an error delivering your mail to');
    if (i < 0) return [];
    const lineEnd = ctx.body.indexOf('\n', i);
    const address = firstAddress(ctx.body.slice(i, lineEnd < 0 ? undefined : lineEnd));
    if (!address) return [];
    const rest = section(ctx.body, lower, ['there was an error delivering your mail to'], ['message headers follow', 'original message follows']);
    const text = rest.slice(rest.indexOf('\n') + 1).trim();
    // "mx.example.net [192.0.2.25] did not like our RCPT TO:"
    const host = /^([a-z0-9][\w.-]{0,250})\s+\[[\d.:a-f]{3,45}\]\s+did not like/im.exec(text);
    return [foundRecipient(address, text, { remoteHost: host?.[1] ?? '', hint: formatHint('DragonFly', text) })];
  },
} as const satisfies Reporter;

/**
 * Microsoft Exchange 2007 - 2019 (Subject "Undeliverable: ..."), whose shape Office 365 keeps:
 *
 *   Delivery has failed to these recipients or groups:        (2007: "or distribution lists:")
 *
 *   Alice<mailto:a@example.com>
 *   The recipient's mailbox is full and can't accept messages now. ...
 *
 *   Diagnostic information for administrators:
 *
 *   Generating server: mx.example.com
 *
 *   a@example.com
 *   #550 5.2.2 STOREDRV.Deliver: mailbox full. ... ##
 *
 *   Original message headers:
 *
 * A remote server's refusal reads "mx.example.org rejected your message to the following email
 * addresses:" ... "mx.example.org gave this error:", and under the address in the administrators'
 * part "mx.example.org" then "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not
 * found'" (or "<date> - Server at x returned '550 5.4.312 Message expired ...'").
 */
import { isAddress, normalizeAddress } from '../parse/address.js';
import { bodySection, firstAddress, foundRecipient, linesOf, noticeSays, words } from './lib.js';
import type { FoundRecipient, NoticeContext, Reporter } from './types.js';

const listStarts = [
  'delivery has failed to these recipients or groups:', 'delivery has failed to these recipients or distribution lists:',
  'rejected your message to the following email addresses:', 'rejected your message to the following e-mail addresses:',
];
const listEnds = ['diagnostic information for administrators', 'original message headers', '________________________________', 'for email admins'];
const adminEnds = ['original message headers', 'content-type:', 'reporting-mta:'];

export const exchange2007 = {
  name: 'Exchange2007',
  marks: { says: ['diagnostic information for administrators', 'delivery has failed to these recipients or'] },
  detect: noticeSays('diagnostic information for administrators', 'delivery has failed to these recipients or'),
  recipients: exchangeRecipients,
} as const satisfies Reporter;

/** Recipients of an Exchange / Office 365 notice: the administrators' part, else the top list. */
export function exchangeRecipients(ctx: NoticeContext): FoundRecipient[] {
  // The friendly text under each address of the top list, and the remote server's words.
  const top = bodySection(ctx, listStarts, listEnds);
  const gave = gaveError(ctx);
  const friendly = words(linesOf(top).filter((l) => !/^\s*\S*@/.test(l) && !/<mailto:/i.test(l)).slice(0, 4));
  const admin = bodySection(ctx, ['diagnostic information for administrators:'], adminEnds);
  const out: FoundRecipient[] = [];
  let cur: { address: string; lines: string[]; host: string } | null = null;
  for (const line of linesOf(admin)) {
    const t = line.trim();
    if (!t || /^(?:generating|receiving|sending) server:/i.test(t)) continue;
    if (isAddress(t)) {
      cur = { address: normalizeAddress(t), lines: [], host: '' };
      out.push(foundRecipient(cur.address, ''));
      continue;
    }
    if (!cur) continue;
    // A lone host name right under the address: the server that refused.
    if (!cur.lines.length && !cur.host && /^[a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){1,8}$/i.test(t)) {
      cur.host = t;
      continue;
    }
    if (cur.lines.length < 8) cur.lines.push(t);
    const r = out[out.length - 1]!;
    r.diagnostic = words(cur.lines).replace(/^.*?(?:remote server|server at \S+) returned\s*/i, '').replace(/^'|'$/g, '');
    // "Server at x returned '...'" names the host too.
    const at = /server at (\S{1,255}) returned/i.exec(t);
    r.remoteHost = cur.host || at?.[1] || r.remoteHost || '';
    if (!r.remoteHost) delete r.remoteHost;
  }
  const context = [gave ? gave[2]!.trim() : '', friendly].filter(Boolean).join('\n');
  if (out.length) {
    for (const r of out) {
      if (context) r.context = context;
      if (!r.remoteHost && gave) r.remoteHost = gave[1]!;
    }
    return out;
  }
  // No administrators' part: the top list ("Name<mailto:a@b>" or "a@b") and its text.
  const list: FoundRecipient[] = [];
  for (const line of linesOf(top)) {
    const mailto = /<mailto:([^<>\s]{1,256})>/i.exec(line);
    const a = mailto ? firstAddress(mailto[1]!) : /^\s*\S{1,256}@/.test(line) ? firstAddress(line) : '';
    if (a) list.push(foundRecipient(a, gave ? gave[2]!.trim() : friendly, { remoteHost: gave?.[1] ?? '', ...(gave ? { context: friendly } : {}) }));
  }
  if (list.length) return list;
  // Office 365's newer layout: "Your message to a@b couldn't be delivered.", and under "Error
  // Details" the reply itself: "Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; ...".
  const m = /your message to (\S{1,256}@\S{1,256}) couldn't be delivered/i.exec(ctx.notice);
  if (!m) return [];
  const intro = words(linesOf(ctx.notice).slice(0, 12));
  const reported = /^[ \t]*(?:reported error|remote server returned)[ \t]*:?(.{1,1000})$/im.exec(ctx.notice)?.[1]?.trim().replace(/^'|'$/g, '');
  return [foundRecipient(firstAddress(m[1]!), reported || intro, reported ? { context: intro } : {})];
}

/** "mx.example.org gave this error:" and the line that follows it: [, host, words], or null. */
function gaveError(ctx: NoticeContext): [string, string, string] | null {
  // Such a line holds the words in the folded notice too: most notices have none, and are not split into lines.
  if (!ctx.noticeLower.includes('gave this error:')) return null;
  const lines = linesOf(ctx.notice);
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*(\S{1,255}) gave this error:$/i.exec(lines[i]!);
    if (!m) continue;
    const next = lines.slice(i + 1, i + 4).find((l) => l.trim()) ?? '';
    return ['', m[1]!, next.trim().slice(0, 1000)];
  }
  return null;
}

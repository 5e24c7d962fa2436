/**
 * Gmail and Google Workspace notices since 2017 (mailer-daemon@googlemail.com), a heading
 * between stars, a sentence naming the recipient and the remote server's answer:
 *
 *   ** Address not found **
 *
 *   Your message wasn't delivered to a@example.de because the address couldn't be found. ...
 *
 *   The response from the remote server was:
 *   550 5.1.1 <a@example.de>: Recipient address rejected: User unknown
 *
 * Other headings: "** Message not delivered **" ("There was a problem delivering your message to
 * a@b."), "** Delivery incomplete **" ("There was a temporary problem delivering your message to
 * a@b. Gmail will retry for 47 more hours."), "** Message blocked **" ("Your message to a@b has
 * been blocked."). A connection failure ends with "[mx.example.jp 192.0.2.1: timed out]".
 *
 * Gmail's own web view (and a copy of it) shows the heading as a title without the stars:
 * "Address not found" on a line of its own.
 */
import { header } from '../parse/message.js';
import { addressesIn, bodySection, firstAddress, foundRecipient, fromOf, linesOf, says, words } from './lib.js';
import type { FoundRecipient, NoticeContext, Reporter } from './types.js';

const headings = ['** address not found **', '** message not delivered **', '** delivery incomplete **', '** message blocked **', '** domain not found **'];
const titles = new Set(headings.map((h) => h.slice(3, -3)));

/** The index of the heading line: between stars anywhere, or a bare title among the first lines; -1 if none. */
function headingLine(lines: readonly string[]): number {
  const starred = lines.findIndex((l) => /^\s*\*\*.*\*\*\s*$/.test(l));
  if (starred >= 0) return starred;
  for (let i = 0; i < Math.min(lines.length, 12); i++) if (titles.has(lines[i]!.trim().toLowerCase())) return i;
  return -1;
}

// "wasn't delivered to a@b because", "problem delivering your message to a@b.", "Your message to a@b has been blocked"
const sentenceRe = /(?:wasn't delivered to|delivering your message to|your message to)\s+(\S{1,256}@\S{1,256}?)[.,]?(?:\s|$)/gi;

export const gsuite = {
  name: 'GSuite',
  marks: { from: ['mailer-daemon@google'], says: ['google.com', 'gmail'] },
  detect(ctx) {
    const n = ctx.noticeLower;
    const google = fromOf(ctx).includes('mailer-daemon@google') || says(ctx, 'google.com') || says(ctx, 'gmail');
    if (!google) return false;
    // The sentence first: one scan of the notice, where the heading's is one per line.
    return headings.some((h) => says(ctx, h)) || (/wasn't delivered to|problem delivering your message to|your message to /.test(n) && headingLine(linesOf(ctx.notice)) >= 0);
  },
  recipients(ctx) {
    const response = bodySection(ctx, ['the response from the remote server was:', 'the response was:'], ['----- original message', 'final-recipient:', 'reporting-mta:', 'content-type:', '\n\n\n']);
    const said = words(linesOf(response).slice(0, 12));
    const host = /^\[([a-z0-9][\w.-]{0,250}?)\.?\s+[\da-f.:]{3,45}[:\]]/im.exec(response)?.[1] ?? '';
    const delayed = says(ctx, '** delivery incomplete **') || says(ctx, 'will retry for');
    const intro = introOf(ctx);
    const out: FoundRecipient[] = [];
    const list = new Set<string>();
    for (const m of intro.matchAll(sentenceRe)) {
      const a = firstAddress(m[1]!);
      if (a && !ctx.senders.has(a)) list.add(a);
    }
    if (!list.size) for (const a of addressesIn(header(ctx, 'x-failed-recipients'))) list.add(a);
    for (const a of list) out.push(foundRecipient(a, said || intro, { remoteHost: host, context: intro, ...(delayed ? { action: 'delayed' } : {}) }));
    return out;
  },
} as const satisfies Reporter;

/** The sentence(s) under the heading: what Google says happened, in its own words. */
function introOf(ctx: NoticeContext): string {
  const lines = linesOf(ctx.notice);
  const i = headingLine(lines);
  return words(lines.slice(i + 1, i + 6).filter((l) => !/^\s*(?:learn more|the response)/i.test(l)));
}

/**
 * An unnamed MTA (Sisimai calls it X6) whose notice lists the failed recipients in a sentence:
 *
 *   We had trouble delivering your message. Full details follow:
 *
 *   1 error(s):
 *
 *   The following recipients returned permanent errors: a@example.org. Reason: SMTP Server
 *   <192.0.2.223> refused to accept your message (DATA), with the following error message:
 *   [554 5.4.6 Hop count exceeded - possible mail loop]
 */
import { commandNamed } from '../rules/commands.js';
import { addressesIn, foundRecipient, linesOf, noticeSays } from './lib.js';
import type { FoundRecipient, Reporter } from './types.js';

/** The recipients a "The following recipients returned ... errors:" line names, with its reason. */
function lineOf(line: string): FoundRecipient[] {
  const m = /^the following recipients? returned (permanent|temporary) errors?:(.*)$/i.exec(line.trim());
  if (!m) return [];
  const rest = m[2]!.trim();
  const cut = rest.search(/\.\s+reason:/i);
  const reason = cut >= 0 ? rest.slice(cut).replace(/^\.\s+reason:\s*/i, '') : '';
  const said = reason.replace(/^.*error message:\s*/i, '').replace(/^\[|\]$/g, '') || reason;
  // "refused to accept your message (DATA)" / "SMTP Server <192.0.2.223>"
  const facts = {
    command: commandNamed(/\((RCPT|DATA|MAIL|HELO|EHLO)\)/i.exec(reason)?.[1]),
    remoteHost: /server <([^<>\s]{1,255})>/i.exec(reason)?.[1] ?? '',
    action: m[1]!.toLowerCase() === 'temporary' ? 'delayed' : 'failed',
    context: reason,
  };
  return addressesIn(cut >= 0 ? rest.slice(0, cut) : rest).map((a) => foundRecipient(a, said, facts));
}

export const x6 = {
  name: 'X6',
  marks: { says: ['we had trouble delivering your message. full details follow'] },
  detect: noticeSays('we had trouble delivering your message. full details follow'),
  recipients: (ctx) => linesOf(ctx.notice).flatMap(lineOf),
} as const satisfies Reporter;

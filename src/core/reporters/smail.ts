/**
 * Smail 3 and the fork of it Deutsche Telekom runs for T-Online (mailer-daemon@t-online.de), whose
 * notice puts the failed addresses between two banner lines:
 *
 *   |------------------------- Failed addresses follow: ---------------------|
 *    <a@t-online.de>
 *      552 5.2.2 <a@t-online.de> Quota exceeded (mailbox for user is full)
 *
 *   |------------------------- Message header follows: ----------------------|
 *
 * Plain Smail 3 writes each address with its error on one line ("a@b ... failed: unknown
 * host") and may open with a "Message log follows" banner whose lines say why.
 */
import { bodySection, foundRecipient, leadAddress, linesOf, says, words } from './lib.js';
import type { FoundRecipient, Reporter } from './types.js';

const start = '------------------------- failed addresses follow:';
const ends = ['------------------------- message header follows:', '------------------------- message text follows:'];

export const smail = {
  name: 'Smail',
  marks: { says: [start] },
  detect: (ctx) => says(ctx, start),
  recipients(ctx) {
    const list = bodySection(ctx, [start], ends).replace(/^[^\n]*\n/, '');
    const log = words(linesOf(bodySection(ctx, ['------------------------- message log follows:'], [start])).map((l) => l.replace(/^\|/, '')));
    const out: { address: string; lines: string[] }[] = [];
    for (const line of linesOf(list)) {
      // " a@b ... failed: unknown host" (Smail 3) or " <a@b>" alone (Deutsche Telekom)
      const a = leadAddress(line.replace(/\s\.\.\.\s.*$/, ''));
      if (a) {
        const rest = /\s\.\.\.\s(.*)$/.exec(line)?.[1] ?? '';
        out.push({ address: a, lines: rest ? [rest.replace(/^failed:\s*/i, '')] : [] });
        continue;
      }
      const cur = out[out.length - 1];
      if (cur && line.trim() && cur.lines.length < 12) cur.lines.push(line.trim());
    }
    return out.map((b): FoundRecipient => foundRecipient(b.address, words(b.lines), log ? { context: log } : {}));
  },
} as const satisfies Reporter;

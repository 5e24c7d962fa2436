/**
 * au one net / KDDI (no-reply@....dion.ne.jp, Subject "メールエラー通知"), a Japanese paragraph and
 * an English one:
 *
 *   Your mail sent on: Thu, 29 Apr 2013 23:45:22 +0900
 *        Could not be delivered to: <a@example.dion.ne.jp>
 *        As their mailbox is full.
 */
import { header } from '../parse/message.js';
import { firstAddress, foundRecipient, linesOf, says, words } from './lib.js';
import type { FoundRecipient, Reporter } from './types.js';

export const kddi = {
  name: 'KDDI',
  marks: { says: ['your mail sent on:'] },
  detect: (ctx) => says(ctx, 'your mail sent on:') && says(ctx, 'could not be delivered to:'),
  recipients(ctx) {
    const lines = linesOf(ctx.notice);
    const out: FoundRecipient[] = [];
    lines.forEach((l, i) => {
      const m = /could not be delivered to:(.*)$/i.exec(l);
      const a = m ? firstAddress(m[1]!) : '';
      if (!a) return;
      // The reason follows on the next lines ("As their mailbox is full.") up to a blank one.
      const rest: string[] = [];
      for (let j = i + 1; j < lines.length && lines[j]!.trim() && rest.length < 4; j++) rest.push(lines[j]!);
      // "X-SPASIGN: NG": au's own spam filter refused it, whatever the sentence.
      const refused = header(ctx, 'x-spasign').trim().toUpperCase() === 'NG';
      out.push(foundRecipient(a, words(rest), refused ? { hint: 'filtered' } : {}));
    });
    return out;
  },
} as const satisfies Reporter;

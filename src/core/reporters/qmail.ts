/**
 * qmail (qmail-send, netqmail, vpopmail/vdelivermail):
 *
 *   Hi. This is the qmail-send program at mx.example.jp.
 *   I'm afraid I wasn't able to deliver your message to the following addresses.
 *   This is a permanent error; I've given up. Sorry it didn't work out.
 *
 *   <a@example.jp>:
 *   192.0.2.153 does not like recipient.
 *   Remote host said: 550 5.1.1 <a@example.jp>... User Unknown
 *   Giving up on 192.0.2.153.
 *
 *   --- Below this line is a copy of the message.     (or "--- Enclosed is a copy of the message.")
 *
 * The bounce may go back to the failed address itself, so no address is skipped as the sender's.
 */
import { bodySection, foundRecipient, leadAddress, linesOf, noticeSays, words } from './lib.js';
import type { FoundRecipient, Reporter } from './types.js';

const starts = ["wasn't able to deliver your message to the following addresses.", 'i was unable to deliver your message to the following addresses', 'sorry it didn\'t work out.'];
const ends = ['--- below this line is a copy of the message', '--- enclosed is a copy of the message', '--- below this line is the original bounce'];

export const qmail = {
  name: 'qmail',
  marks: { says: ['this is the qmail-send program', "wasn't able to deliver your message to the following addresses"] },
  detect: noticeSays('this is the qmail-send program', ["wasn't able to deliver your message to the following addresses", '--- below this line is a copy']),
  recipients(ctx) {
    const list = bodySection(ctx, starts, ends);
    const out: FoundRecipient[] = [];
    let cur: { address: string; lines: string[] } | null = null;
    const flush = () => {
      if (cur) out.push(toFound(cur.address, cur.lines));
    };
    for (const line of linesOf(list)) {
      // "<a@b>:" alone on its line
      const a = /^<[^<>\s]{1,256}>:?\s*$/.test(line.trim()) ? leadAddress(line) : null;
      if (a) {
        flush();
        cur = { address: a, lines: [] };
        continue;
      }
      if (cur && cur.lines.length < 20) cur.lines.push(line);
    }
    flush();
    return out;
  },
} as const satisfies Reporter;

function toFound(address: string, lines: string[]): FoundRecipient {
  const diag = words(lines);
  // "192.0.2.153 does not like recipient." / "remote host 192.0.2.32 said:" / "Connected to 192.0.2.225 but"
  const host = /(?:^|\s|remote host\s|connected to\s)(\d{1,3}(?:\.\d{1,3}){3})\s+(?:does not like|failed after|said|but)/i.exec(diag);
  return foundRecipient(address, diag, { remoteHost: host?.[1] ?? '' });
}

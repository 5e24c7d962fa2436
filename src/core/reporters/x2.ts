/**
 * An unnamed MTA (Sisimai's X2; qmail-based webmail providers), Subject "Delivery failure":
 *
 *   Message from example.com.
 *   Unable to deliver message to the following address(es).
 *
 *   <a@example.com>:
 *   This user doesn't have a example.com account (a@example.com) [0]
 *
 *   <b@example.org>:
 *   unable to connect to remote server [192.0.2.222:25]: Operation timed out
 *   I'm not going to try again; this message has been in the queue too long.
 *
 *   --- Original message follows.
 */
import { angleBlocks, bodySection, foundRecipient, noticeSays, words } from './lib.js';
import { formatHint } from '../rules/formats.js';
import type { Reporter } from './types.js';

const heading = 'unable to deliver message to the following address(es).';

export const x2 = {
  name: 'X2',
  marks: { says: [heading] },
  detect: noticeSays(heading),
  recipients(ctx) {
    return angleBlocks(bodySection(ctx, [heading], ['--- original message follows', '--- below this line'])).map((b) => {
      const text = words(b.lines);
      const host = /remote server \[([\da-f.:]{3,45}?)(?::\d{1,5})?\]/i.exec(text)?.[1] ?? '';
      return foundRecipient(b.address, text, {
        remoteHost: host,
        hint: formatHint('X2', text),
      });
    });
  },
} as const satisfies Reporter;

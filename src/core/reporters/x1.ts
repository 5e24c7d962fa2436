/**
 * An unnamed MTA (Sisimai's X1), Subject "Returned Mail: ...":
 *
 *   The original message was received at Thu, 29 Apr 2010 23:34:45 +0900 (JST)
 *   from b@example.jp
 *
 *   ---The following addresses had delivery errors---
 *
 *   a@example.co.jp [User unknown]
 */
import { bodySection, lineRecipients, noticeSays } from './lib.js';
import type { Reporter } from './types.js';

const heading = '---the following addresses had delivery errors---';

export const x1 = {
  name: 'X1',
  marks: { says: [heading] },
  detect: noticeSays(heading),
  // "a@b [the server's words]"
  recipients: (ctx) => lineRecipients(bodySection(ctx, [heading], ['content-type:', '--']), /^\s*<?([^\s<>[\]]{1,256}@[^\s<>[\]]{1,256})>?\s+\[([^\]]{0,500})\]/),
} as const satisfies Reporter;

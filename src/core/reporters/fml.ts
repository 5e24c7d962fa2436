/**
 * fml, the mailing-list manager (X-MLServer: fml [fml 4.0.3 release ...]). Its refusals name the
 * list in the first sentence:
 *
 *   You are not a member of this mailing list <list@example.org>.
 *   Duplicated Message-ID in <list@example.co.jp>.          (Subject "Loop Alert: ...")
 */
import { header } from '../parse/message.js';
import { firstAddress, foundRecipient, subjectOf } from './lib.js';
import { formatHint } from '../rules/formats.js';
import type { Reporter } from './types.js';

// fml's own first sentences, for a notice seen without its headers (a webmail's text).
const firstSentences = ['you are not a member of this mailing list <', 'duplicated message-id in <'];

export const fml = {
  name: 'FML',
  marks: { headers: [['x-mlserver', 'fml']], says: firstSentences },
  detect: (ctx) => header(ctx, 'x-mlserver').toLowerCase().startsWith('fml') || firstSentences.some((p) => ctx.noticeLower.trimStart().startsWith(p)),
  recipients(ctx) {
    const text = ctx.notice.trim();
    const first = text.slice(0, Math.max(0, text.indexOf('\n')) || text.length).trim();
    const m = /<([^<>\s]{3,256})>/.exec(first);
    const address = m ? firstAddress(m[1]!) : '';
    if (!address) return [];
    // The first sentence says why; where it does not, fml's Subject names the refusal or the loop.
    return [foundRecipient(address, first, { hint: formatHint('FML', first) ?? formatHint('FML', subjectOf(ctx)) })];
  },
} as const satisfies Reporter;

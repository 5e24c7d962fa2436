/**
 * Issue 8: Sisimai 4.25's per-reason wordings as facts (test/core/support/sisimai-wording-b.ts),
 * each read as a reply pasted on its own and as the Diagnostic-Code of a minimal RFC 3464
 * notice: the reason the module gives, and the category that reason maps to. Every row is
 * checked; the scores are printed so that a change can say how many it fixed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { classify } from '../../src/core/index.js';
import { reasonCategory } from '../../src/core/taxonomy.js';
import type { Verdict } from '../../src/core/types.js';
import { minimalDsn } from './support/dsn.js';
import { sisimaiWordingB, type WordingRow } from './support/sisimai-wording-b.js';

const pasted = (text: string) => classify(text, { mode: 'text', origin: 'pasted' });

/**
 * A minimal RFC 3464 notice from a relay whose Diagnostic-Code is the reply. UserUnknown.pm's
 * `true()` takes the words as an unknown address only from an X.1.x status or an answer to RCPT
 * TO (elsewhere a filter may say them), so a row without an X.1.x code names the step the way
 * Postfix's notice does.
 */
function dsn(row: WordingRow): string {
  const status = row.status || `${/^([45])\d\d\b/.exec(row.text)?.[1] ?? '5'}.0.0`;
  const temporary = status.startsWith('4');
  const step = row.reason === 'userunknown' && !/^5\.1\./.test(status) ? ' (in reply to RCPT TO command)' : '';
  return minimalDsn({ status, diagnostic: `${row.text}${step}` });
}

type Kind = 'pasted' | 'raw';
const score: Record<Kind, { reason: [number, number]; category: [number, number] }> = {
  pasted: { reason: [0, 0], category: [0, 0] },
  raw: { reason: [0, 0], category: [0, 0] },
};

function check(kind: Kind, v: Verdict, row: WordingRow): string[] {
  const out: string[] = [];
  const want = { reason: row.reason, category: reasonCategory[row.reason] };
  for (const field of ['reason', 'category'] as const) {
    const ok = v[field] === want[field];
    score[kind][field][0] += ok ? 1 : 0;
    score[kind][field][1] += 1;
    if (!ok) out.push(`${field}: got ${v[field]}, want ${want[field]}`);
  }
  if (out.length) out.push(`(evidence: ${v.evidence.map((e) => `${e.rule} "${e.text.slice(0, 80)}"`).join('; ')})`);
  return out;
}

describe('Sisimai wordings (second half), pasted on their own', () => {
  for (const row of sisimaiWordingB) {
    it(`${row.source}: ${row.text.slice(0, 90)}`, async () => {
      expect(check('pasted', await pasted(row.text), row)).toEqual([]);
    });
  }
});

describe('Sisimai wordings (second half), as the Diagnostic-Code of a minimal DSN', () => {
  for (const row of sisimaiWordingB) {
    it(`${row.source}: ${row.text.slice(0, 90)}`, async () => {
      expect(check('raw', await classify(dsn(row)), row)).toEqual([]);
    });
  }
});

afterAll(() => {
  const line = (k: Kind) => `sisimai wording b ${k}: reason ${score[k].reason.join('/')}, category ${score[k].category.join('/')}`;
  console.log(`${line('pasted')}\n${line('raw')}`);
});

/**
 * Ordinary mail that uses some of the same words: a person's sentences, not a server's reply.
 * None may be read as a bounce, however it arrives.
 */
const ordinary: readonly [string, string][] = [
  ['a marketing question', 'Hi Tom,\nwe plan a bulk email to our customers next week. Is the mass mailer set up, or should we use the closed mailing list instead?\nThanks, Ana'],
  ['a newsletter about filters', 'This month: how spam-like subject lines hurt your open rate, and why a protocol violation in your HTTP client is not a mail problem.\nUnsubscribe at any time.'],
  ['a support reply', 'Hello,\nthe user not active in the portal is the one you deactivated last week; it is not a local address, it belongs to the partner company.\nBest regards'],
  ['a club notice', 'Dear members,\nthe throttling failure on the boat engine is fixed. The message given low priority at the last meeting will be discussed on Friday.\nSee you there'],
];

describe('ordinary mail with the same words stays ordinary', () => {
  for (const [name, text] of ordinary) {
    it(name, async () => {
      const message = `From: Ana Ruiz <ana@example.org>\nTo: tom@example.net\nSubject: next week\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\n${text}\n`;
      for (const v of [await pasted(text), await classify(text, { mode: 'text' }), await classify(message)]) {
        expect(v.kind, `${name}: ${v.evidence.map((e) => `${e.rule} "${e.text}"`).join('; ')}`).toBe('not-a-bounce');
      }
    });
  }
});

/**
 * Issue 8: Sisimai's per-reason phrase lists as facts about wording (test/core/support/sisimai-wording.ts),
 * first half of the reasons. Every phrase, written into a reply of our own, is read pasted on its
 * own (when the reply carries an SMTP or enhanced status code, so that the text is a reply at all)
 * and as the Diagnostic-Code of a minimal RFC 3464 notice; the reason and the category must be
 * what the wording means. The scores are printed so that a change can say how many it fixed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { classify, classifyText } from '../../src/core/index.js';
import { reasonCategory } from '../../src/core/taxonomy.js';
import type { Verdict } from '../../src/core/types.js';
import { minimalDsn } from './support/dsn.js';
import { sisimaiWording, wordingNearMisses, type WordingRow } from './support/sisimai-wording.js';

const pasted = (text: string) => classify(text, { mode: 'text', origin: 'pasted' });

/** The enhanced code the reply writes, else the class of its reply code, else a bare 5.0.0. */
function statusOf(text: string): string {
  const enhanced = /\b([45]\.\d{1,3}\.\d{1,3})\b/.exec(text)?.[1];
  if (enhanced) return enhanced;
  const reply = /^([45])\d\d[ -]/.exec(text)?.[1];
  return `${reply ?? '5'}.0.0`;
}

function dsn(row: WordingRow): string {
  return minimalDsn({ status: statusOf(row.text), diagnostic: row.text });
}

interface Tally { right: number; all: number }
const tally = (): { reason: Tally; category: Tally } => ({ reason: { right: 0, all: 0 }, category: { right: 0, all: 0 } });
const score = { pasted: tally(), raw: tally() };

function check(kind: keyof typeof score, v: Verdict, row: WordingRow): string[] {
  const out: string[] = [];
  const s = score[kind];
  const wantCategory = row.category ?? reasonCategory[row.reason];
  s.reason.all++;
  s.category.all++;
  if (v.reason === row.reason) s.reason.right++;
  else out.push(`reason: got ${v.reason}, want ${row.reason}`);
  if (v.category === wantCategory) s.category.right++;
  else out.push(`category: got ${v.category}, want ${wantCategory}`);
  if (out.length) out.push(`(evidence: ${v.evidence.map((e) => `${e.rule} "${e.text.slice(0, 80)}"`).join('; ')})`);
  return out;
}

const hasCode = (text: string) => /^[45]\d\d[ -]|\b[45]\.\d{1,3}\.\d{1,3}\b/.test(text);

describe('Sisimai wording, pasted on its own', () => {
  for (const row of sisimaiWording.filter((x) => hasCode(x.text))) {
    it(`${row.source}: ${row.text.slice(0, 90)}`, async () => {
      expect(check('pasted', await pasted(row.text), row)).toEqual([]);
    });
  }
});

describe('Sisimai wording, as the Diagnostic-Code of a minimal DSN', () => {
  for (const row of sisimaiWording) {
    it(`${row.source}: ${row.text.slice(0, 90)}`, async () => {
      expect(check('raw', await classify(dsn(row)), row)).toEqual([]);
    });
  }
});

describe('Sisimai wording near misses stay ordinary', () => {
  for (const text of wordingNearMisses) {
    it(text, async () => {
      for (const v of [await pasted(text), classifyText(text), await classify(text, { mode: 'text' }), await classify(text)]) {
        expect(v.kind, v.evidence.map((e) => `${e.rule} "${e.text}"`).join('; ')).toBe('not-a-bounce');
      }
    });
  }
});

afterAll(() => {
  for (const kind of ['pasted', 'raw'] as const) {
    const { reason, category } = score[kind];
    console.log(`sisimai wording ${kind}: reason ${reason.right}/${reason.all}, category ${category.right}/${category.all}`);
  }
});

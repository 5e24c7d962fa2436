/**
 * The `--json` line (work.ts jsonLine) is written field by field: it must be the bytes of
 * JSON.stringify over the object toJson gives, for every verdict of the corpus and for any
 * strings a verdict may hold (quotes, backslashes, control characters, lone and paired
 * surrogates, U+2028), and fall back to JSON.stringify when a value is not a string.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/index.js';
import type { Verdict } from '../../src/core/index.js';
import { jsonLine, toJson } from '../../src/cli/work.js';

const corpus = join(__dirname, '../../../shared/corpus');
const stringified = (file: string, v: Verdict, index?: number, date = '') => `${JSON.stringify(toJson(file, v, index, date))}\n`;

describe('the --json line', () => {
  it('is JSON.stringify(toJson) for every verdict of the corpus', async () => {
    let n = 0;
    for (const [folder, mode] of [['sisimai-dev/eml', 'auto'], ['sisimai-dev/text', 'text'], ['not-bounce', 'auto'], ['malformed', 'auto']] as const) {
      const dir = join(corpus, folder);
      for (const f of readdirSync(dir).sort()) {
        const v = await classify(new Uint8Array(readFileSync(join(dir, f))), { mode });
        const date = v.date ?? '';
        expect(jsonLine(join(dir, f), v, n % 3 ? n : undefined, date)).toBe(stringified(join(dir, f), v, n % 3 ? n : undefined, date));
        n++;
      }
    }
    expect(n).toBeGreaterThan(900);
  });

  it('is JSON.stringify(toJson) for any strings', async () => {
    const base = await classify(readFileSync(join(__dirname, '../../examples/bounce-mailbox-full.eml')));
    // Any UTF-16 code unit, with the ones JSON escapes often.
    const unit = fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.constantFrom(0x22, 0x5c, 0x0a, 0x00, 0x1f, 0x7f, 0x2028, 0xd800, 0xdbff, 0xdc00, 0xdfff)).map((c) => String.fromCharCode(c));
    const s = fc.string({ unit, maxLength: 12 });
    const recipient = fc.record({ address: s, action: s, status: s, reply: s, diagnostic: s, remoteHost: s, reason: s, category: s, severity: s });
    fc.assert(
      fc.property(s, s, s, s, fc.option(s), fc.boolean(), fc.array(recipient, { maxLength: 3 }), fc.nat(5), (file, date, kind, status, feedbackType, forwarded, recipients, index) => {
        const v = { ...base, kind, status, feedbackType: feedbackType ?? undefined, forwarded: forwarded || undefined, recipients: recipients.map((r) => ({ ...r, evidence: [] })) } as unknown as Verdict;
        expect(jsonLine(file, v, index, date)).toBe(stringified(file, v, index, date));
      }),
      { numRuns: 3000 },
    );
  });

  it('a value that is not a string (outside the type): the line JSON.stringify writes', async () => {
    const base = await classify(readFileSync(join(__dirname, '../../examples/bounce-mailbox-full.eml')));
    const odd = { ...base, status: undefined, recipients: [{ ...base.recipients[0]!, diagnostic: 42 }] } as unknown as Verdict;
    const line = jsonLine('x.eml', odd, 2, '');
    expect(line).toBe(stringified('x.eml', odd, 2, ''));
    expect(line).not.toContain('"status":,');
    // And the next line is written field by field again, as it was.
    expect(jsonLine('y.eml', base)).toBe(stringified('y.eml', base));
  });
});

/**
 * Outlook's forward block with a To (or Cc) line that wraps: a long list of recipients goes on
 * over the next line, which has no field name of its own ("To: Team One <one@…>; Team Two
 * <two@…>;" then "anna@…", then "Subject: …"). The block goes on past such a line: the forward
 * must read as the same forward with the list on one line. Tuning renderings only, the two
 * Outlook forms, five languages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyText, type Verdict } from '../../src/core/index.js';
import { stemOf, validationStems } from '../../scripts/validation-slice.mjs';
import { forwardedText, forwarder, langs } from './support/forwards.js';

const dev = join(__dirname, '../../../shared/corpus/sisimai-dev');
const slice = validationStems(dev);
const tuning = readdirSync(join(dev, 'text')).filter((f) => !slice.has(stemOf(f))).sort();
const others = ['one@lists.example.net', 'two@lists.example.net'];

/** The forward with its To line wrapped: two more recipients, then the forwarder on the next line. */
const wrapTo = (text: string): string => {
  const at = text.indexOf(`${forwarder}\n`);
  return `${text.slice(0, at)}Team One <${others[0]}>; Team Two <${others[1]}>;\n${text.slice(at)}`;
};
const shape = (v: Verdict) => `${v.kind}/${v.category}/${v.forwarded === true}/${v.recipients.map((r) => r.address).sort().join(',')}`;

describe('an Outlook forward whose To line wraps', () => {
  it('reads as the same forward with the list on one line, never listing the forward\'s recipients', () => {
    const differ: string[] = [];
    let n = 0;
    for (const f of tuning) {
      const text = readFileSync(join(dev, 'text', f), 'utf8');
      for (const form of ['outlook', 'outlook-original'] as const) {
        for (const lang of langs) {
          const plain = forwardedText(text, form, lang, { withHeaders: false, note: false });
          const wrapped = wrapTo(plain);
          expect(wrapped).not.toBe(plain);
          const a = classifyText(plain, { origin: 'pasted' });
          const b = classifyText(wrapped, { origin: 'pasted' });
          n++;
          if (shape(a) !== shape(b) || b.recipients.some((r) => others.includes(r.address))) differ.push(`${f} ${form}/${lang}: one line ${shape(a)}, wrapped ${shape(b)}`);
        }
      }
    }
    expect(n).toBeGreaterThan(1000);
    expect(differ.slice(0, 10)).toEqual([]);
  });
});

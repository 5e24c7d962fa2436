/**
 * A recipient's words are folded once (reporters/collect.ts recipientWords) and handed on: to the
 * command reader, as the text commandText spells from them, and to decideReason, as lineWords
 * makes them. Each must be what the reading it replaces gave: the command was read in
 * fold(commandTextOf(r)), and decideReason folded the first line and the rest of
 * `${diagnostic}\n${context}` itself (foldedWords). Checked on pairs of pieces of every dev-corpus
 * and not-bounce text and on random texts of white space of every kind, capitals whose lowercase
 * is longer (U+0130) or depends on what follows (capital sigma), and long texts past the cut.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxDiagnosticChars } from '../../src/core/parse/limits.js';
import { commandText, commandTextOf, recipientWords } from '../../src/core/reporters/collect.js';
import { foldedWords } from '../../src/core/rules/decide.js';
import { fold, squash } from '../../src/core/rules/fold.js';

const corpus = join(__dirname, '../../../shared/corpus');

/** The readings recipientWords replaces, for a recipient with words `diagnostic` and `context`. */
function expectSameReadings(diagnostic: string, context: string | undefined): boolean {
  const r = { address: 'a@b.example', diagnostic, ...(context === undefined ? {} : { context }) };
  const w = recipientWords(r);
  const cut = (t: string) => t.slice(0, maxDiagnosticChars);
  // classify.ts toRecipient: the verdict's diagnostic, and decideReason's input.
  expect(w.diagnostic).toBe(squash(cut(diagnostic)).trim());
  if (!w.diagnostic) {
    expect(w.folded).toBeNull();
    return false;
  }
  const input = context ? `${w.diagnostic}\n${cut(context)}` : w.diagnostic;
  expect(w.folded).toEqual(foldedWords(input));
  expect(commandText(r, w.folded!)).toBe(fold(commandTextOf(r)));
  return true;
}

describe('recipientWords', () => {
  it('reads what the former readings read, on pieces of every corpus text', () => {
    let read = 0;
    for (const dir of ['sisimai-dev/eml', 'sisimai-dev/text', 'not-bounce']) {
      for (const f of readdirSync(join(corpus, dir)).sort()) {
        if (f.endsWith('.md')) continue;
        const text = readFileSync(join(corpus, dir, f), 'utf8').slice(0, 6000);
        // Paragraphs and lines, each with the next as its context, and the whole text past the cut.
        const paragraphs = text.split(/\n\s*\n/);
        for (let i = 0; i < paragraphs.length; i++) if (expectSameReadings(paragraphs[i]!, paragraphs[i + 1])) read++;
        const lines = text.split('\n').slice(0, 40);
        for (let i = 0; i < lines.length; i++) if (expectSameReadings(lines[i]!, i % 3 ? lines.slice(i + 1).join('\n') : '')) read++;
        expectSameReadings(text, text);
      }
    }
    expect(read).toBeGreaterThan(10000);
  });

  it('reads what the former readings read, on random texts', () => {
    const pieces = [' ', '  ', '\n', '\r\n', '\t', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u000b', 'a', 'B', 'Σ', 'ΑΣ', 'σ', 'İ', 'ß', 'User Unknown', 'in reply to RCPT TO', '.', '550'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.option(text, { nil: undefined }), (diagnostic, context) => {
        expectSameReadings(diagnostic, context);
      }),
      { numRuns: 10000 },
    );
  });

  it('cuts the diagnostic and the context where toRecipient did', () => {
    const long = `550 ${'x '.repeat(maxDiagnosticChars)}`;
    expect(expectSameReadings(long, `  ${long}`)).toBe(true);
    expect(expectSameReadings(`\n ${long}`, long)).toBe(true);
    expect(recipientWords({ address: 'a@b.example', diagnostic: long }).diagnostic.length).toBeLessThanOrEqual(maxDiagnosticChars);
  });
});

/**
 * rules/kinds.ts noticeSender runs each of its regexes only where the character the regex cannot
 * match without is in the From ('<', '"', ')', a quote, "microsoftexchange"). Its answer must be
 * the reading that runs them all: checked on every From of the dev and not-bounce corpora and on
 * random Froms made of the pieces those regexes read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daemonLocalParts, daemonNames, noticeSender } from '../../src/core/rules/kinds.js';

const corpus = join(__dirname, '../../../shared/corpus');

/** The reading with every regex run. */
function everyRegexSender(from: string): string {
  const f = from.trim().toLowerCase();
  if (f === '' || f === '<>') return '<>';
  const addr = /<([^<>]{0,320})>/.exec(f)?.[1] ?? (/^[^\s<>"]{1,320}/.exec(f)?.[0] ?? '');
  const local = (addr.includes('@') ? addr.slice(0, addr.indexOf('@')) : addr).replace(/^"|"$/g, '');
  if (daemonLocalParts.includes(local)) return local;
  if (/^microsoftexchange[0-9a-f]{0,40}$/.test(local)) return local;
  const name = (f.includes('<') ? f.slice(0, f.indexOf('<')) : /\(([^()]{1,120})\)\s*$/.exec(f)?.[1] ?? '').replace(/["']/g, '').trim();
  if (name && daemonNames.includes(name)) return name;
  if (f.includes('<') && addr === '' && daemonNames.includes(name)) return name;
  return '';
}

/** The From lines (with their folded continuations) of every message in `dir`. */
function fromsIn(dir: string): string[] {
  const out: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    const text = readFileSync(join(dir, f), 'latin1').replace(/\r\n?/g, '\n');
    for (const m of text.matchAll(/^from:(.*(?:\n[ \t].*)*)/gim)) out.push(m[1]!.replace(/\n[ \t]+/g, ' '));
  }
  return out;
}

describe('noticeSender', () => {
  it('gives the every-regex reading for every From of the corpora', () => {
    const froms = [...fromsIn(join(corpus, 'sisimai-dev/eml')), ...fromsIn(join(corpus, 'not-bounce'))];
    expect(froms.length).toBeGreaterThan(500);
    let daemons = 0;
    for (const from of froms) {
      const want = everyRegexSender(from);
      expect(noticeSender(from), from).toBe(want);
      if (want) daemons++;
    }
    expect(daemons).toBeGreaterThan(100);
  });

  it('gives the every-regex reading for random Froms', () => {
    const pieces = [
      ...daemonLocalParts, ...daemonNames, 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e', 'microsoftexchange', '0a1f', 'g',
      '<', '>', '"', "'", '(', ')', '@', ' ', '\t', 'example.org', 'Bob', 'Mail Delivery', '<>', '""',
    ];
    const from = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((p) => p.join(''));
    fc.assert(
      fc.property(from, (f) => {
        expect(noticeSender(f)).toBe(everyRegexSender(f));
      }),
      { numRuns: 30000 },
    );
  });
});

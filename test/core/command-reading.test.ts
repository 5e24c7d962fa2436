/**
 * rules/commands.ts commandInFolded reads the markers of commandMarkers in one pass of an index:
 * the plain markers where they occur, and a regex only where one of its leading literals
 * (leadingLiterals) occurs before the best place found so far. The answer must be the plain
 * reading's: each marker looked for on its own, the earliest place winning, the first in the table
 * where two start at one place, then the format's own markers. Checked on every dev-corpus and
 * not-bounce text, folded whole and cut past each place a marker's literal occurs (so that later
 * markers come first), and on random texts made of the markers' pieces.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commandInFolded, commandMarkers, commandNamed, formatCommandMarkers, leadingLiterals, type CommandMarker } from '../../src/core/rules/commands.js';
import { fold } from '../../src/core/rules/fold.js';
import { includesInOrder } from '../../src/core/rules/formats.js';
import type { ReporterName } from '../../src/core/reporters/index.js';

const corpus = join(__dirname, '../../../shared/corpus');

function place(folded: string, m: CommandMarker): { at: number; command: string } | null {
  if (typeof m.marker === 'string') {
    const at = folded.indexOf(m.marker);
    return at < 0 ? null : { at, command: m.command };
  }
  if (!(m.marker instanceof RegExp)) return includesInOrder(folded, m.marker) ? { at: folded.indexOf(m.marker[0] ?? ''), command: m.command } : null;
  const hit = m.marker.exec(folded);
  return hit ? { at: hit.index, command: commandNamed(hit[1]) ?? m.command } : null;
}

function plainReading(folded: string, format?: ReporterName): string {
  let best: { at: number; command: string } | null = null;
  for (const m of commandMarkers) {
    const p = place(folded, m);
    if (p && (!best || p.at < best.at)) best = p;
  }
  if (best) return best.command;
  for (const m of (format ? formatCommandMarkers[format] : undefined) ?? []) {
    const p = place(folded, m);
    if (p) return p.command;
  }
  return '';
}

const regexRows = commandMarkers.flatMap((m) => (m.marker instanceof RegExp ? [m.marker] : []));
const leads = regexRows.flatMap((re) => leadingLiterals(re) ?? []);

function texts(): string[] {
  const out: string[] = [];
  for (const dir of ['sisimai-dev/eml', 'sisimai-dev/text', 'not-bounce']) {
    for (const f of readdirSync(join(corpus, dir)).sort()) {
      if (!f.endsWith('.md')) out.push(fold(readFileSync(join(corpus, dir, f), 'latin1').slice(0, 30000)));
    }
  }
  return out;
}

/** Every match of `re` in `folded` (a global copy reads them all), each checked to start with one of `lead`. */
function matchesStartWithLeads(folded: string, re: RegExp, lead: readonly string[]): number {
  let n = 0;
  for (const m of folded.matchAll(new RegExp(re.source, 'g'))) {
    expect(lead.some((l) => folded.startsWith(l, m.index)), `${re.source} at ${m.index} of ${JSON.stringify(folded.slice(m.index, m.index + 60))}`).toBe(true);
    n++;
  }
  return n;
}

describe('leadingLiterals', () => {
  it('reads the leading words of each branch, or none where a branch may start otherwise', () => {
    expect(leadingLiterals(/(?:in reply to|after|>>>) (?:end of )?(rcpt|data)\b/)).toEqual(['in reply to ', 'after ', '>>> ']);
    expect(leadingLiterals(/\bin connect\b/)).toEqual(['in connect']);
    expect(leadingLiterals(/connection (?:refused|timed out)|couldn'?t connect/)).toEqual(['connection ', 'couldn']);
    expect(leadingLiterals(/no smtp connection(?! got far)/)).toEqual(['no smtp connection']);
    expect(leadingLiterals(/a\.b+c/)).toEqual(['a.']);
    expect(leadingLiterals(/x?yz/)).toBeNull();
    expect(leadingLiterals(/(?:ab|cd)?ef/)).toBeNull();
    expect(leadingLiterals(/(?:ab|c(d))ef/)).toBeNull();
    expect(leadingLiterals(/[ab]cd/)).toBeNull();
    expect(leadingLiterals(/ab|\d+/)).toBeNull();
    expect(leadingLiterals(/abc/i)).toBeNull();
  });

  it('every match of each regex row starts with one of its leading literals, in every corpus text', () => {
    let matched = 0;
    for (const folded of texts()) for (const re of regexRows) {
      const lead = leadingLiterals(re);
      if (lead) matched += matchesStartWithLeads(folded, re, lead);
    }
    expect(matched).toBeGreaterThan(100);
  });
});

describe('commandInFolded', () => {
  it('gives the plain reading on every corpus text, whole and cut past each leading literal', () => {
    let named = 0;
    let asked = 0;
    for (const folded of texts()) {
      const cuts = [0];
      for (const l of [...leads, ...commandMarkers.flatMap((m) => (typeof m.marker === 'string' ? [m.marker] : []))]) {
        const i = folded.indexOf(l);
        if (i >= 0) cuts.push(i + 1);
      }
      for (const cut of cuts) {
        const text = folded.slice(cut);
        for (const format of [undefined, 'Yahoo'] as const) {
          const want = plainReading(text, format);
          expect(commandInFolded(text, format), `${JSON.stringify(text.slice(0, 80))} ${format}`).toBe(want);
          asked++;
          if (want) named++;
        }
      }
    }
    expect(named).toBeGreaterThan(asked / 4);
  });

  it('gives the plain reading on random texts of the markers\' pieces', () => {
    const words = commandMarkers.flatMap((m) => (typeof m.marker === 'string' ? [m.marker] : m.marker instanceof RegExp ? [m.marker.source.replace(/[\\()?:|!^$*+[\]{}]/g, ' ')] : []));
    const pieces = [
      ...words.flatMap((w) => [w, w.slice(0, w.length >> 1), w.slice(w.length >> 1)]),
      ...leads, 'rcpt', 'data', 'mail', 'ehlo', 'connect', 'end of ', 'the ', 'final ', "couldn't connect", 'timed out', 'refused', ' ', 'x', '<a@b>',
    ];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (folded) => {
        expect(commandInFolded(folded)).toBe(plainReading(folded));
        expect(commandInFolded(folded, 'Yahoo')).toBe(plainReading(folded, 'Yahoo'));
        for (const re of regexRows) {
          const lead = leadingLiterals(re);
          if (lead) matchesStartWithLeads(folded, re, lead);
        }
      }),
      { numRuns: 20000 },
    );
  });
});

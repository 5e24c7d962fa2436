#!/usr/bin/env node
// Scores whybounce on the labelled dev corpus with the project's judge (shared/tools/score.mjs):
// eml mode over sisimai-dev/eml, text mode over sisimai-dev/text (with --text, as a webmail shows
// it), then the not-bounce and malformed sets. Results go to out/; pass --misses to list misses.
//   npm run accuracy [-- --misses]
import { execFileSync } from 'node:child_process';
import { mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const shared = process.env.WHYBOUNCE_SHARED ?? '../shared';
const corpus = join(shared, 'corpus');
const misses = process.argv.includes('--misses');
if (!existsSync(join(corpus, 'sisimai-dev/labels.json'))) {
  console.error(`accuracy: no corpus at ${corpus} (set WHYBOUNCE_SHARED to the shared/ folder)`);
  process.exit(2);
}
mkdirSync('out', { recursive: true });
const cli = (args) => execFileSync(process.execPath, ['bin/whybounce.js', '--json', ...args], { maxBuffer: 1 << 28, encoding: 'utf8' });
const score = (results, mode) =>
  execFileSync(process.execPath, [join(shared, 'tools/score.mjs'), '--labels', join(corpus, 'sisimai-dev/labels.json'), '--results', results, '--mode', mode, ...(misses ? ['--misses'] : [])], { encoding: 'utf8' });

import { writeFileSync } from 'node:fs';
writeFileSync('out/eml.jsonl', cli([join(corpus, 'sisimai-dev/eml')]));
writeFileSync('out/text.jsonl', cli(['--text', join(corpus, 'sisimai-dev/text')]));
const eml = score('out/eml.jsonl', 'eml');
const text = score('out/text.jsonl', 'text');
console.log('== eml (sisimai-dev/eml) ==');
console.log(eml.trimEnd());
console.log('== text (sisimai-dev/text, --text) ==');
console.log(text.trimEnd());

const lines = (s) => s.split('\n').filter(Boolean).map((l) => JSON.parse(l));
const nb = lines(cli([join(corpus, 'not-bounce')])).filter((r) => !r.file.endsWith('.md'));
const flagged = nb.filter((r) => r.kind !== 'not-a-bounce');
console.log(`== not-bounce == ${nb.length - flagged.length}/${nb.length} not-a-bounce`);
for (const r of flagged) console.log(`  flagged ${r.file}: ${r.kind} ${r.category}`);
const mal = lines(cli([join(corpus, 'malformed')]));
console.log(`== malformed == ${mal.length} verdicts, none thrown`);
console.log(eml.trimEnd().split('\n').at(-1));
console.log(text.trimEnd().split('\n').at(-1));

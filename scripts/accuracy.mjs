#!/usr/bin/env node
// Scores whybounce on the labelled dev corpus with the project's judge (shared/tools/score.mjs):
// eml mode over sisimai-dev/eml, text mode over sisimai-dev/text (with --text, as a webmail shows
// it), then the not-bounce and malformed sets. Results go to out/.
//
// Each mode is scored three ways: the whole corpus, the tuning part, and the validation slice
// (scripts/validation-slice.mjs: a fixed fifth chosen by the SHA-1 of each eml file). Rules are
// written from documentation and from the tuning part only; the slice's figures estimate accuracy
// on mail nobody here has seen, so its misses are never listed: --misses lists the tuning part's.
//   npm run accuracy [-- --misses]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stemOf, validationStems } from './validation-slice.mjs';

const shared = process.env.WHYBOUNCE_SHARED ?? '../shared';
const corpus = join(shared, 'corpus');
const dev = join(corpus, 'sisimai-dev');
const misses = process.argv.includes('--misses');
if (!existsSync(join(dev, 'labels.json'))) {
  console.error(`accuracy: no corpus at ${corpus} (set WHYBOUNCE_SHARED to the shared/ folder)`);
  process.exit(2);
}
mkdirSync('out', { recursive: true });
const cli = (args) => execFileSync(process.execPath, ['bin/whybounce.js', '--json', ...args], { maxBuffer: 1 << 28, encoding: 'utf8' });

// score.mjs reads text renderings from <labels folder>/text/, so each part gets its own labels
// file in a folder whose text/ links to the corpus's.
const labels = JSON.parse(readFileSync(join(dev, 'labels.json'), 'utf8'));
const slice = validationStems(dev);
const parts = {
  whole: join(dev, 'labels.json'),
  tuning: labels.filter((l) => !slice.has(stemOf(l.file))),
  validation: labels.filter((l) => slice.has(stemOf(l.file))),
};
for (const [name, rows] of Object.entries(parts)) {
  if (typeof rows === 'string') continue;
  const dir = join('out', `labels-${name}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'labels.json'), JSON.stringify(rows));
  symlinkSync(resolve(dev, 'text'), join(dir, 'text'));
  parts[name] = join(dir, 'labels.json');
}
const score = (results, mode, part, listMisses = false) =>
  execFileSync(process.execPath, [join(shared, 'tools/score.mjs'), '--labels', parts[part], '--results', results, '--mode', mode, ...(listMisses ? ['--misses'] : [])], { encoding: 'utf8' }).trimEnd();
const last = (s) => s.split('\n').at(-1);

writeFileSync('out/eml.jsonl', cli([join(dev, 'eml')]));
writeFileSync('out/text.jsonl', cli(['--text', join(dev, 'text')]));
const summary = [];
for (const mode of ['eml', 'text']) {
  const results = `out/${mode}.jsonl`;
  const whole = score(results, mode, 'whole');
  const tuning = score(results, mode, 'tuning', misses);
  const validation = score(results, mode, 'validation');
  console.log(`== ${mode} (sisimai-dev/${mode}${mode === 'text' ? ', --text' : ''}), whole: ${labels.length} ==`);
  console.log(whole);
  console.log(`== ${mode} tuning part: ${labels.length - slice.size}${misses ? ' (its misses listed)' : ''} ==`);
  console.log(misses ? tuning : last(tuning));
  console.log(`== ${mode} validation slice: ${slice.size} ==`);
  console.log(last(validation));
  summary.push(last(whole), `${last(tuning).replace(mode, `${mode} tuning`)}`, `${last(validation).replace(mode, `${mode} validation`)}`);
}

const lines = (s) => s.split('\n').filter(Boolean).map((l) => JSON.parse(l));
const nb = lines(cli([join(corpus, 'not-bounce')])).filter((r) => !r.file.endsWith('.md'));
const flagged = nb.filter((r) => r.kind !== 'not-a-bounce');
console.log(`== not-bounce == ${nb.length - flagged.length}/${nb.length} not-a-bounce`);
for (const r of flagged) console.log(`  flagged ${r.file}: ${r.kind} ${r.category}`);
const mal = lines(cli([join(corpus, 'malformed')]));
console.log(`== malformed == ${mal.length} verdicts, none thrown`);
for (const l of summary) console.log(l);

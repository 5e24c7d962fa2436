/**
 * Accuracy floors on the labelled dev corpus, scored by the project's judge
 * (shared/tools/score.mjs), so accuracy never regresses. `npm run accuracy` prints the same
 * figures; `npm run accuracy -- --misses` lists what differs in the tuning part, file by file.
 * The validation slice (scripts/validation-slice.mjs) has floors of its own: it is the estimate
 * of accuracy on unseen mail, so a rule that helps the whole corpus but costs the slice fails.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/index.js';
import { stemOf, validationStems } from '../../scripts/validation-slice.mjs';

const corpus = join(__dirname, '../../../shared/corpus');
const dev = join(corpus, 'sisimai-dev');
const scorer = join(__dirname, '../../../shared/tools/score.mjs');

type Summary = Record<string, { pct: number; n: number }>;
const verdicts = new Map<string, Promise<string>>();

/** Classifies a folder of the dev corpus once, as JSON lines in the shape `whybounce --json` prints. */
function results(folder: 'eml' | 'text'): Promise<string> {
  let p = verdicts.get(folder);
  if (!p) {
    p = (async () => {
      const lines: string[] = [];
      for (const f of readdirSync(join(dev, folder)).sort()) {
        const v = await classify(readFileSync(join(dev, folder, f)), folder === 'text' ? { mode: 'text' } : {});
        lines.push(JSON.stringify({ file: f, kind: v.kind, category: v.category, reason: v.reason, severity: v.severity, recipients: v.recipients }));
      }
      const out = join(mkdtempSync(join(tmpdir(), 'whybounce-')), `${folder}.jsonl`);
      writeFileSync(out, `${lines.join('\n')}\n`);
      return out;
    })();
    verdicts.set(folder, p);
  }
  return p;
}

/** The labels of the validation slice, in a folder whose text/ is the corpus's (score.mjs reads renderings there). */
function sliceLabels(): string {
  const slice = validationStems(dev);
  const rows = (JSON.parse(readFileSync(join(dev, 'labels.json'), 'utf8')) as { file: string }[]).filter((l) => slice.has(stemOf(l.file)));
  const dir = join(mkdtempSync(join(tmpdir(), 'whybounce-slice-')), 'sisimai-dev');
  mkdirSync(dir);
  symlinkSync(join(dev, 'text'), join(dir, 'text'));
  writeFileSync(join(dir, 'labels.json'), JSON.stringify(rows));
  return join(dir, 'labels.json');
}

async function run(mode: 'eml' | 'text', labels = join(dev, 'labels.json')): Promise<Summary> {
  const out = await results(mode);
  const json = execFileSync(process.execPath, [scorer, '--labels', labels, '--results', out, '--mode', mode, '--json'], { encoding: 'utf8' });
  return JSON.parse(json).summary;
}

function atLeast(s: Summary, floors: Record<string, number>): void {
  const got = Object.fromEntries(Object.keys(floors).map((k) => [k, s[k]!.pct]));
  for (const [k, floor] of Object.entries(floors)) expect.soft(got[k], `${k}: ${JSON.stringify(got)}`).toBeGreaterThanOrEqual(floor);
}

describe('accuracy floors (sisimai-dev)', () => {
  it('eml mode', async () => {
    atLeast(await run('eml'), { kind: 98, recipients: 99, precision: 99, reason: 92, category: 96, severity: 96, status: 95 });
  });
  it('text mode', async () => {
    atLeast(await run('text'), { kind: 95, category: 85 });
  });
});

// Figures of the validation slice (67 messages) when it was frozen on main 362dd0c: eml kind 100,
// recipients 98.5, precision 98.5, reason 98.5, category 98.5, severity 100, status 98.2; text
// kind 98.5, category 85.1, category-shown 100. One message is 1.5 points here.
// Severity 100 -> 98.5 since inactive-mailbox is hard as TAXONOMY.md says (theme 10 of issue 8):
// Sisimai's labels count a disabled account (`suspend`) as soft, so its one such message here
// now differs from the label on purpose (whole corpus: 99.2 -> 97.1, 8 messages).
describe('accuracy floors (sisimai-dev validation slice)', () => {
  const labels = sliceLabels();
  it('the slice is the fifth of the corpus the definition picks', () => {
    const n = validationStems(dev).size;
    expect(n).toBeGreaterThan(384 / 5 - 20);
    expect(n).toBeLessThan(384 / 5 + 20);
  });
  it('eml mode', async () => {
    atLeast(await run('eml', labels), { kind: 100, recipients: 98, precision: 98, reason: 98, category: 98, severity: 98, status: 98 });
  });
  it('text mode', async () => {
    atLeast(await run('text', labels), { kind: 98, category: 85, 'category-shown': 100 });
  });
});

describe('ordinary and malformed mail', () => {
  it('every not-bounce message comes out not-a-bounce', async () => {
    const dir = join(corpus, 'not-bounce');
    const wrong: string[] = [];
    for (const f of readdirSync(dir).filter((f) => !f.endsWith('.md')).sort()) {
      const v = await classify(readFileSync(join(dir, f)));
      if (v.kind !== 'not-a-bounce') wrong.push(`${f}: ${v.kind} (${v.evidence.map((e) => e.text).join(' | ')})`);
    }
    expect(wrong).toEqual([]);
  });
  it('every malformed message gets a verdict', async () => {
    const dir = join(corpus, 'malformed');
    for (const f of readdirSync(dir).sort()) {
      const v = await classify(readFileSync(join(dir, f)));
      // classify never throws, so "a verdict" alone proves nothing: no internal error may be behind it.
      expect(v.note, f).not.toMatch(/^could not read/);
      expect(['bounce', 'auto-reply', 'complaint', 'delivered', 'not-a-bounce'], f).toContain(v.kind);
    }
  });
});

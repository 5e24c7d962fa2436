/**
 * Accuracy floors on the labelled dev corpus, scored by the project's judge
 * (shared/tools/score.mjs), so accuracy never regresses. `npm run accuracy` prints the same
 * figures; `npm run accuracy -- --misses` lists what differs, file by file.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/index.js';

const corpus = join(__dirname, '../../../shared/corpus');
const dev = join(corpus, 'sisimai-dev');
const scorer = join(__dirname, '../../../shared/tools/score.mjs');

async function run(folder: string, mode: 'eml' | 'text'): Promise<Record<string, { pct: number }>> {
  const lines: string[] = [];
  for (const f of readdirSync(join(dev, folder)).sort()) {
    const v = await classify(readFileSync(join(dev, folder, f)), mode === 'text' ? { mode: 'text' } : {});
    lines.push(JSON.stringify({ file: f, kind: v.kind, category: v.category, reason: v.reason, severity: v.severity, recipients: v.recipients }));
  }
  const out = join(mkdtempSync(join(tmpdir(), 'whybounce-')), `${mode}.jsonl`);
  writeFileSync(out, `${lines.join('\n')}\n`);
  const json = execFileSync(process.execPath, [scorer, '--labels', join(dev, 'labels.json'), '--results', out, '--mode', mode, '--json'], { encoding: 'utf8' });
  return JSON.parse(json).summary;
}

describe('accuracy floors (sisimai-dev)', () => {
  it('eml mode', async () => {
    const s = await run('eml', 'eml');
    const floors = { kind: 98, recipients: 99, precision: 99, reason: 92, category: 96, severity: 96, status: 95 };
    const got = Object.fromEntries(Object.keys(floors).map((k) => [k, s[k]!.pct]));
    for (const [k, floor] of Object.entries(floors)) expect.soft(got[k], `${k}: ${JSON.stringify(got)}`).toBeGreaterThanOrEqual(floor);
  });
  it('text mode', async () => {
    const s = await run('text', 'text');
    expect.soft(s.kind!.pct, 'kind').toBeGreaterThanOrEqual(95);
    expect.soft(s.category!.pct, 'category').toBeGreaterThanOrEqual(85);
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

/**
 * An empty file (no bytes, or only white space) is said to be empty: in the human output, in
 * `--json` ("empty": true), beside real notices in a folder, with exit status 0.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { catalogs } from '../../src/core/advice/catalog.js';
import { csvHeader } from '../../src/core/index.js';
import { fakeIO } from './support/io.js';

const example = join(__dirname, '../../examples/bounce-mailbox-full.eml');

/** A folder holding an empty file, a blank one and a real bounce. */
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'whybounce-empty-'));
  writeFileSync(join(dir, 'a-empty.eml'), '');
  writeFileSync(join(dir, 'b-blank.eml'), '\ufeff \r\n\t\r\n');
  writeFileSync(join(dir, 'c-bounce.eml'), readFileSync(example));
  return dir;
}

describe('an empty input in the CLI', () => {
  it('the human output says it is empty, in the chosen language, and exits 0', async () => {
    const dir = folder();
    for (const lang of ['en', 'it'] as const) {
      const io = fakeIO();
      expect(await main(['--lang', lang, join(dir, 'a-empty.eml')], io)).toBe(0);
      expect(io.out).toContain('[not-a-bounce; empty]');
      expect(io.out).toContain(catalogs[lang]['headline.empty']);
      expect(io.out).toContain(catalogs[lang]['step.empty.source']);
      expect(io.out).not.toContain(catalogs[lang]['headline.not-a-bounce']);
      expect(io.err).toBe('');
    }
  });

  it('--json carries "empty": true for an empty input only', async () => {
    const dir = folder();
    const io = fakeIO();
    expect(await main(['--json', dir], io)).toBe(0);
    const rows = io.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => [r.file.slice(dir.length), r.kind, r.empty])).toEqual([
      ['/a-empty.eml', 'not-a-bounce', true],
      ['/b-blank.eml', 'not-a-bounce', true],
      ['/c-bounce.eml', 'bounce', undefined],
    ]);
    expect(rows[0]).toMatchObject({ category: 'not-a-bounce', reason: 'undefined', severity: 'none', recipients: [] });
    expect(Object.keys(rows[0])).toEqual(['file', 'date', 'kind', 'category', 'reason', 'severity', 'status', 'reply', 'empty', 'recipients']);
  });

  it('a folder holding an empty file beside a bounce: both explained, exit 0', async () => {
    const dir = folder();
    const io = fakeIO();
    expect(await main([dir], io)).toBe(0);
    expect(io.out.match(/\[not-a-bounce; empty\]/g)).toHaveLength(2);
    expect(io.out).toContain(catalogs.en['headline.empty']);
    expect(io.out).toContain('[bounce · quota-issues · soft]');
    expect(io.err).toBe('');
  });

  it('standard input with nothing in it is empty too; --text as well', async () => {
    for (const args of [['--json', '-'], ['--json', '--text', '-']]) {
      const io = fakeIO({ stdin: ['  \n'] });
      expect(await main(args, io)).toBe(0);
      expect(JSON.parse(io.out)).toMatchObject({ file: '-', kind: 'not-a-bounce', empty: true });
    }
  });

  it('--csv keeps its header, and the row is that of any message that is not a bounce', async () => {
    const io = fakeIO();
    expect(await main(['--csv', join(folder(), 'a-empty.eml')], io)).toBe(0);
    const lines = io.out.replace(/^\ufeff/, '').trim().split(/\r?\n/);
    expect(`${lines[0]}\r\n`).toBe(csvHeader);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/a-empty\.eml,,,not-a-bounce,not-a-bounce,undefined,none,/);
  });
});

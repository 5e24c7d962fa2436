/**
 * When classifying a message throws (a bug, not a bad input), the run stops there: the failure is
 * reported once, naming the message; every message before it is in the output, none after; the
 * exit status is 1. A bad input (an unreadable path) is still reported by itself and the rest run.
 *
 * The classifier never throws on any input (core/classify.ts catches), so these tests make it
 * throw through the CLI's test seam `CliIO.classify`: the classifier of the batches the main
 * thread runs. Worker threads always run the core's; test/cli/pool.test.ts covers their failures.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { classify, type Classify } from '../../src/core/index.js';
import { fakeIO } from './support/io.js';

const root = join(__dirname, '../..');
const example = join(root, 'examples/bounce-mailbox-full.eml');
const notice = readFileSync(example, 'latin1').replace(/\r\n/g, '\n');
/** A header only the tests' messages carry: the test classifier throws on a message that has it. */
const poison = 'X-Test-Classifier: throw\n';

/** The test classifier: the core's, except that it throws on a message carrying `poison`. */
const throwing: Classify = async (input, options) => {
  const text = typeof input === 'string' ? input : new TextDecoder('latin1').decode(input);
  if (text.includes(poison)) throw new Error('test classifier: thrown on purpose');
  return classify(input, options);
};

/** An mbox of `n` copies of the example notice; the ones numbered in `bad` (1-based) carry `poison`. */
function mbox(n: number, bad: number[] = []): string {
  return Array.from({ length: n }, (_, i) => `From MAILER-DAEMON Tue Nov 10 09:14:02 2026\n${bad.includes(i + 1) ? poison : ''}${notice}\n`).join('');
}

function files(entries: Record<string, string>): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'whybounce-fail-'));
  const paths: Record<string, string> = {};
  for (const [name, text] of Object.entries(entries)) writeFileSync((paths[name] = join(dir, name)), text, 'latin1');
  return paths;
}

const lines = (s: string) => s.split('\n').filter(Boolean);

describe('whybounce when classifying throws', () => {
  it('stops at the message in a full batch, reports it once, keeps every message before it (--jobs 1)', async () => {
    // 70 messages: the 64 of the first batch are classified while the mbox is still being read.
    const p = files({ 'a.mbox': mbox(70, [30]), 'b.mbox': mbox(3), 'c.eml': notice });
    const io = Object.assign(fakeIO(), { classify: throwing });
    expect(await main(['--json', '--jobs', '1', p['a.mbox']!, p['b.mbox']!, p['c.eml']!], io)).toBe(1);
    expect(lines(io.err)).toEqual([`whybounce: could not classify ${p['a.mbox']} #30 (test classifier: thrown on purpose); stopped there: the output holds every message before it`]);
    const out = lines(io.out).map((l) => JSON.parse(l) as { file: string; index: number; kind: string });
    expect(out.map((v) => v.index)).toEqual(Array.from({ length: 29 }, (_, i) => i + 1));
    expect(out.every((v) => v.file === p['a.mbox'] && v.kind === 'bounce')).toBe(true);
  });

  it('stops at the message in the last batch, classified after the inputs are read', async () => {
    const p = files({ 'a.eml': notice, 'b.eml': poison + notice, 'c.eml': notice });
    const io = Object.assign(fakeIO(), { classify: throwing });
    expect(await main(['--csv', p['a.eml']!, p['b.eml']!, p['c.eml']!], io)).toBe(1);
    expect(lines(io.err)).toEqual([`whybounce: could not classify ${p['b.eml']} (test classifier: thrown on purpose); stopped there: the output holds every message before it`]);
    const rows = lines(io.out.replace(/^\uFEFF/, ''));
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain(p['a.eml']);
  });

  it('says the report counts the messages before it (--summary), and prints that report', async () => {
    const p = files({ 'a.mbox': mbox(5, [4]) });
    const io = Object.assign(fakeIO(), { classify: throwing });
    expect(await main(['--json', '--summary', p['a.mbox']!], io)).toBe(1);
    expect(lines(io.err)).toEqual([`whybounce: could not classify ${p['a.mbox']} #4 (test classifier: thrown on purpose); stopped there: the report counts every message before it`]);
    expect(JSON.parse(io.out)).toMatchObject({ messages: 3 });
  });

  it('still reports an unreadable input by itself and reads the rest, then stops at the failure', async () => {
    const p = files({ 'a.eml': notice, 'b.eml': poison + notice });
    const io = Object.assign(fakeIO(), { classify: throwing });
    const missing = join(root, 'no-such-dir/missing.eml');
    expect(await main(['--json', missing, p['a.eml']!, p['b.eml']!, p['a.eml']!], io)).toBe(1);
    expect(lines(io.err)).toEqual([`whybounce: ${missing}: no such file or folder`, `whybounce: could not classify ${p['b.eml']} (test classifier: thrown on purpose); stopped there: the output holds every message before it`]);
    expect(lines(io.out)).toHaveLength(1);
  });

  it('with worker threads (the built CLI), stops at a batch this thread classifies: once, nothing after it', async () => {
    // The bundle's worker script exists, so --jobs 2 runs the thread pool; the first batch is
    // classified here, the worker being still starting when it is cut.
    const built = (await import(pathToFileURL(join(root, 'dist/cli-bundle/main.js')).href)) as { main: typeof main };
    const p = files({ 'a.mbox': mbox(64, [5]), 'b.mbox': mbox(64), 'c.mbox': mbox(64) });
    const io = Object.assign(fakeIO(), { classify: throwing });
    expect(await built.main(['--json', '--jobs', '2', p['a.mbox']!, p['b.mbox']!, p['c.mbox']!], io)).toBe(1);
    expect(lines(io.err)).toEqual([`whybounce: could not classify ${p['a.mbox']} #5 (test classifier: thrown on purpose); stopped there: the output holds every message before it`]);
    expect(lines(io.out).map((l) => (JSON.parse(l) as { index: number }).index)).toEqual([1, 2, 3, 4]);
  }, 30_000);
});

/**
 * The bulk report keeps, per address, the address and its latest diagnostic: never the notice
 * they were read from. Engines keep a substring as a view of its parent string, so a report that
 * stored the verdict's own strings would hold every notice's whole text (up to a MiB each) for as
 * long as it lives. 60 notices of 1 MB each, with their addresses and diagnostics cut from them:
 * after a full garbage collection, the heap must not hold them.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { BounceSummary } from '../../src/core/index.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function notice(i: number): { address: string; diagnostic: string } {
  const text = `${'x'.repeat(1 << 20)}\n<someone.number${i}@example${i % 5}.com>: 550 5.1.1 mailbox number ${i} unknown here\n`;
  const at = text.indexOf('<') + 1;
  const end = text.indexOf('>', at);
  const line = text.indexOf('550', end);
  return { address: text.slice(at, end), diagnostic: text.slice(line, text.indexOf('\n', line)) };
}

describe('the bulk report keeps no notice text', () => {
  it('60 notices of 1 MB: the heap after the report is made holds far less than them', () => {
    gc();
    const before = process.memoryUsage().heapUsed;
    const summary = new BounceSummary();
    for (let i = 0; i < 60; i++) {
      const { address, diagnostic } = notice(i);
      summary.add({ kind: 'bounce', category: 'bad-mailbox', severity: 'hard', recipients: [{ address, action: 'failed', severity: 'hard', category: 'bad-mailbox', reason: 'userunknown', diagnostic }] });
    }
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    const report = summary.report();
    expect(report.remove).toHaveLength(60);
    expect(report.addresses?.[0]?.diagnostic ?? '').toMatch(/^550 5\.1\.1 mailbox number \d+ unknown here$/);
    // The 60 notices are 63 MB; what the report keeps is a few KB.
    expect(grown).toBeLessThan(16 * 1024 * 1024);
  });
});

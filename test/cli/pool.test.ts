/**
 * The CLI's thread pool (src/cli/pool.ts): this thread classifies batches while the worker is
 * starting or busy, the worker (the real dist/cli-bundle/worker.js) takes the others, and the output
 * comes out in submission order, the same as classifying every batch in one thread.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inProcess, threadPool } from '../../src/cli/pool.js';
import type { BatchResult, Task, WorkOptions } from '../../src/cli/work.js';

const root = join(__dirname, '../..');
const corpus = join(root, '../shared/corpus/sisimai-dev/eml');
const script = pathToFileURL(join(root, 'dist/cli-bundle/worker.js'));
const notices = readdirSync(corpus).filter((f) => f.endsWith('.eml')).sort().slice(0, 40).map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(corpus, f))) }));

describe('threadPool', () => {
  for (const output of ['json', 'summary'] as const) {
    it(`shares batches between this thread and a worker, output in order (--${output})`, async () => {
      const options: WorkOptions = { output, text: false, lang: 'en', color: false };
      const got: BatchResult[] = [];
      const pool = threadPool(1, script, options, (r) => void got.push(r));
      const batches: Task[][] = [];
      // Batches of 4 notices, each named by its batch, until both threads have taken some.
      for (let b = 0; b < 5000 && (pool.batches.workers < 3 || pool.batches.here < 1); b++) {
        const batch = [0, 1, 2, 3].map((k) => ({ ...notices[(b * 4 + k) % notices.length]!, name: `batch ${b}.${k}` }));
        batches.push(batch);
        await pool.submit(batch);
      }
      await pool.close();
      expect(pool.batches.workers).toBeGreaterThanOrEqual(3);
      expect(pool.batches.here).toBeGreaterThanOrEqual(1);
      expect(got).toHaveLength(batches.length);

      const want: BatchResult[] = [];
      const one = inProcess(options, (r) => void want.push(r));
      for (const batch of batches) await one.submit(batch);
      await one.close();
      expect(one.batches).toEqual({ here: batches.length, workers: 0 });
      if (output === 'json') expect(got.map((r) => r.text)).toEqual(want.map((r) => r.text));
      else expect(got.map((r) => r.slims)).toEqual(want.map((r) => r.slims));
    });
  }

  it('stops with the error when classifying a batch throws, in either thread, instead of waiting for it', async () => {
    const options: WorkOptions = { output: 'json', text: false, lang: 'en', color: false };
    const pool = threadPool(1, script, options, () => {});
    // No bytes: reading its Date throws in work(), outside the classifier's own error handling.
    const bad = [{ name: 'bad', bytes: null as unknown as Uint8Array }];
    // main.ts goes on with its next input when a submit throws, then closes: close must settle.
    await pool.submit(bad).catch(() => {});
    await expect(pool.close()).rejects.toThrow();
  }, 20_000);
});

/**
 * The CLI's thread pool (src/cli/pool.ts): this thread classifies batches while the worker is
 * starting or busy, the worker (the real dist/cli-bundle/worker.js) takes the others, and the output
 * comes out in submission order, the same as classifying every batch in one thread; when
 * classifying fails, in either thread or by a worker dying, the run stops there and the output
 * holds every message before it.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ClassifyError, inProcess, threadPool } from '../../src/cli/pool.js';
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

  // A task without bytes (outside Task's type: it cannot come from main.ts) makes work() throw
  // reading its Date: classifying fails in whichever thread takes it.
  const failing = (name: string): Task[] => [{ ...notices[0]!, name: `${name}.0` }, { name, bytes: null as unknown as Uint8Array }];
  const options: WorkOptions = { output: 'json', text: false, lang: 'en', color: false };

  it('stops at a message that throws in this thread: submit rejects at once, close delivers the batch up to it', async () => {
    const got: BatchResult[] = [];
    // A worker that is still starting: this thread takes the batch.
    const pool = threadPool(1, pathToFileURL(join(__dirname, 'support/starting-worker.mjs')), options, (r) => void got.push(r));
    const err = await pool.submit(failing('bad')).then(() => null, (e: unknown) => e);
    expect(pool.batches).toEqual({ here: 1, workers: 0 });
    expect(err).toBeInstanceOf(ClassifyError);
    expect(err).toMatchObject({ at: 'bad' });
    await expect(pool.submit(failing('later'))).rejects.toBe(err);
    await expect(pool.close()).rejects.toBe(err);
    expect(got).toHaveLength(1);
    expect(got[0]!.text).toContain('"file":"bad.0"');
    expect(got[0]!.text.trim().split('\n')).toHaveLength(1);
  }, 20_000);

  it('stops at a message that throws in the worker: close delivers every batch before it, and that batch up to it', async () => {
    const got: BatchResult[] = [];
    const pool = threadPool(1, script, options, (r) => void got.push(r));
    let submitted = 0;
    for (; submitted < 5000 && pool.batches.workers === 0; submitted++) await pool.submit([{ ...notices[submitted % notices.length]!, name: `good ${submitted}` }]);
    // Every batch delivered: the worker's queue is empty, so it takes the next batch.
    while (got.length < submitted) await new Promise((resolve) => setTimeout(resolve, 5));
    const before = pool.batches.workers;
    await pool.submit(failing('bad'));
    expect(pool.batches.workers).toBe(before + 1);
    const err = await pool.close().then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(ClassifyError);
    expect(err).toMatchObject({ at: 'bad' });
    expect(got).toHaveLength(submitted + 1);
    expect(got[submitted]!.text).toContain('"file":"bad.0"');
  }, 20_000);

  it('takes back the batches a worker has not started once the input is read: each classified once, output in order', async () => {
    const got: BatchResult[] = [];
    const pool = threadPool(1, pathToFileURL(join(__dirname, 'support/stalled-worker.mjs')), options, (r) => void got.push(r));
    const batches: Task[][] = [];
    // Until the worker has a full queue and this thread has taken the batches after it.
    for (let b = 0; b < 5000 && (pool.batches.workers < 4 || pool.batches.here < 2); b++) {
      const batch = [0, 1].map((k) => ({ ...notices[(b * 2 + k) % notices.length]!, name: `batch ${b}.${k}` }));
      batches.push(batch);
      await pool.submit(batch);
    }
    const sent = pool.batches.workers;
    const here = pool.batches.here;
    await pool.close();
    // Every batch the worker was sent came back to this thread.
    expect(pool.batches).toEqual({ here: here + sent, workers: sent });
    const want: BatchResult[] = [];
    const one = inProcess(options, (r) => void want.push(r));
    for (const batch of batches) await one.submit(batch);
    await one.close();
    expect(got.map((r) => r.text)).toEqual(want.map((r) => r.text));
  }, 20_000);

  it('closes when every batch left on two workers has started (none to take back): each answered once, in order', () => {
    // In a process of its own, on the dist build: takeBack looped for ever there (c0b9541), which
    // would hold this runner. Default --jobs is the number of cores: two workers or more.
    const run = spawnSync(process.execPath, [join(__dirname, 'support/started-pool.mjs')], { encoding: 'utf8', timeout: 30_000 });
    expect(run.error).toBeUndefined();
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { submitted: number; batches: { here: number; workers: number }; delivered: number; workerTexts: number };
    expect(out.batches.workers).toBe(4);
    expect(out.batches.here + out.batches.workers).toBe(out.submitted);
    expect(out.delivered).toBe(out.submitted);
    expect(out.workerTexts).toBe(4);
  }, 40_000);

  it('stops at the first batch a crashed worker had: close settles, every batch before it is delivered', async () => {
    const crashing = pathToFileURL(join(__dirname, 'support/crashing-worker.mjs'));
    const got: BatchResult[] = [];
    const pool = threadPool(1, crashing, options, (r) => void got.push(r));
    let submitted = 0;
    for (; submitted < 5000 && pool.batches.workers === 0; submitted++) await pool.submit([{ ...notices[submitted % notices.length]!, name: `batch ${submitted}` }]);
    // Until the worker has died on that batch (a batch it has not started would be taken back
    // by close): the next submit then rejects. The batches submitted meanwhile come after it.
    const crashed = async () => pool.submit([{ ...notices[0]!, name: 'after' }]).then(() => false, () => true);
    for (let i = 0; i < 500 && !(await crashed()); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    const err = await pool.close().then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(ClassifyError);
    expect(err).toMatchObject({ at: `batch ${submitted - 1}` });
    expect((err as Error).message).toContain('test worker: crashed on purpose');
    // The lost batch's place holds nothing: the output stops before it.
    expect(got).toHaveLength(submitted);
    expect(got.slice(0, -1).every((r) => r.text.includes('"file":"batch '))).toBe(true);
    expect(got.at(-1)).toEqual({ text: '', slims: [] });
  }, 20_000);
});

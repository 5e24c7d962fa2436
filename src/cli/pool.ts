/**
 * Runs batches of messages across worker threads (`--jobs N`) or in this thread, and hands the
 * results back strictly in submission order, whatever order the workers finish in. `submit`
 * waits while every worker already has `perWorker` batches queued, so the reader never runs far
 * ahead: memory holds at most jobs × perWorker batches in flight plus the ones waiting their turn.
 */
import { Worker } from 'node:worker_threads';
import { work, type BatchResult, type Task, type WorkOptions } from './work.js';

export interface Runner {
  submit(tasks: Task[]): Promise<void>;
  /** Waits for every submitted batch to be delivered, then stops the workers. */
  close(): Promise<void>;
}

type Deliver = (result: BatchResult) => void | Promise<void>;

/** In this thread: each batch is classified as it is submitted. */
export function inProcess(options: WorkOptions, deliver: Deliver): Runner {
  return {
    async submit(tasks) {
      await deliver(await work(tasks, options));
    },
    async close() {},
  };
}

const perWorker = 3;

/**
 * A worker's young generation, MiB. V8's default (up to 3 × 16 MiB semi-spaces per thread) is
 * sized for throughput in one big heap; a worker here keeps almost nothing between batches, so a
 * small one is scavenged as cheaply and keeps the process's peak memory down (each thread has
 * its own heap).
 */
const youngGenerationMb = 8;

export function workerPool(jobs: number, script: URL, options: WorkOptions, deliver: Deliver): Runner {
  const workers: { w: Worker; busy: number }[] = [];
  const done = new Map<number, BatchResult>();
  let nextSeq = 0;
  let nextOut = 0;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  let flushing = Promise.resolve();
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  // Writes the results that are next in order; a slow `deliver` (output backpressure) holds the rest.
  const flush = () => {
    flushing = flushing.then(async () => {
      while (done.has(nextOut)) {
        const r = done.get(nextOut)!;
        done.delete(nextOut++);
        await deliver(r);
      }
      notify();
    });
  };
  for (let i = 0; i < jobs; i++) {
    const w = new Worker(script, { workerData: options, resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb } });
    const slot = { w, busy: 0 };
    w.on('message', (m: { seq: number; result?: BatchResult; error?: string }) => {
      slot.busy--;
      if (m.error !== undefined) failure ??= new Error(m.error);
      done.set(m.seq, m.result ?? { text: '', slims: [] });
      flush();
      notify();
    });
    w.on('error', (err) => {
      failure ??= err;
      notify();
    });
    workers.push(slot);
  }
  const waitTurn = () => new Promise<void>((resolve) => (wake = resolve));
  const inFlight = () => nextSeq - nextOut;
  return {
    async submit(tasks) {
      for (;;) {
        if (failure) throw failure;
        const free = workers.reduce((a, b) => (b.busy < a.busy ? b : a));
        // Room on a worker, and the reorder buffer bounded too (one slow batch holds the others).
        if (free.busy < perWorker && inFlight() < jobs * perWorker * 2) {
          free.busy++;
          free.w.postMessage({ seq: nextSeq++, tasks });
          return;
        }
        await waitTurn();
      }
    },
    async close() {
      while (nextOut < nextSeq && !failure) {
        await waitTurn();
        await flushing;
      }
      await flushing;
      await Promise.all(workers.map((s) => s.w.terminate()));
      if (failure) throw failure;
    },
  };
}

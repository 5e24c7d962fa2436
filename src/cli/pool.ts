/**
 * Runs batches of messages across threads (`--jobs N`: this thread and N - 1 worker threads) and
 * hands the results back strictly in submission order, whatever order they finish in.
 *
 * This thread classifies too: a batch goes to a worker when one is ready and has room in its
 * queue, else this thread classifies it itself. Reading an input takes this thread a fraction of
 * its time, so it would otherwise sit idle while the workers run; and each worker pays its own
 * start (loading the classifier) and its own JIT warm-up, which this thread has paid already.
 * `submit` waits only while the reorder buffer is full, so the reader never runs far ahead:
 * memory holds at most a bounded number of batches in flight.
 */
import { Worker } from 'node:worker_threads';
import { work, type BatchResult, type Task, type WorkOptions } from './work.js';

export interface Runner {
  submit(tasks: Task[]): Promise<void>;
  /** Batches classified so far in this thread and in the workers. */
  readonly batches: { here: number; workers: number };
  /** Waits for every submitted batch to be delivered, then stops the workers. */
  close(): Promise<void>;
}

type Deliver = (result: BatchResult) => void | Promise<void>;

/** In this thread: each batch is classified as it is submitted. */
export function inProcess(options: WorkOptions, deliver: Deliver): Runner {
  const batches = { here: 0, workers: 0 };
  return {
    batches,
    async submit(tasks) {
      batches.here++;
      await deliver(await work(tasks, options));
    },
    async close() {},
  };
}

/** Batches queued on a worker: enough that it never waits for this thread between two. */
const perWorker = 3;

/**
 * A worker's young generation, MiB. V8's default (up to 3 × 16 MiB semi-spaces per thread) is
 * sized for throughput in one big heap; a worker here keeps almost nothing between batches, so a
 * small one is scavenged as cheaply and keeps the process's peak memory down (each thread has
 * its own heap).
 */
const youngGenerationMb = 8;

/** This thread and `workers` worker threads (at least one). */
export function threadPool(workers: number, script: URL, options: WorkOptions, deliver: Deliver): Runner {
  const slots: { w: Worker; busy: number; ready: boolean }[] = [];
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
  for (let i = 0; i < workers; i++) {
    const w = new Worker(script, { workerData: options, resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb } });
    const slot = { w, busy: 0, ready: false };
    w.on('message', (m: { ready?: true; seq: number; result?: BatchResult; error?: string }) => {
      // Until it has loaded the classifier (its first message), a worker takes no batch: this
      // thread classifies them meanwhile.
      if (m.ready) {
        slot.ready = true;
        notify();
        return;
      }
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
    slots.push(slot);
  }
  const waitTurn = () => new Promise<void>((resolve) => (wake = resolve));
  const inFlight = () => nextSeq - nextOut;
  // The reorder buffer: one slow batch holds the ones after it until it is written.
  const maxInFlight = (workers + 1) * perWorker * 2;
  const batches = { here: 0, workers: 0 };
  return {
    batches,
    async submit(tasks) {
      let yielded = false;
      for (;;) {
        if (failure) throw failure;
        if (inFlight() < maxInFlight) {
          let free: (typeof slots)[number] | null = null;
          for (const s of slots) if (s.ready && s.busy < perWorker && (!free || s.busy < free.busy)) free = s;
          if (free) {
            free.busy++;
            batches.workers++;
            free.w.postMessage({ seq: nextSeq++, tasks });
            return;
          }
          // The workers' messages (ready, results) arrive as events: reading a folder and
          // classifying here run on promises alone, so without a turn of the event loop here
          // they would wait until the whole input had been classified in this thread.
          if (!yielded) {
            yielded = true;
            await new Promise<void>((resolve) => setImmediate(resolve));
            continue;
          }
          // Every worker has a full queue (or is still starting): this thread takes the batch.
          const seq = nextSeq++;
          batches.here++;
          let result: BatchResult = { text: '', slims: [] };
          try {
            result = await work(tasks, options);
          } catch (err) {
            // As for a worker's failure: the run stops at the next submit or at close, and the
            // batch's place in the order is still filled, so close does not wait for it.
            failure ??= err instanceof Error ? err : new Error(String(err));
          }
          done.set(seq, result);
          flush();
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
      await Promise.all(slots.map((s) => s.w.terminate()));
      if (failure) throw failure;
    },
  };
}

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
 *
 * A batch is classified once, by the thread that claims it: a worker claims each batch it is
 * sent as it starts it, and this thread, once the input is read, takes back the batches still
 * queued on a worker and not started (the last first, while the worker goes on from the first),
 * so a deep queue keeps a worker busy while this thread reads and classifies, and costs nothing
 * at the end.
 */
import { Worker } from 'node:worker_threads';
import type { Classify } from '../core/index.js';
import { label, type Task } from './task.js';
import type { BatchResult, WorkOptions } from './work.js';

/**
 * Messages per batch sent to a worker, and bytes: enough to make a message cheap to send, and
 * few enough that the batches still queued on a worker when this thread has read everything
 * (perWorker) are a short wait: at 64 messages and 3 queued, the run's end waited on the
 * worker 70-250 ms (load ~9), at 32 and 2, 50-120 ms.
 */
export const batchMessages = 32;
export const batchBytes = 1 << 20;

/**
 * The classifier's side of a batch (work.ts), loaded when this thread first classifies one:
 * it brings the classifier, which a run loads after starting its workers (main.ts).
 */
let workModule: Promise<typeof import('./work.js')> | undefined;
const work: (typeof import('./work.js'))['work'] = async (...args) => (await (workModule ??= import('./work.js'))).work(...args);

/**
 * Classifying stopped: a message threw, or a worker thread died. The output delivered holds
 * every message before `at`, in order, and none after; the runner delivers nothing more.
 */
export class ClassifyError extends Error {
  constructor(
    message: string,
    /** The message the output stops before ("file" or "file #n"), when known. */
    readonly at?: string,
  ) {
    super(message);
    this.name = 'ClassifyError';
  }
}

function failedMessage(r: BatchResult): ClassifyError | null {
  return r.failed ? new ClassifyError(`could not classify ${r.failed.message} (${r.failed.error})`, r.failed.message) : null;
}

export interface Runner {
  /** Rejects with a ClassifyError once classifying has failed: submit nothing more, but close. */
  submit(tasks: Task[]): Promise<void>;
  /** Batches classified so far in this thread and in the workers. */
  readonly batches: { here: number; workers: number };
  /**
   * Waits for every submitted batch to be delivered (after a failure: every batch before the
   * failing message, and that batch's messages before it), then stops the workers. Rejects with
   * the ClassifyError, if any: the same one submit rejected with.
   */
  close(): Promise<void>;
}

export type Deliver = (result: BatchResult) => void | Promise<void>;

/**
 * In this thread: each batch is classified as it is submitted. `classify` is for tests only
 * (main.ts, CliIO.classify); the default is the core's.
 */
export function inProcess(options: WorkOptions, deliver: Deliver, classify?: Classify): Runner {
  const batches = { here: 0, workers: 0 };
  let failure: ClassifyError | null = null;
  return {
    batches,
    async submit(tasks) {
      if (failure) throw failure;
      batches.here++;
      const result = await work(tasks, options, classify);
      await deliver(result);
      failure = failedMessage(result);
      if (failure) throw failure;
    },
    async close() {
      if (failure) throw failure;
    },
  };
}

/**
 * Batches queued on a worker: enough that it does not run dry while this thread reads, writes
 * and classifies a batch of its own (at 2, a worker waited for batches ~20% of the run on an
 * mbox, at load ~15); the ones it has not started when the input is read are taken back.
 */
const perWorker = 4;

/**
 * A batch's claim, in a SharedArrayBuffer: its sequence number while it waits in a worker's
 * queue, then `started` (a worker began it) or `taken` (this thread took it back). Each claim has
 * a slot of its own among the batches in flight (sequence number modulo their number).
 */
export const claim = { started: -1, taken: -2 } as const;

/** What a worker thread gets at its start (worker.ts). */
export interface WorkerData {
  readonly options: WorkOptions;
  /** The claims of the batches in flight: slot `seq % claims.length` holds batch `seq`'s. */
  readonly claims: Int32Array;
}

/**
 * A worker's young generation, MiB. V8's default (up to 3 × 16 MiB semi-spaces per thread) is
 * sized for throughput in one big heap; a worker here keeps almost nothing between batches, so a
 * small one is scavenged as cheaply and keeps the process's peak memory down (each thread has
 * its own heap).
 */
const youngGenerationMb = 8;

/**
 * This thread and `workers` worker threads (at least one). `classify` is the classifier of the
 * batches this thread takes, for tests only (the workers always run the core's).
 */
export function threadPool(workers: number, script: URL, options: WorkOptions, deliver: Deliver, classify?: Classify): Runner {
  /**
   * `pending`: the batches sent to the worker and not answered yet, by sequence number, with their
   * first message and the messages themselves (this thread takes them back unstarted at the end).
   */
  const slots: { w: Worker; busy: number; ready: boolean; pending: Map<number, { first: string; tasks: Task[] }> }[] = [];
  // The reorder buffer: one slow batch holds the ones after it until it is written.
  const maxInFlight = (workers + 1) * perWorker * 2;
  const claims = new Int32Array(new SharedArrayBuffer(4 * maxInFlight));
  const done = new Map<number, BatchResult>();
  let nextSeq = 0;
  let nextOut = 0;
  // The first failure in input order: its batch is delivered (the messages before the failing
  // one), no batch after it is.
  let failure: ClassifyError | null = null;
  let failedSeq = Infinity;
  let closing = false;
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
      while (done.has(nextOut) && nextOut <= failedSeq) {
        const r = done.get(nextOut)!;
        done.delete(nextOut++);
        await deliver(r);
      }
      notify();
    });
  };
  const failAt = (seq: number, err: ClassifyError, partial?: BatchResult) => {
    if (seq < nextSeq) done.set(seq, partial ?? { text: '', slims: [] });
    if (seq < failedSeq) {
      failedSeq = seq;
      failure = err;
    }
  };
  // A worker that died answers no more: the run stops at the first batch it still had.
  const lost = (slot: (typeof slots)[number], why: string) => {
    slot.ready = false;
    const seqs = [...slot.pending.keys()].sort((a, b) => a - b);
    const first = seqs[0];
    if (first === undefined) failAt(nextSeq, new ClassifyError(`a worker thread failed (${why})`));
    else {
      const at = slot.pending.get(first)!.first;
      failAt(first, new ClassifyError(`a worker thread failed while classifying ${at} or a message after it in its batch (${why})`, at));
    }
    slot.pending.clear();
    flush();
    notify();
  };
  for (let i = 0; i < workers; i++) {
    const workerData: WorkerData = { options, claims };
    const w = new Worker(script, { workerData, resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb } });
    const slot = { w, busy: 0, ready: false, pending: new Map<number, { first: string; tasks: Task[] }>() };
    w.on('message', (m: { ready?: true; seq: number; result?: BatchResult; error?: string }) => {
      // Until it has loaded the classifier (its first message), a worker takes no batch: this
      // thread classifies them meanwhile.
      if (m.ready) {
        slot.ready = true;
        notify();
        return;
      }
      slot.busy--;
      const first = slot.pending.get(m.seq)?.first ?? '';
      slot.pending.delete(m.seq);
      const result = m.result ?? { text: '', slims: [] };
      const err = m.error !== undefined ? new ClassifyError(`could not classify ${first} or a message after it in its batch (${m.error})`, first) : failedMessage(result);
      if (err) failAt(m.seq, err, result);
      else done.set(m.seq, result);
      flush();
      notify();
    });
    w.on('error', (err) => lost(slot, err.message));
    w.on('exit', (code) => {
      if (!closing && slot.pending.size) lost(slot, `it exited with code ${code}`);
    });
    slots.push(slot);
  }
  const waitTurn = () => new Promise<void>((resolve) => (wake = resolve));
  const inFlight = () => nextSeq - nextOut;
  const batches = { here: 0, workers: 0 };
  /** Classifies a batch here; stops the reader (throws) once this batch or one before it failed. */
  const here = async (seq: number, tasks: readonly Task[]) => {
    batches.here++;
    const result = await work(tasks, options, classify);
    const err = failedMessage(result);
    if (err) failAt(seq, err, result);
    else done.set(seq, result);
    flush();
  };
  /** The last batch queued on a live worker that it has not started, now this thread's; else null. */
  const takeBack = (): { seq: number; tasks: Task[] } | null => {
    // The workers whose last queued batch has started: so has every batch before it there, which
    // that worker answers.
    const started = new Set<(typeof slots)[number]>();
    for (;;) {
      let best: { slot: (typeof slots)[number]; seq: number } | null = null;
      for (const slot of slots) {
        if (started.has(slot)) continue;
        for (const seq of slot.pending.keys()) if (seq < failedSeq && (!best || seq > best.seq)) best = { slot, seq };
      }
      if (!best) return null;
      const { slot, seq } = best;
      if (Atomics.compareExchange(claims, seq % claims.length, seq, claim.taken) === seq) {
        const { tasks } = slot.pending.get(seq)!;
        slot.pending.delete(seq);
        slot.busy--;
        return { seq, tasks };
      }
      started.add(slot);
    }
  };
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
            const seq = nextSeq++;
            free.pending.set(seq, { first: label(tasks[0]!), tasks });
            Atomics.store(claims, seq % claims.length, seq);
            const sent = packed(tasks);
            free.w.postMessage({ seq, tasks: sent.tasks }, [sent.buffer]);
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
          await here(nextSeq++, tasks);
          // Stops the reader at once when this batch (or any before it) failed.
          if (failure) throw failure;
          return;
        }
        await waitTurn();
      }
    },
    async close() {
      // The input is read: the batches the workers have not started are classified here.
      for (let t = takeBack(); t; t = takeBack()) await here(t.seq, t.tasks);
      // Every batch up to the first failure is either done here, or on a live worker (that
      // answers), or on one that died (which moved the failure before it).
      while (nextOut < Math.min(nextSeq, failedSeq + 1)) await waitTurn();
      await flushing;
      closing = true;
      await Promise.all(slots.map((s) => s.w.terminate()));
      if (failure) throw failure;
    },
  };
}

/**
 * A batch as it is sent to a worker: its messages' bytes copied into one buffer, which is
 * transferred, not cloned (a clone of a view clones the whole buffer under it: a Buffer's is often
 * Node's 8 KiB pool), and the worker has nothing more to allocate. A copy: the caller's bytes
 * stay the caller's.
 */
function packed(tasks: readonly Task[]): { tasks: Task[]; buffer: ArrayBuffer } {
  let size = 0;
  for (const t of tasks) size += t.bytes?.length ?? 0;
  const buffer = new ArrayBuffer(size);
  let at = 0;
  const out = tasks.map((t) => {
    // Not bytes (outside Task's type; pool.test.ts sends one): as it is, for the worker to fail on.
    if (!(t.bytes instanceof Uint8Array)) return t;
    const bytes = new Uint8Array(buffer, at, t.bytes.length);
    bytes.set(t.bytes);
    at += bytes.length;
    return t.index ? { name: t.name, index: t.index, bytes } : { name: t.name, bytes };
  });
  return { tasks: out, buffer };
}

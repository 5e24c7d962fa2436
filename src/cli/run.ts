/**
 * The run itself, once main.ts has read the options and found the files: reads each input,
 * cuts it into batches for the runner (this thread, or this thread and the workers: pool.ts),
 * and writes the results in input order, or feeds the bulk report. Loaded by main() with the
 * classifier, which the options and the walk do not need.
 */
import { statSync } from 'node:fs';
import { BounceSummary, csvBom, csvHeader, isMboxStart, mayHoldSeparator, summaryJson } from './core.js';
import { useColor } from './color.js';
import { fileMessages, findLineFrom, messagesOf, readHead, readMessages } from './inputs.js';
import type { RunContext } from './main.js';
import { batchBytes, batchMessages, ClassifyError, inProcess, type Runner } from './pool.js';
import { renderSummary } from './report.js';
import { safe } from './safe.js';
import type { BatchResult, Task } from './work.js';

export async function run(ctx: RunContext): Promise<number> {
  const { opts, io, files, work, progress, fail } = ctx;
  // Output, in input order; waits when the output is a pipe that is full (bounded memory).
  const write = (s: string): Promise<void> | void => {
    if (!s) return;
    if (io.stdout.write(s) === false && io.stdout.once) return new Promise((resolve) => io.stdout.once!('drain', resolve));
  };
  const summary = opts.output === 'summary' || opts.output === 'remove-list' ? new BounceSummary() : null;
  let messages = 0;
  const deliver = (r: BatchResult) => {
    if (summary) for (const s of r.slims) summary.add(s, { date: s.date });
    return write(r.text);
  };
  ctx.deliverTo(deliver);
  if (opts.output === 'csv') await write(csvBom + csvHeader);

  // Progress: bytes read of the total (the files' sizes; standard input's is unknown).
  let total = 0;
  if (progress.enabled) {
    for (const f of files) {
      try {
        if (f !== '-') total += statSync(f).size;
      } catch {
        // reported when it is read
      }
    }
  }
  let read = 0;
  const status = (elapsedMs: number) => {
    const secs = Math.max(0.001, elapsedMs / 1000);
    const rate = messages / secs;
    const parts = [`${mb(read)}${total ? ` of ${mb(total)}` : ''}`, `${messages.toLocaleString('en-US')} ${messages === 1 ? 'message' : 'messages'}`, `${Math.round(rate).toLocaleString('en-US')} messages/s`];
    if (total && read > 0 && read < total) parts.push(`about ${clock(((total - read) / read) * secs)} left`);
    return parts.join(', ');
  };

  // Batches: small inputs never start a worker (the first batch runs here when it is also the last).
  let runner = ctx.runner;
  let batch: Task[] = [];
  let batchSize = 0;
  const startRunner = (): Runner => (ctx.pool ? ctx.pool() : inProcess(work, deliver, io.classify));
  const flushBatch = async (final: boolean) => {
    if (!batch.length) return;
    const tasks = batch;
    batch = [];
    batchSize = 0;
    runner ??= final ? inProcess(work, deliver, io.classify) : startRunner();
    await runner.submit(tasks);
  };
  /** Adds a message to the batch; true when the batch is full, to submit. */
  const add = (t: Task): boolean => {
    batch.push(t);
    batchSize += t.bytes.length;
    messages++;
    return batch.length >= batchMessages || batchSize >= batchBytes;
  };
  /** Adds each message, awaiting only when a batch is submitted. */
  const pushAll = async (items: readonly Task[]) => {
    for (const t of items) {
      if (add(t)) await flushBatch(false);
      progress.update(status);
    }
  };
  const push = (t: Task) => pushAll([t]);

  // A bad input is reported by itself and the others still run; a classifying failure (a
  // ClassifyError from the runner) stops the run: reading, at once, and the output, after every
  // message before the failing one.
  let stopped: ClassifyError | null = null;
  for (const file of files) {
    try {
      if (file === '-') {
        // Standard input is read like a file: one message, or each message of an mbox.
        for await (const item of readMessages('-', io.stdin, (n) => (read += n))) await push(item);
        continue;
      }
      const head = readHead(file);
      // An mbox starts with "From " (core/mbox.ts); so does a single message saved with its
      // envelope line (most of Sisimai's samples), which is one message when no line after it
      // could start another: its bytes as read, without splitting.
      const mbox = isMboxStart(head.bytes, true);
      if (!mbox || (head.whole && !mayHoldSeparator(head.bytes, findLineFrom))) {
        read += head.size;
        await push({ name: file, bytes: head.bytes });
      } else if (head.whole) {
        read += head.bytes.length;
        await pushAll(messagesOf(file, head.bytes));
      } else {
        // An mbox: split as it is read, a chunk at a time, with no promise per message.
        for (const items of fileMessages(file, (n) => (read += n))) await pushAll(items);
      }
    } catch (err) {
      if (err instanceof ClassifyError) {
        stopped = err;
        break;
      }
      fail(file, err);
      continue;
    }
    progress.update(status);
  }
  try {
    if (!stopped) await flushBatch(true);
    await runner?.close();
  } catch (err) {
    if (!(err instanceof ClassifyError)) fail('(classifying)', err);
    // Close rejects with the first failure in input order: a batch before the one a submit
    // failed on may have failed since, in a worker.
    else stopped = err;
  }
  progress.clear();
  if (stopped) {
    const output = opts.output === 'summary' || opts.output === 'remove-list' ? 'the report counts' : 'the output holds';
    io.stderr.write(`whybounce: ${safe(stopped.message)}; stopped there: ${output} every message ${stopped.at ? 'before it' : 'read before it failed'}\n`);
  }
  if (summary) {
    const report = summary.report();
    if (opts.output === 'remove-list') await write(report.remove.map((a) => `${safe(a)}\n`).join(''));
    else if (opts.json) await write(`${JSON.stringify(summaryJson(report))}\n`);
    else await write(renderSummary(report, useColor(io.stdout, io.env)));
  }
  return ctx.failures() || stopped ? 1 : 0;
}


function mb(bytes: number): string {
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(2)} GB` : `${(bytes / 1e6).toFixed(1)} MB`;
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}


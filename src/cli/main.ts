/**
 * whybounce [options] PATH...   (`-` reads standard input)
 *
 * Files, folders (recursively) and mbox files. Exit status: 0 when every input was read,
 * 1 when any could not be (each is reported, the others still run) or classifying a message threw
 * (reported once; the run stops there, and the output holds every message before it), 2 on a
 * usage error.
 *
 * The run is a pipeline: this thread reads (small files in one exact-size read each, an mbox as
 * a stream) and cuts the input into batches of messages; they are classified and rendered by
 * this thread and `--jobs` - 1 worker threads (pool.ts); this thread writes the results in input
 * order, or feeds the bulk report (run.ts).
 *
 * This module loads without the classifier: `--help`, `--version` and a usage error answer
 * without it, and the worker threads, when the input is worth them, start before this thread
 * loads it (run.ts), so that the two load it at once.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { supportedLocales } from '../core/locales.js';
import type { Classify } from './core.js';
import { useColor } from './color.js';
import type { ByteSource } from './inputs.js';
import { batchBytes, batchMessages, threadPool, type Deliver, type Runner } from './pool.js';
import { Progress } from './progress.js';
import { safe } from './safe.js';
import { collect } from './walk.js';
import type { OutputMode, WorkOptions } from './work.js';

export { installChunkBlob } from './blob.js';

/**
 * Without --jobs, worker threads start only for an input of this many MB or more (standard
 * input: always, its size is unknown). Each worker pays its own start and JIT warm-up, which this
 * thread has paid already: `--json` over notices, 2 threads cost 0.6-0.7 s more CPU than 1
 * (2-core machine, idle). That is repaid only on an input big enough. Measured there, wall-clock,
 * 1 thread against 2, interleaved: an mbox of 16.7 MB (3,840 notices) 0.94-1.01 s against
 * 1.03-1.05 s; 25 MB, equal (1.26-1.29 s both); 33.5 MB, 2 threads 3% ahead; 100 MB, 9% ahead.
 * A folder of 3,840 files (16.6 MB): 1 thread ahead in 12 of 16 pairs, medians 1.03 and 1.16 s
 * against 1.12 and 1.29 s. (While the machine ran slower, 2 threads were ahead on the 16.7 MB
 * mbox too, 1.16-1.31 s against 1.21-1.57 s: the break-even moves with it.) So 2 threads from
 * about 24 MB.
 */
const workerWorthMb = 24;

const usage = `usage: whybounce [options] PATH...
Explains returned email: for each message, whether it is a bounce, an auto-reply, a complaint,
a delivery notice or ordinary mail; which recipients failed, why, and what to do.

  PATH            a message file (.eml), a folder (read recursively), an mbox file,
                  or - for standard input (a message or an mbox)
Output (one of):
  (default)       the explanation of each message, for people
  --json          one JSON object per message per line, for programs
  --csv           one CSV row per recipient (RFC 4180, UTF-8 with a byte order mark so
                  Excel reads it as UTF-8; LibreOffice and CSV libraries accept it)
  --summary       one report: messages by kind, failures by category and domain, the
                  addresses to remove and to keep (with --json: one JSON object)
  --remove-list   only the addresses to remove (hard failures and complaints), one per line
Options:
  --text          read inputs as rendered or pasted text (what a webmail shows), not raw messages
  --lang L        language of the explanations: en, it, fr, de or es (default: from LANG, else en)
  --jobs N        threads that classify, this one and N - 1 workers (default: the number of
                  cores, ${cores()} here, for inputs of ${workerWorthMb} MB or more; 1 below); output
                  stays in input order
  --version       the version
  --help          this help
Colour on a terminal only; NO_COLOR turns it off, FORCE_COLOR on. Progress (bytes read, messages/s,
time left) shows on standard error when it is a terminal and the output goes elsewhere.

Examples:
  whybounce bounce.eml                          explain one returned message
  whybounce --lang it Bounces/                  every message under a folder, in Italian
  whybounce --json export.mbox > verdicts.jsonl one JSON line per message of an mbox
  whybounce --csv export.mbox > bounces.csv     a spreadsheet of every failed recipient
  whybounce --summary export.mbox               what to remove from a mailing list, and why
  whybounce --json --summary export.mbox        the same report as one JSON object
  whybounce --remove-list export.mbox > remove.txt   addresses for a suppression import
  cat bounce.eml | whybounce -                  standard input
  whybounce --text pasted.txt                   text copied from a webmail`;

export interface CliIO {
  readonly stdout: { write(s: string): unknown; isTTY?: boolean; once?(event: 'drain', f: () => void): unknown };
  readonly stderr: { write(s: string): unknown; isTTY?: boolean };
  readonly stdin: ByteSource;
  readonly env: Record<string, string | undefined>;
  /** A clock in milliseconds, for the progress line (default: performance.now). */
  readonly now?: () => number;
  /**
   * Test seam: the classifier of the batches this thread classifies (default: the core's
   * `classify`, which never throws). Tests give one that throws to exercise the run's stop on a
   * classifying failure. Worker threads always run the core's.
   */
  readonly classify?: Classify;
}

export interface Options {
  output: OutputMode;
  json: boolean;
  text: boolean;
  lang: string;
  jobs: number;
  /** No --jobs given: the number of cores, for an input big enough to repay a worker's start. */
  autoJobs: boolean;
  paths: string[];
}

function cores(): number {
  return Math.max(1, availableParallelism());
}

export function parseArgs(argv: readonly string[], env: Record<string, string | undefined>): Options | string {
  const o: Options = { output: 'human', json: false, text: false, lang: (env.LC_ALL || env.LC_MESSAGES || env.LANG || 'en').split(/[._]/)[0] || 'en', jobs: cores(), autoJobs: true, paths: [] };
  let summary = false;
  let removeList = false;
  let csv = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') o.json = true;
    else if (a === '--text') o.text = true;
    else if (a === '--summary') summary = true;
    else if (a === '--remove-list') removeList = true;
    else if (a === '--csv') csv = true;
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = a.includes('=') ? a.slice(7) : argv[++i];
      if (!v) return '--lang needs a language: en, it, fr, de or es';
      const primary = v.toLowerCase().split(/[-_.]/)[0] ?? '';
      if (!(supportedLocales as readonly string[]).includes(primary)) return `unsupported language ${v}: use ${supportedLocales.join(', ')}`;
      o.lang = v;
    } else if (a === '--jobs' || a === '-j' || a.startsWith('--jobs=')) {
      const v = a.includes('=') ? a.slice(7) : argv[++i];
      if (!v || !/^\d{1,3}$/.test(v) || Number(v) < 1) return '--jobs needs a number of threads, 1 or more';
      o.jobs = Number(v);
      o.autoJobs = false;
    } else if (a === '--') o.paths.push(...argv.slice(i + 1)), (i = argv.length);
    else if (a.startsWith('-') && a !== '-') return `unknown option ${a}`;
    else o.paths.push(a);
  }
  if ([summary, removeList, csv].filter(Boolean).length > 1 || (o.json && (removeList || csv))) {
    return 'choose one output: --json, --csv, --summary (with or without --json) or --remove-list';
  }
  o.output = summary ? 'summary' : removeList ? 'remove-list' : csv ? 'csv' : o.json ? 'json' : 'human';
  if (o.paths.length === 0) return 'no input: give a file, a folder, or - for standard input';
  return o;
}

function version(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

export async function main(argv: readonly string[], io: CliIO = process): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout.write(`${usage}\n`);
    return 0;
  }
  if (argv.includes('--version') || argv.includes('-V')) {
    io.stdout.write(`whybounce ${version()}\n`);
    return 0;
  }
  const opts = parseArgs(argv, io.env);
  if (typeof opts === 'string') {
    io.stderr.write(`whybounce: ${opts}\n${usage}\n`);
    return 2;
  }
  const now = io.now ?? (() => performance.now());
  // The progress line goes to a terminal on stderr, and only when stdout is not that terminal
  // too: there the output itself shows the run going on, and would be written over the line.
  const progress = new Progress(io.stderr, io.stderr.isTTY === true && io.stdout.isTTY !== true, now);
  let failedInputs = 0;
  const fail = (path: string, err: unknown, link = false) => {
    failedInputs++;
    progress.clear();
    io.stderr.write(`whybounce: ${safe(path)}: ${describe(err, link)}\n`);
  };
  const files: string[] = [];
  for (const p of opts.paths) {
    if (p === '-') {
      files.push('-');
      continue;
    }
    try {
      await collect(p, files, fail);
    } catch (err) {
      fail(p, err);
    }
  }

  const work: WorkOptions = { output: opts.output, text: opts.text, lang: opts.lang, color: opts.output === 'human' && useColor(io.stdout, io.env) };
  // Worker threads: for an input big enough to repay their start (without --jobs), when the
  // bundle's worker script is there (dist/cli-bundle; not when the sources run under a test).
  // They start here, before this thread loads the classifier, for an input of more than one
  // batch; for a smaller one, once its first batch is full (run.ts): a single batch is
  // classified here, and no worker starts at all.
  const script = new URL('./worker.js', import.meta.url);
  const jobs = opts.autoJobs && !atLeast(files, workerWorthMb * 1e6) ? 1 : opts.jobs;
  let deliver: Deliver | null = null;
  const pool =
    jobs > 1 && script.protocol === 'file:' && existsSync(script)
      ? () => threadPool(jobs - 1, script, work, (r) => deliver!(r), io.classify)
      : null;
  const early = pool && (files.length > batchMessages || atLeast(files, batchBytes)) ? pool() : null;
  const { run } = await import('./run.js');
  return run({
    opts,
    io,
    files,
    work,
    progress,
    fail,
    failures: () => failedInputs,
    runner: early,
    pool,
    deliverTo: (d) => (deliver = d),
  });
}

/** What main() hands to run(), having read the options and found the files. */
export interface RunContext {
  readonly opts: Options;
  readonly io: CliIO;
  readonly files: readonly string[];
  readonly work: WorkOptions;
  readonly progress: Progress;
  /** Reports an input that could not be read, and counts it. */
  readonly fail: (path: string, err: unknown, link?: boolean) => void;
  readonly failures: () => number;
  /** The thread pool, already started (an input of more than one batch), else null. */
  readonly runner: Runner | null;
  /** Starts the thread pool; null when this run has no worker threads. */
  readonly pool: (() => Runner) | null;
  /** Where the thread pool delivers its results: set by run() before any batch is submitted. */
  readonly deliverTo: (deliver: Deliver) => void;
}

/** Whether the inputs hold `bytes` or more (standard input: assumed), statting only as far as needed. */
function atLeast(files: readonly string[], bytes: number): boolean {
  let sum = 0;
  for (const f of files) {
    if (f === '-') return true;
    try {
      sum += statSync(f).size;
    } catch {
      // reported when it is read
    }
    if (sum >= bytes) return true;
  }
  return false;
}

function describe(err: unknown, link = false): string {
  const e = err as { code?: string; message?: string };
  if (link && e.code === 'ENOENT') return 'broken link: its target does not exist';
  if (e.code === 'ELOOP') return 'link loop: the link leads back to itself';
  if (e.code === 'ENOENT') return 'no such file or folder';
  if (e.code === 'EACCES') return 'permission denied';
  if (e.code === 'EISDIR') return 'is a folder';
  return e.message ?? String(err);
}

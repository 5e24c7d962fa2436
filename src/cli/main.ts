/**
 * whybounce [--json] [--text] [--lang en|it|fr|de|es] PATH...   (`-` reads standard input)
 *
 * Files, folders (recursively) and mbox files. Exit status: 0 when every input was read,
 * 1 when any could not be, 2 on a usage error.
 */
import { classify, supportedLocales } from '../core/index.js';
import type { Verdict } from '../core/index.js';
import { readMessages, type ByteSource } from './inputs.js';
import { Progress } from './progress.js';
import { renderHuman, safe } from './render.js';
import { collect } from './walk.js';

const usage = `usage: whybounce [--json] [--text] [--lang en|it|fr|de|es] PATH...
  PATH   a message file (.eml), a folder (read recursively), an mbox file, or - for standard input
  --json one JSON object per message per line
  --text read inputs as rendered or pasted text (what a webmail shows), not raw messages
  --lang language of the explanations (default: from LANG, else en)
  --help this help`;

export interface CliIO {
  readonly stdout: { write(s: string): unknown; isTTY?: boolean };
  readonly stderr: { write(s: string): unknown; isTTY?: boolean };
  readonly stdin: ByteSource;
  readonly env: Record<string, string | undefined>;
  /** A clock in milliseconds, for the progress line (default: performance.now). */
  readonly now?: () => number;
}

interface Options {
  json: boolean;
  text: boolean;
  lang: string;
  paths: string[];
}

export function parseArgs(argv: readonly string[], env: Record<string, string | undefined>): Options | string {
  const o: Options = { json: false, text: false, lang: (env.LC_ALL || env.LC_MESSAGES || env.LANG || 'en').split(/[._]/)[0] || 'en', paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') o.json = true;
    else if (a === '--text') o.text = true;
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = a.includes('=') ? a.slice(7) : argv[++i];
      if (!v) return '--lang needs a language: en, it, fr, de or es';
      const primary = v.toLowerCase().split(/[-_.]/)[0] ?? '';
      if (!(supportedLocales as readonly string[]).includes(primary)) return `unsupported language ${v}: use en, it, fr, de or es`;
      o.lang = v;
    } else if (a === '--') o.paths.push(...argv.slice(i + 1)), (i = argv.length);
    else if (a.startsWith('-') && a !== '-') return `unknown option ${a}`;
    else o.paths.push(a);
  }
  if (o.paths.length === 0) return 'no input: give a file, a folder, or - for standard input';
  return o;
}

export async function main(argv: readonly string[], io: CliIO = process): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout.write(`${usage}\n`);
    return 0;
  }
  const opts = parseArgs(argv, io.env);
  if (typeof opts === 'string') {
    io.stderr.write(`whybounce: ${opts}\n${usage}\n`);
    return 2;
  }
  // The progress line goes to a terminal on stderr, and only when stdout is not that terminal
  // too: there the output itself shows the run going on, and would be written over the line.
  const progress = new Progress(io.stderr, io.stderr.isTTY === true && io.stdout.isTTY !== true, io.now ?? (() => performance.now()));
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
  let done = 0;
  let messages = 0;
  const status = () => (files.length > 1 ? `${done}/${files.length} files, ${messages} messages` : `${messages} messages`);
  for (const file of files) {
    try {
      // Standard input is read like a file: one message, or each message of an mbox.
      for await (const item of file === '-' ? readMessages('-', io.stdin) : readMessages(file)) {
        const verdict = await classify(item.bytes, opts.text ? { mode: 'text' } : {});
        const label = item.index ? `${item.name} #${item.index}` : item.name;
        io.stdout.write(opts.json ? `${JSON.stringify(toJson(item.name, verdict, item.index))}\n` : renderHuman(label, verdict, opts.lang));
        messages++;
        progress.update(status);
      }
    } catch (err) {
      fail(file, err);
      continue;
    }
    done++;
    progress.update(status);
  }
  progress.clear();
  return failedInputs ? 1 : 0;
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

export function toJson(file: string, v: Verdict, index?: number) {
  return {
    file,
    ...(index ? { index } : {}),
    kind: v.kind,
    category: v.category,
    reason: v.reason,
    severity: v.severity,
    recipients: v.recipients.map((r) => ({
      address: r.address,
      action: r.action,
      status: r.status,
      reply: r.reply,
      diagnostic: r.diagnostic,
      remoteHost: r.remoteHost,
      reason: r.reason,
      category: r.category,
      severity: r.severity,
    })),
  };
}

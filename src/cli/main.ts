/**
 * whybounce [--json] [--text] [--lang en|it|fr|de|es] PATH...   (`-` reads standard input)
 *
 * Files, folders (recursively) and mbox files. Exit status: 0 when every input was read,
 * 1 when any could not be, 2 on a usage error.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { classify, supportedLocales } from '../core/index.js';
import type { Verdict } from '../core/index.js';
import { readMessages, readStdin, type Item } from './inputs.js';
import { renderHuman, safe } from './render.js';

const usage = `usage: whybounce [--json] [--text] [--lang en|it|fr|de|es] PATH...
  PATH   a message file (.eml), a folder (read recursively), an mbox file, or - for standard input
  --json one JSON object per message per line
  --text read inputs as rendered or pasted text (what a webmail shows), not raw messages
  --lang language of the explanations (default: from LANG, else en)
  --help this help`;

export interface CliIO {
  readonly stdout: { write(s: string): unknown };
  readonly stderr: { write(s: string): unknown; isTTY?: boolean };
  readonly stdin: AsyncIterable<Uint8Array | string>;
  readonly env: Record<string, string | undefined>;
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
  let failedInputs = 0;
  const files: string[] = [];
  for (const p of opts.paths) {
    if (p === '-') {
      files.push('-');
      continue;
    }
    try {
      await collect(p, files);
    } catch (err) {
      failedInputs++;
      io.stderr.write(`whybounce: ${safe(p)}: ${describe(err)}\n`);
    }
  }
  const progress = io.stderr.isTTY === true && files.length > 20;
  let done = 0;
  let messages = 0;
  for (const file of files) {
    try {
      const items = file === '-' ? oneItem('-', readStdin(io.stdin)) : readMessages(file);
      for await (const item of items) {
        const verdict = await classify(item.bytes, opts.text ? { mode: 'text' } : {});
        const label = item.index ? `${item.name} #${item.index}` : item.name;
        io.stdout.write(opts.json ? `${JSON.stringify(toJson(item.name, verdict, item.index))}\n` : renderHuman(label, verdict, opts.lang));
        messages++;
        if (progress && messages % 100 === 0) io.stderr.write(`\r${done}/${files.length} files, ${messages} messages`);
      }
    } catch (err) {
      failedInputs++;
      io.stderr.write(`whybounce: ${safe(file)}: ${describe(err)}\n`);
      continue;
    }
    done++;
    if (progress) io.stderr.write(`\r${done}/${files.length} files, ${messages} messages`);
  }
  if (progress) io.stderr.write('\n');
  return failedInputs ? 1 : 0;
}

async function* oneItem(name: string, bytes: Promise<Uint8Array>): AsyncGenerator<Item> {
  yield { name, bytes: await bytes };
}

function describe(err: unknown): string {
  const e = err as { code?: string; message?: string };
  if (e.code === 'ENOENT') return 'no such file or folder';
  if (e.code === 'EACCES') return 'permission denied';
  if (e.code === 'EISDIR') return 'is a folder';
  return e.message ?? String(err);
}

async function collect(path: string, out: string[]): Promise<void> {
  const s = await stat(path);
  if (!s.isDirectory()) {
    out.push(path);
    return;
  }
  const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = join(path, e.name);
    if (e.isDirectory()) await collect(full, out);
    else if (e.isFile()) out.push(full);
  }
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

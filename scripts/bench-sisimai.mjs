#!/usr/bin/env node
// Whole-process throughput, whybounce beside Sisimai (Perl, Debian's libsisimai-perl) on the same
// inputs, built in a temporary folder from the dev corpus:
//   folder  the 384 dev notices ×10 as separate files (3,840)
//   mbox    the dev notices ×60 in one mbox file (23,040, ~96 MB)
//   ordinary (whybounce only) an mbox in which 9 of 10 messages are ordinary mail
// Each tool runs A B A B A B (whybounce first) and the medians are printed, with the ratio,
// messages/s and MB/s, and each run's peak RSS. Both tools write JSON to /dev/null: whybounce
// `--json`, Sisimai `Sisimai->dump`. Not part of `npm test`: figures move with the machine's load.
//   npm run bench:sisimai [-- --rounds 3] [-- --only folder,mbox,ordinary] [-- --jobs N]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = process.env.WHYBOUNCE_SHARED ?? join(root, '../shared');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const rounds = Number(arg('rounds', 3));
const only = arg('only', 'folder,mbox,ordinary').split(',');
const jobs = arg('jobs', '');

let sisimai = '';
try {
  sisimai = execFileSync('perl', ['-MSisimai', '-e', 'print $Sisimai::VERSION'], { encoding: 'utf8' });
} catch {
  console.error('Sisimai is not installed: apt-get install -y libsisimai-perl (the whybounce figures still follow)');
}

const dev = join(shared, 'corpus/sisimai-dev/eml');
const ordinaryDir = join(shared, 'corpus/not-bounce');
const notices = readdirSync(dev).filter((f) => f.endsWith('.eml')).sort().map((f) => ({ f, bytes: readFileSync(join(dev, f)) }));
const ordinary = readdirSync(ordinaryDir).filter((f) => f.endsWith('.eml')).sort().map((f) => ({ f, bytes: readFileSync(join(ordinaryDir, f)) }));

const tmp = mkdtempSync(join(tmpdir(), 'whybounce-bench-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

/** One message as an mbox entry: its own "From " line if it has one, else one made up; body "From " lines quoted. */
function mboxEntry(bytes) {
  let text = bytes.toString('latin1').replace(/\r\n/g, '\n');
  let from = 'From MAILER-DAEMON Tue Nov 10 09:14:02 2026\n';
  if (text.startsWith('From ')) {
    const nl = text.indexOf('\n');
    from = text.slice(0, nl + 1);
    text = text.slice(nl + 1);
  }
  text = text.replace(/^(>*From )/gm, '>$1');
  return Buffer.from(`${from}${text}${text.endsWith('\n') ? '' : '\n'}\n`, 'latin1');
}

function buildFolder() {
  const dir = join(tmp, 'folder');
  mkdirSync(dir);
  let bytes = 0;
  // One flat folder: Sisimai reads a folder as a Maildir, without going into subfolders.
  for (let k = 0; k < 10; k++) {
    for (const n of notices) {
      writeFileSync(join(dir, `${k}-${n.f}`), n.bytes);
      bytes += n.bytes.length;
    }
  }
  return { path: dir, messages: notices.length * 10, bytes };
}

function buildMbox(name, entries, copies) {
  const path = join(tmp, name);
  const fd = openSync(path, 'w');
  for (let k = 0; k < copies; k++) for (const e of entries) writeSync(fd, e);
  closeSync(fd);
  return { path, messages: entries.length * copies, bytes: statSync(path).size };
}

const tools = {
  whybounce: (path) => ['node', [join(root, 'bin/whybounce.js'), '--json', ...(jobs ? ['--jobs', jobs] : []), path]],
  sisimai: (path) => ['perl', ['-MSisimai', '-e', 'print Sisimai->dump(shift)', path]],
};

/** Runs one tool once: wall seconds and peak RSS (MB, from /usr/bin/time when present). */
function run(tool, input) {
  const [cmd, args] = tools[tool](input.path);
  const timed = statSafe('/usr/bin/time') ? ['/usr/bin/time', ['-f', '%M %U %S', cmd, ...args]] : [cmd, args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(timed[0], timed[1], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${tool} failed (${r.status}): ${r.stderr.toString().slice(-500)}`);
  const m = /(\d+) ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr.toString());
  return { s, rssMB: Number(m?.[1] ?? NaN) / 1024, cpu: Number(m?.[2] ?? NaN) + Number(m?.[3] ?? NaN) };
}

function statSafe(p) {
  try {
    return statSync(p);
  } catch {
    return null;
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n, d = 1) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

function compare(label, input, withSisimai) {
  const names = withSisimai && sisimai ? ['whybounce', 'sisimai'] : ['whybounce'];
  const times = Object.fromEntries(names.map((n) => [n, []]));
  const rss = Object.fromEntries(names.map((n) => [n, []]));
  const cpu = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    for (const n of names) {
      const x = run(n, input);
      times[n].push(x.s);
      rss[n].push(x.rssMB);
      cpu[n].push(x.cpu);
    }
  }
  // The load average after the runs too: a shared machine's other work slows both tools' wall-clock times.
  console.log(`${label}: ${fmt(input.messages, 0)} messages, ${fmt(input.bytes / 1e6)} MB (load after the runs ${fmtLoad()})`);
  for (const n of names) {
    const m = median(times[n]);
    console.log(`  ${n.padEnd(9)} median ${fmt(m, 2)} s (${times[n].map((t) => fmt(t, 2)).join(' ')})  ${fmt(input.messages / m, 0)} messages/s  ${fmt(input.bytes / 1e6 / m)} MB/s  CPU ${fmt(median(cpu[n]), 2)} s  peak RSS ${fmt(Math.max(...rss[n]), 0)} MB`);
  }
  if (names.length === 2) {
    console.log(`  ratio     whybounce is ${fmt(median(times.sisimai) / median(times.whybounce), 2)}× Sisimai's speed (wall-clock medians; CPU time ${fmt(median(cpu.sisimai) / median(cpu.whybounce), 2)}×)`);
  }
}

console.log(`bench:sisimai — ${cpus().length} cores, load ${fmtLoad()}; whybounce --jobs ${jobs || `default (${cpus().length})`}; Sisimai ${sisimai || 'missing'}; ${rounds} rounds A B`);
if (only.includes('folder')) compare('folder (dev corpus ×10)', buildFolder(), true);
if (only.includes('mbox')) compare('mbox (dev corpus ×60)', buildMbox('notices.mbox', notices.map((n) => mboxEntry(n.bytes)), 60), true);
if (only.includes('ordinary')) {
  // 9 ordinary messages for each notice: what a mailbox export mostly holds.
  const entries = [];
  let o = 0;
  for (const n of notices) {
    entries.push(mboxEntry(n.bytes));
    for (let k = 0; k < 9; k++) entries.push(mboxEntry(ordinary[o++ % ordinary.length].bytes));
  }
  compare('mostly ordinary mbox (90% ordinary mail)', buildMbox('ordinary.mbox', entries, 6), true);
}

function fmtLoad() {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return '?';
  }
}

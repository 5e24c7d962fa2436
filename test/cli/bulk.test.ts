/**
 * The CLI at scale: the bulk report (--summary, --json --summary, --remove-list), --csv, worker
 * threads giving the same output as one thread, and an mbox larger than memory would hold
 * streamed with bounded memory (the child's own peak RSS, never a timing).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, openSync, writeSync, closeSync, statSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIO } from './support/io.js';

const root = join(__dirname, '../..');
const corpus = join(root, '../shared/corpus/sisimai-dev/eml');
const example = join(root, 'examples/bounce-mailbox-full.eml');
const bin = join(root, 'bin/whybounce.js');


/** An mbox of raw messages: each with a "From " line, body lines starting "From " quoted. */
function mboxOf(raws: string[]): string {
  return raws
    .map((r) => {
      const text = r.replace(/\r\n/g, '\n').replace(/^From [^\n]*\n/, '');
      return `From MAILER-DAEMON Tue Nov 10 09:14:02 2026\n${text.replace(/^(>*From )/gm, '>$1')}\n`;
    })
    .join('');
}

const read = (f: string) => readFileSync(join(corpus, f), 'latin1');
/** hard userunknown, soft mailer error, a complaint, soft mailbox full, and the hard one again in capitals. */
function box(): string {
  const dir = mkdtempSync(join(tmpdir(), 'whybounce-bulk-'));
  const path = join(dir, 'export.mbox');
  const sendmail = read('lhost-sendmail-01.eml');
  writeFileSync(path, mboxOf([sendmail, read('lhost-postfix-01.eml'), read('arf-12.eml'), readFileSync(example, 'latin1'), sendmail.replace(/userunknown@bouncehammer\.jp/g, 'UserUnknown@bouncehammer.jp')]), 'latin1');
  return path;
}

function run(args: string[]): Promise<{ code: number | null; out: Buffer; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => resolve({ code, out: Buffer.concat(out), err }));
  });
}

describe('whybounce --summary, --remove-list, --csv', () => {
  it('--json --summary gives one object: counts, domains, and the deduplicated remove and keep lists', async () => {
    const io = fakeIO();
    expect(await main(['--json', '--summary', box()], io)).toBe(0);
    const lines = io.out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const r = JSON.parse(lines[0]!);
    expect(Object.keys(r)).toEqual(['messages', 'kinds', 'categories', 'domains', 'remove', 'keep']);
    expect(r.messages).toBe(5);
    expect(r.kinds).toMatchObject({ bounce: 4, complaint: 1 });
    expect(r.categories).toEqual({ 'bad-mailbox': 2, 'quota-issues': 1, 'bad-configuration': 1 });
    expect(r.remove).toEqual(['user@example.com', 'userunknown@bouncehammer.jp']);
    expect(r.keep).toEqual(['maria.rossi@example.org', 'r@p351355.pool.example.ne.jp']);
    expect(r.domains[0]).toEqual({ domain: 'bouncehammer.jp', failed: 1 });
  });

  it('--summary prints the report for people, each address with its category and count of notices', async () => {
    const io = fakeIO();
    expect(await main(['--summary', box()], io)).toBe(0);
    expect(io.out).toMatch(/^5 messages: bounce 4 · complaint 1\n/);
    expect(io.out).toMatch(/Remove \(2\): hard failures and complaints\n {2}user@example\.com +complaint +1 notice\n {2}userunknown@bouncehammer\.jp +bad-mailbox +2 notices\n/);
    expect(io.out).toMatch(/Keep \(2\)[^\n]*\n {2}maria\.rossi@example\.org +quota-issues +1 notice\n/);
    expect(io.out).not.toContain('\x1b[');
  });

  it('--remove-list prints only the addresses to remove, one per line', async () => {
    const io = fakeIO();
    expect(await main(['--remove-list', box()], io)).toBe(0);
    expect(io.out).toBe('user@example.com\nuserunknown@bouncehammer.jp\n');
  });

  it('--csv writes a BOM, the header and one row per recipient, quoted where needed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'whybounce-csv-'));
    const f = join(dir, 'quoted.eml');
    writeFileSync(f, readFileSync(example, 'latin1').replace(/Mailbox full, quota/g, 'Mailbox "full",\n quota'), 'latin1');
    const io = fakeIO();
    expect(await main(['--csv', f, join(corpus, 'arf-12.eml')], io)).toBe(0);
    expect(io.out.startsWith('\uFEFFfile,index,date,kind,category,reason,severity,action,address,status,reply,remote_host,diagnostic,feedback_type\r\n')).toBe(true);
    const rows = io.out.slice(1).split('\r\n').filter(Boolean);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatch(/^[^,]+quoted\.eml,,2026-11-10T08:14:02\.000Z,bounce,quota-issues,mailboxfull,soft,failed,maria\.rossi@example\.org,5\.2\.2,552,mx1\.example\.org,"552 5\.2\.2 <maria\.rossi@example\.org>: Mailbox ""full"", quota exceeded",$/);
    expect(rows[2]).toContain(',complaint,complaint,feedback,none,,user@example.com,');
    expect(rows[2]).toMatch(/,opt-out$/);
  });

  it('refuses two outputs at once', async () => {
    const io = fakeIO();
    expect(await main(['--csv', '--summary', example], io)).toBe(2);
    expect(io.err).toContain('choose one output');
  });

  it('prints its version and a help that shows every option and an example of each output', async () => {
    const io = fakeIO();
    expect(await main(['--version'], io)).toBe(0);
    expect(io.out).toBe(`whybounce ${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}\n`);
    const help = fakeIO();
    expect(await main(['--help'], help)).toBe(0);
    for (const o of ['--json', '--csv', '--summary', '--remove-list', '--text', '--lang', '--jobs', '--version', '--help', 'NO_COLOR', 'FORCE_COLOR']) expect(help.out).toContain(o);
    for (const e of ['whybounce --json --summary ', 'whybounce --remove-list ', 'whybounce --csv ', 'whybounce --summary ', 'whybounce --json ']) expect(help.out).toContain(e);
  });

  it('colours the badge on request (FORCE_COLOR) and never with NO_COLOR', async () => {
    const forced = fakeIO({ env: { FORCE_COLOR: '1' } });
    expect(await main([example], forced)).toBe(0);
    expect(forced.out).toContain('\x1b[33m[bounce · quota-issues · soft]\x1b[0m');
    const none = fakeIO({ env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(await main([example], none)).toBe(0);
    expect(none.out).not.toContain('\x1b[');
  });
});

describe('whybounce --jobs', () => {
  it('gives the same output, in input order, with 1 and 2 threads', async () => {
    for (const mode of [['--json'], ['--csv'], []]) {
      const one = await run([...mode, '--jobs', '1', corpus, example]);
      const two = await run([...mode, '--jobs', '2', corpus, example]);
      expect(one.code).toBe(0);
      expect(two.code).toBe(0);
      expect(one.out.length).toBeGreaterThan(100_000);
      expect(two.out.equals(one.out)).toBe(true);
    }
  }, 600_000);
});

describe('a large mbox', () => {
  it('is streamed with bounded memory: --summary of a 400 MB mbox peaks far below its size', async () => {
    // 400 messages of 1 MB: the reader keeps each message's first MiB only while it is classified.
    const dir = mkdtempSync(join(tmpdir(), 'whybounce-big-'));
    const path = join(dir, 'big.mbox');
    const notice = readFileSync(example, 'latin1').replace(/\r\n/g, '\n');
    const filler = `${'x'.repeat(76)}\n`.repeat(13_000);
    const fd = openSync(path, 'w');
    for (let i = 0; i < 400; i++) {
      const msg = notice.replace(/maria\.rossi@example\.org/g, `user${i}@example.org`);
      writeSync(fd, `From MAILER-DAEMON Tue Nov 10 09:14:02 2026\n${msg}\n${filler}\n`, null, 'latin1');
    }
    closeSync(fd);
    expect(statSync(path).size).toBeGreaterThan(400e6);
    // The child reports its own peak RSS (worker threads included) once the run is over.
    const probe = `const { main } = await import(${JSON.stringify(join(root, 'dist/cli-bundle/main.js'))});
      const code = await main(process.argv.slice(2));
      process.stderr.write('maxrss ' + process.resourceUsage().maxRSS + '\\n');
      process.exitCode = code;`;
    writeFileSync(join(dir, 'probe.mjs'), probe);
    const child = spawn(process.execPath, [join(dir, 'probe.mjs'), '--json', '--summary', path], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    rmSync(dir, { recursive: true, force: true });
    expect(err).toMatch(/^maxrss \d+\n$/);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.messages).toBe(400);
    expect(report.keep).toHaveLength(400);
    const rssMB = Number(/maxrss (\d+)/.exec(err)?.[1]) / 1024;
    expect(rssMB).toBeGreaterThan(10);
    expect(rssMB).toBeLessThan(300);
  }, 300_000);
});

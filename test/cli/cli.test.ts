import { existsSync, mkdtempSync, writeFileSync, mkdirSync, readFileSync, openSync, closeSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { main } from '../../src/cli/main.js';
import { fakeIO } from './support/io.js';
import * as inputs from '../../src/cli/inputs.js';
import { readMessages } from '../../src/cli/inputs.js';
import { maxInputBytes, mboxSplitter } from '../../src/core/index.js';

const example = join(__dirname, '../../examples/bounce-mailbox-full.eml');


/** An mbox of `n` copies of `raw` (LF line ends). */
function mbox(raw: string, n: number): string {
  return Array.from({ length: n }, (_, i) => `From MAILER-DAEMON Tue Nov 10 09:${String(10 + i).padStart(2, '0')}:02 2026\n${raw}\n`).join('');
}

/** The bytes of `text` in chunks of `size` bytes. */
async function* chunks(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function all(gen: AsyncIterable<inputs.Item>): Promise<inputs.Item[]> {
  const out: inputs.Item[] = [];
  for await (const item of gen) out.push(item);
  return out;
}

describe('whybounce CLI', () => {
  it('prints one JSON object per message with the documented fields', async () => {
    const io = fakeIO();
    expect(await main(['--json', example], io)).toBe(0);
    const lines = io.out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const v = JSON.parse(lines[0]!);
    expect(Object.keys(v)).toEqual(['file', 'date', 'kind', 'category', 'reason', 'severity', 'status', 'reply', 'recipients']);
    expect(v).toMatchObject({ file: example, kind: 'bounce', category: 'quota-issues', reason: 'mailboxfull', severity: 'soft', status: '5.2.2', reply: '552' });
    expect(v.date).toBe('2026-11-10T08:14:02.000Z');
    expect(Object.keys(v.recipients[0])).toEqual(['address', 'action', 'status', 'reply', 'diagnostic', 'remoteHost', 'reason', 'category', 'severity']);
    expect(v.recipients[0]).toMatchObject({ address: 'maria.rossi@example.org', action: 'failed', status: '5.2.2', reply: '552', remoteHost: 'mx1.example.org' });
  });

  it('reports an unreadable path on stderr, still runs the rest, and exits 1', async () => {
    const io = fakeIO();
    expect(await main(['--json', '/nonexistent/whybounce-test.eml', example], io)).toBe(1);
    expect(io.err).toContain('/nonexistent/whybounce-test.eml: no such file or folder');
    expect(io.out.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 on a usage error', async () => {
    const io = fakeIO();
    expect(await main(['--frobnicate', example], io)).toBe(2);
    expect(io.err).toContain('unknown option --frobnicate');
    expect(await main([], fakeIO())).toBe(2);
    expect(await main(['--lang'], fakeIO())).toBe(2);
  });

  it('reads standard input for -', async () => {
    const io = fakeIO({ stdin: [readFileSync(example, 'utf8')] });
    expect(await main(['--json', '-'], io)).toBe(0);
    expect(JSON.parse(io.out).file).toBe('-');
    expect(JSON.parse(io.out).category).toBe('quota-issues');
  });

  it('walks folders recursively and splits mbox files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'whybounce-cli-'));
    mkdirSync(join(dir, 'sub'));
    const raw = readFileSync(example, 'utf8').replace(/\r\n/g, '\n');
    writeFileSync(join(dir, 'sub', 'a.eml'), raw);
    writeFileSync(join(dir, 'box.mbox'), `From MAILER-DAEMON Tue Nov 10 09:14:02 2026\n${raw}\nFrom MAILER-DAEMON Tue Nov 10 09:15:02 2026\n${raw}`);
    const io = fakeIO();
    expect(await main(['--json', dir], io)).toBe(0);
    const rows = io.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => [r.file.slice(dir.length), r.index ?? 0])).toEqual([
      ['/box.mbox', 1],
      ['/box.mbox', 2],
      ['/sub/a.eml', 0],
    ]);
    expect(rows.every((r) => r.category === 'quota-issues')).toBe(true);
  });

  it('treats inputs as pasted text with --text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'whybounce-cli-'));
    const f = join(dir, 'pasted.txt');
    writeFileSync(f, 'Delivery to the following recipient failed permanently:\n\n     someone@example.org\n\nThe error that the other server returned was:\n550 5.1.1 The email account that you tried to reach does not exist.\n');
    const io = fakeIO();
    expect(await main(['--json', '--text', f], io)).toBe(0);
    expect(JSON.parse(io.out)).toMatchObject({ kind: 'bounce', category: 'bad-mailbox', severity: 'hard' });
  });

  it('prints a human summary with the server words', async () => {
    const io = fakeIO();
    expect(await main(['--lang', 'en', example], io)).toBe(0);
    expect(io.out).toContain('maria.rossi@example.org');
    expect(io.out).toContain('Mailbox full, quota exceeded');
  });

  it('explains in Italian with --lang it, and follows LANG by default', async () => {
    const io = fakeIO();
    expect(await main(['--lang', 'it', example], io)).toBe(0);
    expect(io.out).toContain('La casella del destinatario è piena');
    expect(io.out).toContain('Mantieni l');
    const byEnv = fakeIO();
    (byEnv.env as Record<string, string>).LANG = 'it_IT.UTF-8';
    expect(await main([example], byEnv)).toBe(0);
    expect(byEnv.out).toContain('Cosa fare');
    const en = fakeIO();
    expect(await main([example], en)).toBe(0);
    expect(en.out).toContain("The recipient's mailbox is full");
  });

  it('leaves a one-message file whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'whybounce-cli-'));
    writeFileSync(join(dir, 'x.eml'), 'From: a@b.c\n\nhello\n');
    const items = [];
    for await (const item of readMessages(join(dir, 'x.eml'))) items.push(item);
    expect(items).toHaveLength(1);
    expect(new TextDecoder().decode(items[0]!.bytes)).toBe('From: a@b.c\n\nhello\n');
    expect(items[0]!.index).toBeUndefined();
  });

  it('splits an mbox with CRLF line ends and reads a huge message only as far as the classifier does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'whybounce-cli-'));
    const big = 'x'.repeat(3 * maxInputBytes);
    const box = ['From a@b Tue Nov 10 09:14:02 2026', 'Subject: one', '', big, '', 'From c@d Tue Nov 10 09:15:02 2026', 'Subject: two', '', 'short', ''].join('\r\n');
    writeFileSync(join(dir, 'box.mbox'), box);
    const items = [];
    for await (const item of readMessages(join(dir, 'box.mbox'))) items.push(item);
    expect(items.map((i) => i.index)).toEqual([1, 2]);
    expect(items[0]!.bytes.length).toBe(maxInputBytes + 1);
    expect(new TextDecoder().decode(items[1]!.bytes)).toContain('Subject: two');
    const huge = join(dir, 'huge.eml');
    writeFileSync(huge, `Subject: big\n\n${big}`);
    const one = [];
    for await (const item of readMessages(huge)) one.push(item);
    expect(one).toHaveLength(1);
    expect(one[0]!.bytes.length).toBe(maxInputBytes + 1);
    const io = fakeIO();
    expect(await main(['--json', huge], io)).toBe(0);
    expect(JSON.parse(io.out).kind).toBe('not-a-bounce');
  });

  it('rejects an unsupported --lang as a usage error, accepts regional tags', async () => {
    const io = fakeIO();
    expect(await main(['--lang', 'xx', example], io)).toBe(2);
    expect(io.err).toContain('unsupported language xx');
    expect(await main(['--lang', 'it-CH', example], fakeIO())).toBe(0);
  });

  it('shows control and bidi characters of file names and server words as inert text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'whybounce-cli-'));
    const f = join(dir, 'evil\u202e.txt');
    writeFileSync(f, 'Delivery to the following recipient failed permanently:\n\n     someone@example.org\n\n550 5.1.1 no such user \u001b]0;pwned\u0007 \u202egnp.exe\n');
    const io = fakeIO();
    expect(await main(['--text', f], io)).toBe(0);
    expect(io.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u202e]/);
    expect(io.out).toContain('⟨U+202E⟩');
  });

  it('ends quietly when its output pipe closes early', async () => {
    const bin = join(__dirname, '../../bin/whybounce.js');
    const corpus = join(__dirname, '../../../shared/corpus/sisimai-dev/eml');
    const child = spawn(process.execPath, [bin, '--json', corpus], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(err).toBe('');
    expect(code).toBe(0);
  });

  it('splits an mbox on standard input, whatever the chunks the pipe delivers', async () => {
    const raw = readFileSync(example, 'utf8').replace(/\r\n/g, '\n');
    const box = mbox(raw, 3);
    // A pipe may hand over "Fr" before "om ": the mbox must still be recognized.
    const parts = [box.slice(0, 2), box.slice(2, 3), box.slice(3, 1000), box.slice(1000)];
    const io = fakeIO({ stdin: parts });
    expect(await main(['--json', '-'], io)).toBe(0);
    const rows = io.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => [r.file, r.index])).toEqual([['-', 1], ['-', 2], ['-', 3]]);
    expect(rows.every((r) => r.category === 'quota-issues')).toBe(true);
    // Any byte stream reads the same way, chunked at every size.
    for (const size of [1, 7, 4096]) {
      const items = await all(readMessages('-', chunks(box, size)));
      expect(items.map((i) => i.index)).toEqual([1, 2, 3]);
      expect(new TextDecoder().decode(items[2]!.bytes)).toBe(box.slice(box.lastIndexOf('From MAILER-DAEMON')));
    }
  });

  it('reads a huge message on standard input only as far as the classifier does', async () => {
    const big = `Subject: big\n\n${'x'.repeat(3 * maxInputBytes)}`;
    const items = await all(readMessages('-', chunks(big, 65536)));
    expect(items).toHaveLength(1);
    expect(items[0]!.bytes.length).toBe(maxInputBytes + 1);
    expect(items[0]!.index).toBeUndefined();
    const short = await all(readMessages('-', chunks('Fr', 1)));
    expect(new TextDecoder().decode(short[0]!.bytes)).toBe('Fr');
  });

  it('takes an mbox separator only with an envelope sender of at most 200 characters', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'whybounce-cli-'));
    const sep = (sender: string) => `From ${sender} Tue Nov 10 09:14:02 2026\n`;
    const box = `${sep('a@b')}Subject: one\n\nbody\n\n${sep('x'.repeat(300))}Subject: still one\n\nmore\n`;
    writeFileSync(join(dir, 'long.mbox'), box);
    expect((await all(readMessages(join(dir, 'long.mbox')))).length).toBe(1);
  });

  it('finds the longest separator wherever a chunk boundary cuts it', async () => {
    // The blank line's CR LF CR LF, then the longest separator line the core takes.
    const maxSeparator = '\r\n\r\nFrom '.length + 200 + 10 + 'Tue Nov'.length + 10 + 1;
    const sender = 's'.repeat(200);
    const pad = ' '.repeat(10);
    const box = `From a@b Tue Nov 10 09:14:02 2026\r\nSubject: one\r\n\r\n${'y'.repeat(300)}\r\n\r\nFrom ${sender}${pad}Tue Nov${pad}3 09:14:02 2026\r\nSubject: two\r\n\r\nz\r\n`;
    const at = box.indexOf(`From ${sender}`);
    for (let cut = at - 6; cut <= at + maxSeparator; cut++) {
      const source = (async function* () {
        yield new TextEncoder().encode(box.slice(0, cut));
        yield new TextEncoder().encode(box.slice(cut));
      })();
      const items = await all(readMessages('box', source));
      expect(items.map((i) => new TextDecoder().decode(i.bytes).includes('Subject: two'))).toEqual([false, true]);
    }
  });

  it("splits an mbox where the extension's splitter (core/mbox.ts) does: a blank line is one of CRs only, however many", async () => {
    // Lines ending CR CR LF (a CRLF file whose line ends were converted twice): the blank line
    // before each separator is a lone CR CR LF, cut by chunk edges anywhere around it too.
    const sep = (n: number) => `From MAILER-DAEMON Tue Nov 10 09:14:02 2026\r\r\nSubject: m${n}\r\r\n\r\r\nbody ${n}\r\r\n`;
    const runs = ['\r\r\n', '\r\r\r\r\r\r\r\n', '\r\n', '\n', `${'\r'.repeat(3000)}\n`];
    const box = runs.map((blank, i) => `${sep(i)}${blank}`).join('') + sep(runs.length);
    const expected = (bytes: Uint8Array) => {
      const split = mboxSplitter();
      return [...split.push(bytes), ...split.end()].map((m) => new TextDecoder().decode(m.bytes));
    };
    const bytes = new TextEncoder().encode(box);
    const want = expected(bytes);
    expect(want).toHaveLength(runs.length + 1);
    for (const size of [1, 2, 3, 5, 64, 1000, 4096, bytes.length]) {
      const items = await all(readMessages('box', chunks(box, size)));
      expect(items.map((i) => new TextDecoder().decode(i.bytes))).toEqual(want);
    }
    const dir = mkdtempSync(join(tmpdir(), 'whybounce-cli-'));
    writeFileSync(join(dir, 'cr.mbox'), bytes);
    expect((await all(readMessages(join(dir, 'cr.mbox')))).map((i) => new TextDecoder().decode(i.bytes))).toEqual(want);
  });

  it('reads a file synchronously (fileMessages, messagesOf) into the messages readMessages gives', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'whybounce-cli-'));
    const raw = readFileSync(example, 'utf8').replace(/\r\n/g, '\n');
    // Over 1 MiB (several reads, separators cut at read edges), CRLF, CR CR LF, a message over
    // the classifier's limit, a sender too long to be a separator, one message, no final newline.
    const files: Record<string, string> = {
      'lf.mbox': mbox(raw, 900),
      'crlf.mbox': mbox(raw, 450).replace(/\n/g, '\r\n'),
      'crcrlf.mbox': mbox(raw, 40).replace(/\n/g, '\r\r\n'),
      'huge.mbox': `From a@b Tue Nov 10 09:14:02 2026\nSubject: one\n\n${'x'.repeat(3 * maxInputBytes)}\n\nFrom c@d Tue Nov 10 09:15:02 2026\nSubject: two\n\nshort`,
      'long.mbox': `From a@b Tue Nov 10 09:14:02 2026\nSubject: one\n\nbody\n\nFrom ${'x'.repeat(300)} Tue Nov 10 09:14:02 2026\nSubject: still one\n`,
      'one.eml': 'From: a@b.c\n\nhello\n',
    };
    const view = (items: inputs.Item[]) => items.map((i) => ({ name: i.name, index: i.index, text: Buffer.from(i.bytes).toString('latin1') }));
    for (const [f, text] of Object.entries(files)) {
      const path = join(dir, f);
      writeFileSync(path, text, 'latin1');
      const want = view(await all(readMessages(path)));
      expect(want.length).toBeGreaterThan(0);
      expect(view([...inputs.fileMessages(path)].flat())).toEqual(want);
      if (text.length <= maxInputBytes) expect(view(inputs.messagesOf(path, readFileSync(path)))).toEqual(want);
    }
  });

  it('follows symbolic links in a folder, walks each folder once, and reports a broken link', async () => {
    const root = mkdtempSync(join(tmpdir(), 'whybounce-cli-'));
    const raw = readFileSync(example, 'utf8');
    const dir = join(root, 'in');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    mkdirSync(join(root, 'elsewhere'));
    writeFileSync(join(root, 'outside.eml'), raw);
    writeFileSync(join(root, 'elsewhere', 'b.eml'), raw);
    writeFileSync(join(dir, 'sub', 'a.eml'), raw);
    symlinkSync(join(root, 'outside.eml'), join(dir, 'linked.eml'));
    symlinkSync(join(root, 'elsewhere'), join(dir, 'linkdir'));
    symlinkSync(join(root, 'gone.eml'), join(dir, 'dangling.eml'));
    symlinkSync(dir, join(dir, 'sub', 'loop'));
    const io = fakeIO();
    expect(await main(['--json', dir], io)).toBe(1);
    const rows = io.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.file.slice(dir.length))).toEqual(['/linkdir/b.eml', '/linked.eml', '/sub/a.eml']);
    expect(io.err).toBe(`whybounce: ${join(dir, 'dangling.eml')}: broken link: its target does not exist\n`);
  });

  it('reports a folder it cannot list by its own path and reads the rest of the tree', async () => {
    const { collect } = await import('../../src/cli/walk.js');
    const { readdir, realpath, stat } = await import('node:fs/promises');
    const root = mkdtempSync(join(tmpdir(), 'whybounce-cli-'));
    for (const d of ['a', 'locked', 'z']) mkdirSync(join(root, d));
    for (const d of ['a', 'z']) writeFileSync(join(root, d, 'm.eml'), 'x');
    writeFileSync(join(root, 'locked', 'm.eml'), 'x');
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const fs = {
      stat,
      realpath,
      readdir: async (p: string) => {
        if (p.endsWith('locked')) throw denied;
        return readdir(p, { withFileTypes: true });
      },
    };
    const out: string[] = [];
    const reports: string[] = [];
    await collect(root, out, (p, err) => reports.push(`${p}: ${(err as Error).message}`), fs);
    expect(out).toEqual([join(root, 'a', 'm.eml'), join(root, 'z', 'm.eml')]);
    expect(reports).toEqual([`${join(root, 'locked')}: EACCES: permission denied`]);
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable subfolder and still reads the rest (real permissions)', async () => {
    const { chmodSync } = await import('node:fs');
    const root = mkdtempSync(join(tmpdir(), 'whybounce-cli-'));
    mkdirSync(join(root, 'locked'));
    writeFileSync(join(root, 'a.eml'), readFileSync(example));
    chmodSync(join(root, 'locked'), 0);
    const io = fakeIO();
    try {
      expect(await main(['--json', root], io)).toBe(1);
    } finally {
      chmodSync(join(root, 'locked'), 0o755);
    }
    expect(io.err).toBe(`whybounce: ${join(root, 'locked')}: permission denied\n`);
    expect(io.out.trim().split('\n')).toHaveLength(1);
  });

  it('shows progress on a terminal by time, even for one mbox, and clears it before an error and at the end', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'whybounce-cli-'));
    const raw = readFileSync(example, 'utf8').replace(/\r\n/g, '\n');
    writeFileSync(join(dir, 'box.mbox'), mbox(raw, 12));
    let t = 0;
    const io = fakeIO({ stdin: [new Error('stdin went away')], now: () => (t += 300) });
    expect(await main(['--json', join(dir, 'box.mbox'), '-'], io)).toBe(1);
    expect(io.out.trim().split('\n')).toHaveLength(12);
    const clear = '\r\x1b[K';
    // Refreshed at most every 500 ms after the first second: the clock moves 300 ms a call.
    const lines = io.err.match(/\r\d[^\r\x1b]*\x1b\[K/g) ?? [];
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.length).toBeLessThan(12);
    expect(lines[0]).toMatch(/^\r[\d.]+ MB of [\d.]+ MB, \d+ messages, [\d,]+ messages\/s(, about \d+:\d\d left)?\x1b\[K$/);
    expect(io.err).toContain(`${clear}whybounce: -: stdin went away\n`);
    expect(io.err.endsWith('\n')).toBe(true);
    // No progress text shares a line with the error.
    const errorLine = io.err.split('\n').find((l) => l.includes('whybounce:'))!;
    expect(errorLine.slice(errorLine.lastIndexOf(clear) + clear.length)).toBe('whybounce: -: stdin went away');
    const one = fakeIO({ now: () => (t += 300) });
    expect(await main(['--json', join(dir, 'box.mbox')], one)).toBe(0);
    expect(one.err).toMatch(/^\r[\d.]+ MB of [\d.]+ MB, \d+ messages/);
    expect(one.err.endsWith(clear)).toBe(true);
    const notty = fakeIO();
    expect(await main(['--json', join(dir, 'box.mbox')], notty)).toBe(0);
    expect(notty.err).toBe('');
  });

  it.skipIf(!existsSync('/dev/full'))('says in one line that it cannot write its output, and exits 1', async () => {
    const bin = join(__dirname, '../../bin/whybounce.js');
    const full = openSync('/dev/full', 'w');
    const child = spawn(process.execPath, [bin, '--json', example], { stdio: ['ignore', full, 'pipe'] });
    closeSync(full);
    let err = '';
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(err).toBe('whybounce: cannot write output: ENOSPC\n');
    expect(code).toBe(1);
  });
});

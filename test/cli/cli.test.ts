import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { main, type CliIO } from '../../src/cli/main.js';
import { readMessages } from '../../src/cli/inputs.js';
import { maxInputBytes } from '../../src/core/index.js';

const example = join(__dirname, '../../examples/bounce-mailbox-full.eml');

function fakeIO(stdin: string[] = []): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: { write: (s: string) => ((io.out += s), true) },
    stderr: { write: (s: string) => ((io.err += s), true), isTTY: false },
    stdin: (async function* () {
      for (const s of stdin) yield new TextEncoder().encode(s);
    })(),
    env: { LANG: 'en_US.UTF-8' },
  };
  return io;
}

describe('whybounce CLI', () => {
  it('prints one JSON object per message with the documented fields', async () => {
    const io = fakeIO();
    expect(await main(['--json', example], io)).toBe(0);
    const lines = io.out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const v = JSON.parse(lines[0]!);
    expect(Object.keys(v)).toEqual(['file', 'kind', 'category', 'reason', 'severity', 'recipients']);
    expect(v).toMatchObject({ file: example, kind: 'bounce', category: 'quota-issues', reason: 'mailboxfull', severity: 'soft' });
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
    const io = fakeIO([readFileSync(example, 'utf8')]);
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
});

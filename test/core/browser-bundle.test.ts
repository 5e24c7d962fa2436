/**
 * The library runs unchanged in a browser: bundled for the browser platform, it is evaluated in
 * a context holding only web-standard globals (no process, require, Buffer or node: modules) and
 * classifies and explains messages, on both MIME paths (7-bit fast path and postal-mime).
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');

async function browserModule(): Promise<Record<string, unknown>> {
  const out = await build({
    entryPoints: [join(root, 'src/core/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'whybounce',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0]!.text;
  expect(code).not.toMatch(/\brequire\(|from ["']node:/);
  const web = { TextDecoder, TextEncoder, Blob, ReadableStream, Response, URL, atob, btoa, queueMicrotask, setTimeout, clearTimeout, console };
  const context = vm.createContext({ ...web });
  vm.runInContext(`${code}\nglobalThis.whybounce = whybounce;`, context);
  expect(vm.runInContext('typeof process + typeof require + typeof Buffer', context)).toBe('undefinedundefinedundefined');
  return context.whybounce as Record<string, unknown>;
}

describe('browser bundle', () => {
  it('classifies and explains with only web globals', async () => {
    const lib = await browserModule();
    const classify = lib.classify as (input: Uint8Array) => Promise<{ kind: string; category: string; recipients: unknown[] }>;
    const explain = lib.explain as (v: unknown, o: { locale: string }) => { headline: string };
    const sevenBit = new Uint8Array(readFileSync(join(root, 'examples/bounce-mailbox-full.eml')));
    const v1 = await classify(sevenBit);
    expect(v1).toMatchObject({ kind: 'bounce', category: 'quota-issues' });
    expect(explain(v1, { locale: 'it' }).headline).toBe('La casella del destinatario è piena');
    // Base64 text part: decoded by postal-mime.
    const notice = 'Delivery to the following recipient failed permanently:\n\n     someone@example.org\n\n550 5.1.1 The email account that you tried to reach does not exist.\n';
    const encoded = [
      'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      'To: sender@example.com',
      'Subject: Delivery Status Notification (Failure)',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: base64',
      '',
      btoa(notice),
      '',
    ].join('\r\n');
    const v2 = await classify(new TextEncoder().encode(encoded));
    expect(v2).toMatchObject({ kind: 'bounce', category: 'bad-mailbox' });
  });
});

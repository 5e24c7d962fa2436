// @vitest-environment happy-dom
/**
 * The CLI and the extension's digest read the same bytes into the same messages: whether an
 * input is an mbox, where each message starts and ends, and what is kept of its bytes are one
 * set of facts (core/mbox.ts), whatever the path (a file, standard input in any chunks, a File
 * in the page, under any name).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { classify, maxInputBytes, type ClassifyInput } from '../../src/core/index.js';
import { englishDigestWords, digestTranslator } from '../../src/content/digest/words.js';
import { runFileDigest } from '../../src/digest/files.js';
import { fakeIO } from '../cli/support/io.js';

const sep = (n: number) => `From MAILER-DAEMON Tue Nov 10 09:1${n}:02 2026\n`;
const msg = (n: number, body = 'body') => `From: Mail Delivery System <mailer-daemon@example.org>\nSubject: m${n}\n\n${body}\n`;

/** Inputs where the two paths differed, and some where they did not, and how many messages each holds. */
const inputs: Record<string, [text: string, messages: number]> = {
  'an mbox of three messages': [`${sep(1)}${msg(1)}\n${sep(2)}${msg(2)}\n${sep(3)}${msg(3)}`, 3],
  'an mbox with CRLF line ends': [`${sep(1)}${msg(1)}\n${sep(2)}${msg(2)}`.replace(/\n/g, '\r\n'), 2],
  'a saved message with its envelope line': [`${sep(1)}${msg(1)}`, 1],
  'a first "From " line without a date, then a separator': [`From someone\n${msg(1)}\n${sep(2)}${msg(2)}`, 2],
  'a first "From " line without a date, alone': [`From someone\n${msg(1)}`, 1],
  'a message without an envelope line': [msg(1, `quoted:\n\n${sep(2)}${msg(2)}`), 1],
  'a body line "From " without a date, and one quoted ">From "': [`${sep(1)}${msg(1, 'x\n\nFrom here on\n>From there\n')}\n${sep(2)}${msg(2)}`, 2],
  'a blank line before the first separator': [`\n${sep(1)}${msg(1)}\n${sep(2)}${msg(2)}`, 1],
  'no final newline': [`${sep(1)}${msg(1)}\n${sep(2)}${msg(2).trimEnd()}`, 2],
  'CR CR LF line ends (a CRLF file converted twice), blank lines of several CRs': [`${sep(1)}${msg(1)}\r\r\r\n${sep(2)}${msg(2)}`.replace(/(?<!\r)\n/g, '\r\r\n'), 2],
  "an mbox whose first message goes on past the classifier's limit": [`${sep(1)}${msg(1, 'x'.repeat(maxInputBytes + 10))}\n${sep(2)}${msg(2)}`, 2],
  "one message past the classifier's limit": [msg(1, 'y'.repeat(maxInputBytes + 10)), 1],
  'shorter than "From "': ['From', 1],
  'only "From "': ['From ', 1],
  empty: ['', 1],
};

/** The messages main() classifies, as latin1 text, reading `path` (or standard input in `chunks`). */
async function cliMessages(args: string[], stdin?: string[]): Promise<string[]> {
  const seen: string[] = [];
  const recording = (input: ClassifyInput) => {
    seen.push(Buffer.from(input as Uint8Array).toString('latin1'));
    return classify(input);
  };
  const io = Object.assign(fakeIO({ stdin }), { classify: recording });
  expect(await main(['--json', '--jobs', '1', ...args], io)).toBe(0);
  return seen;
}

/** The messages the digest classifies of one File named `name`. */
async function digestMessages(bytes: Uint8Array, name: string): Promise<string[]> {
  const seen: string[] = [];
  const recording = (input: Uint8Array) => {
    seen.push(Buffer.from(input).toString('latin1'));
    return classify(input);
  };
  const container = document.createElement('div');
  document.body.appendChild(container);
  const digest = runFileDigest({ doc: document, files: [new File([Uint8Array.from(bytes)], name)], container, t: digestTranslator(englishDigestWords), locale: 'en', classify: recording });
  await digest.finished;
  return seen;
}

describe('the CLI and the digest split an input alike', () => {
  const dir = mkdtempSync(join(tmpdir(), 'whybounce-agree-'));
  it.each(Object.keys(inputs))('%s', async (title) => {
    const [text, messages] = inputs[title]!;
    const bytes = Buffer.from(text, 'latin1');
    const path = join(dir, `${Object.keys(inputs).indexOf(title)}.txt`);
    writeFileSync(path, bytes);
    const want = await cliMessages([path]);
    expect(want).toHaveLength(messages);
    // Standard input, in pieces of every size the first line could be cut at.
    for (const size of text.length > maxInputBytes ? [4, 65_536] : [1, 2, 4, 7, 64]) {
      const pieces: string[] = [];
      for (let i = 0; i < text.length; i += size) pieces.push(text.slice(i, i + size));
      expect(await cliMessages(['-'], pieces), `stdin in pieces of ${size}`).toEqual(want);
    }
    // The digest, whatever the file's name: its bytes say what it is.
    for (const name of ['input.eml', 'input.mbox', 'input']) expect(await digestMessages(bytes, name), name).toEqual(want);
  });
});

describe('the CLI and the digest number the messages alike', () => {
  const notice = readFileSync(join(__dirname, '../../examples/bounce-mailbox-full.eml'), 'latin1').replace(/\r\n/g, '\n');
  /** The `index` column of each CSV row (one row a failed recipient). */
  const indexes = (csv: string) => csv.split('\r\n').slice(1).filter(Boolean).map((row) => row.split(',')[1]);

  async function digestCsv(bytes: Uint8Array, name: string): Promise<string> {
    const container = document.createElement('div');
    const digest = runFileDigest({ doc: document, files: [new File([Uint8Array.from(bytes)], name)], container, t: digestTranslator(englishDigestWords), locale: 'en' });
    await digest.finished;
    const url = document.defaultView!.URL;
    const original = url.createObjectURL;
    let blob: Blob | undefined;
    url.createObjectURL = ((b: Blob) => ((blob = b), 'blob:x')) as typeof URL.createObjectURL;
    // The download link is not followed: the page would navigate away, and main() reads its URL.
    const follow = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = () => undefined;
    try {
      Array.from(digest.host.shadowRoot!.querySelectorAll('button')).find((b) => b.textContent === englishDigestWords.digestDownloadCsv)!.click();
    } finally {
      url.createObjectURL = original;
      HTMLAnchorElement.prototype.click = follow;
    }
    return blob!.text();
  }

  it.each([
    ['a saved message with its envelope line: no position', [1], ['']],
    ['an mbox of three messages: 1, 2, 3', [1, 2, 3], ['1', '2', '3']],
  ])('%s', async (_, numbers, want) => {
    const text = numbers.map((n) => `${sep(n)}${notice}\n`).join('');
    const path = join(mkdtempSync(join(tmpdir(), 'whybounce-agree-')), 'input.mbox');
    writeFileSync(path, text, 'latin1');
    const io = fakeIO();
    expect(await main(['--csv', path], io)).toBe(0);
    expect(indexes(io.out)).toEqual(want);
    expect(indexes(await digestCsv(Buffer.from(text, 'latin1'), 'input.mbox'))).toEqual(want);
  });
});

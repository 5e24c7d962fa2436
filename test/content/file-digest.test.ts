// @vitest-environment happy-dom
/**
 * The digest over files (popup and digest page): several .eml files and an .mbox export built
 * from real notices, read in slices; the same lists as the CLI's summary.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BounceSummary, classify, csvHeader, messageDate } from '../../src/core/index.js';
import { englishDigestWords, digestTranslator } from '../../src/content/digest/words.js';
import { runFileDigest } from '../../src/digest/files.js';

const dir = '../shared/corpus/sisimai-dev/eml/';
const names = ['lhost-gsuite-01', 'lhost-postfix-13', 'lhost-amazonses-03', 'lhost-exim-06', 'lhost-gsuite-06', 'arf-21', 'lhost-amazonses-18'];
const raws = names.map((n) => readFileSync(`${dir}${n}.eml`));

function mbox(): Uint8Array<ArrayBuffer> {
  const parts: Buffer[] = [];
  for (const raw of raws) parts.push(Buffer.from('From MAILER-DAEMON Tue Nov  3 09:14:02 2026\n'), raw, Buffer.from('\n'));
  return Uint8Array.from(Buffer.concat(parts));
}

/** What the CLI's summary says of the same messages: the lists the digest must show. */
async function expectedLists() {
  const s = new BounceSummary();
  for (const raw of raws) s.add(await classify(new Uint8Array(raw)), { date: messageDate(new Uint8Array(raw)) });
  return s.report();
}

const rowsOf = (host: HTMLElement) =>
  Array.from(host.shadowRoot!.querySelectorAll('[data-whybounce-row]')).map((r) => ({ address: r.getAttribute('data-address'), list: r.getAttribute('data-list') }));

describe('runFileDigest', () => {
  it.each([
    ['several .eml files', () => raws.map((raw, i) => new File([Uint8Array.from(raw)], `${names[i]}.eml`))],
    ['one .mbox export', () => [new File([mbox()], 'bounces.mbox')]],
  ])('%s: the lists of the core summary, and a CSV', async (_, files) => {
    const container = document.createElement('div');
    document.body.appendChild(container);
    const digest = runFileDigest({ doc: document, files: files(), container, t: digestTranslator(englishDigestWords), locale: 'en', sliceMs: 1 });
    await digest.finished;
    expect(digest.host.getAttribute('data-state')).toBe('done');
    const expected = await expectedLists();
    const rows = rowsOf(digest.host);
    expect(rows.filter((r) => r.list === 'remove').map((r) => r.address)).toEqual(expected.remove);
    expect(rows.filter((r) => r.list === 'keep').map((r) => r.address)).toEqual(expected.keep);
    expect(expected.remove.length).toBeGreaterThan(2);
    expect(expected.keep.length).toBeGreaterThan(0);
  });

  it('reads a big mbox a slice at a time, and every message of it, across the slices', async () => {
    // About 1.3 MB: separators and messages fall across the edges of the 256 KB slices.
    const one = mbox();
    const copies = Math.ceil((1.3 * 1024 * 1024) / one.length);
    const parts = Array.from({ length: copies }, () => one);
    const reads: number[] = [];
    /** A file that says how much of it each read asks for (one read of the whole file held Firefox's page for seconds). */
    class Watched extends File {
      override slice(start?: number, end?: number, type?: string): Blob {
        const part = super.slice(start, end, type);
        reads.push(part.size);
        return part;
      }
    }
    const file = new Watched(parts, 'big.mbox');
    const container = document.createElement('div');
    const digest = runFileDigest({ doc: document, files: [file], container, t: digestTranslator(englishDigestWords), locale: 'en', sliceMs: 4 });
    await digest.finished;
    expect(digest.host.getAttribute('data-state')).toBe('done');
    expect(digest.host.shadowRoot!.querySelector(".wb-progress-text")?.textContent).toContain(`Messages read: ${copies * raws.length}.`);
    expect(Math.max(...reads)).toBeLessThanOrEqual(256 * 1024);
    expect(reads.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(file.size);
    const expected = await expectedLists();
    expect(rowsOf(digest.host).filter((r) => r.list === 'remove').map((r) => r.address)).toEqual(expected.remove);
  });

  it('counts an empty file apart, not as a message', async () => {
    const container = document.createElement('div');
    const files = [
      new File([Uint8Array.from(raws[0]!)], `${names[0]}.eml`),
      new File([], 'empty.eml'),
      new File(['  \r\n'], 'blank.eml'),
      new File([Uint8Array.from(raws[1]!)], `${names[1]}.eml`),
    ];
    const digest = runFileDigest({ doc: document, files, container, t: digestTranslator(englishDigestWords), locale: 'en', sliceMs: 1 });
    await digest.finished;
    expect(digest.host.getAttribute('data-state')).toBe('done');
    const progress = digest.host.shadowRoot!.querySelector('.wb-progress-text')?.textContent ?? '';
    expect(progress).toContain('Messages read: 2.');
    expect(progress).toContain('Empty: 2.');
    expect(progress).not.toContain('Unreadable');
  });

  it('Cancel stops reading', async () => {
    const container = document.createElement('div');
    const many = Array.from({ length: 40 }, (_, i) => new File([Uint8Array.from(raws[i % raws.length]!)], `${i}.eml`));
    const digest = runFileDigest({ doc: document, files: many, container, t: digestTranslator(englishDigestWords), locale: 'en', sliceMs: 0 });
    digest.cancel();
    await digest.finished;
    expect(digest.host.getAttribute('data-state')).toBe('cancelled');
    const shown = digest.host.shadowRoot!.textContent ?? '';
    expect(shown).toContain('Stopped');
  });

  it('puts the file name (and the position in an mbox) in the CSV', async () => {
    const container = document.createElement('div');
    const digest = runFileDigest({ doc: document, files: [new File([mbox()], 'bounces.mbox')], container, t: digestTranslator(englishDigestWords), locale: 'en' });
    await digest.finished;
    const url = document.defaultView!.URL;
    const original = url.createObjectURL;
    let blob: Blob | undefined;
    url.createObjectURL = ((b: Blob) => ((blob = b), 'blob:x')) as typeof URL.createObjectURL;
    try {
      Array.from(digest.host.shadowRoot!.querySelectorAll('button')).find((b) => b.textContent === englishDigestWords.digestDownloadCsv)!.click();
    } finally {
      url.createObjectURL = original;
    }
    const csv = await blob!.text();
    expect(csv.startsWith(csvHeader)).toBe(true);
    expect(csv).toMatch(/\r\nbounces\.mbox,1,/);
    expect(csv).toMatch(/\r\nbounces\.mbox,7,/);
  });
});

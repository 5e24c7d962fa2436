/**
 * The bounce digest over files: several .eml files or a mailbox export (.mbox), read in the
 * extension's own page (the popup, or the digest page it opens for room). Files are streamed:
 * a 50 MB mbox is read chunk by chunk and split as it arrives (the core's mbox splitter), and
 * the page yields between slices of work, so it never freezes and shows its progress. Nothing
 * leaves the page.
 */
import { classify as coreClassify, looksLikeMbox, messageDate, maxInputBytes, mboxSplitter, type Verdict } from '../core/index.js';
import { DigestCollector } from '../content/digest/collect.js';
import { createDigestPanel, type DigestPhase } from '../content/digest/panel.js';
import type { DigestTranslate } from '../content/digest/words.js';
import { sliceMs as defaultSliceMs, yieldToMain } from '../content/yield.js';

export interface FileDigestOptions {
  readonly doc: Document;
  readonly files: readonly File[];
  /** Where the panel goes. */
  readonly container: Element;
  readonly t: DigestTranslate;
  readonly locale: string;
  readonly classify?: (bytes: Uint8Array) => Promise<Verdict>;
  /** How long one slice of work may run before the page gets the main thread back. */
  readonly sliceMs?: number;
}

export interface FileDigest {
  readonly host: HTMLElement;
  cancel(): void;
  readonly finished: Promise<void>;
}

const megabytes = (n: number) => (n / (1024 * 1024)).toFixed(1);


/** True when a file is to be read as an mbox: its name says so, or its first line does. */
export async function isMboxFile(file: File): Promise<boolean> {
  if (/\.mbox$/i.test(file.name)) return true;
  const head = new Uint8Array(await file.slice(0, 400).arrayBuffer());
  return looksLikeMbox(head);
}

export function runFileDigest(options: FileDigestOptions): FileDigest {
  const { doc, files, t } = options;
  const classify = options.classify ?? ((bytes: Uint8Array) => coreClassify(bytes));
  const sliceMs = options.sliceMs ?? defaultSliceMs;
  const total = files.reduce((n, f) => n + f.size, 0);
  const collector = new DigestCollector();
  const run = new AbortController();
  let phase: DigestPhase = 'running';
  let bytesRead = 0;
  let unread = 0;

  const panel = createDigestPanel({
    doc,
    t,
    locale: options.locale,
    title: t('digestFilesTitle'),
    floating: false,
    refIsLink: false,
    onCancel: () => {
      if (phase !== 'running') return;
      phase = 'cancelled';
      run.abort();
      render();
    },
    csv: () => collector.csv(),
    csvName: 'whybounce-digest.csv',
  });
  options.container.appendChild(panel.host);

  let lastRender = 0;
  const render = (force = true) => {
    const now = performance.now();
    if (!force && now - lastRender < 150) return;
    lastRender = now;
    const view = collector.view();
    const progress =
      phase === 'done'
        ? t('digestDone', collector.messages, view.remove.length, view.rows.filter((r) => r.list === 'keep').length)
        : phase === 'cancelled'
          ? t('digestCancelled', megabytes(bytesRead), `${megabytes(total)} MB`)
          : t('digestProgressBytes', megabytes(bytesRead), megabytes(total), collector.messages);
    panel.update({
      phase,
      progress: unread > 0 && phase !== 'running' ? `${progress} ${t('digestUnread', unread)}` : progress,
      fraction: total > 0 ? bytesRead / total : 1,
      messages: collector.messages,
      unread,
      rows: view.rows,
      categories: view.categories,
    });
  };

  let sliceStart = performance.now();
  /** Classifies one message; yields to the page when the slice is used up. */
  const take = async (bytes: Uint8Array, ref: string, index?: number) => {
    try {
      const verdict = await classify(bytes);
      collector.add(verdict, { date: messageDate(bytes), ref, index });
    } catch {
      unread++;
    }
    if (performance.now() - sliceStart > sliceMs) {
      render(false);
      await yieldToMain();
      sliceStart = performance.now();
      run.signal.throwIfAborted();
    }
  };

  const readFile = async (file: File) => {
    if (!(await isMboxFile(file))) {
      // One message: only what the classifier reads is read.
      const bytes = new Uint8Array(await file.slice(0, maxInputBytes + 1).arrayBuffer());
      bytesRead += file.size;
      await take(bytes, file.name);
      return;
    }
    const split = mboxSplitter();
    const reader = file.stream().getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        run.signal.throwIfAborted();
        bytesRead += value.length;
        for (const m of split.push(value)) await take(m.bytes, file.name, m.index);
      }
      for (const m of split.end()) await take(m.bytes, file.name, m.index);
    } finally {
      reader.releaseLock();
    }
  };

  render();
  const finished = (async () => {
    try {
      for (const file of files) {
        run.signal.throwIfAborted();
        try {
          await readFile(file);
        } catch (error) {
          if (run.signal.aborted) throw error;
          unread++;
        }
      }
      phase = 'done';
    } catch {
      // cancelled: the phase says so
    }
    render();
  })();

  return { host: panel.host, cancel: () => panel.host.shadowRoot?.querySelector<HTMLElement>('[data-whybounce-digest-cancel]')?.click(), finished };
}

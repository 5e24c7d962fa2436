/**
 * The bounce digest over files: several .eml files or a mailbox export (.mbox), read in the
 * extension's own page (the popup, or the digest page it opens for room). Files are read in
 * slices: a 50 MB mbox is read 256 KB at a time and split as it comes (the core's mbox splitter), and
 * the page yields between slices of work, so it never freezes and shows its progress. Nothing
 * leaves the page.
 */
import { classify as coreClassify, looksLikeMbox, messageDate, maxInputBytes, mboxSplitter, type Verdict } from '../core/index.js';
import { startDigestSession } from '../content/digest/session.js';
import type { DigestTranslate } from '../content/digest/words.js';
import { sliceMs as defaultSliceMs, yieldToPage } from '../content/yield.js';

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

/**
 * How much of an mbox is read and split at once: the split of one slice runs in one go (a few
 * milliseconds for 256 KB), and the messages it yields are classified in slices of `sliceMs`.
 */
const readSliceBytes = 256 * 1024;
const megabytes = (n: number) => (n / (1024 * 1024)).toFixed(1);


/**
 * True when a file is to be read as an mbox: its first bytes say so (core/mbox.ts, as the CLI
 * reads them), whatever its name.
 */
export async function isMboxFile(file: File): Promise<boolean> {
  return looksLikeMbox(new Uint8Array(await file.slice(0, 5).arrayBuffer()));
}

export function runFileDigest(options: FileDigestOptions): FileDigest {
  const { doc, files, t } = options;
  const classify = options.classify ?? ((bytes: Uint8Array) => coreClassify(bytes));
  const sliceMs = options.sliceMs ?? defaultSliceMs;
  const total = files.reduce((n, f) => n + f.size, 0);
  let bytesRead = 0;
  const session = startDigestSession({ doc, t, locale: options.locale, title: t('digestFilesTitle'), floating: false, refIsLink: false });
  const { collector, panel } = session;
  options.container.appendChild(panel.host);

  let lastRender = 0;
  let renderMs = 0;
  let lastProgress = 0;
  /**
   * Shows where the reading stands. The progress (words and bar) every 150 ms; the table and the
   * counts, whose summary grows with the addresses read (a big export's thousands took tens of
   * milliseconds an update), every second at most and never more than a twentieth of the time.
   */
  const render = (force = true) => {
    const now = performance.now();
    session.progress(
      t('digestProgressBytes', megabytes(bytesRead), megabytes(total), collector.messages),
      t('digestCancelled', megabytes(bytesRead), `${megabytes(total)} MB`),
      total > 0 ? bytesRead / total : 1,
    );
    if (force || now - lastRender >= Math.max(1000, renderMs * 20)) {
      session.render();
      lastProgress = lastRender = performance.now();
      renderMs = lastRender - now;
      return true;
    }
    if (now - lastProgress >= 150) {
      session.renderProgress();
      lastProgress = now;
    }
    return false;
  };

  let sliceStart = performance.now();
  /** Classifies one message; yields to the page when the slice is used up. */
  const take = async (bytes: Uint8Array, ref: string, index?: number) => {
    try {
      const verdict = await classify(bytes);
      // A file that held nothing to read is no message: it is counted apart, and said to be empty.
      if (verdict.empty) session.empty();
      else collector.add(verdict, { date: messageDate(bytes), ref, index });
    } catch {
      session.unread();
    }
    if (performance.now() - sliceStart > sliceMs) {
      await yieldToPage();
      // An update of the table is a task of its own, not the end of a slice's.
      if (render(false)) await yieldToPage();
      sliceStart = performance.now();
      session.signal.throwIfAborted();
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
    // Read in slices of our own, not `file.stream()`: Firefox hands a file made in memory (and
    // may hand any file) to a stream reader as one chunk, 50 MB at once, and the split of that
    // chunk held the page for seconds (measured: the digest e2e's longest gap 0.8-3.3 s).
    const split = mboxSplitter();
    for (let at = 0; at < file.size; at += readSliceBytes) {
      const value = new Uint8Array(await file.slice(at, at + readSliceBytes).arrayBuffer());
      session.signal.throwIfAborted();
      bytesRead += value.length;
      for (const m of split.push(value)) await take(m.bytes, file.name, m.position);
    }
    for (const m of split.end()) await take(m.bytes, file.name, m.position);
  };

  render();
  const finished = (async () => {
    try {
      for (const file of files) {
        session.signal.throwIfAborted();
        try {
          await readFile(file);
        } catch (error) {
          if (session.signal.aborted) throw error;
          session.unread();
        }
      }
    } catch {
      // cancelled: the session says so
    }
    session.finish();
  })();

  return { host: panel.host, cancel: () => panel.host.shadowRoot?.querySelector<HTMLElement>('[data-whybounce-digest-cancel]')?.click(), finished };
}

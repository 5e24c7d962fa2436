/**
 * Reading the CLI's inputs with bounded memory: a message is read only as far as the classifier
 * reads it (`maxInputBytes`, one byte more so the verdict can say `truncated`), and an mbox of
 * any size is streamed, message by message, from a file or from standard input alike.
 */
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { maxInputBytes, maxSeparatorMatch, separatorSource } from './core.js';

import type { Task } from './work.js';

/** One message to classify: where it came from and its first bytes. */
export type Item = Task;

/** Any byte stream: a file's read stream, standard input, or a test's chunks. */
export type ByteSource = AsyncIterable<Uint8Array | string>;

const keep = maxInputBytes + 1;

/**
 * Bytes read at a time from an mbox. Each chunk becomes a string (latin1, one char per byte):
 * at 1 MiB those strings are large objects, which V8 frees only in a full collection, and on a
 * 100 MB mbox they piled up to ~100 MB before one came; at 64 KiB they are ordinary young
 * objects, freed by the next scavenge.
 */
const readChunk = 1 << 16;

/**
 * The first bytes of a file in one read of exactly the size needed (its size, at most `keep`),
 * into a buffer of that size: no 1 MiB read-stream buffer per small file, and no await between
 * open, read and close. Synchronous on purpose: a small file is read from the page cache in
 * microseconds, while the classification it feeds runs on the worker threads meanwhile.
 * `whole` says whether that was the whole file.
 */
export function readHead(path: string): { bytes: Buffer; size: number; whole: boolean } {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const want = Math.min(size, keep);
    const buf = Buffer.allocUnsafeSlow(want);
    let got = 0;
    while (got < want) {
      const n = readSync(fd, buf, got, want - got, got);
      if (n === 0) break;
      got += n;
    }
    return { bytes: buf.subarray(0, got), size, whole: got >= size };
  } finally {
    closeSync(fd);
  }
}

// An mbox separator: the core's separator line (core/mbox.ts: "From " + an envelope sender + a
// date) at the start of a line after a blank line (LF or CRLF line ends). Every quantifier is
// bounded, so a separator is at most `maxSeparator` characters long: the unscanned tail kept
// between chunks is one less than that, enough to hold the start of any separator a chunk
// boundary cuts. latin1 keeps one char per byte, so string offsets are byte offsets.
const separatorRe = new RegExp(`\\r?\\n\\r?\\n${separatorSource}`, 'g');
/** "\r\n\r\n" + the longest separator line's start. */
export const maxSeparator = 4 + maxSeparatorMatch;
const separatorTail = maxSeparator - 1;

const utf8 = new TextEncoder();

function textOf(chunk: Uint8Array | string): string {
  const bytes = typeof chunk === 'string' ? utf8.encode(chunk) : chunk;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

function bytesOf(s: string): Uint8Array {
  return Buffer.from(s, 'latin1');
}

/**
 * The messages of one input: a single message for an ordinary file, each message for an mbox
 * ("From " separators). `source` defaults to reading the file `name`; standard input is passed
 * as `source`. Yields as it reads; never holds more than one message's first `keep` bytes plus
 * one read chunk.
 */
export async function* readMessages(name: string, source?: ByteSource, onBytes?: (n: number) => void): AsyncGenerator<Item> {
  const own = source ? null : createReadStream(name, { highWaterMark: readChunk });
  const input: ByteSource = source ?? own!;
  let mode: 'unknown' | 'one' | 'mbox' = 'unknown';
  let head = ''; // first characters, until they tell whether this is an mbox
  let current = '';
  let pending = ''; // unscanned tail that may hold the start of a separator
  let index = 0;
  const scan = function* (text: string, final: boolean): Generator<Item> {
    separatorRe.lastIndex = 0;
    let from = 0;
    for (const m of text.matchAll(separatorRe)) {
      const cut = (m.index ?? 0) + m[0].indexOf('From ');
      current = appendBounded(current, text.slice(from, cut));
      index++;
      yield { name, index, bytes: bytesOf(current) };
      current = '';
      from = cut;
    }
    const rest = text.slice(from);
    // Keep a short tail unscanned: a separator may straddle two chunks.
    const tail = final ? 0 : Math.min(rest.length, separatorTail);
    current = appendBounded(current, rest.slice(0, rest.length - tail));
    pending = rest.slice(rest.length - tail);
  };
  try {
    for await (const chunk of input) {
      onBytes?.(chunk.length);
      let text = textOf(chunk);
      if (mode === 'unknown') {
        // A pipe may deliver fewer than five bytes at first: wait until "From " can be told.
        head += text;
        if (head.length < 5 && 'From '.startsWith(head)) continue;
        mode = head.startsWith('From ') ? 'mbox' : 'one';
        text = head;
        head = '';
      }
      if (mode === 'mbox') {
        yield* scan(pending + text, false);
        continue;
      }
      // One message: its first bytes are all the classifier reads.
      current = appendBounded(current, text);
      if (current.length >= keep) break;
    }
  } finally {
    own?.destroy();
  }
  if (mode === 'mbox') {
    yield* scan(pending, true);
    index++;
    yield index === 1 ? { name, bytes: bytesOf(current) } : { name, index, bytes: bytesOf(current) };
  } else {
    yield { name, bytes: bytesOf(mode === 'unknown' ? head : current) };
  }
}

function appendBounded(a: string, b: string): string {
  if (a.length >= keep) return a;
  return a.length + b.length > keep ? a + b.slice(0, keep - a.length) : a + b;
}

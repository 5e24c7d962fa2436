/**
 * Reading the CLI's inputs with bounded memory: a message is read only as far as the classifier
 * reads it (`maxInputBytes`, one byte more so the verdict can say `truncated`), and an mbox of
 * any size is streamed, message by message, from a file or from standard input alike.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { isMboxStart, maxInputBytes, mboxSplitter, type MboxMessage } from './core.js';

import type { Task } from './work.js';

/** One message to classify: where it came from and its first bytes. */
export type Item = Task;

/** Any byte stream: a file's read stream, standard input, or a test's chunks. */
export type ByteSource = AsyncIterable<Uint8Array | string>;

const keep = maxInputBytes + 1;

/**
 * Bytes read at a time from an mbox, into one buffer that every read reuses: the mbox is split as
 * bytes and each message copied out of it, so reading costs no allocation and no garbage (a
 * string per chunk did), and a read of 1 MiB cuts few messages in two.
 */
const readChunk = 1 << 20;
/**
 * Free bytes before each chunk read from a file, for the bytes the splitter carries from the chunk
 * before (a blank line's end and a cut separator line, a few hundred): the two are scanned as one
 * buffer without copying the chunk (mboxSplitter's `roomBefore`).
 */
const carryRoom = 1024;

/**
 * A file's bytes, each chunk read into the same buffer after `carryRoom` free bytes: a chunk is
 * valid until the next one is asked for. Synchronous reads (as readHead's): a read from the page
 * cache is quicker than the hop to libuv's threads and back.
 */
function* fileChunks(path: string): Generator<Buffer> {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafeSlow(carryRoom + readChunk);
    for (;;) {
      const n = readSync(fd, buf, carryRoom, readChunk, null);
      if (n === 0) return;
      yield buf.subarray(carryRoom, carryRoom + n);
    }
  } finally {
    closeSync(fd);
  }
}

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

/**
 * Node's search for "\n" + "From " in the bytes the core's splitter scans: one native call a
 * match, where the core's portable search makes one a line (measured: splitting a 100 MB mbox
 * ~270 ms of CPU with this one, ~350 ms with the portable one). Buffer's indexOf reads any
 * Uint8Array.
 */
const lineFrom = Buffer.from('\nFrom ', 'latin1');
export const findLineFrom = (bytes: Uint8Array, start: number): number => Buffer.prototype.indexOf.call(bytes, lineFrom, start);

function bytesOf(chunk: Uint8Array | string): Uint8Array {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
}

/**
 * The messages of one input: a single message for an ordinary file, each message for an mbox
 * ("From " separators). `source` defaults to reading the file `name`; standard input is passed
 * as `source`. Yields as it reads; never holds more than one message's first `keep` bytes plus
 * one read chunk.
 */
export async function* readMessages(name: string, source?: ByteSource, onBytes?: (n: number) => void): AsyncGenerator<Item> {
  const split = splitter(name, source ? 0 : carryRoom);
  for await (const chunk of source ?? fileChunks(name)) {
    onBytes?.(chunk.length);
    const more = split.feed(chunk);
    yield* split.taken();
    if (!more) break;
  }
  yield* split.end();
}

/**
 * The messages of the file `name`, as readMessages reads them, without a promise per message:
 * each array holds the messages one read completes (the last, the rest), so at most one read
 * chunk's worth of messages is held besides the one being cut. A file is read synchronously
 * anyway (fileChunks).
 */
export function* fileMessages(name: string, onBytes?: (n: number) => void): Generator<Item[]> {
  const split = splitter(name, carryRoom);
  for (const chunk of fileChunks(name)) {
    onBytes?.(chunk.length);
    const more = split.feed(chunk);
    yield split.taken();
    if (!more) break;
  }
  yield split.end();
}

/** The messages of an input already read whole (`bytes`), as readMessages reads them. */
export function messagesOf(name: string, bytes: Uint8Array): Item[] {
  const split = splitter(name, 0);
  split.feed(bytes);
  return [...split.taken(), ...split.end()];
}

/**
 * Cuts an input into messages, chunk by chunk: `feed` each chunk (false: the input is one
 * message and the classifier reads no more of it), `taken` the messages cut so far, `end` the
 * rest once the input ends. A chunk may be reused once `feed` returns (fileChunks reads each into
 * the same buffer), and has `roomBefore` free bytes before it (fileChunks': `carryRoom`).
 * Every decision is the core's (core/mbox.ts), as the extension's digest's: whether the input is
 * an mbox (isMboxStart); where each message starts and ends, what is kept of it, that nothing is
 * unescaped and which position a message shows (mboxSplitter).
 */
function splitter(name: string, roomBefore: number): { feed(chunk: Uint8Array | string): boolean; taken(): Item[]; end(): Item[] } {
  let mode: 'unknown' | 'one' | 'mbox' = 'unknown';
  let head: Uint8Array = new Uint8Array(0); // first bytes, until they tell whether this is an mbox
  const mbox = mboxSplitter({ find: findLineFrom, roomBefore });
  /** One message's first bytes, copied: the chunks they come from may be reused. */
  const one: Buffer[] = [];
  let oneSize = 0;
  let out: Item[] = [];
  const add = (messages: MboxMessage[]) => {
    for (const { position, bytes } of messages) out.push(position === undefined ? { name, bytes } : { name, index: position, bytes });
  };
  const taken = (): Item[] => {
    const items = out;
    out = [];
    return items;
  };
  return {
    feed(chunk) {
      let bytes = bytesOf(chunk);
      if (mode === 'unknown') {
        // A pipe may deliver fewer than five bytes at first: wait until "From " can be told.
        head = head.length ? Buffer.concat([head, bytes]) : bytes;
        const isMbox = isMboxStart(head, false);
        if (isMbox === undefined) {
          head = Buffer.from(head);
          return true;
        }
        mode = isMbox ? 'mbox' : 'one';
        bytes = head;
      }
      if (mode === 'mbox') {
        add(mbox.push(bytes));
        return true;
      }
      // One message: its first bytes are all the classifier reads.
      const piece = Buffer.from(bytes.subarray(0, keep - oneSize));
      one.push(piece);
      oneSize += piece.length;
      return oneSize < keep;
    },
    taken,
    end() {
      if (mode === 'mbox') {
        add(mbox.end());
      } else {
        out.push({ name, bytes: mode === 'unknown' ? Buffer.from(head) : Buffer.concat(one, oneSize) });
      }
      return taken();
    },
  };
}

/**
 * Reading the CLI's inputs with bounded memory: a message is read only as far as the classifier
 * reads it (`maxInputBytes`, one byte more so the verdict can say `truncated`), and an mbox of
 * any size is streamed, message by message, from a file or from standard input alike.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { isMboxStart, maxInputBytes, maxSeparatorMatch, messagePosition, newSeparatorScan, scanSeparators } from './core.js';

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
 * Free bytes before each chunk read from a file, for the bytes carried from the chunk before (at
 * most `maxCarry`, the end of a blank line and a cut separator line): the two are scanned as one
 * buffer without copying the chunk.
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

/** "\r\n\r\n" + the longest separator line's start. */
export const maxSeparator = 4 + maxSeparatorMatch;
/** Buffer's own search for "\n" + "From ": one native call a match, where the core's portable one makes one a line. */
const lineFrom = Buffer.from('\nFrom ', 'latin1');
const findLineFrom = (bytes: Uint8Array, start: number): number => (bytes as Buffer).indexOf(lineFrom, start);

function bytesOf(chunk: Uint8Array | string): Uint8Array {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
}

/**
 * A message's kept bytes (at most `keep`): views of the chunks they lie in, copied into a buffer
 * of the message's own when it is taken, or before the chunk they are views of is read over.
 */
class Kept {
  private views: Uint8Array[] = [];
  private viewed = 0;
  /** The bytes copied so far (`own`), in a buffer that doubles as they grow. */
  private copied: Buffer | null = null;
  private size = 0;

  add(bytes: Uint8Array): void {
    const room = keep - this.size - this.viewed;
    if (room <= 0 || bytes.length === 0) return;
    const piece = bytes.length > room ? bytes.subarray(0, room) : bytes;
    this.views.push(piece);
    this.viewed += piece.length;
  }

  get full(): boolean {
    return this.size + this.viewed >= keep;
  }

  /** Copies the views: the chunks they are views of may be read over. */
  own(): void {
    if (!this.views.length) return;
    const need = this.size + this.viewed;
    if (!this.copied || this.copied.length < need) {
      const grown = Buffer.allocUnsafeSlow(Math.min(keep, Math.max(need, 2 * (this.copied?.length ?? 0))));
      this.copied?.copy(grown, 0, 0, this.size);
      this.copied = grown;
    }
    for (const v of this.views) {
      this.copied.set(v, this.size);
      this.size += v.length;
    }
    this.views = [];
    this.viewed = 0;
  }

  /** The bytes so far, in a buffer of their own, and empties. */
  take(): Buffer {
    let bytes: Buffer;
    if (this.copied) {
      this.own();
      bytes = this.copied.subarray(0, this.size);
    } else {
      bytes = Buffer.concat(this.views, this.viewed);
    }
    this.views = [];
    this.viewed = 0;
    this.copied = null;
    this.size = 0;
    return bytes;
  }
}

/**
 * The messages of one input: a single message for an ordinary file, each message for an mbox
 * ("From " separators). `source` defaults to reading the file `name`; standard input is passed
 * as `source`. Yields as it reads; never holds more than one message's first `keep` bytes plus
 * one read chunk.
 */
export async function* readMessages(name: string, source?: ByteSource, onBytes?: (n: number) => void): AsyncGenerator<Item> {
  const split = splitter(name, !source);
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
  const split = splitter(name, true);
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
  const split = splitter(name, false);
  split.feed(bytes);
  return [...split.taken(), ...split.end()];
}

/**
 * Cuts an input into messages, chunk by chunk: `feed` each chunk (false: the input is one
 * message and the classifier reads no more of it), `taken` the messages cut so far, `end` the
 * rest once the input ends. `fromFile`: the chunks come from fileChunks(), with free bytes before
 * each for the bytes carried from the one before.
 *
 * Every decision is the core's (core/mbox.ts): whether the input is an mbox (isMboxStart), where
 * each message starts and ends (scanSeparators), and that nothing is unescaped. This loop is not
 * the core's mboxSplitter, which the extension's digest runs, because of how it keeps the bytes:
 * views of one read buffer that every read reuses, copied out only as far as a message is kept,
 * and the carried bytes written into the free room before the next read (no allocation a chunk),
 * where mboxSplitter copies every piece and joins each chunk to the carried bytes.
 */
function splitter(name: string, fromFile: boolean): { feed(chunk: Uint8Array | string): boolean; taken(): Item[]; end(): Item[] } {
  let mode: 'unknown' | 'one' | 'mbox' = 'unknown';
  let head: Uint8Array = new Uint8Array(0); // first bytes, until they tell whether this is an mbox
  const current = new Kept();
  let carry: Buffer = Buffer.alloc(0); // unscanned bytes that may hold the start of a separator
  let index = 0;
  let out: Item[] = [];
  const state = newSeparatorScan();
  const scan = (bytes: Buffer, final: boolean): void => {
    let start = 0; // first byte not yet added to the current message
    const rest = scanSeparators(
      bytes,
      state,
      final,
      (at) => {
        current.add(bytes.subarray(start, at));
        index++;
        out.push({ name, index, bytes: current.take() });
        start = at;
      },
      findLineFrom,
    );
    current.add(bytes.subarray(start, rest));
    // The next chunk may be read over this one.
    current.own();
    carry = Buffer.from(bytes.subarray(rest));
  };
  /** The carried bytes, then `bytes`, in one buffer. */
  const joined = (bytes: Uint8Array): Buffer => {
    if (fromFile && bytes.byteOffset >= carry.length) {
      // A chunk of fileChunks(): the carried bytes go in the free bytes before it.
      const all = Buffer.from(bytes.buffer, bytes.byteOffset - carry.length, carry.length + bytes.length);
      carry.copy(all, 0);
      return all;
    }
    return Buffer.concat([carry, bytes]);
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
        const mbox = isMboxStart(head, false);
        if (mbox === undefined) return true;
        mode = mbox ? 'mbox' : 'one';
        bytes = head;
      }
      if (mode === 'mbox') {
        scan(joined(bytes), false);
        return true;
      }
      // One message: its first bytes are all the classifier reads.
      current.add(bytes);
      if (current.full) return false;
      current.own();
      return true;
    },
    taken,
    end() {
      if (mode === 'mbox') {
        scan(carry, true);
        const bytes = current.take();
        const position = messagePosition(++index, true);
        out.push(position === undefined ? { name, bytes } : { name, index: position, bytes });
      } else {
        out.push({ name, bytes: mode === 'unknown' ? Buffer.from(head) : current.take() });
      }
      return taken();
    },
  };
}

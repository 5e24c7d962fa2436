/**
 * Reading the CLI's inputs with bounded memory: a message is read only as far as the classifier
 * reads it (`maxInputBytes`, one byte more so the verdict can say `truncated`), and an mbox file
 * of any size is streamed, message by message.
 */
import { createReadStream } from 'node:fs';
import { maxInputBytes } from '../core/index.js';

/** One message to classify: where it came from and its first bytes. */
export interface Item {
  readonly name: string;
  /** 1-based position in an mbox file holding several messages; absent for a one-message file. */
  readonly index?: number;
  readonly bytes: Uint8Array;
}

const keep = maxInputBytes + 1;

// An mbox separator: "From " + an envelope sender + a date, at the start of a line after a blank
// line (LF or CRLF line ends). latin1 keeps one char per byte, so string offsets are byte offsets.
const separatorRe = /\r?\n\r?\nFrom \S+ +[A-Z][a-z]{2} [A-Z][a-z]{2} +\d/g;

const latin1 = new TextDecoder('latin1');
function bytesOf(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/**
 * The messages of `path`: one for an ordinary file, each message for an mbox file ("From "
 * separators). Yields as it reads; never holds more than one message's first `keep` bytes plus
 * one read chunk.
 */
export async function* readMessages(path: string): AsyncGenerator<Item> {
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  let first = true;
  let mbox = false;
  let current = '';
  let pending = ''; // unscanned tail that may hold the start of a separator
  let index = 0;
  const flush = function* (text: string, final: boolean): Generator<Item> {
    if (!mbox) return;
    separatorRe.lastIndex = 0;
    let from = 0;
    for (const m of text.matchAll(separatorRe)) {
      const cut = (m.index ?? 0) + m[0].indexOf('From ');
      current = appendBounded(current, text.slice(from, cut));
      index++;
      yield { name: path, index, bytes: bytesOf(current) };
      current = '';
      from = cut;
    }
    const rest = text.slice(from);
    // Keep a short tail unscanned: a separator may straddle two chunks.
    const tail = final ? 0 : Math.min(rest.length, 256);
    current = appendBounded(current, rest.slice(0, rest.length - tail));
    pending = rest.slice(rest.length - tail);
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const text = latin1.decode(chunk);
    if (first) {
      first = false;
      mbox = text.startsWith('From ');
      if (!mbox) {
        // An ordinary file: its first bytes are all the classifier reads.
        current = text.slice(0, keep);
        if (text.length >= keep) break;
        continue;
      }
    }
    if (!mbox) {
      current = appendBounded(current, text);
      if (current.length >= keep) break;
      continue;
    }
    yield* flush(pending + text, false);
  }
  stream.destroy();
  if (mbox) {
    yield* flush(pending, true);
    index++;
    yield index === 1 ? { name: path, bytes: bytesOf(current) } : { name: path, index, bytes: bytesOf(current) };
  } else {
    yield { name: path, bytes: bytesOf(current) };
  }
}

function appendBounded(a: string, b: string): string {
  if (a.length >= keep) return a;
  return a.length + b.length > keep ? a + b.slice(0, keep - a.length) : a + b;
}

/** Standard input, read up to `keep` bytes. */
export async function readStdin(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const c of stream) {
    const bytes = typeof c === 'string' ? new TextEncoder().encode(c) : c;
    chunks.push(total + bytes.length > keep ? bytes.subarray(0, keep - total) : bytes);
    total += Math.min(bytes.length, keep - total);
    if (total >= keep) break;
  }
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}

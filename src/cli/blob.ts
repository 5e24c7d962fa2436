/**
 * A stand-in for the global Blob in the CLI's own threads, for postal-mime: its part decoders
 * gather each part's chunks with `new Blob(chunks).arrayBuffer()`, only to concatenate them, and
 * Node's Blob makes that a round trip through native code and a promise per part (about 50 µs,
 * several times the cost of classifying a short notice, and much of the garbage). This one
 * concatenates in place. Installed only where nothing else runs (the CLI process and its worker
 * threads), never by the library: it has only what postal-mime uses (constructor, size, type,
 * arrayBuffer, text), and the bytes it gives are the same.
 */
type Part = ArrayBuffer | ArrayBufferView | string;

const utf8 = new TextEncoder();

class ChunkBlob {
  readonly #bytes: Uint8Array;
  readonly type: string;

  constructor(parts: readonly Part[] = [], options: { type?: string } = {}) {
    this.type = options.type ?? '';
    const views = parts.map((p) =>
      typeof p === 'string' ? utf8.encode(p) : p instanceof ArrayBuffer ? new Uint8Array(p) : new Uint8Array(p.buffer, p.byteOffset, p.byteLength),
    );
    if (views.length === 1) {
      this.#bytes = views[0]!.slice();
      return;
    }
    let n = 0;
    for (const v of views) n += v.length;
    const out = new Uint8Array(n);
    let o = 0;
    for (const v of views) {
      out.set(v, o);
      o += v.length;
    }
    this.#bytes = out;
  }

  get size(): number {
    return this.#bytes.length;
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    const b = this.#bytes;
    return Promise.resolve(b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? (b.buffer as ArrayBuffer) : (b.slice().buffer as ArrayBuffer));
  }

  text(): Promise<string> {
    return Promise.resolve(new TextDecoder().decode(this.#bytes));
  }

  get [Symbol.toStringTag](): string {
    return 'Blob';
  }
}

/** Replaces the global Blob of this thread (the CLI's only: see above). */
export function installChunkBlob(): void {
  (globalThis as { Blob: unknown }).Blob = ChunkBlob;
}

/**
 * Fetches a Gmail message's original source, the same "Show original" page a user can open
 * (`/mail/u/N/?ik=…&view=om&permmsgid=msg-f:…`). It is a same-origin request with the user's own
 * session, the only network request the extension ever makes. The full DSN it returns
 * (message/delivery-status, the original headers) is what the core reads best; the rendered text
 * is only the fallback.
 */
import { maxInputBytes } from '../../core/parse/limits.js';
import * as selectors from './selectors.js';

/**
 * How much of the "Show original" page is downloaded: the core reads only the first
 * `maxInputBytes` (1 MiB) of a message, and the page carries it HTML-escaped (`&lt;`, `&amp;`
 * …), which grows markup-heavy text by up to about twice. The rest would be read and thrown away.
 */
export const maxSourceBytes = 2 * maxInputBytes;

/** `msg-f:1790…` from a message element, or '' when it has no usable id. */
export function permMsgId(element: Element): string {
  const id = (element.getAttribute('data-message-id') ?? '').replace(/^#/, '');
  if (/^msg-[af]:\d{1,25}$/.test(id)) return id;
  return permMsgIdFromHex(element.getAttribute('data-legacy-message-id') ?? '');
}

/** `msg-f:…` from a legacy hex id (the same number in hex, as list rows carry it), or ''. */
export function permMsgIdFromHex(hex: string): string {
  return /^[0-9a-f]{1,20}$/i.test(hex) ? `msg-f:${BigInt(`0x${hex}`).toString(10)}` : '';
}

/** The account's index in the URL (`/mail/u/1/`), '0' for the default account. */
export function accountIndex(pathname: string): string {
  return /\/mail\/u\/(\d{1,3})\//.exec(pathname)?.[1] ?? '0';
}

/**
 * Gmail's `ik` key, the tenth element of the GLOBALS array in an inline script. Read as text:
 * a content script cannot see the page's variables, and must not evaluate its code.
 */
export function findIk(doc: Document): string {
  for (const script of Array.from(doc.querySelectorAll(selectors.inlineScripts))) {
    const text = script.textContent ?? '';
    const at = text.indexOf('GLOBALS=[');
    if (at < 0) continue;
    const value = arrayElement(text, at + 'GLOBALS=['.length, 9);
    if (value && /^[0-9a-f]{6,20}$/i.test(value)) return value;
  }
  const attr = doc.querySelector(`[${selectors.ikAttribute}]`)?.getAttribute(selectors.ikAttribute) ?? '';
  return /^[0-9a-f]{6,20}$/i.test(attr) ? attr : '';
}

/**
 * The `index`-th top-level element of a JS array literal starting at `from`, when it is a string.
 * A single linear pass that tracks strings and nesting, bounded so a huge script costs little.
 */
function arrayElement(text: string, from: number, index: number): string | null {
  let depth = 0;
  let element = 0;
  let start = from;
  const end = Math.min(text.length, from + 20000);
  for (let i = from; i < end; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const quote = c;
      const open = i;
      for (i++; i < end && text[i] !== quote; i++) if (text[i] === '\\') i++;
      if (depth === 0 && element === index && text.slice(start, open).trim() === '') return text.slice(open + 1, i);
      continue;
    }
    if (c === '[' || c === '{' || c === '(') depth++;
    else if (c === ']' || c === '}' || c === ')') {
      if (depth === 0) return null;
      depth--;
    } else if (c === ',' && depth === 0) {
      element++;
      start = i + 1;
      if (element > index) return null;
    }
  }
  return null;
}

export function originalSourceUrl(origin: string, account: string, ik: string, permmsgid: string): string {
  const query = `${ik ? `ik=${encodeURIComponent(ik)}&` : ''}view=om&permmsgid=${encodeURIComponent(permmsgid).replace('%3A', ':')}`;
  return `${origin}/mail/u/${account}/?${query}`;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (all, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return entities[name.toLowerCase()] ?? all;
  });
}

/**
 * The raw message inside the "Show original" page: Gmail puts it, HTML-escaped, in
 * `<pre id="raw_message_text">`. Extracted with string search rather than by parsing the page
 * as HTML, which Trusted Types would (rightly) refuse. A response that already is a raw message
 * (headers first) is returned as it is.
 */
export function rawFromOriginalPage(page: string): string | null {
  const open = /<pre\s[^>]*id=["']?raw_message_text[\s"'>]/i.exec(page);
  const tagEnd = open ? page.indexOf('>', open.index + open[0].length - 1) : -1;
  if (open && tagEnd >= 0) {
    const start = tagEnd + 1;
    const close = page.indexOf('</pre>', start);
    return decodeEntities(page.slice(start, close < 0 ? undefined : close));
  }
  if (/^[A-Za-z0-9-]{1,76}:[ \t]/.test(page) && !/^\s*</.test(page)) return page;
  return null;
}

type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/**
 * Firefox runs content-script `fetch` with the extension's principal; `content.fetch` is the
 * page's own, which is what a same-origin request with the user's session needs.
 */
function pageFetch(): FetchLike {
  const content = (globalThis as { content?: { fetch?: FetchLike } }).content;
  return typeof content?.fetch === 'function' ? content.fetch.bind(content) : fetch.bind(globalThis);
}

/** What a "Show original" request gave. */
export type SourceResult =
  | { readonly raw: string }
  /**
   * `signin`: Gmail answered with (or redirected to) its sign-in page — the session is over, and
   * every further request would get the same; `busy`: a 5xx or 429, worth one later retry;
   * `failed`: anything else (no such message, not a source page).
   */
  | { readonly error: 'signin' | 'busy' | 'failed'; readonly status: number };

export async function fetchOriginalResult(url: string, signal: AbortSignal, fetchImpl: FetchLike = pageFetch()): Promise<SourceResult> {
  const response = await fetchImpl(url, {
    credentials: 'same-origin',
    // A redirect would go to the sign-in page on another origin: never follow it.
    redirect: 'manual',
    signal,
    headers: { Accept: 'text/html,text/plain' },
  });
  if (response.type === 'opaqueredirect' || response.status === 401) return { error: 'signin', status: response.status };
  if (response.status === 429 || response.status >= 500) return { error: 'busy', status: response.status };
  if (!response.ok) return { error: 'failed', status: response.status };
  const page = await readBounded(response, maxSourceBytes);
  const raw = rawFromOriginalPage(page);
  if (raw !== null) return { raw };
  // A page that is not a source, pointing at Google's accounts: the sign-in page served in place.
  return { error: /accounts\.google\.com\/(?:v3\/signin|ServiceLogin|signin)/i.test(page) ? 'signin' : 'failed', status: response.status };
}

export async function fetchOriginal(url: string, signal: AbortSignal, fetchImpl: FetchLike = pageFetch()): Promise<string | null> {
  const result = await fetchOriginalResult(url, signal, fetchImpl);
  if ('raw' in result) return result.raw;
  // Gmail busy (429, 5xx): worth asking again later; signed out or no source: not.
  if (result.error === 'busy') throw new Error(`Gmail answered ${result.status}`);
  return null;
}

/**
 * The decoder for a response's text: the charset its Content-Type names (a label of the Encoding
 * Standard, as a browser reads the page), else UTF-8, as for a label no decoder knows.
 */
export function responseDecoder(response: Response): TextDecoder {
  const charset = /;\s*charset\s*=\s*"?([^";\s]{1,40})/i.exec(response.headers.get('content-type') ?? '')?.[1];
  try {
    if (charset) return new TextDecoder(charset);
  } catch {
    // not a label the Encoding Standard knows
  }
  return new TextDecoder();
}

/**
 * The response body up to `limit` bytes, whatever its size or Content-Length: the classifier
 * reads only the start of a message, so the rest is never downloaded into the page. Decoded with
 * the charset the response declares (responseDecoder).
 */
export async function readBounded(response: Response, limit: number): Promise<string> {
  const body = response.body;
  const decoder = responseDecoder(response);
  if (!body) return decoder.decode(new Uint8Array(await response.arrayBuffer()).subarray(0, limit));
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < limit) {
      const { done, value } = await reader.read();
      if (done || !value) break;
      chunks.push(value.length > limit - size ? value.subarray(0, limit - size) : value);
      size += value.length;
    }
  } finally {
    if (size >= limit) void reader.cancel().catch(() => undefined);
    else reader.releaseLock();
  }
  const all = new Uint8Array(Math.min(size, limit));
  let off = 0;
  for (const c of chunks) {
    all.set(c, off);
    off += c.length;
  }
  return decoder.decode(all);
}
